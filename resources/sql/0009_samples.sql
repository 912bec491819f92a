-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7 (issue #14 assigns 0010; renumbered at merge): archived JWE samples and the test runs
-- over them (SPEC §6). A sample keeps its token (the vault is the evidence: a run must be
-- repeatable after the source folder moved), where it came from and a header summary; duplicates
-- are one row by SHA-256 digest. A run is kept with its officer, time and summary; its outcomes
-- hold the plaintext's SHA-256 and length, never the plaintext.

CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,          -- hex SHA-256 of the token
    source_path TEXT NOT NULL,
    token_index INTEGER NOT NULL,         -- position of the token in its file
    size INTEGER NOT NULL,
    serialization TEXT NOT NULL,          -- compact | flattened | general | unknown
    kids TEXT NOT NULL,                   -- recipient kids, space separated
    alg TEXT NOT NULL,                    -- recipient algs, space separated
    enc TEXT NOT NULL,
    zip TEXT NOT NULL,
    token BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE INDEX samples_source ON samples (source_path);

-- Which recipient kids a sample names, one row each, so a gate finds a key's samples by index.
CREATE TABLE sample_kids (
    sample_id INTEGER NOT NULL REFERENCES samples (id) ON DELETE CASCADE,
    kid TEXT NOT NULL,
    PRIMARY KEY (sample_id, kid)
);
CREATE INDEX sample_kids_kid ON sample_kids (kid);

CREATE TABLE sample_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    officer TEXT NOT NULL,
    selection TEXT NOT NULL,              -- JSON: what was asked for (set, kid, folder)
    partial INTEGER NOT NULL,             -- 1: cancelled, outcomes cover only part of the selection
    selected INTEGER NOT NULL,
    summary TEXT NOT NULL                 -- JSON: count per outcome
);

CREATE TABLE sample_outcomes (
    run_id INTEGER NOT NULL REFERENCES sample_runs (id) ON DELETE CASCADE,
    sample_id INTEGER NOT NULL REFERENCES samples (id),
    outcome TEXT NOT NULL,
    kid TEXT NOT NULL,                    -- the recipient kid used or judged
    key_id INTEGER,                       -- the vault key chosen by that kid, if any
    alg TEXT NOT NULL,
    enc TEXT NOT NULL,
    plaintext_sha256 TEXT NOT NULL,       -- hex, ok/key-retired/key-revoked only
    plaintext_length INTEGER NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (run_id, sample_id)
);
CREATE INDEX sample_outcomes_sample ON sample_outcomes (sample_id);
