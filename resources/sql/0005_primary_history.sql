-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: every key that has ever been primary (SPEC §3, "no solo primary").
-- A key generated, imported, registered or activated into a (set, use) becomes primary by itself
-- only when that (set, use) has never had a primary; after that, only an approved rotation makes a
-- key primary. is_primary alone cannot tell "never had one" from "lost it to a revocation" (the
-- attack: revoke the primary alone, then import one's own key), so the database keeps the history.
-- Triggers record it whichever code path sets the flag, so no writer can forget; rows are never
-- removed (key rows are never deleted either: a destroyed key keeps its metadata).
-- SQLite 3.15.2 (SQLCipher 3.4.1): triggers and INSERT OR IGNORE, nothing newer.

CREATE TABLE key_primary_history (
    seq     INTEGER PRIMARY KEY,                        -- the order in which keys became primary
    key_id  INTEGER NOT NULL UNIQUE REFERENCES keys (id),
    key_set TEXT NOT NULL,
    use     TEXT NOT NULL
);

CREATE INDEX key_primary_history_set ON key_primary_history (key_set, use);

CREATE TRIGGER keys_primary_on_insert AFTER INSERT ON keys WHEN NEW.is_primary = 1
BEGIN
    INSERT OR IGNORE INTO key_primary_history (key_id, key_set, use) VALUES (NEW.id, NEW.key_set, NEW.use);
END;

CREATE TRIGGER keys_primary_on_update AFTER UPDATE OF is_primary ON keys WHEN NEW.is_primary = 1
BEGIN
    INSERT OR IGNORE INTO key_primary_history (key_id, key_set, use) VALUES (NEW.id, NEW.key_set, NEW.use);
END;

-- Vaults from before schema 5 kept no history. Every key that left pending is counted: the current
-- primary, every key that was rotated away or retired, and every revoked key (the old revocation
-- cleared the flag without a trace in the row). Counting too many only means a later key waits for
-- an approved rotation; counting too few would let one officer crown a key alone.
INSERT OR IGNORE INTO key_primary_history (key_id, key_set, use)
    SELECT id, key_set, use FROM keys WHERE state <> 'pending' ORDER BY is_primary, created_at, id;
