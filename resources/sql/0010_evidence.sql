-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8 (evidence, issue #15; the lead may renumber it): which keys sign a set's JWKS bundles.
--
-- bundle_signers: every kid ever named a set's bundle-signing key (key_sets.bundle_signing_kid is
-- changed only by a two-person policy change, which is how that key is rotated). Such a key signs
-- bundles, never tokens, so it stays out of jwks.json even after a successor took its place.
-- The triggers keep the list beside the one column that names the key, whoever writes it.
CREATE TABLE bundle_signers (
    key_set TEXT NOT NULL,
    kid     TEXT NOT NULL,
    PRIMARY KEY (key_set, kid)
);

INSERT INTO bundle_signers (key_set, kid)
SELECT name, bundle_signing_kid FROM key_sets WHERE bundle_signing_kid <> '';

CREATE TRIGGER key_sets_bundle_signer_insert AFTER INSERT ON key_sets WHEN NEW.bundle_signing_kid <> ''
BEGIN
    INSERT OR IGNORE INTO bundle_signers (key_set, kid) VALUES (NEW.name, NEW.bundle_signing_kid);
END;

CREATE TRIGGER key_sets_bundle_signer_update AFTER UPDATE OF bundle_signing_kid ON key_sets
WHEN NEW.bundle_signing_kid <> ''
BEGIN
    INSERT OR IGNORE INTO bundle_signers (key_set, kid) VALUES (NEW.name, NEW.bundle_signing_kid);
END;

