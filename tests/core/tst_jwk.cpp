// SPDX-License-Identifier: GPL-3.0-or-later
// Jwk parsing, validation, serialization and RFC 7638 thumbprints over the RFC 7520 §3 keys, the
// RFC 7638 and RFC 8037 examples, and one row per refusal rule.
#include "JoseTestFiles.h"
#include "common/Base64Url.h"
#include "jose/JoseAlgorithms.h"
#include "jose/Jwk.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <openssl/core_names.h>

using namespace keyward::core;

namespace {

// RFC 7638 §3.1 example key.
const char* kRfc7638Key
    = R"({"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"})";

const char* kP256
    = R"({"kty":"EC","crv":"P-256","x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw","d":"yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3c"})";

} // namespace

class TestJwk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7520Keys_data();
    void rfc7520Keys();
    void thumbprints_data();
    void thumbprints();
    void publicOnlyDropsSecrets();
    void strengthAndWeakness_data();
    void strengthAndWeakness();
    void refusals_data();
    void refusals();
    void checkKeyForAlg_data();
    void checkKeyForAlg();
    void algorithmsForKey();
};

void TestJwk::rfc7520Keys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("3.1 EC P-521 public") << "jwk/3_1.ec_public_key.json" << int(KeyType::Ec) << 521 << false;
    QTest::newRow("3.2 EC P-521 private") << "jwk/3_2.ec_private_key.json" << int(KeyType::Ec) << 521 << true;
    QTest::newRow("3.3 RSA public") << "jwk/3_3.rsa_public_key.json" << int(KeyType::Rsa) << 2048 << false;
    QTest::newRow("3.4 RSA private") << "jwk/3_4.rsa_private_key.json" << int(KeyType::Rsa) << 2048 << true;
    QTest::newRow("3.5 oct MAC") << "jwk/3_5.symmetric_key_mac_computation.json" << int(KeyType::Oct) << 256
                                 << true;
    QTest::newRow("3.6 oct enc") << "jwk/3_6.symmetric_key_encryption.json" << int(KeyType::Oct) << 256
                                 << true;
}

void TestJwk::rfc7520Keys()
{
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(int, bits);
    QFETCH(bool, isPrivate);
    const QJsonObject json = keyward::tests::rfc7520Vector(file);
    if (QTest::currentTestFailed())
        return; // the vector is missing, and reported by its path
    auto key = Jwk::fromJson(json);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QCOMPARE(int(key->type()), type);
    QCOMPARE(key->sizeBits(), bits);
    QCOMPARE(key->hasPrivate(), isPrivate);
    QCOMPARE(key->kid(), json.value(QStringLiteral("kid")).toString());
    QCOMPARE(key->use(), json.value(QStringLiteral("use")).toString());
    QCOMPARE(key->alg(), json.value(QStringLiteral("alg")).toString());
    // Serialization is lossless: the private form reproduces every member of the input.
    QCOMPARE(key->toPrivateJson(), json);
    // And round-trips through text.
    auto again = Jwk::fromJsonText(QJsonDocument(key->toPrivateJson()).toJson(QJsonDocument::Compact));
    QVERIFY(again.ok());
    QVERIFY(again->sameKeyMaterial(*key));
    QCOMPARE(again->thumbprintBase64Url(), key->thumbprintBase64Url());
    if (key->type() != KeyType::Oct) {
        const QJsonObject pub = key->toPublicJson();
        QVERIFY(!pub.contains(QStringLiteral("d")));
        QVERIFY(!pub.contains(QStringLiteral("p")));
        QCOMPARE(Jwk::fromJson(pub)->thumbprintBase64Url(), key->thumbprintBase64Url());
    } else {
        QVERIFY(!key->toPublicJson().contains(QStringLiteral("k")));
    }
}

void TestJwk::thumbprints_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("thumbprint");
    QTest::newRow("RFC 7638 3.1") << QByteArray(kRfc7638Key) << "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";
    QTest::newRow("RFC 8037 A.3 Ed25519")
        << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")
        << "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    QTest::newRow("RFC 8037 A.3 Ed25519 private") << QByteArray(
        R"({"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","use":"sig","kid":"x"})")
                                                  << "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
}

