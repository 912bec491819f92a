-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: the key inventory (SPEC §3): key sets with their policy, key records, private
-- material (only ever read into SecureBytes), and break-glass reviews (SPEC §4).
-- SQLite 3.15.2 (SQLCipher 3.4.1): no UPSERT, RETURNING, STRICT, window functions or JSON1.
-- Times are ISO 8601 UTC with milliseconds ("2026-01-01T09:00:00.000Z"), so text order is time order.

CREATE TABLE key_sets (
    name               TEXT PRIMARY KEY NOT NULL,
    cryptoperiod_secs  INTEGER NOT NULL,
    warn_first_secs    INTEGER NOT NULL,
    warn_final_secs    INTEGER NOT NULL,
    max_token_ttl_secs INTEGER NOT NULL,
    clock_skew_secs    INTEGER NOT NULL,
    min_overlap_secs   INTEGER NOT NULL,
    default_env        TEXT NOT NULL DEFAULT 'prod',
    bundle_signing_kid TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL
);

CREATE TABLE keys (
    id                 INTEGER PRIMARY KEY,
    kid                TEXT NOT NULL,
    key_set            TEXT NOT NULL REFERENCES key_sets (name),
    use                TEXT NOT NULL CHECK (use IN ('sig', 'enc')),
    alg                TEXT NOT NULL DEFAULT '',       -- '' = no alg pinned
    kty                TEXT NOT NULL,                  -- RSA, EC, OKP, oct
    curve_or_size      TEXT NOT NULL,                  -- P-256, Ed25519, 3072 ...
    size_bits          INTEGER NOT NULL,
    strength_bits      INTEGER NOT NULL,
    owner              TEXT NOT NULL,
    environment        TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    activates_at       TEXT,                           -- NULL: at once
    expires_at         TEXT,
    retire_after       TEXT,
    state              TEXT NOT NULL
        CHECK (state IN ('pending', 'active', 'grace', 'retired', 'revoked', 'destroyed')),
    is_primary         INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    version            INTEGER NOT NULL DEFAULT 1,
    predecessor_kid    TEXT NOT NULL DEFAULT '',
    successor_kid      TEXT NOT NULL DEFAULT '',
    created_by_product TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    thumbprint         TEXT NOT NULL,                  -- RFC 7638 SHA-256, base64url
    public_jwk         TEXT NOT NULL,                  -- compact JSON, public members only
    has_private        INTEGER NOT NULL DEFAULT 0,
    tags               TEXT NOT NULL DEFAULT '',       -- newline-separated
    notes              TEXT NOT NULL DEFAULT '',
    UNIQUE (key_set, kid)
);

CREATE INDEX keys_thumbprint ON keys (thumbprint);
CREATE INDEX keys_kid ON keys (kid);
CREATE INDEX keys_state_activates ON keys (state, activates_at);
-- SPEC §3: one primary per (set, use), enforced by the database as well as by the code.
CREATE UNIQUE INDEX keys_one_primary ON keys (key_set, use) WHERE is_primary = 1;

-- The private JWK of a key held by the vault's own key provider. A key provider on an HSM keeps
-- no row here. Erasing the row is the crypto-shred of a destroyed key.
CREATE TABLE key_material (
    key_id      INTEGER PRIMARY KEY NOT NULL REFERENCES keys (id),
    private_jwk BLOB NOT NULL                          -- compact JSON with private members
);

-- Acts that a second officer must countersign (SPEC §2, §4): break-glass revocations now,
-- offboarding reviews later. `subject` is a kid (with its key_set) or an officer name.
CREATE TABLE reviews (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,                    -- 'break-glass-revocation', ...
    subject          TEXT NOT NULL,
    key_set          TEXT NOT NULL DEFAULT '',
    opened_by        TEXT NOT NULL,
    opened_at        TEXT NOT NULL,
    reason           TEXT NOT NULL,
    countersigned_by TEXT,
    countersigned_at TEXT
);

CREATE INDEX reviews_subject ON reviews (subject);
CREATE INDEX reviews_open ON reviews (countersigned_at);
