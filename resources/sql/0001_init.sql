-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: vault identity, officers, and the audit hash chain.
-- SQLite 3.15.2 (SQLCipher 3.4.1): no UPSERT, RETURNING, STRICT, window functions or JSON1.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE officers (
    name        TEXT PRIMARY KEY NOT NULL,
    roles       TEXT NOT NULL,             -- comma-separated role names
    signing_jwk TEXT NOT NULL,             -- public Ed25519 JWK, compact JSON
    created_at  TEXT NOT NULL,             -- ISO 8601 UTC
    created_by  TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_events (
    seq     INTEGER PRIMARY KEY,           -- 1, 2, 3 ... without gaps
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,                 -- compact JSON object
    prev    TEXT NOT NULL,                 -- hex SHA-256 of the previous event, '' for seq 1
    hash    TEXT NOT NULL
);

CREATE INDEX audit_events_subject ON audit_events (subject);
