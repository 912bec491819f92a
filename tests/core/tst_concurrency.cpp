// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one vault (issue #11): officers keep the GUI open while they script keyward-cli.
// - Readers judge from one snapshot: `audit verify` while other programs append never raises a
//   false alarm, and no write a writer reported committed goes missing.
// - A writer that cannot get its lock in time fails with Busy, a plain message, and changes nothing.
// - A process whose key another program replaced (officer removal) is told so (VaultChanged), not
//   that the vault is damaged; Vault::dataVersion and wasRekeyedElsewhere let the GUI notice.
// Writers are child processes (concurrency_writer.cpp); the lock tests use two connections in this
// process, which SQLite locks against each other just as it does two programs.

#include "VaultTestSupport.h"

#include "jose/JweEncryptor.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "samples/SampleImporter.h"
#include "samples/SampleStore.h"
#include "samples/SampleTestRun.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <algorithm>

using namespace keyward::core;
using namespace keyward::test;

namespace {

const QString kAlice = QStringLiteral("alice");

Result<AuditEvent> recordTick(Vault& vault, int i)
{
    // As the session's own officer: an actor who did not authenticate cannot sign the head.
    return vault.audit().record(vault.currentOfficer().name, QStringLiteral("test.tick"), QStringLiteral("tick"),
                                QJsonObject { { QStringLiteral("i"), i } }, [i](Database& db) -> Status {
                                    Result<Statement> stmt = db.prepare(
                                        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('tick', ?)"));
                                    if (!stmt.ok())
                                        return stmt.error();
                                    stmt->bind(1, QString::number(i));
                                    return stmt->run();
                                });
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock; // the writer processes write at the real time: so must this side
    QTemporaryDir m_dir;
    VaultLocation m_location;

    std::unique_ptr<Vault> open(const QString& officer = kAlice)
    {
        const QByteArray secret = (officer + QStringLiteral("-passphrase")).toUtf8();
        Result<std::unique_ptr<Vault>> vault = Vault::open(m_location, officer, pass(secret.constData()), m_clock);
        if (!vault.ok())
            qWarning("open as %s: %s", qPrintable(officer), vault.message().toUtf8().constData());
        return vault.ok() ? std::move(*vault) : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = VaultLocation { m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())) };
        Result<std::unique_ptr<Vault>> vault
            = Vault::create(m_location, kAlice, { Role::Admin, Role::KeyOfficer }, pass("alice-passphrase"),
                            KdfParams::forTests(), m_clock);
        QVERIFY2(vault.ok(), why(vault).constData());
        // Auditors only, so the vault stays before the two-person rule and alice may remove
        // officers directly (the request path re-keys the same way).
        for (const char* name : { "bob", "carol" }) {
            const QString officer = QString::fromLatin1(name);
            const QByteArray secret = QByteArray(name) + "-passphrase";
            QVERIFY((*vault)->addOfficer(officer, { Role::Auditor }, pass(secret.constData()), KdfParams::forTests()).ok());
        }
    }