void TestJwk::thumbprints()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, thumbprint);
    auto key = Jwk::fromJsonText(json);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QCOMPARE(key->thumbprintBase64Url(), thumbprint);
    QCOMPARE(key->thumbprint().size(), 32);
    QCOMPARE(key->thumbprint(QStringLiteral("SHA512")).size(), 64);
}

void TestJwk::publicOnlyDropsSecrets()
{
    auto key = Jwk::fromJson(keyward::tests::rfc7520Vector(QStringLiteral("jwk/3_4.rsa_private_key.json")));
    QVERIFY(key.ok());
    const Jwk pub = key->publicOnly();
    QVERIFY(!pub.hasPrivate());
    QCOMPARE(pub.kid(), key->kid());
    QVERIFY(!pub.toPrivateJson().contains(QStringLiteral("d")));
    QVERIFY(pub.sameKeyMaterial(*key));
    BIGNUM* d = nullptr;
    QCOMPARE(EVP_PKEY_get_bn_param(pub.pkey(), OSSL_PKEY_PARAM_RSA_D, &d), 0);
    auto oct = Jwk::fromJson(
        keyward::tests::rfc7520Vector(QStringLiteral("jwk/3_6.symmetric_key_encryption.json")));
    QVERIFY(oct.ok());
    QVERIFY(oct->publicOnly().isNull()); // a secret has no public half
    QVERIFY(Jwk::fromJsonText(kP256)->withKid(QStringLiteral("a")).kid() == QStringLiteral("a"));
}

void TestJwk::strengthAndWeakness_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("strength");
    QTest::addColumn<bool>("weak");
    QTest::newRow("P-256") << QByteArray(kP256) << 128 << false;
    QTest::newRow("RSA 2048") << QByteArray(kRfc7638Key) << 112 << false;
    QTest::newRow("oct 128") << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw"})") << 128 << false;
    QTest::newRow("oct 64") << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgc"})") << 64 << true;
    QTest::newRow("HS256 with 248 bits")
        << QByteArray(R"({"kty":"oct","alg":"HS256","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg"})")
        << 248 << true;
    QTest::newRow("A256KW with 128 bits")
        << QByteArray(R"({"kty":"oct","alg":"A256KW","k":"AAECAwQFBgcICQoLDA0ODw"})") << 128 << true;
    // Wycheproof json_web_key_test.json keysize_too_small: parses, flagged weak.
    QTest::newRow("RSA 1024") << QByteArray(
        R"({"kty":"RSA","n":"rJBIp6T1YK-RtPyvYqFFlcucqewSAA_IReSFchE8qyiQrbARqRlXWkB2DR8j_pJQnIpYELbQWZC5Cd0PTGAU8rMbar2AW6zpmBbi7aQf17lUBdt8XI9M9rq7FPVQ1dDdUXm1SVH_9qqWhvMPR422SbfHBEzCAtzK0ANDRo6qz78","e":"AQAB"})")
                              << 80 << true;
}

void TestJwk::strengthAndWeakness()
{
    QFETCH(QByteArray, json);
    QFETCH(int, strength);
    QFETCH(bool, weak);
    auto key = Jwk::fromJsonText(json);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QCOMPARE(key->securityStrengthBits(), strength);
    QCOMPARE(!key->weakKeyReason().isEmpty(), weak);
}

