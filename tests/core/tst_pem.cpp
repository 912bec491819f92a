// SPDX-License-Identifier: GPL-3.0-or-later
// PemCodec over the OpenSSL-generated fixtures in tests/data/jose (see its README; thumbprints
// in expected.json come from Python's `cryptography`, a second implementation), and PEM round
// trips of the RFC 7520 §3 keys.
#include "JoseTestFiles.h"
#include "jose/Jwk.h"
#include "jose/PemCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyward::core;

namespace {

QJsonObject expected()
{
    return QJsonDocument::fromJson(keyward::tests::joseFixture(QStringLiteral("expected.json"))).object();
}

SecureBytes passphrase(const char* text = "correct horse battery staple")
{
    return SecureBytes(text, qstrlen(text));
}

QString codeOf(ErrorCode code)
{
    return errorCodeName(code);
}

} // namespace

class TestPem : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void imports_data();
    void imports();
    void certificate();
    void refusals_data();
    void refusals();
    void roundTrip_data();
    void roundTrip();
    void hostileKdfCost();
    void encryptedRoundTrip_data();
    void encryptedRoundTrip();
};

void TestPem::imports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("thumbprintOf"); // the expected.json entry
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<int>("strength");
    QTest::newRow("RSA PKCS#8") << "rsa2048.pkcs8.pem"
                                << "rsa2048.pkcs8.pem" << true << false << 112;
    QTest::newRow("RSA SPKI") << "rsa2048.spki.pem"
                              << "rsa2048.pkcs8.pem" << false << false << 112;
    QTest::newRow("RSA PKCS#1") << "rsa2048.pkcs1.pem"
                                << "rsa2048.pkcs8.pem" << true << false << 112;
    QTest::newRow("RSA encrypted PBKDF2") << "rsa2048.encrypted.pem"
                                          << "rsa2048.pkcs8.pem" << true << true << 112;
    QTest::newRow("P-256 PKCS#8") << "p256.pkcs8.pem"
                                  << "p256.pkcs8.pem" << true << false << 128;
    QTest::newRow("P-256 SEC 1") << "p256.sec1.pem"
                                 << "p256.pkcs8.pem" << true << false << 128;
    QTest::newRow("P-256 encrypted scrypt") << "p256.encrypted-scrypt.pem"
                                            << "p256.pkcs8.pem" << true << true << 128;
    QTest::newRow("P-384") << "p384.pkcs8.pem"
                           << "p384.pkcs8.pem" << true << false << 192;
    QTest::newRow("P-521") << "p521.pkcs8.pem"
                           << "p521.pkcs8.pem" << true << false << 256;
    QTest::newRow("Ed25519") << "ed25519.pkcs8.pem"
                             << "ed25519.pkcs8.pem" << true << false << 128;
    QTest::newRow("Ed25519 SPKI") << "ed25519.spki.pem"
                                  << "ed25519.pkcs8.pem" << false << false << 128;
    QTest::newRow("X25519") << "x25519.pkcs8.pem"
                            << "x25519.pkcs8.pem" << true << false << 128;
}

void TestPem::imports()
{
    QFETCH(QString, file);
    QFETCH(QString, thumbprintOf);
    QFETCH(bool, isPrivate);
    QFETCH(bool, encrypted);
    QFETCH(int, strength);
    auto key
        = PemCodec::importPem(keyward::tests::joseFixture(file), encrypted ? passphrase() : SecureBytes());
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QCOMPARE(key->thumbprintBase64Url(), expected().value(thumbprintOf).toString());
    QCOMPARE(key->hasPrivate(), isPrivate);
    QCOMPARE(key->securityStrengthBits(), strength);
    QVERIFY(key->weakKeyReason().isEmpty());
    if (encrypted) {
        auto wrong = PemCodec::importPem(
            keyward::tests::joseFixture(file), passphrase("Correct horse battery staple"));
        QCOMPARE(codeOf(wrong.code()), codeOf(ErrorCode::AuthenticationFailed));
        QVERIFY(!wrong.message().contains(QStringLiteral("horse")));
        QCOMPARE(codeOf(PemCodec::importPem(keyward::tests::joseFixture(file)).code()),
            codeOf(ErrorCode::InvalidArgument));
    }
}