    void verifyWhileOthersWriteNeverRaisesAFalseAlarm()
    {
        const QString passphraseFile = m_dir.filePath(QStringLiteral("alice.pw"));
        QVERIFY(writeAll(passphraseFile, "alice-passphrase\n"));
        std::unique_ptr<Vault> reader = open(QStringLiteral("bob"));
        QVERIFY(reader);

        // Two writers, so BEGIN IMMEDIATE contention between writers is exercised too.
        QList<std::shared_ptr<QProcess>> writers;
        for (const char* tag : { "w1", "w2" }) {
            auto writer = std::make_shared<QProcess>();
            writer->setProgram(QStringLiteral(KEYWARD_CONCURRENCY_WRITER_PATH));
            writer->setArguments({ m_location.dir, passphraseFile, QStringLiteral("6000"), QString::fromLatin1(tag) });
            writer->start();
            QVERIFY(writer->waitForStarted());
            writers.append(writer);
        }

        int verifies = 0;
        qint64 lastCount = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        const auto running = [&] {
            return std::any_of(writers.cbegin(), writers.cend(),
                               [](const auto& w) { return w->state() != QProcess::NotRunning; });
        };
        while ((running() || verifies < 150) && elapsed.elapsed() < 25000) {
            const ChainStatus status = reader->audit().verify();
            QVERIFY2(!status.failure, qPrintable(status.problem));
            QVERIFY2(status.intact, qPrintable(QStringLiteral("verify %1: false alarm at %2: %3")
                                                   .arg(verifies)
                                                   .arg(status.firstBadSeq)
                                                   .arg(status.problem)));
            QVERIFY(status.eventCount >= lastCount); // never goes back in time
            lastCount = status.eventCount;
            ++verifies;
            QCoreApplication::processEvents(); // lets QProcess notice the writers ending
        }
        qInfo("%d verifies while writing, chain grew to %lld events", verifies, lastCount);
        QVERIFY2(verifies >= 150, qPrintable(QString::number(verifies)));

        QMap<qint64, QByteArray> committed;
        for (const auto& writer : std::as_const(writers)) {
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(20000));
            const QString err = QString::fromUtf8(writer->readAllStandardError());
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0, qPrintable(err));
            for (const QByteArray& line : writer->readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.first() == "committed")
                    committed.insert(parts.at(1).toLongLong(), parts.at(2));
            }
        }
        QVERIFY2(committed.size() > 20, qPrintable(QString::number(committed.size())));

        // Every acknowledged write is in the chain, with the hash the writer was told.
        const ChainStatus final = reader->audit().verify();
        QVERIFY2(final.intact, qPrintable(final.problem));
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            Result<QList<AuditEvent>> event = reader->audit().events(it.key(), 1);
            QVERIFY(event.ok());
            QCOMPARE(event->size(), 1);
            QCOMPARE(event->first().hash, it.value());
        }
    }

    void sampleRunsStoredByAnotherProgramNeverLookForged()
    {
        // A run and its sealing event are committed together; a reader that saw the run but not
        // its event (two reads straddling the commit) would call it forged.
        {
            std::unique_ptr<Vault> alice = open();
            QVERIFY(alice);
            VaultKeyProvider provider(alice->database());
            GenerateKeyCommand::Params params;
            params.key.keySet = QStringLiteral("archive");
            params.key.use = KeyUse::Enc;
            params.key.alg = QStringLiteral("ECDH-ES+A256KW");
            params.key.kid = QStringLiteral("archive-2026");
            params.key.owner = QStringLiteral("team-archive");
            params.key.expiresAt = m_clock.now().addYears(1);
            params.size = QStringLiteral("P-256");
            GenerateKeyCommand command(*alice, provider, params);
            QVERIFY(command.run().ok());
            Result<Jwk> key = provider.loadPrivate(command.result().id);
            QVERIFY(key.ok());
            const QString folder = m_dir.filePath(QStringLiteral("samples"));
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < 20; ++i) {
                std::vector<jose::JweRecipientSpec> to(1);
                to[0].key = key->publicOnly();
                to[0].alg = params.key.alg;
                jose::JweEncryptOptions options;
                options.enc = QStringLiteral("A256GCM");
                Result<QByteArray> token = jose::JweEncryptor::encrypt(QByteArray("record ") + QByteArray::number(i), to, options);
                QVERIFY(token.ok());
                QVERIFY(writeAll(QStringLiteral("%1/%2.jwe").arg(folder).arg(i), *token));
            }
            QVERIFY(samples::SampleImporter(*alice).import({folder}).ok());
        }
        const QString passphraseFile = m_dir.filePath(QStringLiteral("alice.pw"));
        QVERIFY(writeAll(passphraseFile, "alice-passphrase\n"));
        std::unique_ptr<Vault> reader = open(QStringLiteral("bob"));
        QVERIFY(reader);
        QProcess writer;
        writer.setProgram(QStringLiteral(KEYWARD_CONCURRENCY_WRITER_PATH));
        writer.setArguments({m_location.dir, passphraseFile, QStringLiteral("4000"), QStringLiteral("samples")});
        writer.start();
        QVERIFY(writer.waitForStarted());

        const samples::SampleStore store(reader->database());
        int reads = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        while ((writer.state() != QProcess::NotRunning || reads < 200) && elapsed.elapsed() < 20000) {
            Result<QMap<qint64, samples::SampleOutcomeRow>> latest = store.latestOutcomes(QDateTime());
            QVERIFY2(latest.ok(), qPrintable(QStringLiteral("read %1: %2").arg(reads).arg(latest.ok() ? QString() : latest.message())));
            Result<QList<samples::SampleRun>> runs = store.runs();
            QVERIFY(runs.ok());
            if (!runs->isEmpty()) {
                Result<QList<samples::SampleOutcomeRow>> newest = store.outcomes(runs->first().id);
                QVERIFY2(newest.ok(), qPrintable(QStringLiteral("read %1: %2").arg(reads).arg(newest.ok() ? QString() : newest.message())));
            }
            ++reads;
            QCoreApplication::processEvents();
        }
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(20000));
        QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0, writer.readAllStandardError().constData());
        const int stored = int(writer.readAllStandardOutput().count("committed run"));
        qInfo("%d reads while another program stored %d runs", reads, stored);
        QVERIFY2(stored >= 5, qPrintable(QString::number(stored)));
        QVERIFY2(reads >= 200, qPrintable(QString::number(reads)));
    }

    void writerBlockedByAReaderFailsWithBusyAndChangesNothing()
    {
        std::unique_ptr<Vault> reader = open(QStringLiteral("bob"));
        std::unique_ptr<Vault> writer = open();
        QVERIFY(reader && writer);
        writer->database().setBusyTimeout(300);
        const AuditLog::Head before = *writer->audit().head();

        {
            // A long verify, an export: a read snapshot held while the writer tries to commit.
            Result<ReadTransaction> snapshot = ReadTransaction::begin(reader->database());
            QVERIFY2(snapshot.ok(), why(snapshot).constData());
            QVERIFY(reader->database().inReadSnapshot());
            QElapsedTimer waited;
            waited.start();
            Result<AuditEvent> event = recordTick(*writer, 1);
            QVERIFY(!event.ok());
            QCOMPARE(event.code(), ErrorCode::Busy);
            QCOMPARE(event.message(), QStringLiteral("Another Keyward program is writing to this vault; tried for "
                                                     "0.3 s. Try again when it has finished."));
            QVERIFY(waited.elapsed() >= 250); // it did wait before giving up
            QVERIFY(!writer->database().inTransaction());
            // The reader's snapshot still sees the vault as it was.
            QCOMPARE(reader->audit().head()->count, before.count);
        }

        // Nothing of the failed change was applied: no event, no meta row, the head unmoved.
        QCOMPARE(writer->audit().head()->count, before.count);
        QCOMPARE(writer->audit().head()->hash, before.hash);
        QCOMPARE(writer->database().queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'tick'")).code(),
                 ErrorCode::NotFound);
        // Once the reader is gone the same connection writes normally.
        QVERIFY(recordTick(*writer, 2).ok());
        QVERIFY(reader->audit().verify().intact);
    }

    void writerBlockedByAnotherWriterFailsAtBegin()
    {
        std::unique_ptr<Vault> first = open();
        std::unique_ptr<Vault> second = open(QStringLiteral("bob"));
        QVERIFY(first && second);
        second->database().setBusyTimeout(200);
        const qint64 before = *second->audit().count();
        {
            Result<Transaction> holding = Transaction::begin(first->database()); // BEGIN IMMEDIATE
            QVERIFY(holding.ok());
            Result<AuditEvent> event = recordTick(*second, 1);
            QVERIFY(!event.ok());
            QCOMPARE(event.code(), ErrorCode::Busy);
            QVERIFY(event.message().contains(QStringLiteral("tried for 0.2 s")));
            QVERIFY(!second->database().inTransaction());
        }
        QCOMPARE(*second->audit().count(), before);
        QVERIFY(recordTick(*second, 2).ok());
    }

    void readSnapshotNestsAndRefusesWrites()
    {
        std::unique_ptr<Vault> vault = open();
        QVERIFY(vault);
        Database& db = vault->database();
        {
            Result<ReadTransaction> outer = ReadTransaction::begin(db);
            QVERIFY(outer.ok());
            Result<ReadTransaction> inner = ReadTransaction::begin(db); // no-op inside
            QVERIFY(inner.ok());
            inner->end();
            QVERIFY(db.inReadSnapshot()); // the outer one still holds
            // A write inside a read snapshot would have to upgrade its lock, which can deadlock.
            Result<AuditEvent> refused = recordTick(*vault, 1);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.code(), ErrorCode::Internal);
            QVERIFY(vault->audit().verify().intact); // verify nests, too
        }
        QVERIFY(!db.inReadSnapshot());
        {
            Result<Transaction> write = Transaction::begin(db);
            QVERIFY(write.ok());
            Result<ReadTransaction> inside = ReadTransaction::begin(db); // no-op inside a write
            QVERIFY(inside.ok());
            QVERIFY(!db.inReadSnapshot());
            QVERIFY(recordTick(*vault, 2).ok());
            QVERIFY(write->commit().ok());
        }
        QVERIFY(vault->audit().verify().intact);
    }

    void dataVersionMovesOnlyForOtherProgramsCommits()
    {
        std::unique_ptr<Vault> gui = open();
        std::unique_ptr<Vault> cli = open(QStringLiteral("bob"));
        QVERIFY(gui && cli);
        const Result<qint64> start = gui->dataVersion();
        QVERIFY2(start.ok(), why(start).constData());
        QVERIFY(recordTick(*gui, 1).ok()); // our own commit
        QCOMPARE(*gui->dataVersion(), *start);
        QVERIFY(recordTick(*cli, 2).ok()); // another program's
        const Result<qint64> after = gui->dataVersion();
        QVERIFY(after.ok());
        QVERIFY(*after != *start);
        QVERIFY(!gui->wasRekeyedElsewhere());

        {
            // Another program in the middle of a change (RESERVED, not yet committing).
            Result<Transaction> holding = Transaction::begin(cli->database());
            QVERIFY(holding.ok());
            QVERIFY(recordTick(*cli, 3).ok());
            QElapsedTimer polled;
            polled.start();
            QVERIFY(gui->dataVersion().ok());
            QVERIFY(polled.elapsed() < 1000);
        }
        gui->lock();
        QCOMPARE(gui->dataVersion().code(), ErrorCode::Refused);
        QVERIFY(!gui->wasRekeyedElsewhere());
    }

    void rekeyByAnotherProgramIsReportedAsSuch()
    {
        std::unique_ptr<Vault> gui = open();
        std::unique_ptr<Vault> cli = open();
        QVERIFY(gui && cli);
        QVERIFY(gui->audit().verify().intact);
        QVERIFY(!gui->wasRekeyedElsewhere());

        // Another program staging a removal (keyslots.json.new of the next generation) that has
        // not re-keyed yet: the database still opens with our key, so nothing to report.
        QJsonObject next = QJsonDocument::fromJson(readAll(m_location.keySlotsPath())).object();
        next.insert(QStringLiteral("generation"), next.value(QStringLiteral("generation")).toInteger() + 1);
        QVERIFY(writeAll(m_location.pendingKeySlotsPath(), QJsonDocument(next).toJson()));
        QVERIFY(!gui->wasRekeyedElsewhere());
        QVERIFY(QFile::remove(m_location.pendingKeySlotsPath()));

        QVERIFY(cli->removeOfficer(QStringLiteral("carol")).ok()); // PRAGMA rekey, generation + 1
        QVERIFY(!cli->wasRekeyedElsewhere()); // its own re-key is no news to it
        QVERIFY(cli->audit().verify().intact);

        QVERIFY(gui->wasRekeyedElsewhere());
        const QString expected = QStringLiteral("The vault was re-keyed by another Keyward program (an officer was "
                                                "removed); unlock it again.");
        const ChainStatus chain = gui->audit().verify();
        QVERIFY(chain.failure);
        QCOMPARE(chain.failure->code, ErrorCode::VaultChanged);
        QCOMPARE(chain.failure->message, expected);
        QCOMPARE(chain.firstBadSeq, 0); // no finding about the chain itself
        const Result<QList<Officer>> officers = gui->officers();
        QVERIFY(!officers.ok());
        QCOMPARE(officers.code(), ErrorCode::VaultChanged);
        const Result<qint64> version = gui->dataVersion();
        QVERIFY(!version.ok());
        QCOMPARE(version.code(), ErrorCode::VaultChanged);
        const Result<AuditEvent> write = recordTick(*gui, 1);
        QVERIFY(!write.ok());
        QCOMPARE(write.code(), ErrorCode::VaultChanged);

        // Unlocking again works, and the vault is whole.
        gui.reset();
        std::unique_ptr<Vault> again = open();
        QVERIFY(again);
        QVERIFY(!again->wasRekeyedElsewhere());
        QVERIFY(again->audit().verify().intact);
        QCOMPARE(*again->database().integrityCheck(), QStringLiteral("ok"));
    }

    void rekeyMidRenameIsStillRecognised()
    {
        // Between another program's PRAGMA rekey and its rename of keyslots.json.new only the new
        // file names the new generation: simulated by putting the old keyslots.json back.
        std::unique_ptr<Vault> gui = open();
        std::unique_ptr<Vault> cli = open();
        QVERIFY(gui && cli);
        const QByteArray oldSlots = readAll(m_location.keySlotsPath());
        QVERIFY(cli->removeOfficer(QStringLiteral("carol")).ok());
        QVERIFY(QFile::rename(m_location.keySlotsPath(), m_location.pendingKeySlotsPath()));
        QVERIFY(writeAll(m_location.keySlotsPath(), oldSlots));
        QVERIFY(gui->wasRekeyedElsewhere());
        const ChainStatus chain = gui->audit().verify();
        QVERIFY(chain.failure);
        QCOMPARE(chain.failure->code, ErrorCode::VaultChanged);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
