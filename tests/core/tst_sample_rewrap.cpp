// SPDX-License-Identifier: GPL-3.0-or-later
// Re-wrap (SPEC §6): samples encrypted to an old key (a CEK-wrapping alg and dir) are written anew
// for the successor into an empty folder with a manifest of old → new digests; every output
// decrypts with the successor and not with the predecessor; a folder holding files is refused.
#include "SampleCorpus.h"

#include "jose/JweDecryptor.h"
#include "samples/SampleImporter.h"
#include "samples/SampleRewrap.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::test;

namespace {

Result<JweDecrypted> decryptWith(const Jwk& key, const QByteArray& jwe)
{
    const JweDecryptor decryptor([key](const QString& kid, const QJsonObject&) -> Result<Jwk> {
        if (kid == key.kid())
            return key;
        return Error(ErrorCode::UnknownKid, QString());
    });
    return decryptor.decrypt(jwe);
}

} // namespace

class TestSampleRewrap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rewrappedSamplesDecryptWithTheSuccessorOnly()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("old-ec"), QStringLiteral("ECDH-ES+A128KW"), QStringLiteral("P-256")));
        QVERIFY(c.generate(QStringLiteral("old-dir"), QStringLiteral("dir"), QStringLiteral("256")));
        QVERIFY(c.generate(QStringLiteral("new-rsa"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("2048")));
        const QByteArray plaintext = "ledger 2021 — keep for ten years";
        QVERIFY(c.write(QStringLiteral("in/a.jwe"), c.encrypt(c.keys.value(QStringLiteral("old-ec")), QStringLiteral("ECDH-ES+A128KW"), QStringLiteral("A128CBC-HS256"),
                                                              JweSerialization::Compact, false, plaintext)));
        QVERIFY(c.write(QStringLiteral("in/b.json"), c.encrypt(c.keys.value(QStringLiteral("old-dir")), QStringLiteral("dir"), QStringLiteral("A256GCM"),
                                                               JweSerialization::Flattened, true, plaintext)));
        QVERIFY(c.write(QStringLiteral("in/broken.jwe"), "not.a.jwe.at.all"));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.path(QStringLiteral("in"))}).ok());

        // A folder that holds files is never written into.
        QVERIFY(c.write(QStringLiteral("busy/keep.txt"), "x"));
        QCOMPARE(SampleRewrap(*c.kv.vault).rewrap(SampleSelection(), QStringLiteral("new-rsa"), c.path(QStringLiteral("busy"))).code(),
                 ErrorCode::InvalidArgument);

        Result<RewrapReport> report = SampleRewrap(*c.kv.vault).rewrap(SampleSelection(), QStringLiteral("new-rsa"), c.path(QStringLiteral("out")));
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->items.size(), 2);
        QCOMPARE(report->skipped.size(), 1);
        const Jwk successor = c.keys.value(QStringLiteral("new-rsa"));
        for (const RewrapItem& item : std::as_const(report->items)) {
            QFile f(item.file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray jwe = f.readAll();
            QVERIFY(item.file.startsWith(c.path(QStringLiteral("out"))));
            QCOMPARE(QString::fromLatin1(digest::sha256(jwe).toHex()), item.newDigest);
            Result<JweDecrypted> opened = decryptWith(successor, jwe);
            QVERIFY2(opened.ok(), why(opened).constData());
            QCOMPARE(opened->plaintext, plaintext);
            QCOMPARE(opened->kid, QStringLiteral("new-rsa"));
            // The predecessor cannot open it (same kid offered: the key must not fit).
            const Jwk predecessor = c.keys.value(item.oldKid).withKid(QStringLiteral("new-rsa"));
            QVERIFY(!decryptWith(predecessor, jwe).ok());
        }
        QFile manifest(report->manifest);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
        QCOMPARE(m.value(QStringLiteral("successor")).toString(), QStringLiteral("new-rsa"));
        QCOMPARE(m.value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(c.kv.vault->audit().eventsForSubject(QStringLiteral("new-rsa"))->last().action, QStringLiteral("samples.rewrapped"));
        QVERIFY(c.kv.chainIntact());
    }
};

QTEST_GUILESS_MAIN(TestSampleRewrap)
#include "tst_sample_rewrap.moc"
