// SPDX-License-Identifier: GPL-3.0-or-later
// The --demo vault's samples: every kind of finding shows in its run, and the damaged backup bundle
// blocks the retirement of archive-wrap-kek, naming the file.
#include "tst_key_fixture.h"

#include "demo/DemoKeySeeder.h"
#include "demo/DemoSampleSeeder.h"
#include "samples/SampleGate.h"
#include "samples/SampleStore.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

class TestDemoSamples : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoSamplesShowEveryFindingAndBlockARetirement()
    {
        KeyVault kv;
        QVERIFY(kv.init());
        QVERIFY(seedDemoKeys(*kv.vault, kv.clock).ok());
        QTemporaryDir folder;
        const Status seeded = seedDemoSamples(*kv.vault, folder.path());
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        SampleStore store(kv.vault->database());
        Result<QList<SampleRun>> runs = store.runs();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        const QMap<QString, int> summary = runs->first().summary;
        QCOMPARE(summary.value(QStringLiteral("ok")), 14);
        QCOMPARE(summary.value(QStringLiteral("key-retired")), 5);
        QCOMPARE(summary.value(QStringLiteral("key-destroyed")), 2);
        QCOMPARE(summary.value(QStringLiteral("integrity-failure")), 1);
        QCOMPARE(summary.value(QStringLiteral("unknown-kid")), 1);

        Result<KeyRecord> kek = KeyStore(kv.vault->database()).find(QStringLiteral("archive-wrap-kek"));
        QVERIFY(kek.ok());
        const Status blocked = SampleGate::checkRetirement(kv.vault->database(), *kek);
        QCOMPARE(blocked.code(), ErrorCode::Refused);
        QVERIFY2(blocked.message().contains(QLatin1String("backup-2025-11-02.jwe (last test: integrity-failure)")), qPrintable(blocked.message()));
        QVERIFY(kv.chainIntact());
    }
};

QTEST_GUILESS_MAIN(TestDemoSamples)
#include "tst_demo_samples.moc"
