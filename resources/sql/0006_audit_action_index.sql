-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: every unlock and `audit verify` rebuild the signed roster from its events (officer
-- admissions, role changes, removals, adoption), a handful among possibly millions; the index lets
-- that read find them without scanning the whole log, so unlock stays fast on a long-lived vault.

CREATE INDEX audit_events_action ON audit_events (action);