void TestPem::certificate()
{
    auto key = PemCodec::importPem(keyward::tests::joseFixture(QStringLiteral("p256.cert.pem")));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QVERIFY(!key->hasPrivate());
    QCOMPARE(key->thumbprintBase64Url(), expected().value(QStringLiteral("p256.cert.pem")).toString());
    QCOMPARE(key->x5tS256(), expected().value(QStringLiteral("p256.cert.pem x5t#S256")).toString());
    QCOMPARE(key->x5c().size(), 1);
    // The JWK form carries the chain and re-imports with it (the leaf is checked against the key).
    const QJsonObject json = key->toPublicJson();
    QCOMPARE(json.value(QStringLiteral("x5t#S256")).toString(), key->x5tS256());
    auto again = Jwk::fromJson(json);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.message()));
    QCOMPARE(again->x5c(), key->x5c());
    // DER input works too.
    const QByteArray der = QByteArray::fromBase64(key->x5c().first().toLatin1());
    QCOMPARE(PemCodec::importCertificate(der)->thumbprintBase64Url(), key->thumbprintBase64Url());
    // A certificate attached to a different key is refused.
    auto other = PemCodec::importPem(keyward::tests::joseFixture(QStringLiteral("p384.pkcs8.pem")));
    QCOMPARE(codeOf(other->publicOnly().withX5c(key->x5c()).code()), codeOf(ErrorCode::KeyMismatch));
    QJsonObject tampered = json;
    tampered.insert(QStringLiteral("x5t#S256"), QStringLiteral("AAAA"));
    QCOMPARE(codeOf(Jwk::fromJson(tampered).code()), codeOf(ErrorCode::KeyMismatch));
}

void TestPem::refusals_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "malformed";
    QTest::newRow("no armour") << QByteArray("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") << "malformed";
    QTest::newRow("csr label") << QByteArray(
        "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n")
                               << "malformed";
    QTest::newRow("bad base64") << QByteArray("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n")
                                << "malformed";
    QByteArray truncated = keyward::tests::joseFixture(QStringLiteral("rsa2048.pkcs8.pem"));
    truncated.remove(200, 300);
    QTest::newRow("truncated PKCS#8") << truncated << "malformed";
    QTest::newRow("bad certificate") << QByteArray(
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
                                     << "malformed";
    QTest::newRow("secp256k1") << keyward::tests::joseFixture(QStringLiteral("secp256k1.pkcs8.pem"))
                               << "unsupported-alg";
    QTest::newRow("too big") << QByteArray(2 * 1024 * 1024, 'A') << "policy-refused";
}

void TestPem::refusals()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    auto key = PemCodec::importPem(pem);
    QVERIFY(!key.ok());
    QCOMPARE(codeOf(key.code()), expected);
    QVERIFY(!key.message().isEmpty());
}

void TestPem::roundTrip_data()
{
    QTest::addColumn<QString>("source"); // RFC 7520 key file or fixture
    QTest::newRow("RFC 7520 3.2 EC P-521") << "rfc7520:jwk/3_2.ec_private_key.json";
    QTest::newRow("RFC 7520 3.4 RSA") << "rfc7520:jwk/3_4.rsa_private_key.json";
    QTest::newRow("RFC 8037 Ed25519") << "rfc7520:curve25519/jws.json";
    QTest::newRow("X25519 fixture") << "x25519.pkcs8.pem";
    QTest::newRow("RSA 1024 parses, flagged weak") << "rsa1024.pkcs8.pem";
}