void TestJwk::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    const int malformed = int(ErrorCode::Malformed);
    const int weak = int(ErrorCode::WeakKey);
    const int unsupported = int(ErrorCode::UnsupportedAlg);
    const int mismatch = int(ErrorCode::KeyMismatch);
    const QByteArray x = "\"x\":\"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY\"";
    const QByteArray y = "\"y\":\"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw\"";
    QTest::newRow("no kty") << QByteArray(R"({"k":"AAAA"})") << malformed;
    QTest::newRow("kty not string") << QByteArray(R"({"kty":1,"k":"AAAA"})") << malformed;
    QTest::newRow("unknown kty") << QByteArray(R"({"kty":"DSA"})") << unsupported;
    QTest::newRow("oct empty") << QByteArray(R"({"kty":"oct","k":""})") << weak;
    QTest::newRow("oct padded") << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw=="})") << malformed;
    QTest::newRow("oct plus slash") << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgc+CQoLDA0ODw"})")
                                    << malformed;
    QTest::newRow("oct non-canonical bits")
        << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODx"})") << malformed;
    QTest::newRow("EC off curve") << QByteArray(
        "{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + ",\"y\":\"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgnw\"}")
                                  << weak;
    QTest::newRow("EC wrong curve length")
        << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-384\"," + x + "," + y + "}") << malformed;
    QTest::newRow("EC missing y") << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + "}") << malformed;
    QTest::newRow("EC secp256k1") << QByteArray("{\"kty\":\"EC\",\"crv\":\"secp256k1\"," + x + "," + y + "}")
                                  << unsupported;
    QTest::newRow("EC d mismatch") << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + "," + y
        + ",\"d\":\"yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3d\"}")
                                   << malformed;
    QTest::newRow("EC kty RSA") << QByteArray("{\"kty\":\"RSA\",\"crv\":\"P-256\"," + x + "," + y + "}")
                                << malformed;
    QTest::newRow("OKP Ed448") << QByteArray(
        R"({"kty":"OKP","crv":"Ed448","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")
                               << unsupported;
    QTest::newRow("OKP P-256 crv") << QByteArray("{\"kty\":\"OKP\",\"crv\":\"P-256\"," + x + "}")
                                   << unsupported;
    QTest::newRow("OKP d mismatch") << QByteArray(
        R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2B"})")
                                    << malformed;
    QTest::newRow("OKP short x") << QByteArray(R"({"kty":"OKP","crv":"X25519","x":"11qYAYKxCrfVS_7TyWQHOg"})")
                                 << malformed;
    QTest::newRow("RSA e=1 (Wycheproof exponentOne)") << QByteArray(
        R"({"kty":"RSA","n":"u-SfdHPjFtGmzuoH6gheIIZ4nLwUHBQEtFGqOe0N8JuZUc5VOzlI8yl0r8ESilAouttkdftexj4VFJz5R9FH90ypVQDPL0H4mC_RtkcJ1DBB8MriU8dmzqSXP1SBs4s5L-pJWxKKLjXddD6gXJZ7HT_aPl2olvlLh8JkD_52U6sjdeP3OWDKvMu5GsrMlS9XJCVaCx8r9698OEElwK-ZW9PztgTSb-MvyTuyzis5Yc13n_z0wMLahpDilI2fzNsZ3yH6htu4VXPraSEZV6C0Z7epAAAUqiUnxh3WRupEICaewYEnW3MVS2hHwLwtPu_RR0XHoZr1oPSlQMP3Zi2QKw","e":"AQ"})")
                                                      << weak;
    QTest::newRow("RSA e even") << QByteArray(
        R"({"kty":"RSA","n":"u-SfdHPjFtGmzuoH6gheIIZ4nLwUHBQEtFGqOe0N8JuZUc5VOzlI8yl0r8ESilAouttkdftexj4VFJz5R9FH90ypVQDPL0H4mC_RtkcJ1DBB8MriU8dmzqSXP1SBs4s5L-pJWxKKLjXddD6gXJZ7HT_aPl2olvlLh8JkD_52U6sjdeP3OWDKvMu5GsrMlS9XJCVaCx8r9698OEElwK-ZW9PztgTSb-MvyTuyzis5Yc13n_z0wMLahpDilI2fzNsZ3yH6htu4VXPraSEZV6C0Z7epAAAUqiUnxh3WRupEICaewYEnW3MVS2hHwLwtPu_RR0XHoZr1oPSlQMP3Zi2QKw","e":"AQAA"})")
                                << weak;
    QTest::newRow("RSA ROCA modulus (Wycheproof jws_rsa_roca_key)") << QByteArray(
        R"({"kty":"RSA","n":"AanFpofbj7KjD4Lf-N2hVMKR7yewSyXhhbirIMTGpfYEhZ_lnt5UoK98DnKIgArXGTu3MaW_HhFw16HGaTDUHqPrId7fe4r11CqRw09yBFuW79V8sYIwHdzCaWflUI6auImYbVfoN9_nD5n8N8SY9DwXw7mwZM9wREPXoDPgOoIWl6q_MPsp7n0zs3Z5ZaiQWOOzl1S9OhwAfSiiOwz6efnXEaxuTEtPd7BjSx7NaFka8Dx9U7YqXy2RFj1O9PjyaDGuRh7YXsX3iMUSP_wSyHQg_c_qHRtKUsNSGCT7OZg0hzm2KphtjnayKJvC64vAbROBR4Ubg6Bxg9IQVZ-QYyE","e":"AQAB"})")
                                                                    << weak;
    QTest::newRow("RSA n leading zero") << QByteArray(
        R"({"kty":"RSA","n":"AADSvHtqCh5sZxBK64-IsldmmzT2ed2tCZtcSmzZqIAVtaEzvwuFbHhxtt8AC1VPzrPC7VErto8UXG6ENHUvq1Khz8EkQI95tYpFeMFkKIVXifeiSeOEyy2frq1n_Zb7kmwZjgdzmf3IFcCvCX3eWq3v9E3nDoJ_SHhDJDm_7rlgaNBHT8UNbZC_OpjfrxBAyJwC1pKrOzwolmCdhv1zt3TOB0BkfO7qoxC9EvmFqOufWf3UJs6lshIPTyo0vKt2S35sVNaEAji8xAWHpZ5m7R8ziUV3Y1xHCvdc-Swg0dpD4b_EGeIipvDQuzWMXjj5ywUK6v6QSBTxrBqknMqeoMqD","e":"AQAB"})")
                                        << malformed;
    QTest::newRow("RSA partial CRT") << QByteArray(
        R"({"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","d":"AQAB","p":"AQAB"})")
                                     << malformed;
    QTest::newRow("RSA oth") << QByteArray(R"({"kty":"RSA","n":"0vx7","e":"AQAB","oth":[]})") << unsupported;
    QTest::newRow("unknown use") << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw","use":"wrap"})")
                                 << malformed;
    QTest::newRow("alg/use mismatch (Wycheproof invalid_use)") << QByteArray(
        "{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + "," + y + ",\"alg\":\"ES256\",\"use\":\"enc\"}")
                                                               << mismatch;
    QTest::newRow("alg/curve mismatch")
        << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + "," + y + ",\"alg\":\"ES384\"}") << mismatch;
    QTest::newRow("unknown alg ES521")
        << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + "," + y + ",\"alg\":\"ES521\"}")
        << unsupported;
    QTest::newRow("alg none") << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw","alg":"none"})")
                              << int(ErrorCode::PolicyRefused);
    QTest::newRow("A256GCM key with use sig (Wycheproof invalid_aes_gcm_key)") << QByteArray(
        R"({"alg":"A256GCM","use":"sig","k":"-ebuDNsVZ2iJtoZ-akfXTSCt4UO2cruLCsbWlBinggE","kty":"oct"})")
                                                                               << mismatch;
    QTest::newRow("key_ops unknown") << QByteArray(
        R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw","key_ops":["fly"]})")
                                     << malformed;
    QTest::newRow("key_ops duplicate")
        << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw","key_ops":["sign","sign"]})") << malformed;
    QTest::newRow("key_ops vs use") << QByteArray(
        R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw","use":"enc","key_ops":["sign"]})")
                                    << mismatch;
    QTest::newRow("duplicate member")
        << QByteArray(R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw","k":"AAAA"})") << malformed;
    QTest::newRow("x5c garbage") << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\"," + x + "," + y
        + ",\"x5c\":[\"AAAA\"]}") << malformed;
}

