-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the audit chain head (count + last hash), written in the same transaction as each
-- event, so deleting events from the tail of the chain no longer goes unnoticed; and the time an
-- officer acknowledged the custodian duties (PCI DSS 3.7.8).

CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL,
    hash  TEXT NOT NULL
);

-- Vaults from schema 1 already hold events: the head starts at their current tail.
INSERT INTO audit_head (id, count, hash)
SELECT 1, COUNT(*), COALESCE((SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1), '')
FROM audit_events;

ALTER TABLE officers ADD COLUMN acknowledged_at TEXT;