void TestPem::roundTrip()
{
    QFETCH(QString, source);
    Jwk key;
    if (source.startsWith(QLatin1String("rfc7520:"))) {
        QJsonObject json = keyward::tests::rfc7520Vector(source.mid(8));
        if (QTest::currentTestFailed())
            return; // the vector is missing, and reported by its path
        if (json.contains(QStringLiteral("input")))
            json = json.value(QStringLiteral("input")).toObject().value(QStringLiteral("key")).toObject();
        key = *Jwk::fromJson(json);
    } else {
        auto imported = PemCodec::importPem(keyward::tests::joseFixture(source));
        QVERIFY(imported.ok());
        key = *imported;
    }
    QVERIFY(key.hasPrivate());
    auto publicPem = PemCodec::exportPublicPem(key);
    QVERIFY(publicPem.ok());
    QVERIFY(publicPem->startsWith("-----BEGIN PUBLIC KEY-----"));
    auto pub = PemCodec::importPem(*publicPem);
    QVERIFY(pub.ok());
    QVERIFY(!pub->hasPrivate());
    QCOMPARE(pub->thumbprintBase64Url(), key.thumbprintBase64Url());
    auto privatePem = PemCodec::exportPrivatePem(key);
    QVERIFY(privatePem.ok());
    QVERIFY(privatePem->view().startsWith("-----BEGIN PRIVATE KEY-----"));
    auto priv = PemCodec::importPem(privatePem->view());
    QVERIFY(priv.ok());
    QVERIFY(priv->hasPrivate());
    QVERIFY(priv->sameKeyMaterial(key));
    // Private members survive the trip exactly (JWK → PKCS#8 → JWK).
    QJsonObject a = key.toPrivateJson();
    QJsonObject b = priv->toPrivateJson();
    for (const char* meta : { "kid", "use", "alg" })
        a.remove(QString::fromLatin1(meta));
    QCOMPARE(b, a);
    QCOMPARE(key.weakKeyReason().isEmpty(), !source.contains(QLatin1String("1024")));
}

void TestPem::hostileKdfCost()
{
    // The scrypt fixture with its parallelisation parameter p patched from 1 to 127: refused from
    // the parameters alone, before any key derivation runs.
    const QByteArray pem = keyward::tests::joseFixture(QStringLiteral("p256.encrypted-scrypt.pem"));
    const QList<QByteArray> lines = pem.split('\n');
    QByteArray body;
    for (const QByteArray& line : lines)
        if (!line.startsWith("-----"))
            body += line;
    QByteArray der = QByteArray::fromBase64(body);
    const QByteArray params = QByteArray::fromHex("020240000201080201"
                                                  "01");
    const qsizetype at = der.indexOf(params);
    QVERIFY(at > 0);
    der[at + params.size() - 1] = 0x7f;
    const QByteArray hostile = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + der.toBase64()
        + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
    auto key = PemCodec::importPem(hostile, passphrase());
    QCOMPARE(codeOf(key.code()), codeOf(ErrorCode::PolicyRefused));
}

void TestPem::encryptedRoundTrip_data()
{
    QTest::addColumn<int>("pbe");
    QTest::newRow("PBKDF2 AES-256-CBC") << int(PemCodec::Pbe::Pbkdf2Aes256Cbc);
    QTest::newRow("scrypt AES-256-CBC") << int(PemCodec::Pbe::ScryptAes256Cbc);
}

void TestPem::encryptedRoundTrip()
{
    QFETCH(int, pbe);
    const auto imported = PemCodec::importPem(keyward::tests::joseFixture(QStringLiteral("p256.pkcs8.pem")));
    QVERIFY(imported.ok());
    const Jwk key = *imported;
    PemCodec::EncryptionParams params;
    params.pbe = PemCodec::Pbe(pbe);
    auto pem = PemCodec::exportEncryptedPrivatePem(key, passphrase("officer secret"), params);
    QVERIFY2(pem.ok(), qPrintable(pem.ok() ? QString() : pem.message()));
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QCOMPARE(PemCodec::detect(*pem), PemCodec::Kind::EncryptedPrivateKey);
    auto back = PemCodec::importPem(*pem, passphrase("officer secret"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.message()));
    QVERIFY(back->sameKeyMaterial(key));
    QVERIFY(back->hasPrivate());
    QCOMPARE(codeOf(PemCodec::importPem(*pem, passphrase("officer secreT")).code()),
        codeOf(ErrorCode::AuthenticationFailed));
    QCOMPARE(codeOf(PemCodec::exportEncryptedPrivatePem(key, SecureBytes()).code()),
        codeOf(ErrorCode::InvalidArgument));
    QCOMPARE(codeOf(PemCodec::exportPrivatePem(key.publicOnly()).code()), codeOf(ErrorCode::KeyMismatch));
}

QTEST_GUILESS_MAIN(TestPem)
#include "tst_pem.moc"
