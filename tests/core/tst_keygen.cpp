// SPDX-License-Identifier: GPL-3.0-or-later
// KeyGenerator for every SPEC §3 key type, sign/verify round trips for every JWS algorithm in
// all three serializations, tampers, and the refusals of the generation policy.
#include "common/Base64Url.h"
#include "jose/JoseAlgorithms.h"
#include "jose/JwkSet.h"
#include "jose/Jws.h"
#include "jose/KeyGenerator.h"
#include "jose/PemCodec.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;

namespace {
// RSA generation dominates the run time: each alg's key pair (and a second one of the same type)
// is generated once and shared by the three serialization rows.
std::pair<Jwk, Jwk> keysFor(const QString& alg)
{
    static QHash<QString, std::pair<Jwk, Jwk>> cache;
    if (!cache.contains(alg))
        cache.insert(
            alg, { *KeyGenerator::generateForAlg(alg, 2048), *KeyGenerator::generateForAlg(alg, 2048) });
    return cache.value(alg);
}
} // namespace

class TestKeyGen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generates_data();
    void generates();
    void signVerifyRoundTrip_data();
    void signVerifyRoundTrip();
    void refusals_data();
    void refusals();
    void specForAlg();
};

void TestKeyGen::generates_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("curve");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("sizeBits");
    QTest::addColumn<int>("strength");
    QTest::addColumn<QString>("use");
    const int none = int(Curve::None);
    QTest::newRow("RSA 2048 RS256") << int(KeyType::Rsa) << 2048 << none << "RS256" << 2048 << 112 << "sig";
    QTest::newRow("RSA 3072 RSA-OAEP-256")
        << int(KeyType::Rsa) << 3072 << none << "RSA-OAEP-256" << 3072 << 128 << "enc";
    QTest::newRow("RSA 4096 PS512") << int(KeyType::Rsa) << 4096 << none << "PS512" << 4096 << 128 << "sig";
    QTest::newRow("EC P-256 ES256") << int(KeyType::Ec) << 0 << int(Curve::P256) << "ES256" << 256 << 128
                                    << "sig";
    QTest::newRow("EC P-384 ECDH-ES+A192KW")
        << int(KeyType::Ec) << 0 << int(Curve::P384) << "ECDH-ES+A192KW" << 384 << 192 << "enc";
    QTest::newRow("EC P-521 ES512") << int(KeyType::Ec) << 0 << int(Curve::P521) << "ES512" << 521 << 256
                                    << "sig";
    QTest::newRow("Ed25519 EdDSA") << int(KeyType::Okp) << 0 << int(Curve::Ed25519) << "EdDSA" << 256 << 128
                                   << "sig";
    QTest::newRow("X25519 ECDH-ES") << int(KeyType::Okp) << 0 << int(Curve::X25519) << "ECDH-ES" << 256 << 128
                                    << "enc";
    QTest::newRow("oct 128 A128KW") << int(KeyType::Oct) << 128 << none << "A128KW" << 128 << 128 << "enc";
    QTest::newRow("oct 192 A192GCMKW")
        << int(KeyType::Oct) << 192 << none << "A192GCMKW" << 192 << 192 << "enc";
    QTest::newRow("oct 256 dir") << int(KeyType::Oct) << 256 << none << "dir" << 256 << 256 << "enc";
}

