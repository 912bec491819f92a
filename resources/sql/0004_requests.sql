-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: the two-person rule (SPEC §4): requests, their signed decisions (approvals and
-- rejections, each a compact EdDSA JWS by the deciding officer), and countersigned reviews.
-- SQLite 3.15.2 (SQLCipher 3.4.1): no UPSERT, RETURNING, STRICT, window functions or JSON1.
-- Times are ISO 8601 UTC with milliseconds ("2026-01-01T09:00:00.000Z"), so text order is time order.

CREATE TABLE requests (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL,                  -- rotate, retire, destroy, export-private, officer-add ...
    subject            TEXT NOT NULL,                  -- kid, officer name or key set name
    key_set            TEXT NOT NULL DEFAULT '',
    requester          TEXT NOT NULL,
    reason             TEXT NOT NULL,
    effect             TEXT NOT NULL,                  -- compact JSON object: what approvers sign
    attachment         BLOB,                           -- officer-add: the sealed keyslot (never signed or shown)
    created_at         TEXT NOT NULL,
    expires_at         TEXT NOT NULL,
    state              TEXT NOT NULL
        CHECK (state IN ('pending', 'approved', 'rejected', 'cancelled', 'expired', 'executed')),
    required_approvals INTEGER NOT NULL DEFAULT 1 CHECK (required_approvals >= 1),
    scheduled_for      TEXT,                           -- destruction: when the crypto-shred runs
    executed_at        TEXT,
    execution_error    TEXT NOT NULL DEFAULT '',       -- the last failed execution's reason
    outcome            TEXT NOT NULL DEFAULT '{}'      -- compact JSON object: what execution did
);

CREATE INDEX requests_state ON requests (state, expires_at);
CREATE INDEX requests_subject ON requests (subject);

CREATE TABLE request_decisions (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    verdict     TEXT NOT NULL CHECK (verdict IN ('approve', 'reject')),
    officer     TEXT NOT NULL,
    at          TEXT NOT NULL,
    why         TEXT NOT NULL DEFAULT '',
    jws         TEXT NOT NULL,                         -- compact JWS over the canonical request
    officer_jwk TEXT NOT NULL,                         -- the officer's public signing JWK when signing
    UNIQUE (request_id, officer)                       -- one decision per officer and request
);

-- A countersignature is a JWS by the countersigning officer, kept with the review (SPEC §4).
ALTER TABLE reviews ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN signature TEXT NOT NULL DEFAULT '';
