// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC §10: a crash at any point leaves the vault openable with its audit chain intact and every
// operation fully applied or not at all. A child writer (crash_writer.cpp) records audited changes,
// adds and removes officers (re-keying the database) in a loop; it is SIGKILLed at a random moment,
// many times over, and after each kill the vault must open for both officers, pass
// PRAGMA integrity_check, verify its chain and hold every change the child reported committed.

#include "VaultTestSupport.h"

#include "crypto/Random.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

class TestCrashConsistency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A crash mid-transaction leaves a hot journal that SQLite replays at the next open, before
    // page 1's HMAC can tell a wrong page size. Opening must use the journal's page size only:
    // replaying it at the other size made SQLCipher read past its page buffers and crash
    // (valgrind), which is how a legacy 1 KiB vault would have met the 16 KiB default.
    void hotJournalIsReplayedAtItsOwnPageSize_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("legacy 1 KiB") << Database::kLegacyCipherPageSize;
        QTest::newRow("16 KiB") << Database::kCipherPageSize;
    }
    void hotJournalIsReplayedAtItsOwnPageSize()
    {
        QFETCH(int, pageSize);
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.db"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
        const SecureBytes key = random::secretBytes(Database::kMasterKeySize);
        Result<std::unique_ptr<Database>> opened = Database::open(live, key, Database::Mode::CreateNew, pageSize);
        QVERIFY2(opened.ok(), why(opened));
        Database& db = **opened;
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (n INTEGER, x BLOB); BEGIN;")).ok());
        for (int i = 0; i < 2000; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (%1, zeroblob(200))").arg(i)).ok());
        QVERIFY(db.exec(QStringLiteral("COMMIT;")).ok());
        // A tiny cache makes SQLite write changed pages into the file before COMMIT, keeping the
        // originals in the journal: a copy taken now is the file a crash leaves behind.
        QVERIFY(db.exec(QStringLiteral("PRAGMA cache_size = 2; BEGIN; UPDATE t SET n = -1, x = randomblob(200);")).ok());
        QVERIFY(QFile::exists(live + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(live, crashed));
        QVERIFY(QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));

        Result<std::unique_ptr<Database>> reopened = Database::open(crashed, key, Database::Mode::OpenExisting);
        QVERIFY2(reopened.ok(), why(reopened));
        QCOMPARE((*reopened)->cipherPageSize(), pageSize);
        QCOMPARE(*(*reopened)->queryInt64(QStringLiteral("SELECT count(*) FROM t WHERE n >= 0")), qint64(2000));
        QCOMPARE(*(*reopened)->queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(db.exec(QStringLiteral("ROLLBACK;")).ok());
    }

    void killedWriterNeverBreaksTheVault()
    {
        // The writer runs on the real clock; verifying at 2026-01-01 would see its events as a
        // jump into the future. Start from the real time so both agree.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        QTemporaryDir dir;
        const VaultLocation location { dir.filePath(QStringLiteral("vault")) };
        {
            Result<std::unique_ptr<Vault>> vault = Vault::create(location, QStringLiteral("alice"), { Role::Admin },
                                                                 pass("alice-passphrase"), KdfParams::forTests(), clock);
            QVERIFY2(vault.ok(), why(vault).constData());
            // bob is an auditor so the vault stays before the two-person rule and the writer may
            // add and remove officers directly (the request path is covered by tst_officer_requests).
            QVERIFY((*vault)->addOfficer(QStringLiteral("bob"), { Role::Auditor }, pass("bob-passphrase"),
                                         KdfParams::forTests())
                        .ok());
        }
        const QString passphraseFile = dir.filePath(QStringLiteral("alice.pw"));
        QVERIFY(writeAll(passphraseFile, "alice-passphrase\n"));

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        QElapsedTimer total;
        total.start();
        int iterations = 0;
        qint64 lastCommitted = 0;
        while (iterations < 30 && total.elapsed() < 20000) {
            ++iterations;
            QProcess child;
            child.setProgram(QStringLiteral(KEYWARD_CRASH_WRITER_PATH));
            child.setArguments({ location.dir, passphraseFile });
            child.start();
            QVERIFY(child.waitForStarted());
            // Random kill points from "still unlocking" to "many commits in".
            QTest::qWait(int(random.bounded(20, 450)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            const QString err = QString::fromUtf8(child.readAllStandardError());
            QVERIFY2(child.exitStatus() == QProcess::CrashExit, qPrintable(err));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                if (line.startsWith("committed "))
                    lastCommitted = std::max(lastCommitted, line.mid(10).toLongLong());
            }

            // Bob first on odd rounds, so either officer may be the one who finishes a re-key.
            const QStringList order = iterations % 2 ? QStringList { QStringLiteral("bob"), QStringLiteral("alice") }
                                                     : QStringList { QStringLiteral("alice"), QStringLiteral("bob") };
            for (const QString& officer : order) {
                Result<std::unique_ptr<Vault>> vault = Vault::open(
                    location, officer, officer == QLatin1String("bob") ? pass("bob-passphrase") : pass("alice-passphrase"),
                    clock);
                QVERIFY2(vault.ok(), qPrintable(QStringLiteral("round %1, %2: %3").arg(iterations).arg(officer, QString::fromUtf8(why(vault)))));
                Result<QString> integrity = (*vault)->database().integrityCheck();
                QVERIFY(integrity.ok());
                QCOMPARE(*integrity, QStringLiteral("ok"));
                const ChainStatus chain = (*vault)->audit().verify();
                QVERIFY2(chain.intact, qPrintable(chain.problem));
                QVERIFY2(chain.eventCount >= lastCommitted,
                         qPrintable(QStringLiteral("round %1: %2 events, child reported %3 committed")
                                        .arg(iterations)
                                        .arg(chain.eventCount)
                                        .arg(lastCommitted)));
                QVERIFY(!QFileInfo::exists(location.pendingKeySlotsPath()));
            }
        }
        QVERIFY(iterations >= 10);
        qInfo("%d kills, %lld events committed", iterations, lastCommitted);

        // The writer really re-keyed along the way, and every surviving officer row has a slot.
        Result<std::unique_ptr<Vault>> vault = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), clock);
        QVERIFY(vault.ok());
        QVERIFY(lastCommitted > 20);
        const qint64 removals = (*vault)->database()
                                    .queryInt64(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'officer.removed'"))
                                    .value();
        QVERIFY2(removals > 0, "no officer removal (re-key) was exercised");
        const QStringList slotNames = *Vault::slotOfficers(location);
        const Result<QList<Officer>> officers = (*vault)->officers();
        QVERIFY(officers.ok());
        QVERIFY(officers->size() >= 2);
        for (const Officer& officer : *officers)
            QVERIFY2(slotNames.contains(officer.name), qPrintable(officer.name));
        // ... and no slot outlives an addition that never committed (keyslots.json.new, promoted only
        // after the commit, is judged from the officers rows at the next open).
        QCOMPARE(slotNames.size(), officers->size());
    }

    // A crash can no longer leave a keyslot without its officer (the addition's slot reaches
    // keyslots.json only after its commit), but a folder restored from mismatched copies, or edited,
    // can: keyslots.json after bob's addition beside the vault.db from before it. The slot opens
    // nothing, is reported at every unlock, and is never silently dropped (that would hide the sign).
    void slotWithoutItsAdditionOpensNothingAndIsReported()
    {
        ManualClock clock;
        QTemporaryDir dir;
        const VaultLocation location { dir.filePath(QStringLiteral("vault")) };
        QByteArray dbBefore;
        {
            Result<std::unique_ptr<Vault>> vault = Vault::create(location, QStringLiteral("alice"), { Role::Admin },
                                                                 pass("alice-passphrase"), KdfParams::forTests(), clock);
            QVERIFY2(vault.ok(), why(vault).constData());
            dbBefore = readAll(location.databasePath());
            QVERIFY((*vault)->addOfficer(QStringLiteral("bob"), { Role::Auditor }, pass("bob-passphrase"),
                                         KdfParams::forTests())
                        .ok());
        }
        QVERIFY(writeAll(location.databasePath(), dbBefore));
        QCOMPARE(Vault::slotOfficers(location).value(), QStringList({ QStringLiteral("alice"), QStringLiteral("bob") }));

        Result<std::unique_ptr<Vault>> alice = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), clock);
        QVERIFY2(alice.ok(), why(alice).constData());
        const QStringList warnings = (*alice)->rosterWarnings();
        QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("bob")), qPrintable(warnings.join(QLatin1Char('\n'))));
        Result<std::unique_ptr<Vault>> bob = Vault::open(location, QStringLiteral("bob"), pass("bob-passphrase"), clock);
        QVERIFY(!bob.ok());
        QCOMPARE(bob.code(), ErrorCode::AuthenticationFailed);
        // vault.created, officer.added alice, and no officer.added bob
        QCOMPARE((*alice)->database().queryInt64(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'officer.added'")).value(), 1);
        QVERIFY((*alice)->audit().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crash_consistency.moc"
