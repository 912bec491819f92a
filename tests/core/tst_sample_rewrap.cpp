// SPDX-License-Identifier: GPL-3.0-or-later
// Re-wrap (SPEC §6): samples encrypted to an old key (a CEK-wrapping alg and dir) are written anew
// for the successor into an empty folder with a manifest of old → new digests; every output
// decrypts with the successor and not with the predecessor; a folder holding files is refused.
// JSON samples whose recipient members are unprotected keep their content byte for byte (only the
// CEK is re-wrapped); compact ones, protected recipient members and direct algs are re-encrypted.
#include "SampleCorpus.h"

#include "jose/JweDecryptor.h"
#include "common/Base64Url.h"
#include "jose/Jwe.h"
#include "jose/KeyGenerator.h"
#include "samples/CekRewrap.h"
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

// A JSON JWE whose recipient members (alg, kid, epk, …) are in each recipient's own header.
QByteArray encryptUnprotected(const QList<std::pair<Jwk, QString>>& to, JweSerialization serialization, const QByteArray& plaintext)
{
    std::vector<JweRecipientSpec> recipients;
    for (const auto& [key, alg] : to) {
        JweRecipientSpec r;
        r.key = key.type() == KeyType::Oct ? key : key.publicOnly();
        r.alg = alg;
        recipients.push_back(std::move(r));
    }
    JweEncryptOptions o;
    o.enc = QStringLiteral("A256GCM");
    o.serialization = serialization;
    o.compress = true;
    o.protectedHeader = QJsonObject {{QStringLiteral("cty"), QStringLiteral("text/plain")}};
    o.aad = "archive 2021";
    o.keyParamsInRecipientHeader = true;
    Result<QByteArray> jwe = JweEncryptor::encrypt(plaintext, recipients, o);
    if (!jwe.ok())
        qWarning() << jwe.message();
    return jwe.ok() ? *jwe : QByteArray();
}