void TestKeyGen::generates()
{
    QFETCH(int, type);
    QFETCH(int, bits);
    QFETCH(int, curve);
    QFETCH(QString, alg);
    QFETCH(int, sizeBits);
    QFETCH(int, strength);
    QFETCH(QString, use);
    auto key = KeyGenerator::generate(KeySpec { KeyType(type), bits, Curve(curve) }, alg);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QCOMPARE(int(key->type()), type);
    QCOMPARE(int(key->curve()), curve);
    QCOMPARE(key->sizeBits(), sizeBits);
    QCOMPARE(key->securityStrengthBits(), strength);
    QVERIFY(key->hasPrivate());
    QCOMPARE(key->alg(), alg);
    QCOMPARE(key->use(), use);
    QCOMPARE(key->kid(), key->thumbprintBase64Url());
    QVERIFY(key->weakKeyReason().isEmpty());
    // The JWK form re-imports to the same key, and the key fits its own alg.
    auto again = Jwk::fromJson(key->toPrivateJson());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.message()));
    QVERIFY(again->sameKeyMaterial(*key));
    QCOMPARE(again->alg(), alg);
    const bool sig = use == QLatin1String("sig");
    QVERIFY(jose::checkKeyForAlg(*key, alg, sig ? jose::Purpose::Sign : jose::Purpose::Decrypt).ok());
    QCOMPARE(jose::algorithmsForKey(*key), QStringList { alg });
    // Two generations never collide (RSA: checked by the round trips' second key).
    if (key->type() != KeyType::Rsa)
        QVERIFY(!KeyGenerator::generate(KeySpec { KeyType(type), bits, Curve(curve) }, alg)
                     ->sameKeyMaterial(*key));
    if (key->type() != KeyType::Oct)
        QVERIFY(PemCodec::importPem(PemCodec::exportPrivatePem(*key)->view())->sameKeyMaterial(*key));
}

void TestKeyGen::signVerifyRoundTrip_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("serialization");
    for (const char* alg :
        { "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA" }) {
        QTest::addRow("%s compact", alg) << QString::fromLatin1(alg) << int(Jws::Serialization::Compact);
        QTest::addRow("%s general", alg) << QString::fromLatin1(alg) << int(Jws::Serialization::GeneralJson);
        QTest::addRow("%s flattened", alg)
            << QString::fromLatin1(alg) << int(Jws::Serialization::FlattenedJson);
    }
}

void TestKeyGen::signVerifyRoundTrip()
{
    QFETCH(QString, alg);
    QFETCH(int, serialization);
    const auto [generated, otherKey] = keysFor(alg);
    QVERIFY(!generated.isNull() && !otherKey.isNull());
    const Jwk* key = &generated;
    const QByteArray payload = R"({"approve":"rotate payments-api","officer":"alice"})";
    QByteArray token;
    if (serialization == int(Jws::Serialization::Compact)) {
        token = *Jws::signCompact({}, payload, *key);
    } else {
        const bool flat = serialization == int(Jws::Serialization::FlattenedJson);
        token = QJsonDocument(*Jws::signJson(payload, { Jws::SignRequest { {}, {}, *key } }, flat)).toJson();
    }
    auto jws = Jws::parse(token);
    QVERIFY2(jws.ok(), qPrintable(jws.ok() ? QString() : jws.message()));
    QCOMPARE(int(jws->serialization()), serialization);
    QCOMPARE(jws->payload(), payload);
    const JwkSet published(QList<Jwk> { key->publicOnly() });
    QVERIFY(jws->verifyAll(Jws::resolverFor(published)).ok());
    // Tampered payload and signature are integrity failures.
    QByteArray sig = jws->signatures().first().signature;
    const QByteArray input = jws->signingInput(0);
    for (int flip : { 0, int(sig.size()) - 1 }) {
        QByteArray bad = sig;
        bad[flip] = char(bad[flip] ^ 0x80);
        const QByteArray forged = input + '.' + base64url::encode(bad);
        QCOMPARE(
            Jws::parse(forged)->verifySignature(0, key->publicOnly()).code(), ErrorCode::IntegrityFailure);
    }
    const QByteArray otherPayload
        = input.split('.').at(0) + '.' + base64url::encode(payload + ' ') + '.' + base64url::encode(sig);
    QCOMPARE(
        Jws::parse(otherPayload)->verifySignature(0, key->publicOnly()).code(), ErrorCode::IntegrityFailure);
    // Another key of the same type (same kid forced) does not verify it.
    auto other = KeyGenerator::generateForAlg(alg, 2048);
    QCOMPARE(
        jws->verifySignature(0, other->publicOnly().withKid(key->kid())).code(), ErrorCode::IntegrityFailure);
}

