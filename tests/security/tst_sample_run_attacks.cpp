// SPDX-License-Identifier: GPL-3.0-or-later
// The retirement gate reads test runs as evidence (SPEC §6), so a run must be what an officer's
// signed audit log says it was. One officer opens vault.db with their own master key and makes a
// failing key look tested: a forged passing run, a real run's outcomes rewritten to pass, a newer
// failing run deleted, an old passing run re-dated past the key's last change. The gate still
// refuses each, and says why.
#include "AttackSupport.h"
#include "core/SampleCorpus.h"

#include "keys/KeyStore.h"
#include "requests/RetirementGate.h"
#include "samples/SampleImporter.h"
#include "samples/SampleOutcomeCodec.h"
#include "samples/SampleStore.h"
#include "samples/SampleTestRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

namespace {

const QString kOld = QStringLiteral("pay-2025");

// pay-2025 with two archived samples: invoice-1 decrypts, invoice-2 was tampered with in the
// archive. One run has tested both, so retirement is refused because of invoice-2.
struct GatedKey {
    SampleCorpus c;
    KeyRecord old;

    bool init(bool withTampered = true)
    {
        if (!c.kv.init() || !c.generate(QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"), QStringLiteral("payments"))
            || !c.generate(kOld, QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"), QStringLiteral("payments")))
            return false;
        old = c.records.value(kOld);
        QByteArray tampered = c.encrypt(c.keys.value(kOld), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM"));
        QList<QByteArray> parts = tampered.split('.');
        parts[3][4] = parts[3][4] == 'A' ? 'B' : 'A';
        return c.write(QStringLiteral("2025/invoice-1.jwe"), c.encrypt(c.keys.value(kOld), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM")))
            && (!withTampered || c.write(QStringLiteral("2025/invoice-2.jwe"), parts.join('.'))) && SampleImporter(*c.kv.vault).import({c.files.path()}).ok();
    }

    Result<SampleRunResult> test()
    {
        c.kv.clock.advanceSecs(60);
        SampleSelection onlyOld;
        onlyOld.kid = kOld;
        return SampleTestRun(*c.kv.vault).run(onlyOld);
    }

    Status gate() { return RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now()); }

    std::unique_ptr<Database> openAsAlice() const
    {
        return openWithOwnSlot(c.kv.vault->location(), QStringLiteral("alice"), SecureBytes::fromView("correct horse battery staple"));
    }

    QList<SampleRow> samples() const { return SampleStore(c.kv.vault->database()).byKid(kOld).value(); }

    // `keyward-cli audit verify` as alice runs it.
    CliRun auditVerify() const
    {
        QTemporaryDir secrets;
        const QString passFile = secrets.filePath(QStringLiteral("passphrase"));
        if (!writeAll(passFile, "correct horse battery staple"))
            return {};
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(KEYWARD_CLI_PATH), {QStringLiteral("--vault"), c.kv.vault->location().dir, QStringLiteral("--as"), QStringLiteral("alice"),
                                                     QStringLiteral("--passphrase-file"), passFile, QStringLiteral("audit"), QStringLiteral("verify")});
        if (!cli.waitForFinished(60000))
            return {};
        return CliRun {cli.exitCode(), QString::fromUtf8(cli.readAllStandardError())};
    }
};

bool exec(Database& db, const QString& sql)
{
    const Status done = db.exec(sql);
    if (!done.ok())
        qWarning("%s", qPrintable(done.message()));
    return done.ok();
}

} // namespace

class TestSampleRunAttacks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void honestRunsGateAsTheySay()
    {
        GatedKey k;
        QVERIFY(k.init());
        QVERIFY(k.test().ok());
        Result<QStringList> problems = SampleStore(k.c.kv.vault->database()).runProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        const CliRun verify = k.auditVerify();
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.stderrText));
        Status refused = k.gate();
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("invoice-2.jwe (last test: integrity-failure)")), qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QLatin1String("invoice-1.jwe")));
        // What a reader gets back is what was tested.
        Result<QList<SampleRun>> runs = SampleStore(k.c.kv.vault->database()).runs();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->first().sealed);
        Result<QList<SampleOutcomeRow>> outcomes = SampleStore(k.c.kv.vault->database()).outcomes(runs->first().id);
        QVERIFY2(outcomes.ok(), outcomes.ok() ? "" : qPrintable(outcomes.message()));
        QCOMPARE(outcomes->size(), 2);
    }

    void forgedPassingRunIsNotEvidence()
    {
        GatedKey k;
        QVERIFY(k.init());
        QVERIFY(k.test().ok());
        const QList<SampleRow> samples = k.samples();
        QCOMPARE(samples.size(), 2);
        {
            std::unique_ptr<Database> db = k.openAsAlice();
            QVERIFY(db);
            // A newer run in the old row form, every sample ok, with no event in the signed log.
            const QString finished = KeyStore::formatTime(k.c.kv.clock.now().addSecs(30));
            QVERIFY(exec(*db, QStringLiteral("INSERT INTO sample_runs (id, started_at, finished_at, officer, selection, partial, selected, summary) "
                                             "VALUES (2, '%1', '%1', 'alice', '{}', 0, 2, '{\"ok\":2}')")
                                  .arg(finished)));
            for (const SampleRow& s : samples) {
                QVERIFY(exec(*db, QStringLiteral("INSERT INTO sample_outcomes (run_id, sample_id, outcome, kid, key_id, alg, enc, plaintext_sha256, "
                                                 "plaintext_length, detail) VALUES (2, %1, 'ok', '%2', %3, 'ECDH-ES+A256KW', 'A256GCM', '%4', 27, '')")
                                      .arg(s.id)
                                      .arg(kOld)
                                      .arg(k.old.id)
                                      .arg(QString(64, QLatin1Char('a')))));
            }
            // And a third in the sealed form, its outcomes encoded as Keyward encodes them.
            QList<SampleOutcomeRow> ok;
            for (const SampleRow& s : samples) {
                SampleOutcomeRow o;
                o.sampleId = s.id;
                o.outcome = SampleOutcome::Ok;
                o.kid = kOld;
                o.keyId = k.old.id;
                o.plaintextSha256 = QString(64, QLatin1Char('b'));
                ok.append(o);
            }
            Result<Statement> insert = db->prepare(QStringLiteral(
                "INSERT INTO sample_runs (id, started_at, finished_at, officer, selection, partial, selected, summary, outcomes) "
                "VALUES (3, ?1, ?1, 'alice', '{}', 0, 2, '{\"ok\":2}', ?2)"));
            QVERIFY(insert.ok());
            insert->bind(1, finished).bind(2, SampleOutcomeCodec::encode(ok));
            QVERIFY(insert->run().ok());
        }
        const Status refused = k.gate();
        QCOMPARE(refused.code(), ErrorCode::VerificationFailed);
        QVERIFY2(refused.message().contains(QLatin1String("run 2")) && refused.message().contains(QLatin1String("signed audit log")),
                 qPrintable(refused.message()));
        // Both forged runs, whatever their time.
        Result<QStringList> problems = SampleStore(k.c.kv.vault->database()).runProblems();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 2);
    }

    void rewrittenOutcomesAreCaught()
    {
        GatedKey k;
        QVERIFY(k.init());
        Result<SampleRunResult> run = k.test();
        QVERIFY(run.ok());
        {
            std::unique_ptr<Database> db = k.openAsAlice();
            QVERIFY(db);
            Result<QList<SampleOutcomeRow>> outcomes = Error(ErrorCode::NotFound, QString());
            {
                Result<Statement> read = db->prepare(QStringLiteral("SELECT outcomes FROM sample_runs WHERE id = ?"));
                QVERIFY(read.ok());
                read->bind(1, run->run.id);
                QVERIFY(read->step().value());
                outcomes = SampleOutcomeCodec::decode(read->columnBlob(0));
            }
            QVERIFY2(outcomes.ok(), outcomes.ok() ? "" : qPrintable(outcomes.message()));
            QCOMPARE(outcomes->size(), 2);
            for (SampleOutcomeRow& o : *outcomes) {
                o.outcome = SampleOutcome::Ok;
                o.detail.clear();
            }
            Result<Statement> write = db->prepare(QStringLiteral("UPDATE sample_runs SET outcomes = ?, summary = '{\"ok\":2}' WHERE id = ?"));
            QVERIFY(write.ok());
            write->bind(1, SampleOutcomeCodec::encode(*outcomes)).bind(2, run->run.id);
            QVERIFY(write->run().ok());
        }
        const Status refused = k.gate();
        QCOMPARE(refused.code(), ErrorCode::VerificationFailed);
        QVERIFY2(refused.message().contains(QStringLiteral("run %1").arg(run->run.id)), qPrintable(refused.message()));
        // The page and the CLI read the same outcomes: they get the alarm, not the forgery.
        Result<QList<SampleOutcomeRow>> shown = SampleStore(k.c.kv.vault->database()).outcomes(run->run.id);
        QCOMPARE(shown.code(), ErrorCode::VerificationFailed);
        // And `audit verify` reports it, though the chain itself is intact.
        Result<QStringList> problems = SampleStore(k.c.kv.vault->database()).runProblems();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        const CliRun verify = k.auditVerify();
        QCOMPARE(verify.exitCode, 4);
        QVERIFY2(verify.stderrText.contains(QStringLiteral("The outcomes of test run %1 are not those").arg(run->run.id)), qPrintable(verify.stderrText));
    }

    void deletedFailingRunIsCaught()
    {
        // invoice-1 passed in run 1; run 2, newer, says it no longer decrypts. Deleting run 2 would
        // leave run 1 as the newest word on it.
        GatedKey k;
        QVERIFY(k.init(false));
        QVERIFY(k.test().ok());
        QVERIFY2(k.gate().ok(), qPrintable(k.gate().message()));
        k.c.kv.clock.advanceSecs(60);
        QList<SampleOutcomeRow> failing;
        for (const SampleRow& s : k.samples()) {
            SampleOutcomeRow o;
            o.sampleId = s.id;
            o.outcome = SampleOutcome::IntegrityFailure;
            o.kid = kOld;
            o.keyId = k.old.id;
            o.detail = QStringLiteral("The authentication tag does not match.");
            failing.append(o);
        }
        SampleRun second;
        second.id = 2;
        second.startedAt = second.finishedAt = k.c.kv.clock.now();
        second.officer = QStringLiteral("alice");
        second.selected = failing.size();
        second.summary.insert(QStringLiteral("integrity-failure"), int(failing.size()));
        const QByteArray encoded = SampleOutcomeCodec::encode(failing);
        Database& db = k.c.kv.vault->database();
        QVERIFY(k.c.kv.vault->audit()
                    .record(QStringLiteral("alice"), QStringLiteral("samples.tested"), QStringLiteral("run:2"),
                            {{QStringLiteral("run"), 2}, {QStringLiteral("outcomes_sha256"), SampleOutcomeCodec::digest(encoded)}},
                            [&](Database&) { return SampleStore(db).insertRun(second, encoded); })
                    .ok());
        QCOMPARE(k.gate().code(), ErrorCode::Refused);
        {
            std::unique_ptr<Database> alice = k.openAsAlice();
            QVERIFY(alice);
            QVERIFY(exec(*alice, QStringLiteral("DELETE FROM sample_runs WHERE id = 2")));
        }
        const Status refused = k.gate();
        QCOMPARE(refused.code(), ErrorCode::VerificationFailed);
        QVERIFY2(refused.message().contains(QLatin1String("Test run 2 is in the signed audit log")), qPrintable(refused.message()));
        Result<QStringList> problems = SampleStore(db).runProblems();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QLatin1String("no longer in the vault")));
        // The next run does not take the deleted one's number (and with it its event).
        Result<SampleRunResult> next = k.test();
        QVERIFY(next.ok());
        QCOMPARE(next->run.id, 3);
        QCOMPARE(k.gate().code(), ErrorCode::VerificationFailed);
    }

    void reDatedRunDoesNotCoverALaterChange()
    {
        GatedKey k;
        QVERIFY(k.init(false));
        SampleCorpus& c = k.c;
        Result<SampleRunResult> passing = k.test();
        QVERIFY(passing.ok());
        QVERIFY2(k.gate().ok(), qPrintable(k.gate().message()));
        // Then the key changes, so that run no longer covers it.
        c.kv.clock.advanceSecs(3600);
        QVERIFY(c.kv.vault->audit().record(QStringLiteral("alice"), QStringLiteral("key.updated"), kOld, QJsonObject()).ok());
        c.kv.clock.advanceSecs(60);
        QCOMPARE(k.gate().code(), ErrorCode::Refused);
        {
            std::unique_ptr<Database> db = k.openAsAlice();
            QVERIFY(db);
            const QString later = KeyStore::formatTime(c.kv.clock.now());
            QVERIFY(exec(*db, QStringLiteral("UPDATE sample_runs SET started_at = '%1', finished_at = '%1' WHERE id = %2").arg(later).arg(passing->run.id)));
        }
        const Status refused = k.gate();
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("invoice-1.jwe (not tested since")), qPrintable(refused.message()));
    }
};

QTEST_GUILESS_MAIN(TestSampleRunAttacks)
#include "tst_sample_run_attacks.moc"