QString methodOf(const RewrapItem& item)
{
    return rewrapMethodName(item.method);
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
        // Both name their recipient in the protected header (the content's AAD): re-encrypted.
        for (const RewrapItem& item : std::as_const(report->items)) {
            QCOMPARE(methodOf(item), QStringLiteral("re-encrypt"));
            QCOMPARE(item.reencryptReason, item.oldKid == QLatin1String("old-ec") ? QStringLiteral("compact") : QStringLiteral("protected-recipient"));
        }
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
        QCOMPARE(m.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("re-encrypt"));
        QCOMPARE(c.kv.vault->audit().eventsForSubject(QStringLiteral("new-rsa"))->last().action, QStringLiteral("samples.rewrapped"));
        QVERIFY(c.kv.chainIntact());
    }

    // Recipient members in the recipients' own headers: only the CEK is re-wrapped. The content
    // (protected header, aad, iv, ciphertext, tag) is byte-identical, the predecessor's recipient is
    // replaced by the successor's, another recipient is kept, and the predecessor no longer opens it.
    void unprotectedRecipientsKeepTheirContent()
    {
        SampleCorpus c;
        QVERIFY(c.kv.init());
        QVERIFY(c.generate(QStringLiteral("old-ec"), QStringLiteral("ECDH-ES+A128KW"), QStringLiteral("P-256")));
        QVERIFY(c.generate(QStringLiteral("old-kw"), QStringLiteral("A256KW"), QString()));
        QVERIFY(c.generate(QStringLiteral("bystander"), QStringLiteral("RSA-OAEP"), QStringLiteral("2048"), QStringLiteral("other")));
        QVERIFY(c.generate(QStringLiteral("new-ec"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("X25519")));
        const QByteArray plaintext = "ledger 2022, kept as it was";
        const QByteArray general = encryptUnprotected({{c.keys.value(QStringLiteral("old-ec")), QStringLiteral("ECDH-ES+A128KW")},
                                                       {c.keys.value(QStringLiteral("bystander")), QStringLiteral("RSA-OAEP")}},
                                                      JweSerialization::General, plaintext);
        const QByteArray flattened = encryptUnprotected({{c.keys.value(QStringLiteral("old-kw")), QStringLiteral("A256KW")}}, JweSerialization::Flattened, plaintext);
        QVERIFY(c.write(QStringLiteral("in/general.json"), general));
        QVERIFY(c.write(QStringLiteral("in/flattened.json"), flattened));
        QVERIFY(SampleImporter(*c.kv.vault).import({c.path(QStringLiteral("in"))}).ok());

        Result<RewrapReport> report = SampleRewrap(*c.kv.vault).rewrap(SampleSelection(), QStringLiteral("new-ec"), c.path(QStringLiteral("out")));
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->items.size(), 2);
        const Jwk successor = c.keys.value(QStringLiteral("new-ec"));
        for (const RewrapItem& item : std::as_const(report->items)) {
            QCOMPARE(methodOf(item), QStringLiteral("cek-rewrap"));
            QVERIFY(item.reencryptReason.isEmpty());
            const QByteArray before = item.oldKid == QLatin1String("old-ec") ? general : flattened;
            const QByteArray after = readAll(item.file);
            Result<JweMessage> in = parseJwe(before);
            Result<JweMessage> out = parseJwe(after);
            QVERIFY(in.ok() && out.ok());
            QCOMPARE(out->serialization, in->serialization);
            QCOMPARE(out->ciphertext, in->ciphertext);
            QCOMPARE(out->iv, in->iv);
            QCOMPARE(out->tag, in->tag);
            QCOMPARE(out->protectedB64, in->protectedB64);
            QCOMPARE(out->aadB64, in->aadB64);
            QCOMPARE(out->recipients.size(), in->recipients.size());
            QCOMPARE(out->recipients.at(0).header.value(QStringLiteral("kid")).toString(), QStringLiteral("new-ec"));
            QCOMPARE(out->recipients.at(0).header.value(QStringLiteral("alg")).toString(), QStringLiteral("ECDH-ES+A256KW"));
            QVERIFY(out->recipients.at(0).encryptedKey != in->recipients.at(0).encryptedKey);

            Result<JweDecrypted> opened = decryptWith(successor, after);
            QVERIFY2(opened.ok(), why(opened).constData());
            QCOMPARE(opened->plaintext, plaintext);
            QVERIFY(!decryptWith(c.keys.value(item.oldKid), after).ok());
            QVERIFY(decryptWith(c.keys.value(item.oldKid), before).ok());
        }
        // The general sample's second recipient is kept and still opens the same content.
        const RewrapItem& generalItem = report->items.at(0).oldKid == QLatin1String("old-ec") ? report->items.at(0) : report->items.at(1);
        Result<JweDecrypted> bystander = decryptWith(c.keys.value(QStringLiteral("bystander")), readAll(generalItem.file));
        QVERIFY2(bystander.ok(), why(bystander).constData());
        QCOMPARE(bystander->plaintext, plaintext);
        const QJsonArray items = QJsonDocument::fromJson(readAll(report->manifest)).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue& v : items)
            QCOMPARE(v.toObject().value(QStringLiteral("method")).toString(), QStringLiteral("cek-rewrap"));
    }

    // The rule, one case per reason, in the order the header documents.
    void theRuleSaysWhyContentIsReEncrypted_data()
    {
        QTest::addColumn<QByteArray>("jwe");
        QTest::addColumn<QString>("predecessorAlg");
        QTest::addColumn<QString>("successorAlg");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<QString>("reason");
        const Jwk kw = KeyGenerator::generate(KeySpec::oct(256), QStringLiteral("A256KW"))->withKid(QStringLiteral("kw"));
        auto encrypt = [&](JweSerialization serialization, bool unprotected, const QJsonObject& shared = QJsonObject()) {
            std::vector<JweRecipientSpec> r(1);
            r[0].key = kw;
            r[0].alg = QStringLiteral("A256KW");
            JweEncryptOptions o;
            o.enc = QStringLiteral("A128GCM");
            o.serialization = serialization;
            o.keyParamsInRecipientHeader = unprotected;
            o.unprotectedHeader = shared;
            return *JweEncryptor::encrypt("x", r, o);
        };
        auto json = [&](bool unprotected, const QJsonObject& shared = QJsonObject()) { return encrypt(JweSerialization::Flattened, unprotected, shared); };
        const QByteArray own = json(true);
        QTest::newRow("compact") << encrypt(JweSerialization::Compact, false) << QStringLiteral("A256KW") << QStringLiteral("RSA-OAEP-256") << false << QStringLiteral("compact");
        QTest::newRow("protected") << json(false) << QStringLiteral("A256KW") << QStringLiteral("RSA-OAEP-256") << false << QStringLiteral("protected-recipient");
        QTest::newRow("shared") << json(true, QJsonObject {{QStringLiteral("jku"), QStringLiteral("https://keys.example/jwks")}}) << QStringLiteral("A256KW")
                                << QStringLiteral("RSA-OAEP-256") << false << QStringLiteral("shared-recipient");
        QTest::newRow("direct predecessor") << own << QStringLiteral("ECDH-ES") << QStringLiteral("RSA-OAEP-256") << false << QStringLiteral("direct-predecessor");
        QTest::newRow("direct successor") << own << QStringLiteral("A256KW") << QStringLiteral("dir") << false << QStringLiteral("direct-successor");
        QTest::newRow("revoked predecessor") << own << QStringLiteral("A256KW") << QStringLiteral("RSA-OAEP-256") << true << QStringLiteral("revoked-predecessor");
        QTest::newRow("cek re-wrap") << own << QStringLiteral("A256KW") << QStringLiteral("RSA-OAEP-256") << false << QStringLiteral("");
    }
    void theRuleSaysWhyContentIsReEncrypted()
    {
        QFETCH(QByteArray, jwe);
        QFETCH(QString, predecessorAlg);
        QFETCH(QString, successorAlg);
        QFETCH(bool, revoked);
        QFETCH(QString, reason);
        Result<JweMessage> message = parseJwe(jwe);
        QVERIFY2(message.ok(), why(message).constData());
        QCOMPARE(cekRewrapObstacle(*message, 0, predecessorAlg, successorAlg, revoked), reason);
    }
};

QTEST_GUILESS_MAIN(TestSampleRewrap)
#include "tst_sample_rewrap.moc"
