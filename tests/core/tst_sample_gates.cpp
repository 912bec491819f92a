// SPDX-License-Identifier: GPL-3.0-or-later
// The gates archived samples put on an encryption key (SPEC §6): retirement refuses until a run
// newer than the key's last change decrypted every sample naming it, then allows; destruction
// refuses while a sample depends on the key alone, and allows once a crypto-shred names it or
// another vault key can decrypt it. Refusals name the blocking samples.
#include "SampleCorpus.h"

#include "requests/RetirementGate.h"
#include "samples/SampleGate.h"
#include "samples/SampleImporter.h"
#include "samples/SampleStore.h"
#include "samples/SampleTestRun.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

class TestSampleGates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retirementRefusesUntilAPassingRunThenAllows()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"), QStringLiteral("payments")));
        QVERIFY(c.generate(QStringLiteral("pay-2025"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"), QStringLiteral("payments")));
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
