// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on the vault's time (issue #12, SPEC §1): one officer with the master key from their own
// slot back-dates, reorders or future-dates audit events and recomputes the hash chain; or runs
// Keyward with a clock behind or ahead of the log. Each is refused, or reported by verify (in
// process and by the shipped `keyward-cli audit verify`, exit 4) naming the event.

#include "AttackSupport.h"

#include "audit/ChainVerifier.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

SecureBytes alicePassphrase()
{
    return SecureBytes("alice passphrase", 16);
}

} // namespace

class TestAttackTime : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    VaultLocation m_location;
    // Ten days back, so that the real time of verification is after every honest event.
    ManualClock m_clock { QDateTime::currentDateTimeUtc().addDays(-10) };

    struct Cli {
        int exitCode = -1;
        QString err;
    };

    // keyward-cli as the officer checking the vault would run it: the test-hooks build without its
    // test clock, because the shipped one refuses this suite's cheap Argon2 cost (tst_cli_kdf_floor).
    Cli shippedVerify()
    {
        const QString pw = m_dir->filePath(QStringLiteral("alice.pw"));
        QFile file(pw);
        if (!file.open(QIODevice::WriteOnly) || file.write("alice passphrase\n") < 0)
            return {};
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KEYWARD_VAULT"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEYWARD_CLI_PATH),
                      { QStringLiteral("--vault"), m_location.dir, QStringLiteral("--as"), QStringLiteral("alice"),
                        QStringLiteral("--passphrase-file"), pw, QStringLiteral("audit"), QStringLiteral("verify") });
        Cli run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    ChainStatus verifyNow()
    {
        const SystemClock realTime;
        Result<std::unique_ptr<Vault>> vault = Vault::open(m_location, QStringLiteral("alice"), alicePassphrase(), realTime);
        if (!vault.ok()) {
            ChainStatus failed;
            failed.problem = vault.message();
            return failed;
        }
        return (*vault)->audit().verify();
    }

    void tamper(const std::function<void(QList<AuditEvent>&)>& edit)
    {
        std::unique_ptr<Database> db = openWithOwnSlot(m_location, QStringLiteral("alice"), alicePassphrase());
        QVERIFY(db);
        QVERIFY(rewriteChain(*db, edit));
    }

    static void expectFinding(const ChainStatus& status, qint64 seq, const char* fragment)
    {
        QVERIFY2(!status.intact, "verify must not call this chain intact");
        QCOMPARE(status.firstBadSeq, seq);
        QVERIFY2(status.problem.contains(QLatin1String(fragment)), qPrintable(status.problem));
    }

    void expectCliFinding(qint64 seq, const char* fragment)
    {
        const Cli run = shippedVerify();
        QVERIFY2(run.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QStringLiteral("broken at event %1").arg(seq)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String(fragment)), qPrintable(run.err));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = VaultLocation { m_dir->filePath(QStringLiteral("vault")) };
        Result<std::unique_ptr<Vault>> vault = Vault::create(m_location, QStringLiteral("alice"), { Role::Admin },
                                                             alicePassphrase(), KdfParams::forTests(), m_clock);
        QVERIFY(vault.ok());
        for (int i = 0; i < 6; ++i) {
            m_clock.advanceSecs(3600);
            QVERIFY((*vault)->audit().record(QStringLiteral("alice"), QStringLiteral("test.event"),
                                             QStringLiteral("n%1").arg(i), QJsonObject()).ok());
        }
        QVERIFY((*vault)->audit().verify().intact); // vault closed at the end of scope
    }

    void honestVaultVerifies()
    {
        QVERIFY(verifyNow().intact);
        const Cli run = shippedVerify();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void backDatedEventIsReported()
    {
        // Event 5 moved to before event 3 — as a forged "officer.added" inserted in the past would
        // have to be — with every hash recomputed.
        tamper([](QList<AuditEvent>& events) { events[4].at = events[2].at.addSecs(-60); });
        expectFinding(verifyNow(), 5, "out of order");
        expectCliFinding(5, "before event 4");
    }

    void reorderedEventsAreReported()
    {
        // Events 4 and 6 swap places (and seq numbers), the chain relinked. Event 5 is then dated
        // before event 4, but the head signed over the real event 4 already tells at 4 (issue #12).
        tamper([](QList<AuditEvent>& events) { events.swapItemsAt(3, 5); });
        expectFinding(verifyNow(), 4, "signature does not verify");
        expectCliFinding(4, "signature does not verify");
    }

    void insertedBackDatedEventIsReported()
    {
        // A forged event slipped in between events 3 and 4, dated a day before the vault existed.
        tamper([](QList<AuditEvent>& events) {
            // Not an officer change: the signed roster would refuse the unlock before any time check
            // (tst_roster_attacks); this one is caught by its date alone.
            AuditEvent forged = events[2];
            forged.action = QStringLiteral("key.revoked");
            forged.subject = QStringLiteral("pay-1");
            forged.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("forged") } };
            forged.at = events.first().at.addDays(-1);
            events.insert(3, forged);
        });
        expectFinding(verifyNow(), 4, "out of order");
    }

    void futureDatedEventIsReported()
    {
        // The last event written by a clock a week ahead (the destruction "7 days later").
        tamper([](QList<AuditEvent>& events) { events.last().at = QDateTime::currentDateTimeUtc().addDays(7); });
        const qint64 last = 8; // vault creation writes two events, init six more
        expectFinding(verifyNow(), last, "clock set ahead");
        expectCliFinding(last, "jump into the future");
    }

    void clockBehindTheLogWritesNothing()
    {
        ManualClock behind(m_clock.now().addDays(-2));
        Result<std::unique_ptr<Vault>> vault = Vault::open(m_location, QStringLiteral("alice"), alicePassphrase(), behind);
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.message()));
        const qint64 before = *(*vault)->audit().count();
        const Result<AuditEvent> refused
            = (*vault)->audit().record(QStringLiteral("alice"), QStringLiteral("key.destroyed"), QStringLiteral("pay-1"), {});
        QCOMPARE(refused.code(), ErrorCode::ClockBehind);
        QVERIFY(refused.message().contains(QStringLiteral("is behind the vault's last event")));
        QCOMPARE(*(*vault)->audit().count(), before);
    }

    void clockAheadIsReportedByTheNextHonestVerify()
    {
        // libfaketime or a clock set ahead needs no tampering at all: the event is written through
        // Keyward itself, dated a week ahead. The next verify on a right clock names it.
        {
            ManualClock ahead(QDateTime::currentDateTimeUtc().addDays(7));
            Result<std::unique_ptr<Vault>> vault = Vault::open(m_location, QStringLiteral("alice"), alicePassphrase(), ahead);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->audit().record(QStringLiteral("alice"), QStringLiteral("key.destroyed"), QStringLiteral("pay-1"), {}).ok());
        }
        expectFinding(verifyNow(), 9, "clock set ahead");
        expectCliFinding(9, "jump into the future");
        // And every honest write is refused until the clock reaches the forged time: loud, not silent.
        const SystemClock realTime;
        Result<std::unique_ptr<Vault>> vault = Vault::open(m_location, QStringLiteral("alice"), alicePassphrase(), realTime);
        QVERIFY(vault.ok());
        QCOMPARE((*vault)->audit().record(QStringLiteral("alice"), QStringLiteral("test.event"), QStringLiteral("x"), {}).code(),
                 ErrorCode::ClockBehind);
    }
};

QTEST_GUILESS_MAIN(TestAttackTime)
#include "tst_attack_time.moc"
