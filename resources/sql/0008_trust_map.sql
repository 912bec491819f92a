-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: the trust map (SPEC §5). Workloads with what they declare to trust (key sets, pinned
-- kids) and what they were observed using, aggregated per (workload, kid) so a gateway log of a
-- billion lines stores one row per pair; imported observation files are remembered by digest so
-- the same file imported twice adds nothing.
-- SQLite 3.15.2 (SQLCipher 3.4.1): no UPSERT, RETURNING, STRICT, window functions or JSON1.
-- Times are ISO 8601 UTC with milliseconds, so text order is time order.

CREATE TABLE workloads (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    owner              TEXT NOT NULL,
    environment        TEXT NOT NULL,
    cache_ttl_secs     INTEGER NOT NULL CHECK (cache_ttl_secs >= 0),
    refresh_mode       TEXT NOT NULL CHECK (refresh_mode IN ('poll', 'on-unknown-kid')),
    max_token_ttl_secs INTEGER NOT NULL DEFAULT 0 CHECK (max_token_ttl_secs >= 0),
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- Declared trust: kind 'set' names a key set, kind 'kid' pins one kid.
CREATE TABLE workload_trust (
    workload_id INTEGER NOT NULL REFERENCES workloads (id),
    kind        TEXT NOT NULL CHECK (kind IN ('set', 'kid')),
    target      TEXT NOT NULL,
    PRIMARY KEY (workload_id, kind, target)
);

CREATE INDEX workload_trust_target ON workload_trust (kind, target);

-- Observed use, aggregated. key_set is the set the kid was resolved in at import.
CREATE TABLE trust_observations (
    workload_id INTEGER NOT NULL REFERENCES workloads (id),
    kid         TEXT NOT NULL,
    key_set     TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    seen_count  INTEGER NOT NULL,
    PRIMARY KEY (workload_id, key_set, kid)
);

CREATE INDEX trust_observations_set ON trust_observations (key_set, kid);

-- One row per imported observation file (SHA-256 of its bytes).
CREATE TABLE observation_imports (
    digest      TEXT PRIMARY KEY NOT NULL,
    file_name   TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    lines       INTEGER NOT NULL,
    accepted    INTEGER NOT NULL
);