void TestJwk::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    auto key = Jwk::fromJsonText(json);
    QVERIFY(!key.ok());
    QCOMPARE(errorCodeName(key.code()), errorCodeName(ErrorCode(code)));
    QVERIFY(!key.message().isEmpty());
    QVERIFY2(!key.message().contains(QStringLiteral("yy49oPc")), "message must not echo key bytes");
}

void TestJwk::checkKeyForAlg_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("enc");
    QTest::addColumn<QString>("expected"); // error code name, "" = allowed
    const int sign = int(jose::Purpose::Sign);
    const int verify = int(jose::Purpose::Verify);
    const int encrypt = int(jose::Purpose::Encrypt);
    const int decrypt = int(jose::Purpose::Decrypt);
    const QByteArray p256 = kP256;
    const QByteArray rsa = kRfc7638Key; // pinned to RS256
    const QByteArray oct128 = R"({"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODw"})";
    QTest::newRow("ES256 sign") << p256 << "ES256" << sign << ""
                                << "";
    QTest::newRow("ES384 on P-256") << p256 << "ES384" << verify << ""
                                    << "key-mismatch";
    QTest::newRow("none") << p256 << "none" << verify << ""
                          << "policy-refused";
    QTest::newRow("HS256") << oct128 << "HS256" << verify << ""
                           << "unsupported-alg";
    QTest::newRow("unknown alg") << p256 << "ES256K" << verify << ""
                                 << "unsupported-alg";
    QTest::newRow("RS256 pinned verify") << rsa << "RS256" << verify << ""
                                         << "";
    QTest::newRow("RS256 pinned sign w/o private") << rsa << "RS256" << sign << ""
                                                   << "key-mismatch";
    QTest::newRow("PS256 on RS256-pinned") << rsa << "PS256" << verify << ""
                                           << "policy-refused";
    QTest::newRow("RSA-OAEP on RS256-pinned") << rsa << "RSA-OAEP" << encrypt << ""
                                              << "policy-refused";
    QTest::newRow("RSA1_5") << QByteArray(
        R"({"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB"})")
                            << "RSA1_5" << decrypt << ""
                            << "deprecated-alg";
    QTest::newRow("ECDH-ES P-256") << p256 << "ECDH-ES" << decrypt << ""
                                   << "";
    QTest::newRow("A128KW exact") << oct128 << "A128KW" << decrypt << ""
                                  << "";
    QTest::newRow("A256KW wrong size") << oct128 << "A256KW" << decrypt << ""
                                       << "key-mismatch";
    QTest::newRow("dir A128GCM") << oct128 << "dir" << decrypt << "A128GCM"
                                 << "";
    QTest::newRow("dir A256GCM wrong size") << oct128 << "dir" << decrypt << "A256GCM"
                                            << "key-mismatch";
    QTest::newRow("enc key for sig") << QByteArray(
        R"({"kty":"EC","crv":"P-256","use":"enc","x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw"})")
                                     << "ES256" << verify << ""
                                     << "key-mismatch";
    QTest::newRow("key_ops verify only, sign") << QByteArray(
        R"({"kty":"EC","crv":"P-256","key_ops":["verify"],"x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw","d":"yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3c"})")
                                               << "ES256" << sign << ""
                                               << "key-mismatch";
}

