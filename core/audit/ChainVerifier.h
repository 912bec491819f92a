// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"

#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>
#include <QString>

namespace keyward::core {

struct ChainStatus;

// Checks an audit chain one event at a time, in seq order, so a million events never sit in
// memory together: seq contiguity from 1, each prev equal to the previous hash, each hash equal to
// SHA-256(prev + canonical body), and time moving forward — each event dated no earlier than the
// one before it and, given the time of verification, none dated more than kFutureSlackSecs after
// it. The hash chain alone cannot catch an officer who back-dates or reorders events and
// recomputes every hash with the master key; the dates can (SPEC §1). Stops at the first bad event
// and names what is wrong there.
class ChainVerifier {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ChainVerifier)
public:
    // An event in its stored text form (UTF-8), as read straight from the database or a file.
    struct RawEvent {
        qint64 seq = 0;
        QByteArrayView at, actor, action, subject, detailsJson, prev, hash;
    };

    // An event dated more than a day after the verifying computer's clock was written with a
    // clock set ahead (to reach a waiting period early). A day leaves room for a verifying clock
    // that is a little slow, or set to the wrong time zone as UTC, without false alarms.
    static constexpr qint64 kFutureSlackSecs = 24 * 3600;

    // `now`: the time of verification (invalid: no future check, as for an exported log read later).
    explicit ChainVerifier(const QDateTime& now = QDateTime());
    // false once the chain is known to be broken (further events are ignored).
    bool feed(const AuditEvent& event);
    bool feedRaw(const RawEvent& event);
    // Compares the end of the chain with the head recorded next to it (count + last hash), which
    // is what reveals events deleted from the tail.
    void checkHead(qint64 headCount, const QByteArray& headHash);
    ChainStatus status() const;
    bool broken() const { return m_firstBadSeq != 0; }

private:
    void fail(qint64 seq, const QString& problem);
    bool checkTime(qint64 seq, QByteArrayView at);
    // Hex SHA-256 of the bytes into m_digestHex; false when OpenSSL failed.
    bool hashHex(QByteArrayView bytes);
    static void assignInPlace(QByteArray& target, QByteArrayView bytes);

    ossl::Md m_sha256; // fetched once: a per-event lookup would dominate the cost
    ossl::MdCtx m_ctx;

    QByteArray m_body; // prev + the canonical body of the current event, reused (capacity kept)
    char m_digestHex[64] = {};

    qint64 m_count = 0;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
    // Event times are fixed-width ISO 8601 UTC with milliseconds (AuditEvent::formatTime), so their
    // text orders like the instants: compared as bytes, no parsing per event.
    QByteArray m_lastAt;
    QByteArray m_futureLimit; // formatted now + kFutureSlackSecs; empty: no future check
    qint64 m_firstBadSeq = 0;
    QString m_problem;
};

} // namespace keyward::core
