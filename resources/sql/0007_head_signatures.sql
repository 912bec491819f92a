-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: the signed log (issue #12). Every write transaction that appends audit events ends
-- with the Ed25519 signature of each officer who acted in it over the new head (count + hash +
-- vault id + roster fingerprint, see core/audit/HeadSignature.h). One officer holding the master
-- key can recompute the hash chain, but not another officer's signature.
--
-- officer = '' marks the legacy boundary of a vault upgraded from schema 6: the events up to
-- `count` were written before heads were signed; the first signed head after them covers them
-- through the hash chain.

CREATE TABLE audit_head_signatures (
    count     INTEGER NOT NULL,            -- the head's event count (= seq of its last event)
    officer   TEXT NOT NULL,               -- the signing officer, '' for the legacy boundary
    signature TEXT NOT NULL,               -- base64url Ed25519 signature, '' for the boundary
    PRIMARY KEY (count, officer)
);

INSERT INTO audit_head_signatures (count, officer, signature)
SELECT count, '', '' FROM audit_head WHERE count > 0;
