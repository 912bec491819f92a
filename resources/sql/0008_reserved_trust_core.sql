-- SPDX-License-Identifier: GPL-3.0-or-later
-- Placeholder on branch trust-core only: schema 8 belongs to another branch merged before this
-- one (the migration runner needs contiguous numbers). Delete this file at merge.
SELECT 1;
