// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointVerifier.h"

#include "evidence/AuditTreeHead.h"

namespace keyward::core {

CheckpointVerifier::CheckpointVerifier(const QString& vaultId) : m_vaultId(vaultId.toUtf8()) { }

bool CheckpointVerifier::fail(qint64 seq, const QString& problem)
{
    if (m_firstBadSeq == 0) {
        m_firstBadSeq = seq;
        m_problem = problem;
    }
    return false;
}

bool CheckpointVerifier::feed(const ChainVerifier::RawEvent& event)
{
    if (m_firstBadSeq != 0)
        return false;
    if (event.action == "audit.checkpoint" && !check(event))
        return false;
    m_frontier.append(m_leaves.leaf(event), m_leaves.hasher());
    return true;
}

bool CheckpointVerifier::check(const ChainVerifier::RawEvent& event)
{
    ++m_checkpoints;
    const std::optional<TreeHead> head = TreeHead::fromCheckpointDetails(event.detailsJson);
    if (!head || (!m_vaultId.isEmpty() && head->vault.toUtf8() != m_vaultId))
        return fail(event.seq, tr("Event %1 is a checkpoint without a tree head of this vault: it was forged or changed.")
                                   .arg(event.seq));
    if (head->size != m_frontier.size())
        return fail(event.seq, tr("The checkpoint at event %1 covers %2 events, but %3 come before it: it was forged, "
                                  "or events before it were removed or inserted.")
                                   .arg(event.seq)
                                   .arg(head->size)
                                   .arg(m_frontier.size()));
    if (merkleHex(m_frontier.root(m_leaves.hasher())) != head->rootHex)
        return fail(event.seq, tr("The checkpoint at event %1 signed another Merkle root than the %2 events before it "
                                  "have: the checkpoint was forged, or events before it were changed since.")
                                   .arg(event.seq)
                                   .arg(head->size));
    if (head->prevHex != m_lastHeadDigest)
        return fail(event.seq, tr("The checkpoint at event %1 does not chain to the checkpoint before it: a checkpoint "
                                  "was removed, inserted or changed.")
                                   .arg(event.seq));
    m_lastHeadDigest = head->payloadDigest();
    return true;
}

} // namespace keyward::core
