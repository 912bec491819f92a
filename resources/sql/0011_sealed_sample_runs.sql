-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: a test run's outcomes sealed by the signed audit log. A run is now stored with its
-- outcomes as one encoded value (samples/SampleOutcomeCodec) whose SHA-256 its `samples.tested`
-- event carries, so an officer who opens vault.db with their own master key cannot make a failing
-- key look tested: the retirement gate counts a run only when its outcomes match that event, and
-- only from the event's own (signed) time. Runs stored before this keep their rows in
-- sample_outcomes (outcomes is NULL): they are shown, but no gate counts them.
ALTER TABLE sample_runs ADD COLUMN outcomes BLOB;
