// SPDX-License-Identifier: GPL-3.0-or-later
// Time only moves forward in a vault (SPEC §1): no event is dated before the newest one, a clock
// behind the log writes nothing, waiting periods and expiry measure from the later of the clock
// and the log, and the chain verifier reports events out of order and events from the future.

#include "RequestTestSupport.h"

#include "audit/ChainVerifier.h"
#include "audit/VaultTime.h"

#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

const QDateTime kT0(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

// A chain of `count` events one minute apart, hashes computed, from kT0.
QList<AuditEvent> chain(int count)
{
    QList<AuditEvent> events;
    QByteArray prev;
    for (int i = 1; i <= count; ++i) {
        AuditEvent event;
        event.seq = i;
        event.at = kT0.addSecs(60 * i);
        event.actor = QStringLiteral("alice");
        event.action = QStringLiteral("test.event");
        event.subject = QStringLiteral("s%1").arg(i);
        event.prev = prev;
        event.hash = event.computeHash();
        prev = event.hash;
        events.append(event);
    }
    return events;
}

// Re-links every hash from the first event on, as an officer holding the master key would after
// editing a date.
void rehash(QList<AuditEvent>& events)
{
    QByteArray prev;
    for (AuditEvent& event : events) {
        event.prev = prev;
        event.hash = event.computeHash();
        prev = event.hash;
    }
}

} // namespace

class TestForwardTime : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RequestVault> m_rv;

    Result<AuditEvent> note(const QString& subject)
    {
        bool ran = false;
        Result<AuditEvent> event = m_rv->vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.note"), subject,
                                                              QJsonObject(), [&](Database&) {
                                                                  ran = true;
                                                                  return Status();
                                                              });
        if (!event.ok() && ran)
            qWarning("the change ran although the write was refused");
        return event;
    }

