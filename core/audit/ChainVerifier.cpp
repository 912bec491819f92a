// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainVerifier.h"

#include "audit/AuditLog.h"
#include "common/SecureBytes.h"

namespace keyward::core {

void ChainVerifier::fail(qint64 seq, const QString& problem)
{
    if (m_firstBadSeq != 0)
        return;
    m_firstBadSeq = seq;
    m_problem = problem;
}

bool ChainVerifier::feed(const AuditEvent& event)
{
    if (broken())
        return false;
    const qint64 expected = m_lastSeq + 1;
    if (event.seq > expected) {
        fail(expected, tr("Event %1 is missing: the chain jumps from %2 to %3 (events were deleted).")
                           .arg(expected)
                           .arg(m_lastSeq)
                           .arg(event.seq));
        return false;
    }
    if (event.seq < expected) {
        fail(event.seq, tr("Event %1 appears out of order after event %2.").arg(event.seq).arg(m_lastSeq));
        return false;
    }
    if (!constantTimeEquals(event.prev, m_lastHash)) {
        fail(event.seq, tr("Event %1 does not link to the event before it: an event was inserted, deleted "
                           "or moved here.")
                            .arg(event.seq));
        return false;
    }
    if (!constantTimeEquals(event.computeHash(), event.hash)) {
        fail(event.seq, tr("Event %1 was changed after it was recorded: its hash does not match its content.")
                            .arg(event.seq));
        return false;
    }
    m_lastSeq = event.seq;
    m_lastHash = event.hash;
    ++m_count;
    return true;
}

void ChainVerifier::checkHead(qint64 headCount, const QByteArray& headHash)
{
    if (broken())
        return;
    if (headCount > m_count) {
        fail(m_count + 1, tr("Events %1 to %2 are missing: the chain ends at event %3 but %2 events were "
                             "recorded (events were removed from the end).")
                              .arg(m_count + 1)
                              .arg(headCount)
                              .arg(m_count));
        return;
    }
    if (headCount < m_count) {
        fail(headCount + 1, tr("Event %1 and later were added outside Keyward: the recorded chain ends at %2.")
                                .arg(headCount + 1)
                                .arg(headCount));
        return;
    }
    if (!constantTimeEquals(headHash, m_lastHash))
        fail(m_count, tr("The last event %1 is not the one Keyward recorded: the chain head does not match.")
                          .arg(m_count));
}

ChainStatus ChainVerifier::status() const
{
    ChainStatus status;
    status.intact = !broken();
    status.eventCount = m_count;
    status.firstBadSeq = m_firstBadSeq;
    status.problem = m_problem;
    status.headHash = m_lastHash;
    return status;
}

ChainStatus verifyChain(const QList<AuditEvent>& events)
{
    ChainVerifier verifier;
    for (const AuditEvent& event : events) {
        if (!verifier.feed(event))
            break;
    }
    return verifier.status();
}

} // namespace keyward::core
