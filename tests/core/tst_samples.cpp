// SPDX-License-Identifier: GPL-3.0-or-later
// Archived samples (SPEC §6): a corpus made by Keyward's own encrypt path — every alg × enc ×
// serialization, and every negative kind — imports and gives exactly the expected outcomes; bad
// files are reported, duplicates recognised, the plaintext never stored, a cancelled run kept as a
// consistent partial run.
#include "SampleCorpus.h"

#include "crypto/Digest.h"
#include "samples/SampleImporter.h"
#include "samples/SampleStore.h"
#include "samples/SampleTestRun.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

namespace {

QByteArray replacePart(const QByteArray& compact, int part, const QByteArray& value)
{
    QList<QByteArray> parts = compact.split('.');
    parts[part] = value;
    return parts.join('.');
}

// One changed character in the middle of a part, staying inside the base64url alphabet.
QByteArray flipInPart(const QByteArray& compact, int part)
{
    QList<QByteArray> parts = compact.split('.');
    QByteArray& p = parts[part];
    const int i = int(p.size() / 2);
    p[i] = p[i] == 'A' ? 'B' : 'A';
    return parts.join('.');
}

bool transition(SampleCorpus& c, const QString& kid, KeyState to)
{
    KeyTransition::Change change;
    change.keyId = c.records.value(kid).id;
    change.to = to;
    Result<KeyRecord> moved = KeyTransition::apply(*c.kv.vault, *c.kv.provider, change);
    if (!moved.ok())
        qWarning() << kid << moved.message();
    return moved.ok();
}

bool buildNegative(SampleCorpus& c)
{
    const auto out = [](const char* name) { return QStringLiteral("negative/%1.jwe").arg(QLatin1String(name)); };
    const Jwk kw = c.keys.value(QStringLiteral("a256kw"));
    const QByteArray base = c.encrypt(kw, QStringLiteral("A256KW"), QStringLiteral("A256GCM"));
    c.write(out("tamper"), flipInPart(base, 3), QStringLiteral("integrity-failure"));
    c.write(out("unknown-kid"), c.encrypt(kw.withKid(QStringLiteral("stranger-2019")), QStringLiteral("A256KW"), QStringLiteral("A256GCM")),
            QStringLiteral("unknown-kid"));
    c.write(out("missing-kid"), c.encrypt(kw.withKid(QString()), QStringLiteral("A256KW"), QStringLiteral("A256GCM")), QStringLiteral("missing-kid"));
    c.write(out("bad-base64url"), replacePart(base, 2, "+" + base.split('.').at(2).mid(1)), QStringLiteral("malformed"));
    c.write(out("truncated"), base.left(base.size() * 3 / 5), QStringLiteral("malformed"));
    c.write(out("not-a-jwe"), QByteArrayLiteral("hello, this is no JWE"), QStringLiteral("malformed"));

    QJsonObject rsa15 = SampleCorpus::protectedHeaderOf(base);
    rsa15.insert(QStringLiteral("alg"), QStringLiteral("RSA1_5"));
    rsa15.insert(QStringLiteral("kid"), QStringLiteral("rsa-oaep-256"));
    c.write(out("rsa1_5"), SampleCorpus::withProtectedHeader(base, rsa15), QStringLiteral("deprecated-alg"));
    QJsonObject unsupported = rsa15;
    unsupported.insert(QStringLiteral("alg"), QStringLiteral("ECDH-1PU"));
    c.write(out("unsupported-alg"), SampleCorpus::withProtectedHeader(base, unsupported), QStringLiteral("unsupported-alg"));
    QJsonObject p2c {{QStringLiteral("alg"), QStringLiteral("PBES2-HS256+A128KW")}, {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                     {QStringLiteral("p2s"), QStringLiteral("c2FsdHNhbHRzYWx0")}, {QStringLiteral("p2c"), 2000000000}};
    c.write(out("p2c-bomb"), SampleCorpus::withProtectedHeader(base, p2c), QStringLiteral("policy-refused"));
    c.write(out("zip-bomb"), c.encrypt(kw, QStringLiteral("A256KW"), QStringLiteral("A256GCM"), JweSerialization::Compact, true, QByteArray(40 * 1024 * 1024, '\0')),
            QStringLiteral("policy-refused"));

    // Ephemeral keys: a P-256 point moved off the curve, an X25519 point of low order (all zero).
    const QByteArray p256 = c.encrypt(c.keys.value(QStringLiteral("ecdh-p256")), QStringLiteral("ECDH-ES"), QStringLiteral("A128GCM"));
    QJsonObject offCurve = SampleCorpus::protectedHeaderOf(p256);
    QJsonObject epk = offCurve.value(QStringLiteral("epk")).toObject();
    QByteArray y = *base64url::decode(epk.value(QStringLiteral("y")).toString().toLatin1());
    y[31] = char(y[31] ^ 1);
    epk.insert(QStringLiteral("y"), QString::fromLatin1(base64url::encode(y)));
    offCurve.insert(QStringLiteral("epk"), epk);
    c.write(out("off-curve-epk"), SampleCorpus::withProtectedHeader(p256, offCurve), QStringLiteral("policy-refused"));
    const QByteArray x25519 = c.encrypt(c.keys.value(QStringLiteral("ecdh-x25519")), QStringLiteral("ECDH-ES"), QStringLiteral("A128GCM"));
    QJsonObject lowOrder = SampleCorpus::protectedHeaderOf(x25519);
    QJsonObject xEpk = lowOrder.value(QStringLiteral("epk")).toObject();
    xEpk.insert(QStringLiteral("x"), QString::fromLatin1(base64url::encode(QByteArray(32, '\0'))));
    lowOrder.insert(QStringLiteral("epk"), xEpk);
    c.write(out("low-order-epk"), SampleCorpus::withProtectedHeader(x25519, lowOrder), QStringLiteral("policy-refused"));

    // Keys that changed state after the samples were made.
    if (!c.generate(QStringLiteral("old-2024"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256"))
        || !c.generate(QStringLiteral("leaked-2025"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("2048"))
        || !c.generate(QStringLiteral("pay-2023"), QStringLiteral("A256KW"), QString()))
        return false;
    c.write(out("retired"), c.encrypt(c.keys.value(QStringLiteral("old-2024")), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM")),
            QStringLiteral("key-retired"));
    c.write(out("revoked"), c.encrypt(c.keys.value(QStringLiteral("leaked-2025")), QStringLiteral("RSA-OAEP-256"), QStringLiteral("A256GCM")),
            QStringLiteral("key-revoked"));
    c.write(out("destroyed"), c.encrypt(c.keys.value(QStringLiteral("pay-2023")), QStringLiteral("A256KW"), QStringLiteral("A128GCM")),
            QStringLiteral("key-destroyed"));
    return transition(c, QStringLiteral("old-2024"), KeyState::Retired) && transition(c, QStringLiteral("leaked-2025"), KeyState::Revoked)
        && transition(c, QStringLiteral("pay-2023"), KeyState::Retired) && transition(c, QStringLiteral("pay-2023"), KeyState::Destroyed);
}

} // namespace

class TestSamples : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ownCorpusGivesExactlyTheExpectedOutcomes()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.buildPositive());
        QVERIFY(buildNegative(c));

        SampleImporter importer(*c.kv.vault);
        int progressCalls = 0;
        importer.setProgress([&](int, int) { ++progressCalls; });
        Result<SampleImportReport> report = importer.import({c.files.path()});
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->added, int(c.expected.size()));
        QVERIFY(report->problems.isEmpty());
        QVERIFY(progressCalls >= report->files);

        SampleTestRun run(*c.kv.vault);
        Result<SampleRunResult> result = run.run(SampleSelection());
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->outcomes.size(), c.expected.size());
        QVERIFY(!result->run.partial);
        QHash<qint64, QString> pathOf;
        for (const SampleRow& s : std::as_const(result->samples))
            pathOf.insert(s.id, s.sourcePath);
        for (const SampleOutcomeRow& o : std::as_const(result->outcomes)) {
            const QString path = pathOf.value(o.sampleId);
            QVERIFY2(sampleOutcomeName(o.outcome) == c.expected.value(path),
                     qPrintable(QStringLiteral("%1: %2 (%3), expected %4").arg(path, sampleOutcomeName(o.outcome), o.detail, c.expected.value(path))));
            if (sampleDecrypts(o.outcome)) {
                QCOMPARE(o.plaintextSha256.size(), 64);
                QVERIFY(o.plaintextLength > 0);
            } else {
                QVERIFY(o.plaintextSha256.isEmpty());
            }
            if (o.outcome == SampleOutcome::KeyDestroyed)
                QVERIFY2(o.detail.contains(QLatin1String("pay-2023, which was destroyed on 2026-01-01")), qPrintable(o.detail));
        }
        // Stored as evidence, audited, and the plaintext nowhere in it.
        SampleStore store(c.kv.vault->database());
        Result<QList<SampleRun>> runs = store.runs();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().officer, QStringLiteral("alice"));
        QCOMPARE(runs->first().summary.value(QStringLiteral("ok")), result->run.summary.value(QStringLiteral("ok")));
        QCOMPARE(store.outcomes(runs->first().id)->size(), result->outcomes.size());
        QVERIFY(!c.kv.snapshot().contains(QLatin1String("archived payment record")));
        QVERIFY(c.kv.chainIntact());
        Result<QList<AuditEvent>> events = c.kv.vault->audit().eventsForSubject(QStringLiteral("run:%1").arg(runs->first().id));
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().action, QStringLiteral("samples.tested"));
    }

    void importFindsEveryTokenOnceAndReportsBadFiles()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("kw"), QStringLiteral("A128KW"), QString()));
        const Jwk key = c.keys.value(QStringLiteral("kw"));
        const QByteArray a = c.encrypt(key, QStringLiteral("A128KW"), QStringLiteral("A128GCM"));
        const QByteArray b = c.encrypt(key, QStringLiteral("A128KW"), QStringLiteral("A128GCM"));
        const QByteArray flat = c.encrypt(key, QStringLiteral("A128KW"), QStringLiteral("A128GCM"), JweSerialization::Flattened);
        const QByteArray general = c.encrypt(key, QStringLiteral("A128KW"), QStringLiteral("A256GCM"), JweSerialization::General);
        QVERIFY(c.write(QStringLiteral("lines.txt"), a + "\n\n" + b + "\n"));
        QVERIFY(c.write(QStringLiteral("deep/er/array.json"),
                        "[\"" + a + "\", " + flat + ", " + general + "]")); // a again: a duplicate
        QVERIFY(c.write(QStringLiteral("empty.jwe"), QByteArray()));
        QVERIFY(c.write(QStringLiteral("broken.json"), "[\"unterminated"));

        SampleImporter importer(*c.kv.vault);
        Result<SampleImportReport> report = importer.import({c.files.path()});
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->tokens, 5);
        QCOMPARE(report->added, 4);
        QCOMPARE(report->duplicates, 1);
        QCOMPARE(report->problems.size(), 2);

        // Again: everything is a duplicate, nothing new.
        Result<SampleImportReport> again = SampleImporter(*c.kv.vault).import({c.files.path()});
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, 5);

        SampleStore store(c.kv.vault->database());
        Result<QList<SampleRow>> rows = store.select(SampleSelection {QString(), QString(), c.path(QStringLiteral("deep"))}, false);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3); // files are read in sorted order: deep/ first, so lines.txt holds the duplicate
        for (const SampleRow& r : std::as_const(*rows)) {
            QCOMPARE(r.summary.kids, QStringList {QStringLiteral("kw")});
            QCOMPARE(r.summary.algs, QStringList {QStringLiteral("A128KW")});
        }
        Result<QList<SampleRow>> byKid = store.byKid(QStringLiteral("kw"));
        QCOMPARE(byKid->size(), 4);

        // A cancelled import stores nothing.
        std::atomic<bool> cancel {true};
        SampleImporter cancelled(*c.kv.vault);
        cancelled.setCancelFlag(&cancel);
        QVERIFY(c.write(QStringLiteral("later.jwe"), c.encrypt(key, QStringLiteral("A128KW"), QStringLiteral("A128GCM"))));
        QCOMPARE(cancelled.import({c.files.path()}).code(), ErrorCode::Cancelled);
        QCOMPARE(*store.count(), qint64(4));
    }

    void cancelledRunIsKeptAsConsistentPartialRun()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("rsa"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("2048")));
        for (int i = 0; i < 400; ++i)
            QVERIFY(c.write(QStringLiteral("many/%1.jwe").arg(i), c.encrypt(c.keys.value(QStringLiteral("rsa")), QStringLiteral("RSA-OAEP-256"), QStringLiteral("A256GCM"))));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());

        std::atomic<bool> cancel {false};
        SampleTestRun run(*c.kv.vault);
        run.setThreads(2);
        run.setCancelFlag(&cancel);
        run.setProgress([&](qint64 done, qint64, double) {
            if (done >= 20)
                cancel = true;
        });
        Result<SampleRunResult> result = run.run(SampleSelection());
        QVERIFY2(result.ok(), why(result).constData());
        QVERIFY(result->run.partial);
        QVERIFY(result->outcomes.size() >= 20);
        QVERIFY(result->outcomes.size() < 400);
        SampleStore store(c.kv.vault->database());
        Result<QList<SampleRun>> runs = store.runs();
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->first().partial);
        QCOMPARE(runs->first().selected, qint64(400));
        Result<QList<SampleOutcomeRow>> stored = store.outcomes(runs->first().id);
        QCOMPARE(stored->size(), result->outcomes.size());
        for (const SampleOutcomeRow& o : std::as_const(*stored))
            QCOMPARE(o.outcome, SampleOutcome::Ok);
        QCOMPARE(runs->first().summary.value(QStringLiteral("ok")), int(stored->size()));
    }

    // A run counts its samples and loads their keys from the kid table and the indexes before it
    // reads a token: the same samples and kids as the selection itself, for every kind of filter.
    void countAndKidsMatchEverySelection()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("a"), QStringLiteral("A128KW"), QString(), QStringLiteral("alpha")));
        QVERIFY(c.generate(QStringLiteral("b"), QStringLiteral("A256KW"), QString(), QStringLiteral("beta")));
        const Jwk a = c.keys.value(QStringLiteral("a"));
        const Jwk b = c.keys.value(QStringLiteral("b"));
        std::vector<JweRecipientSpec> both(2);
        both[0].key = a;
        both[0].alg = QStringLiteral("A128KW");
        both[1].key = b;
        both[1].alg = QStringLiteral("A256KW");
        JweEncryptOptions options;
        options.enc = QStringLiteral("A128GCM");
        options.serialization = JweSerialization::General;
        Result<QByteArray> general = JweEncryptor::encrypt(QByteArrayLiteral("two recipients"), both, options);
        QVERIFY(general.ok());
        QVERIFY(c.write(QStringLiteral("one/a.jwe"), c.encrypt(a, QStringLiteral("A128KW"), QStringLiteral("A128GCM"))));
        QVERIFY(c.write(QStringLiteral("one/both.json"), *general));
        QVERIFY(c.write(QStringLiteral("one-more/b.jwe"), c.encrypt(b, QStringLiteral("A256KW"), QStringLiteral("A128GCM"))));
        QVERIFY(c.write(QStringLiteral("two/nokid.jwe"), c.encrypt(a.withKid(QString()), QStringLiteral("A128KW"), QStringLiteral("A128GCM"))));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());

        const QString one = c.path(QStringLiteral("one"));
        const QList<SampleSelection> selections = {
            {}, {QStringLiteral("alpha"), {}, {}}, {QStringLiteral("beta"), {}, {}}, {{}, QStringLiteral("a"), {}},
            {{}, QStringLiteral("b"), {}}, {{}, {}, one}, {{}, {}, c.path(QStringLiteral("two"))}, {QStringLiteral("beta"), {}, one},
            {{}, QStringLiteral("a"), c.path(QStringLiteral("one-more"))}, {{}, QStringLiteral("nobody"), {}},
        };
        SampleStore store(c.kv.vault->database());
        for (const SampleSelection& selection : selections) {
            const QByteArray which = QJsonDocument(selection.toJson()).toJson(QJsonDocument::Compact);
            Result<QList<SampleRow>> rows = store.select(selection, false);
            QVERIFY(rows.ok());
            QSet<QString> kids;
            for (const SampleRow& row : std::as_const(*rows)) {
                for (const QString& kid : row.summary.kids)
                    kids.insert(kid);
            }
            QCOMPARE(*store.count(selection), qint64(rows->size()));
            QVERIFY2(*store.kids(selection) == kids, which.constData());
            QList<qint64> streamed;
            QVERIFY(store.forEach(selection, true, [&](SampleRow&& row) { streamed.append(row.id); }).ok());
            QCOMPARE(streamed.size(), rows->size());
            for (qsizetype i = 0; i < streamed.size(); ++i)
                QCOMPARE(streamed.at(i), rows->at(i).id);
        }
        QCOMPARE(*store.count(SampleSelection()), qint64(4));
        QCOMPARE(*store.count(SampleSelection {QStringLiteral("beta"), {}, one}), qint64(1));
    }

    // The workers start on the first samples read, before prepare() returns: a run cancelled as
    // soon as it is prepared keeps exactly the samples already finished, each with its outcome.
    void runCancelledRightAfterPrepareKeepsWhatTheWorkersFinished()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("ec"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256")));
        QVERIFY(c.generate(QStringLiteral("kw"), QStringLiteral("A256KW"), QString()));
        for (int i = 0; i < 300; ++i) {
            const bool ec = i % 3 != 0;
            QVERIFY(c.write(QStringLiteral("stream/%1.jwe").arg(i),
                            ec ? c.encrypt(c.keys.value(QStringLiteral("ec")), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM"))
                               : c.encrypt(c.keys.value(QStringLiteral("kw")), QStringLiteral("A256KW"), QStringLiteral("A128GCM"))));
        }
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());

        std::atomic<bool> cancel {false};
        SampleTestRun run(*c.kv.vault);
        run.setThreads(2);
        run.setCancelFlag(&cancel);
        Result<std::shared_ptr<SampleTestRun::Work>> work = run.prepare(SampleSelection());
        QVERIFY2(work.ok(), why(work).constData());
        cancel = true;
        run.decrypt(**work);
        Result<SampleRunResult> result = run.store(**work);
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->samples.size(), 300);
        QCOMPARE(result->run.selected, qint64(300));
        QCOMPARE(result->run.partial, result->outcomes.size() < 300);
        QHash<qint64, QString> kidOf;
        for (const SampleRow& s : std::as_const(result->samples))
            kidOf.insert(s.id, s.summary.kids.value(0));
        SampleStore store(c.kv.vault->database());
        Result<QList<SampleOutcomeRow>> stored = store.outcomes(result->run.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), result->outcomes.size());
        const QString plaintextSha256 = QString::fromLatin1(digest::sha256("archived payment record #42").toHex());
        for (qsizetype i = 0; i < stored->size(); ++i) {
            const SampleOutcomeRow& o = stored->at(i);
            QCOMPARE(o.sampleId, result->outcomes.at(i).sampleId);
            QCOMPARE(o.outcome, SampleOutcome::Ok);
            QCOMPARE(o.kid, kidOf.value(o.sampleId));
            QCOMPARE(o.keyId, c.records.value(o.kid).id);
            QCOMPARE(o.plaintextSha256, result->outcomes.at(i).plaintextSha256);
            QCOMPARE(o.plaintextSha256, plaintextSha256);
        }
        QCOMPARE(store.runs()->first().summary.value(QStringLiteral("ok")), int(stored->size()));
    }

    // The summary spells kids as space-separated words, and the keyring is loaded for those words
    // as it always was: a kid holding a space is unknown, and does not fail the run.
    void kidHoldingASpaceIsUnknownAndTheRunGoesOn()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("kw"), QStringLiteral("A128KW"), QString()));
        const Jwk kw = c.keys.value(QStringLiteral("kw"));
        QVERIFY(c.write(QStringLiteral("spaced.jwe"), c.encrypt(kw.withKid(QStringLiteral("stranger 2019")), QStringLiteral("A128KW"), QStringLiteral("A128GCM"))));
        QVERIFY(c.write(QStringLiteral("plain.jwe"), c.encrypt(kw, QStringLiteral("A128KW"), QStringLiteral("A128GCM"))));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());
        Result<SampleRunResult> result = SampleTestRun(*c.kv.vault).run(SampleSelection());
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->run.summary.value(QStringLiteral("ok")), 1);
        QCOMPARE(result->run.summary.value(QStringLiteral("unknown-kid")), 1);
    }

    // Read while decrypting, a selection gives the same outcomes as each of its samples alone, and
    // a sample naming two kids finds both keys though the selection names one.
    void selectionByKidLoadsEveryKeyItsSamplesName()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("first"), QStringLiteral("A128KW"), QString()));
        QVERIFY(c.generate(QStringLiteral("second"), QStringLiteral("A256KW"), QString()));
        QVERIFY(transition(c, QStringLiteral("first"), KeyState::Retired));
        // Both recipients: "first" (retired) is tried first, so the outcome says retired.
        std::vector<JweRecipientSpec> both(2);
        both[0].key = c.keys.value(QStringLiteral("first"));
        both[0].alg = QStringLiteral("A128KW");
        both[1].key = c.keys.value(QStringLiteral("second"));
        both[1].alg = QStringLiteral("A256KW");
        JweEncryptOptions options;
        options.enc = QStringLiteral("A128GCM");
        options.serialization = JweSerialization::General;
        Result<QByteArray> general = JweEncryptor::encrypt(QByteArrayLiteral("two recipients"), both, options);
        QVERIFY2(general.ok(), why(general).constData());
        QVERIFY(c.write(QStringLiteral("general.json"), *general));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.files.path()}).ok());

        SampleSelection selection;
        selection.kid = QStringLiteral("second");
        Result<SampleRunResult> result = SampleTestRun(*c.kv.vault).run(selection);
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->outcomes.size(), 1);
        QCOMPARE(result->outcomes.first().outcome, SampleOutcome::KeyRetired);
        QCOMPARE(result->outcomes.first().kid, QStringLiteral("first"));
        QCOMPARE(result->outcomes.first().keyId, c.records.value(QStringLiteral("first")).id);

        selection.kid = QStringLiteral("nobody");
        QCOMPARE(SampleTestRun(*c.kv.vault).run(selection).code(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
