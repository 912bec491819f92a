// SPDX-License-Identifier: GPL-3.0-or-later
// The independent-implementation corpus (tests/data/samples/jwcrypto, made by python-jwcrypto):
// its keys imported into a vault and moved to their states, its samples imported and tested, each
// gives exactly the outcome expected.json names.
#include "VaultTestSupport.h"
#include "tst_key_fixture.h"

#include "keys/ImportKeyCommand.h"
#include "keys/KeyTransition.h"
#include "samples/SampleImporter.h"
#include "samples/SampleTestRun.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

namespace {

const QString kCorpus = QStringLiteral(KEYWARD_TEST_DATA_DIR "/samples/jwcrypto");

QJsonObject readJson(const QString& name)
{
    QFile f(kCorpus + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

Status moveTo(KeyVault& kv, qint64 id, const QList<KeyState>& path)
{
    for (KeyState to : path) {
        KeyTransition::Change change;
        change.keyId = id;
        change.to = to;
        KEYWARD_TRY(KeyTransition::apply(*kv.vault, *kv.provider, change));
    }
    return {};
}

} // namespace

class TestSamplesJwcrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void independentCorpusGivesTheExpectedOutcomes()
    {
        KeyVault kv;
        QVERIFY(kv.init());
        const QJsonObject keys = readJson(QStringLiteral("keys.json"));
        const QJsonObject expected = readJson(QStringLiteral("expected.json"));
        QVERIFY(keys.size() >= 15);
        QVERIFY(expected.size() >= 150);
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            NewKeyParams params = kv.params(QStringLiteral("jwcrypto"));
            ImportKeyCommand import(*kv.vault, *kv.provider, params, QJsonDocument(entry.value(QStringLiteral("jwk")).toObject()).toJson());
            const Status imported = import.run();
            QVERIFY2(imported.ok(), qPrintable(it.key() + QStringLiteral(": ") + imported.message()));
            Result<KeyRecord> record = KeyStore(kv.vault->database()).find(it.key());
            QVERIFY(record.ok());
            const QString state = entry.value(QStringLiteral("state")).toString();
            QList<KeyState> path;
            if (state == QLatin1String("retired"))
                path = {KeyState::Retired};
            else if (state == QLatin1String("revoked"))
                path = {KeyState::Revoked};
            else if (state == QLatin1String("destroyed"))
                path = {KeyState::Retired, KeyState::Destroyed};
            const Status moved = moveTo(kv, record->id, path);
            QVERIFY2(moved.ok(), qPrintable(moved.message()));
        }

        Result<SampleImportReport> report = SampleImporter(*kv.vault).import({kCorpus + QStringLiteral("/tokens")});
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->added, int(expected.size()));
        Result<SampleRunResult> run = SampleTestRun(*kv.vault).run(SampleSelection());
        QVERIFY2(run.ok(), why(run).constData());
        QCOMPARE(run->outcomes.size(), expected.size());
        QHash<qint64, QString> fileOf;
        for (const SampleRow& s : std::as_const(run->samples))
            fileOf.insert(s.id, s.sourcePath.mid(kCorpus.size() + 1));
        for (const SampleOutcomeRow& o : std::as_const(run->outcomes)) {
            const QString file = fileOf.value(o.sampleId);
            const QString want = expected.value(file).toString();
            QVERIFY2(sampleOutcomeName(o.outcome) == want,
                     qPrintable(QStringLiteral("%1: %2 (%3), expected %4").arg(file, sampleOutcomeName(o.outcome), o.detail, want)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSamplesJwcrypto)
#include "tst_samples_jwcrypto.moc"