void TestKeyGen::refusals_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("curve");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("use");
    QTest::addColumn<QString>("expected");
    const int rsa = int(KeyType::Rsa), ec = int(KeyType::Ec), okp = int(KeyType::Okp),
              oct = int(KeyType::Oct);
    const int none = int(Curve::None);
    QTest::newRow("RSA 1024") << rsa << 1024 << none << "RS256"
                              << ""
                              << "weak-key";
    QTest::newRow("RSA 2047") << rsa << 2047 << none << "RS256"
                              << ""
                              << "weak-key";
    QTest::newRow("RSA 2049") << rsa << 2049 << none << "RS256"
                              << ""
                              << "invalid-argument";
    QTest::newRow("RSA1_5 for new key") << rsa << 2048 << none << "RSA1_5"
                                        << ""
                                        << "deprecated-alg";
    QTest::newRow("HS256") << oct << 256 << none << "HS256"
                           << ""
                           << "unsupported-alg";
    QTest::newRow("none") << ec << 0 << int(Curve::P256) << "none"
                          << ""
                          << "policy-refused";
    QTest::newRow("no alg") << ec << 0 << int(Curve::P256) << ""
                            << ""
                            << "invalid-argument";
    QTest::newRow("ES384 on P-256") << ec << 0 << int(Curve::P256) << "ES384"
                                    << ""
                                    << "key-mismatch";
    QTest::newRow("EdDSA on X25519") << okp << 0 << int(Curve::X25519) << "EdDSA"
                                     << ""
                                     << "key-mismatch";
    QTest::newRow("ECDH-ES on Ed25519") << okp << 0 << int(Curve::Ed25519) << "ECDH-ES"
                                        << ""
                                        << "key-mismatch";
    QTest::newRow("A256KW with 128 bits") << oct << 128 << none << "A256KW"
                                          << ""
                                          << "key-mismatch";
    QTest::newRow("oct 64") << oct << 64 << none << "A128KW"
                            << ""
                            << "invalid-argument";
    QTest::newRow("EC P-256 use enc for ES256") << ec << 0 << int(Curve::P256) << "ES256"
                                                << "enc"
                                                << "key-mismatch";
    QTest::newRow("EC no curve") << ec << 0 << none << "ES256"
                                 << ""
                                 << "invalid-argument";
    QTest::newRow("PBES2 (keyed by a password)") << oct << 128 << none << "PBES2-HS256+A128KW"
                                                 << ""
                                                 << "invalid-argument";
}

void TestKeyGen::refusals()
{
    QFETCH(int, type);
    QFETCH(int, bits);
    QFETCH(int, curve);
    QFETCH(QString, alg);
    QFETCH(QString, use);
    QFETCH(QString, expected);
    auto key = KeyGenerator::generate(KeySpec { KeyType(type), bits, Curve(curve) }, alg, use);
    QCOMPARE(key.ok() ? QString() : errorCodeName(key.code()), expected);
}

void TestKeyGen::specForAlg()
{
    QCOMPARE(int(KeyGenerator::specForAlg(QStringLiteral("ES384"))->curve), int(Curve::P384));
    QCOMPARE(KeyGenerator::specForAlg(QStringLiteral("RSA-OAEP"))->bits, 3072);
    QCOMPARE(KeyGenerator::specForAlg(QStringLiteral("A192KW"))->bits, 192);
    QCOMPARE(KeyGenerator::specForAlg(QStringLiteral("dir"), 0, QStringLiteral("A128GCM"))->bits, 128);
    QCOMPARE(KeyGenerator::specForAlg(QStringLiteral("dir")).code(), ErrorCode::InvalidArgument);
    QCOMPARE(
        KeyGenerator::specForAlg(QStringLiteral("PBES2-HS512+A256KW")).code(), ErrorCode::InvalidArgument);
    QCOMPARE(KeyGenerator::specForAlg(QStringLiteral("RSA1_5")).code(), ErrorCode::DeprecatedAlg);
    auto x25519 = KeyGenerator::generateForAlg(QStringLiteral("ECDH-ES+A256KW"));
    QCOMPARE(int(x25519->curve()), int(Curve::P256));
}

QTEST_GUILESS_MAIN(TestKeyGen)
#include "tst_keygen.moc"
