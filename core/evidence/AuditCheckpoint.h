// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checkpoints of the audit log (issue #15: "the vault records a checkpoint event at each unlock and
// at least daily, so a stale head shows"). An "audit.checkpoint" event holds the tree head of the
// log before it — size, RFC 6962 root, time, SHA-256 of the previous checkpoint's head
// (AuditTreeHead.h) — signed by the officer who recorded it, and the Merkle frontier of that tree
// (the roots of its perfect subtrees, MerkleTree.h). With the frontier the next checkpoint hashes
// only the events after it, so unlock stays fast on a log of millions of events; the frontier is
// used only when it gives exactly the signed root, otherwise the whole log is hashed again.
//
// When one is due:
//   at unlock  the log holds events after the newest checkpoint (any at all when it has none);
//              a checkpoint alone after the previous one adds nothing and is not repeated
//   daily      the newest checkpoint is a day old or more (the open GUI asks every hour)
// Exports record their own checkpoint (AuditExport.h) and chain to these.
//
// At unlock the checkpoint is best effort: it waits at most kLockWaitMs for another program's
// write lock, and a vault it cannot write (read-only folder, clock behind the log, the lock held)
// or one whose unlock raised a tampering alarm (nothing is vouched for until that is looked at)
// still unlocks without one; the next unlock or the daily tick records it. `audit verify` checks
// every checkpoint (CheckpointVerifier.h), `verify audit DIR` also its signature and its age.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace keyward::core {

class Vault;

class AuditCheckpoint {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditCheckpoint)
public:
    enum class Occasion { Unlock, Daily };
    static constexpr qint64 kMaxAgeSecs = 24 * 3600;
    static constexpr int kLockWaitMs = 2000;

    // Whether `occasion` calls for a checkpoint now (see above); one read snapshot.
    static Result<bool> isDue(Vault& vault, Occasion occasion);
    // Records one when due, deciding again under the write lock: true when it did. Busy after
    // kLockWaitMs, ClockBehind, a read-only vault, or a log that does not add up (seq gaps):
    // the error, nothing written.
    static Result<bool> recordIfDue(Vault& vault, Occasion occasion);
    // At the end of Vault::open: recordIfDue(Unlock) unless unlock raised an alarm; a failure is
    // logged and never stops the unlock.
    static void recordAtUnlock(Vault& vault);
};

} // namespace keyward::core
