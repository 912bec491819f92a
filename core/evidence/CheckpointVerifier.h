// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `audit verify` on the vault's own log (issue #15): while the events stream past in seq order it
// rebuilds the RFC 6962 tree and checks every "audit.checkpoint" (AuditCheckpoint.h) — its head
// names this vault, covers exactly the events before it, signs the root of the tree recomputed at
// that size, and chains to the checkpoint before it. A checkpoint that signed another root (a
// forged one, or events changed after it was made) is named by its seq. The checkpoint's own JWS
// is checked by `verify audit DIR` (AuditVerifier); here the officer's head signature over the
// event (HeadVerifier) already binds it to them.

#include "audit/ChainVerifier.h"
#include "evidence/AuditLeaf.h"

#include <QCoreApplication>

namespace keyward::core {

class CheckpointVerifier {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::CheckpointVerifier)
public:
    // `vaultId` empty: a bare chain (tests), whose heads are not matched to a vault.
    explicit CheckpointVerifier(const QString& vaultId);
    // One event the chain verifier accepted; false at the first bad checkpoint.
    bool feed(const ChainVerifier::RawEvent& event);

    qint64 firstBadSeq() const { return m_firstBadSeq; }
    QString problem() const { return m_problem; }
    qint64 checkpoints() const { return m_checkpoints; }

private:
    bool check(const ChainVerifier::RawEvent& event);
    bool fail(qint64 seq, const QString& problem);

    QByteArray m_vaultId;
    AuditLeafHasher m_leaves;
    MerkleFrontier m_frontier;
    QByteArray m_lastHeadDigest; // of the previous checkpoint's head; empty before the first
    qint64 m_checkpoints = 0;
    qint64 m_firstBadSeq = 0;
    QString m_problem;
};

} // namespace keyward::core
