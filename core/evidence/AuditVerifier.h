// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `verify audit DIR [--since EARLIER_EXPORT] [--fingerprint FP]` (SPEC §7, issue #15), offline:
//  1. roster.jsonl: each line's chain hash, its inclusion in the signed tree head, then the roster
//     rebuilt from genesis (RosterBuilder: every roster event signed by officers it held then);
//     its fingerprint against --fingerprint (without one: a warning that it is self-asserted);
//  2. manifest.jws signed by the exporter as the roster knows them; every file's SHA-256;
//  3. treehead.json: its payload is the one the manifest names, signed by two different officers;
//  4. audit.jsonl streamed: canonical lines, seq without gaps, each prev the hash before, each hash
//     SHA-256(prev + line without its hash), time never going back, roster lines exactly those of
//     roster.jsonl, every checkpoint's root equal to the tree at that size and signed by its
//     officer; the Merkle root (full export) or the last line's inclusion proof (a range);
//  5. --since: the earlier export's head (size m, root) is a prefix of this one's tree — by the
//     recomputed root at m, or the consistency proof in proofs.json — so a log that was cut short
//     or rewritten since fails.
// The first failure names the file and line.

#include "evidence/EvidenceCheck.h"

#include <QCoreApplication>

namespace keyward::core {

class AuditVerifier {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditVerifier)
public:
    struct Options {
        QString dir;
        QString sinceDir; // an earlier export whose head the auditor kept
        QString fingerprint; // pinned vault fingerprint, "" = take the export's (warned)
    };
    static EvidenceReport verify(const Options& options);
};

} // namespace keyward::core
