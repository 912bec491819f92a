// SPDX-License-Identifier: GPL-3.0-or-later
// The gates archived samples put on an encryption key (SPEC §6): retirement refuses until a run
// newer than the key's last change decrypted every sample naming it, then allows; destruction
// refuses while a sample depends on the key alone, and allows once a crypto-shred names it or
// another vault key can decrypt it. Refusals name the blocking samples.
#include "SampleCorpus.h"

#include "keys/KeyStore.h"
#include "requests/RetirementGate.h"
#include "samples/SampleGate.h"
#include "samples/SampleImporter.h"
#include "samples/SampleStore.h"
#include "samples/SampleTestRun.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

namespace {

// A vault with pay-2026 and pay-2025 (not primary), both ECDH-ES+A256KW on P-256 in "payments".
bool twoPaymentKeys(SampleCorpus& c)
{
    return c.kv.init() && c.generate(QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"), QStringLiteral("payments"))
        && c.generate(QStringLiteral("pay-2025"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"), QStringLiteral("payments"));
}

} // namespace

class TestSampleGates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retirementRefusesUntilAPassingRunThenAllows()
    {
        SampleCorpus c;
        QVERIFY(twoPaymentKeys(c));
        const KeyRecord old = c.records.value(QStringLiteral("pay-2025"));
        QVERIFY(!old.primary);
        // Without samples nothing blocks.
        QVERIFY(RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now()).ok());

        QVERIFY(c.write(QStringLiteral("2025/invoice-1.jwe"), c.encrypt(c.keys.value(QStringLiteral("pay-2025")), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM"))));
        QVERIFY(c.write(QStringLiteral("2025/invoice-2.jwe"), c.encrypt(c.keys.value(QStringLiteral("pay-2025")), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A128GCM"))));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());

        Status refused = RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now());
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("invoice-1.jwe (not tested since")), qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QLatin1String("samples test --kid pay-2025")));

        c.kv.clock.advanceSecs(60);
        SampleSelection onlyOld;
        onlyOld.kid = QStringLiteral("pay-2025");
        QVERIFY(SampleTestRun(*c.kv.vault).run(onlyOld).ok());
        const Status allowed = RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now());
        QVERIFY2(allowed.ok(), qPrintable(allowed.message()));

        // A tampered sample imported later blocks again, naming its outcome once tested.
        QByteArray tampered = c.encrypt(c.keys.value(QStringLiteral("pay-2025")), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM"));
        QList<QByteArray> parts = tampered.split('.');
        parts[3][4] = parts[3][4] == 'A' ? 'B' : 'A';
        QVERIFY(c.write(QStringLiteral("2025/invoice-3.jwe"), parts.join('.')));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());
        c.kv.clock.advanceSecs(60);
        QVERIFY(SampleTestRun(*c.kv.vault).run(onlyOld).ok());
        refused = RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now());
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("invoice-3.jwe (last test: integrity-failure)")), qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QLatin1String("invoice-1.jwe")));
    }

    void runFromBeforeSealingIsShownButNotCounted()
    {
        SampleCorpus c;
        QVERIFY(twoPaymentKeys(c));
        const KeyRecord old = c.records.value(QStringLiteral("pay-2025"));
        QVERIFY(c.write(QStringLiteral("invoice-1.jwe"), c.encrypt(c.keys.value(QStringLiteral("pay-2025")), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM"))));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());
        Result<QList<SampleRow>> samples = SampleStore(c.kv.vault->database()).byKid(QStringLiteral("pay-2025"));
        QVERIFY(samples.ok() && samples->size() == 1);

        // A passing run as Keyward stored one before schema 11: its outcomes as rows, its event
        // without their digest.
        c.kv.clock.advanceSecs(60);
        const QString at = KeyStore::formatTime(c.kv.clock.now());
        const auto storeOldStyle = [&](Database& db) -> Status {
            KEYWARD_TRY(db.exec(QStringLiteral("INSERT INTO sample_runs (id, started_at, finished_at, officer, selection, partial, selected, summary) "
                                               "VALUES (1, '%1', '%1', 'alice', '{}', 0, 1, '{\"ok\":1}')")
                                    .arg(at)));
            return db.exec(QStringLiteral("INSERT INTO sample_outcomes (run_id, sample_id, outcome, kid, key_id, alg, enc, plaintext_sha256, "
                                          "plaintext_length, detail) VALUES (1, %1, 'ok', 'pay-2025', %2, 'ECDH-ES+A256KW', 'A256GCM', '%3', 27, '')")
                               .arg(samples->first().id)
                               .arg(old.id)
                               .arg(QString(64, QLatin1Char('c'))));
        };
        QVERIFY(c.kv.vault->audit().record(QStringLiteral("alice"), QStringLiteral("samples.tested"), QStringLiteral("run:1"),
                                           {{QStringLiteral("run"), 1}}, storeOldStyle).ok());
        const SampleStore store(c.kv.vault->database());
        Result<QList<SampleRun>> runs = store.runs();
        QVERIFY(runs.ok() && runs->size() == 1);
        QVERIFY(!runs->first().sealed);
        Result<QList<SampleOutcomeRow>> shown = store.outcomes(1);
        QVERIFY(shown.ok());
        QCOMPARE(shown->size(), 1);
        QCOMPARE(shown->first().outcome, SampleOutcome::Ok);
        // Its rows could have been rewritten by anyone with a master key: no gate counts it.
        const Status refused = RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now());
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("invoice-1.jwe (not tested since")), qPrintable(refused.message()));

        c.kv.clock.advanceSecs(60);
        SampleSelection onlyOld;
        onlyOld.kid = QStringLiteral("pay-2025");
        Result<SampleRunResult> sealed = SampleTestRun(*c.kv.vault).run(onlyOld);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->run.id, 2);
        QVERIFY(sealed->run.sealed);
        const Status allowed = RetirementGate::check(c.kv.vault->database(), old, c.kv.clock.now());
        QVERIFY2(allowed.ok(), qPrintable(allowed.message()));
    }

    void destructionRefusesWhileASampleDependsOnTheKeyAlone()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("pay-2023"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("2048")));
        QVERIFY(c.generate(QStringLiteral("pay-2024"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("2048")));
        const KeyRecord key = c.records.value(QStringLiteral("pay-2023"));
        const QByteArray alone = c.encrypt(c.keys.value(QStringLiteral("pay-2023")), QStringLiteral("RSA-OAEP-256"), QStringLiteral("A256GCM"));
        // Two recipients: pay-2024 can still read this one.
        std::vector<JweRecipientSpec> both(2);
        both[0].key = c.keys.value(QStringLiteral("pay-2023")).publicOnly();
        both[0].alg = QStringLiteral("RSA-OAEP-256");
        both[1].key = c.keys.value(QStringLiteral("pay-2024")).publicOnly();
        both[1].alg = QStringLiteral("RSA-OAEP-256");
        JweEncryptOptions o;
        o.enc = QStringLiteral("A256GCM");
        o.serialization = JweSerialization::General;
        Result<QByteArray> shared = JweEncryptor::encrypt("shared record", both, o);
        QVERIFY(shared.ok());
        QVERIFY(c.write(QStringLiteral("alone.jwe"), alone));
        QVERIFY(c.write(QStringLiteral("shared.json"), *shared));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());

        Status refused = SampleGate::checkDestruction(c.kv.vault->database(), key, {});
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("alone.jwe (encrypted to pay-2023 alone)")), qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QLatin1String("shared.json")));

        // An approved crypto-shred that names the sample allows it.
        Result<QList<SampleRow>> rows = SampleStore(c.kv.vault->database()).byKid(QStringLiteral("pay-2023"));
        QStringList digests;
        for (const SampleRow& r : std::as_const(*rows)) {
            if (r.sourcePath.endsWith(QLatin1String("alone.jwe")))
                digests << r.digest;
        }
        QCOMPARE(digests.size(), 1);
        QVERIFY(SampleGate::checkDestruction(c.kv.vault->database(), key, digests).ok());

        // Once pay-2024 is revoked it no longer counts as a way to read the shared sample.
        KeyTransition::Change revoke;
        revoke.keyId = c.records.value(QStringLiteral("pay-2024")).id;
        revoke.to = KeyState::Revoked;
        QVERIFY(KeyTransition::apply(*c.kv.vault, *c.kv.provider, revoke).ok());
        refused = SampleGate::checkDestruction(c.kv.vault->database(), key, digests);
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("shared.json")), qPrintable(refused.message()));
    }
};

QTEST_GUILESS_MAIN(TestSampleGates)
#include "tst_sample_gates.moc"