private Q_SLOTS:
    void init()
    {
        m_rv = std::make_unique<RequestVault>();
        QVERIFY(m_rv->init());
    }

    void clockBehindHeadWritesNothing()
    {
        m_rv->clock.set(QDateTime(QDate(2026, 1, 8), QTime(10, 12), Qt::UTC));
        QVERIFY2(note(QStringLiteral("ahead")).ok(), "a write at the clock's time");
        const QString before = m_rv->snapshot();

        m_rv->clock.set(kT0); // a week back
        bool ran = false;
        const Result<AuditEvent> refused = m_rv->vault->audit().record(
            QStringLiteral("alice"), QStringLiteral("test.note"), QStringLiteral("behind"), QJsonObject(),
            [&](Database&) {
                ran = true;
                return Status();
            });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::ClockBehind);
        QCOMPARE(refused.message(),
                 QStringLiteral("This computer's clock (2026-01-01 09:00:00 UTC) is behind the vault's last event "
                                "(2026-01-08 10:12:00 UTC); Keyward writes nothing until the clock is right."));
        QVERIFY2(!ran, "the change must not even run");
        QCOMPARE(m_rv->snapshot(), before);
        // Governed changes go through the same door: a request is refused the same way.
        const Result<Request> request = m_rv->submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QCOMPARE(request.code(), ErrorCode::ClockBehind);
        QCOMPARE(m_rv->snapshot(), before);
        // Seen from that clock, the week-ahead event is a jump into the future; from the right
        // clock the chain is intact.
        QVERIFY(!m_rv->chainIntact());
        m_rv->clock.set(QDateTime(QDate(2026, 1, 8), QTime(10, 12), Qt::UTC));
        QVERIFY(m_rv->chainIntact());
    }

    void subSecondStepIsDatedAtTheHead()
    {
        // NTP corrects a drifting clock in small steps: within a second the write goes ahead,
        // dated at the newest event, never before it.
        m_rv->clock.advanceSecs(60);
        const Result<AuditEvent> first = note(QStringLiteral("first"));
        QVERIFY(first.ok());
        m_rv->clock.set(first->at.addMSecs(-VaultTime::kToleranceMs));
        const Result<AuditEvent> second = note(QStringLiteral("second"));
        QVERIFY2(second.ok(), why(second).constData());
        QCOMPARE(second->at, first->at);
        m_rv->clock.set(first->at.addMSecs(-VaultTime::kToleranceMs - 1));
        QCOMPARE(note(QStringLiteral("third")).code(), ErrorCode::ClockBehind);
        QVERIFY(m_rv->chainIntact());
    }

    void effectiveNowIsTheLaterOfClockAndLog()
    {
        const QDateTime ahead = kT0.addDays(3);
        m_rv->clock.set(ahead);
        QVERIFY(note(QStringLiteral("ahead")).ok());
        QCOMPARE(VaultTime::effectiveNow(*m_rv->vault), ahead);
        m_rv->clock.set(kT0);
        QCOMPARE(VaultTime::effectiveNow(*m_rv->vault), ahead);
        m_rv->clock.set(ahead.addDays(1));
        QCOMPARE(VaultTime::effectiveNow(*m_rv->vault), ahead.addDays(1));
    }

    void clockSetBackCannotReopenAnExpiredRequest()
    {
        const Result<Request> request = m_rv->submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY2(request.ok(), why(request).constData());
        // Past its expiry something is written (here: the expiry itself) ...
        m_rv->clock.set(request->expiresAt.addSecs(3600));
        QVERIFY(m_rv->engine->expireOverdue().ok());
        // ... and the clock set back to within the request's life changes nothing: the request
        // stays expired for listing and for approval, which is refused as expired, not written.
        m_rv->clock.set(request->createdAt.addSecs(60));
        const Result<QList<Request>> listed = m_rv->engine->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->first().state, RequestState::Expired);
        std::unique_ptr<Vault> bob = m_rv->session(QStringLiteral("bob"));
        QVERIFY(bob);
        VaultKeyProvider provider(bob->database());
        RequestEngine engine(*bob, provider, m_rv->executors);
        Result<OfficerCredential> credential = bob->authenticateOfficer(QStringLiteral("bob"), passphraseOf(QStringLiteral("bob")));
        QVERIFY(credential.ok());
        const Result<Request> approved = engine.approve(request->id, *credential);
        QVERIFY(!approved.ok());
        QCOMPARE(approved.code(), ErrorCode::Refused);
    }

    void pendingRequestExpiresByTheLogNotTheClock()
    {
        // A clock behind the log cannot keep a request alive: expiry counts from the log's time.
        const Result<Request> request = m_rv->submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY(request.ok());
        m_rv->clock.set(request->expiresAt.addSecs(60));
        QVERIFY(note(QStringLiteral("after expiry")).ok()); // any event past the expiry
        m_rv->clock.set(request->createdAt);
        const Result<QList<Request>> listed = m_rv->engine->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->first().id, request->id);
        QVERIFY(listed->first().isOverdue(VaultTime::effectiveNow(*m_rv->vault)));
        QVERIFY(!listed->first().isOverdue(m_rv->clock.now()));
    }

    void verifierReportsEventsOutOfOrder()
    {
        QList<AuditEvent> events = chain(6);
        QVERIFY(verifyChain(events).intact);
        events[3].at = events[1].at.addSecs(-1); // event 4 back-dated before event 2
        rehash(events);
        const ChainStatus status = verifyChain(events);
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, qint64(4));
        QVERIFY2(status.problem.contains(QStringLiteral("before event 3")), qPrintable(status.problem));
        QVERIFY(status.problem.contains(QStringLiteral("out of order")));
    }

    void verifierAcceptsEqualTimes()
    {
        QList<AuditEvent> events = chain(3);
        events[2].at = events[1].at; // the same millisecond (or a write clamped to the head)
        rehash(events);
        QVERIFY(verifyChain(events).intact);
    }

    void verifierReportsJumpsIntoTheFuture()
    {
        QList<AuditEvent> events = chain(5);
        events[4].at = kT0.addDays(7); // written with a clock a week ahead
        rehash(events);
        QVERIFY2(verifyChain(events).intact, "without a time of verification nothing is in the future");
        ChainVerifier verifier(kT0.addSecs(600));
        for (const AuditEvent& event : std::as_const(events))
            verifier.feed(event);
        const ChainStatus status = verifier.status();
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, qint64(5));
        QVERIFY2(status.problem.contains(QStringLiteral("2026-01-08 09:00:00 UTC")), qPrintable(status.problem));
        QVERIFY(status.problem.contains(QStringLiteral("clock set ahead")));
        // Within a day of the verifying clock is not a finding (a slightly slow clock).
        ChainVerifier lenient(kT0.addDays(6).addSecs(1));
        for (const AuditEvent& event : std::as_const(events))
            lenient.feed(event);
        QVERIFY(lenient.status().intact);
    }

    void verifierReportsMalformedTimes()
    {
        const QList<AuditEvent> events = chain(2);
        ChainVerifier verifier;
        QVERIFY(verifier.feed(events[0]));
        // "2026-1-1..." would order wrongly as text: a time Keyward never writes is a finding.
        const AuditEvent& second = events[1];
        const QByteArray at = "2026-1-01T09:02:00.000Z";
        const QByteArray body = AuditEvent::canonicalBodyOf(second.seq, at, "alice", "test.event", "s2", "{}", second.prev);
        const QByteArray hash = QCryptographicHash::hash(second.prev + body, QCryptographicHash::Sha256).toHex();
        QVERIFY(!verifier.feedRaw({ 2, at, "alice", "test.event", "s2", "{}", second.prev, hash }));
        QCOMPARE(verifier.status().firstBadSeq, qint64(2));
        QVERIFY(verifier.status().problem.contains(QStringLiteral("malformed time")));
    }

    void vaultVerifyUsesItsClockForTheFuture()
    {
        m_rv->clock.set(kT0.addDays(10));
        QVERIFY(note(QStringLiteral("ten days on")).ok());
        QVERIFY(m_rv->chainIntact());
        m_rv->clock.set(kT0.addDays(8)); // reading is allowed; the log now lies two days ahead
        const ChainStatus status = m_rv->vault->audit().verify();
        QVERIFY(!status.intact);
        QVERIFY(status.problem.contains(QStringLiteral("clock set ahead")));
    }
};

QTEST_GUILESS_MAIN(TestForwardTime)
#include "tst_forward_time.moc"