void TestJwk::checkKeyForAlg()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, alg);
    QFETCH(int, purpose);
    QFETCH(QString, enc);
    QFETCH(QString, expected);
    auto key = Jwk::fromJsonText(json);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    const Status status = jose::checkKeyForAlg(*key, alg, jose::Purpose(purpose), enc);
    QCOMPARE(status.ok() ? QString() : errorCodeName(status.code()), expected);
}

void TestJwk::algorithmsForKey()
{
    QCOMPARE(jose::algorithmsForKey(*Jwk::fromJsonText(kP256)),
        (QStringList { QStringLiteral("ES256"), QStringLiteral("ECDH-ES"), QStringLiteral("ECDH-ES+A128KW"),
            QStringLiteral("ECDH-ES+A192KW"), QStringLiteral("ECDH-ES+A256KW") }));
    QCOMPARE(
        jose::algorithmsForKey(*Jwk::fromJsonText(kRfc7638Key)), QStringList { QStringLiteral("RS256") });
    QVERIFY(jose::checkAlgForNewKey(QStringLiteral("RSA1_5")).code() == ErrorCode::DeprecatedAlg);
    QVERIFY(jose::checkAlgForNewKey(QStringLiteral("PS256")).ok());
}

QTEST_GUILESS_MAIN(TestJwk)
#include "tst_jwk.moc"
