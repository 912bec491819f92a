// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainVerifier.h"

#include "audit/AuditLog.h"
#include "common/SecureBytes.h"

#include <QJsonDocument>

#include <cstring>

namespace keyward::core {

void ChainVerifier::fail(qint64 seq, const QString& problem)
{
    if (m_firstBadSeq != 0)
        return;
    m_firstBadSeq = seq;
    m_problem = problem;
}

ChainVerifier::ChainVerifier(const QDateTime& now)
    : m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new())
{
    if (now.isValid())
        m_futureLimit = AuditEvent::formatTime(now.addSecs(kFutureSlackSecs)).toLatin1();
}

namespace {

// "YYYY-MM-DDTHH:MM:SS.mmmZ", the only form Keyward writes. Anything else could order wrongly as
// text, so it is a finding of its own.
bool isEventTimeText(QByteArrayView at)
{
    static constexpr char kPattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (at.size() != qsizetype(sizeof(kPattern) - 1))
        return false;
    for (qsizetype i = 0; i < at.size(); ++i) {
        const char expected = kPattern[i];
        if (expected == 'd' ? (at[i] < '0' || at[i] > '9') : at[i] != expected)
            return false;
    }
    return true;
}

QString displayTime(QByteArrayView at)
{
    // Shown as stored minus the milliseconds: "2026-01-08 10:12:05 UTC".
    return QString::fromLatin1(at.first(10)) + QLatin1Char(' ') + QString::fromLatin1(at.sliced(11, 8))
        + QStringLiteral(" UTC");
}

} // namespace

bool ChainVerifier::checkTime(qint64 seq, QByteArrayView at)
{
    if (!isEventTimeText(at)) {
        fail(seq, tr("Event %1 has a malformed time: Keyward did not write it.").arg(seq));
        return false;
    }
    if (!m_lastAt.isEmpty() && at < QByteArrayView(m_lastAt)) {
        //: %2 and %4 are UTC date-times.
        fail(seq, tr("Event %1 is dated %2, before event %3 (%4): events out of order, so an event was back-dated "
                     "or moved.")
                      .arg(seq)
                      .arg(displayTime(at))
                      .arg(m_lastSeq)
                      .arg(displayTime(m_lastAt)));
        return false;
    }
    if (!m_futureLimit.isEmpty() && at > QByteArrayView(m_futureLimit)) {
        //: %2 is a UTC date-time.
        fail(seq, tr("Event %1 is dated %2, more than a day after this computer's clock: it was written with a "
                     "clock set ahead (a jump into the future), or this clock is wrong.")
                      .arg(seq)
                      .arg(displayTime(at)));
        return false;
    }
    return true;
}

bool ChainVerifier::hashHex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!m_sha256 || !m_ctx || EVP_DigestInit_ex2(m_ctx.get(), m_sha256.get(), nullptr) != 1
        || EVP_DigestUpdate(m_ctx.get(), bytes.data(), std::size_t(bytes.size())) != 1
        || EVP_DigestFinal_ex(m_ctx.get(), digest, &size) != 1 || size != 32)
        return false; // reported as a changed event
    static constexpr char kHex[] = "0123456789abcdef";
    for (unsigned int i = 0; i < 32; ++i) {
        m_digestHex[2 * i] = kHex[digest[i] >> 4];
        m_digestHex[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    return true;
}

bool ChainVerifier::feed(const AuditEvent& event)
{
    const QByteArray at = AuditEvent::formatTime(event.at).toUtf8();
    const QByteArray actor = event.actor.toUtf8();
    const QByteArray action = event.action.toUtf8();
    const QByteArray subject = event.subject.toUtf8();
    const QByteArray details = QJsonDocument(event.details).toJson(QJsonDocument::Compact);
    return feedRaw(RawEvent { event.seq, at, actor, action, subject, details, event.prev, event.hash });
}

bool ChainVerifier::feedRaw(const RawEvent& event)
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
    // prev and hash are public digests, not secrets or MACs: a plain comparison is enough here and
    // a constant-time one (a byte loop) was 5% of the verification profile.
    if (event.prev != QByteArrayView(m_lastHash)) {
        fail(event.seq, tr("Event %1 does not link to the event before it: an event was inserted, deleted "
                           "or moved here.")
                            .arg(event.seq));
        return false;
    }
    // One reused buffer holding prev + canonical body, hashed in one update, and no per-event
    // allocation: this loop is what `audit verify` spends its time in (issue #15: at least
    // 1,000,000 events/s on one core).
    m_body.resize(0);
    m_body.append(event.prev);
    AuditEvent::appendCanonicalBody(m_body, event.seq, event.at, event.actor, event.action, event.subject,
                                    event.detailsJson, event.prev);
    if (!hashHex(m_body) || QByteArrayView(m_digestHex, 64) != event.hash) {
        fail(event.seq, tr("Event %1 was changed after it was recorded: its hash does not match its content.")
                            .arg(event.seq));
        return false;
    }
    // After the hash: a changed date without a recomputed chain is reported as a changed event.
    if (!checkTime(event.seq, event.at))
        return false;
    m_lastSeq = event.seq;
    // Overwritten in place once they hold one hash and one time: no allocation per event.
    assignInPlace(m_lastHash, event.hash);
    assignInPlace(m_lastAt, event.at);
    ++m_count;
    return true;
}

void ChainVerifier::assignInPlace(QByteArray& target, QByteArrayView bytes)
{
    if (target.size() == bytes.size() && !bytes.isEmpty())
        std::memcpy(target.data(), bytes.data(), std::size_t(bytes.size()));
    else
        target = bytes.toByteArray();
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
