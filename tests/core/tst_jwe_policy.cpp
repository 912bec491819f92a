// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 8725 and SPEC §6 refusals of the JWE decryptor: each hostile or broken input gets its own
// outcome, refused before any expensive work (the password provider / key resolver are not even
// asked when the header alone decides).
#include "common/Base64Url.h"
#include "jose/JweDecryptor.h"
#include "jose/JweEncryptor.h"
#include "jose/Jwk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>

#include <algorithm>

using namespace keyward::core;
using namespace keyward::core::jose;

namespace {

QByteArray b64(QByteArrayView bytes)
{
    return base64url::encode(bytes);
}

QByteArray headerB64(const QJsonObject& header)
{
    return b64(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

// A compact JWE with the given protected header and well-formed dummy parts.
QByteArray compactWith(const QByteArray& protectedB64, QByteArrayView ek = QByteArrayView("0123456789abcdef01234567"))
{
    return protectedB64 + '.' + b64(ek) + '.' + b64(QByteArray(12, 'i')) + '.' + b64("ciphertext") + '.' + b64(QByteArray(16, 't'));
}

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto& [k, v] : members)
        o.insert(k, v);
    return o;
}

Jwk octKey(int bytes, const QString& kid, const QString& alg = QString())
{
    QByteArray raw(bytes, 'k');
    auto jwk = Jwk::fromOctets(SecureBytes::takeFrom(raw));
    return jwk->withKid(kid).withUse(QStringLiteral("enc")).withAlg(alg);
}

Jwk generated(EVP_PKEY* raw, const QString& kid)
{
    auto jwk = Jwk::fromPkey(ossl::PKey(raw));
    if (!jwk.ok())
        qFatal("keygen: %s", qPrintable(jwk.message()));
    return jwk->withKid(kid);
}

} // namespace

class TestJwePolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void headerRefusals_data();
    void headerRefusals();
    void rsa15NeverDecrypted();
    void pbes2CountCap();
    void zipCap();
    void ephemeralKeyValidation_data();
    void ephemeralKeyValidation();
    void ephemeralKeyAfterRefusal();
    void keyPolicy();
    void kidFindings();
    void sizeCaps();
    void oaepFailureLooksLikeTagFailure();
    void encryptorRefusals();

private:
    JweDecryptor decryptor(int* lookups = nullptr) const;
    QByteArray encryptTo(const Jwk& key, const QString& alg, const QString& enc = QStringLiteral("A128GCM")) const;

    QList<Jwk> m_keys;
};

void TestJwePolicy::initTestCase()
{
    m_keys << octKey(16, QStringLiteral("oct128")) << octKey(32, QStringLiteral("oct256"));
    m_keys << generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), QStringLiteral("p256"));
    m_keys << generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"), QStringLiteral("x25519"));
    m_keys << generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)), QStringLiteral("rsa"));
}

JweDecryptor TestJwePolicy::decryptor(int* lookups) const
{
    const QList<Jwk> keys = m_keys;
    return JweDecryptor([keys, lookups](const QString& kid, const QJsonObject&) -> Result<Jwk> {
        if (lookups)
            ++*lookups;
        for (const Jwk& k : keys) {
            if (k.kid() == kid)
                return k;
        }
        return Error(ErrorCode::UnknownKid, QStringLiteral("unknown"));
    });
}

QByteArray TestJwePolicy::encryptTo(const Jwk& key, const QString& alg, const QString& enc) const
{
    JweRecipientSpec r;
    r.key = key.type() == KeyType::Oct ? key : key.publicOnly();
    r.alg = alg;
    JweEncryptOptions options;
    options.enc = enc;
    std::vector<JweRecipientSpec> list;
    list.push_back(std::move(r));
    auto jwe = JweEncryptor::encrypt("policy test", list, options);
    if (!jwe.ok())
        qFatal("encrypt: %s", qPrintable(jwe.message()));
    return jwe.value();
}

void TestJwePolicy::headerRefusals_data()
{
    QTest::addColumn<QByteArray>("jwe");
    QTest::addColumn<int>("code");
    const QString kid = QStringLiteral("oct128");
    const int malformed = int(ErrorCode::Malformed), refused = int(ErrorCode::PolicyRefused), unsupported = int(ErrorCode::UnsupportedAlg);
    auto hdr = [&](const QString& alg, const QString& enc) {
        return obj({{QStringLiteral("alg"), alg}, {QStringLiteral("enc"), enc}, {QStringLiteral("kid"), kid}});
    };
    QTest::newRow("alg none") << compactWith(headerB64(hdr(QStringLiteral("none"), QStringLiteral("A128GCM")))) << refused;
    QTest::newRow("unknown alg") << compactWith(headerB64(hdr(QStringLiteral("A100KW"), QStringLiteral("A128GCM")))) << unsupported;
    QTest::newRow("signature alg as JWE alg") << compactWith(headerB64(hdr(QStringLiteral("RS256"), QStringLiteral("A128GCM")))) << unsupported;
    QTest::newRow("unknown enc") << compactWith(headerB64(hdr(QStringLiteral("A128KW"), QStringLiteral("A128CTR")))) << unsupported;
    QTest::newRow("no alg") << compactWith(headerB64(obj({{QStringLiteral("enc"), QStringLiteral("A128GCM")}, {QStringLiteral("kid"), kid}}))) << malformed;
    QTest::newRow("no enc") << compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("A128KW")}, {QStringLiteral("kid"), kid}}))) << malformed;
    QTest::newRow("duplicate alg")
        << compactWith(b64(R"({"alg":"A128KW","enc":"A128GCM","kid":"oct128","alg":"dir"})")) << malformed;
    QTest::newRow("duplicate nested epk member")
        << compactWith(b64(R"({"alg":"ECDH-ES","enc":"A128GCM","kid":"p256","epk":{"kty":"EC","kty":"EC"}})")) << malformed;
    QTest::newRow("crit unknown extension")
        << compactWith(b64(R"({"alg":"A128KW","enc":"A128GCM","kid":"oct128","crit":["exp"],"exp":1})")) << unsupported;
    QTest::newRow("crit lists registered name")
        << compactWith(b64(R"({"alg":"A128KW","enc":"A128GCM","kid":"oct128","crit":["alg"]})")) << malformed;
    QTest::newRow("crit names absent member")
        << compactWith(b64(R"({"alg":"A128KW","enc":"A128GCM","kid":"oct128","crit":["x-missing"]})")) << malformed;
    QTest::newRow("zip not DEF")
        << compactWith(b64(R"({"alg":"A128KW","enc":"A128GCM","kid":"oct128","zip":"GZIP"})")) << unsupported;
    const QByteArray good = headerB64(hdr(QStringLiteral("A128KW"), QStringLiteral("A128GCM")));
    QTest::newRow("padding in b64") << (good + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.aWlpaWlpaWlpaWlp.Y3Q=.dHR0dHR0dHR0dHR0dHR0dA") << malformed;
    QTest::newRow("plus in b64") << (good + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.aWlpaWlpaWlpaWlp.Y3+0.dHR0dHR0dHR0dHR0dHR0dA") << malformed;
    QTest::newRow("non-canonical trailing bits") << (good + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.aWlpaWlpaWlpaWlp.Y3R.dHR0dHR0dHR0dHR0dHR0dA") << malformed;
    QTest::newRow("four parts") << (good + ".AAAA.aWlp.Y3Q0") << malformed;
    QTest::newRow("six parts") << (compactWith(good) + ".AAAA") << malformed;
    QTest::newRow("header not JSON") << compactWith(b64("not json")) << malformed;
    QTest::newRow("empty") << QByteArray() << malformed;
    // JSON serializations: a member in two headers, zip outside the protected header.
    QJsonObject flattened = obj({{QStringLiteral("protected"), QString::fromLatin1(good)},
                                 {QStringLiteral("unprotected"), obj({{QStringLiteral("kid"), QStringLiteral("other")}})},
                                 {QStringLiteral("encrypted_key"), QString::fromLatin1(b64(QByteArray(24, 'e')))},
                                 {QStringLiteral("iv"), QString::fromLatin1(b64(QByteArray(12, 'i')))},
                                 {QStringLiteral("ciphertext"), QStringLiteral("Y3Q0")},
                                 {QStringLiteral("tag"), QString::fromLatin1(b64(QByteArray(16, 't')))}});
    QTest::newRow("kid in protected and unprotected") << QJsonDocument(flattened).toJson(QJsonDocument::Compact) << malformed;
    flattened.insert(QStringLiteral("unprotected"), obj({{QStringLiteral("zip"), QStringLiteral("DEF")}}));
    QTest::newRow("zip unprotected") << QJsonDocument(flattened).toJson(QJsonDocument::Compact) << malformed;
    flattened.insert(QStringLiteral("unprotected"), obj({{QStringLiteral("x"), 1}}));
    flattened.insert(QStringLiteral("header"), obj({{QStringLiteral("x"), 2}}));
    QTest::newRow("member in shared and recipient header") << QJsonDocument(flattened).toJson(QJsonDocument::Compact) << malformed;
    flattened.remove(QStringLiteral("header"));
    flattened.insert(QStringLiteral("recipients"), QJsonArray{obj({})});
    QTest::newRow("recipients and encrypted_key") << QJsonDocument(flattened).toJson(QJsonDocument::Compact) << malformed;
    QTest::newRow("JSON duplicate member") << QByteArray(R"({"iv":"aWlp","iv":"aWlp","ciphertext":"","tag":""})") << malformed;
}

void TestJwePolicy::headerRefusals()
{
    QFETCH(QByteArray, jwe);
    QFETCH(int, code);
    const auto result = decryptor().decrypt(jwe);
    QVERIFY(!result.ok());
    QVERIFY2(int(result.code()) == code, qPrintable(errorCodeName(result.code()) + QLatin1Char(' ') + result.message()));
    QVERIFY(!result.message().isEmpty());
}

void TestJwePolicy::rsa15NeverDecrypted()
{
    int lookups = 0;
    const QByteArray jwe = compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("RSA1_5")},
                                                      {QStringLiteral("enc"), QStringLiteral("A128CBC-HS256")},
                                                      {QStringLiteral("kid"), QStringLiteral("rsa")}})));
    const auto result = decryptor(&lookups).decrypt(jwe);
    QCOMPARE(result.code(), ErrorCode::DeprecatedAlg);
    QCOMPARE(lookups, 0); // the key is not even looked up
    // Not with an explicit key either.
    const auto explicitKey = decryptor().decryptWithKey(jwe, m_keys.last());
    QCOMPARE(explicitKey.code(), ErrorCode::DeprecatedAlg);
}

void TestJwePolicy::pbes2CountCap()
{
    int asked = 0;
    JweDecryptor d = decryptor();
    d.setPasswordProvider([&asked](const QJsonObject&) -> Result<SecureBytes> {
        ++asked;
        return SecureBytes::fromView("pw");
    });
    for (const double p2c : {1000001.0, 1e12, 9.007199254740992e15}) {
        const QByteArray jwe = compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("PBES2-HS512+A256KW")},
                                                          {QStringLiteral("enc"), QStringLiteral("A256GCM")},
                                                          {QStringLiteral("p2s"), QString::fromLatin1(b64(QByteArray(16, 's')))},
                                                          {QStringLiteral("p2c"), p2c}})));
        const auto result = d.decrypt(jwe);
        QCOMPARE(result.code(), ErrorCode::PolicyRefused);
        QVERIFY(result.message().contains(QLatin1String("1000000")));
    }
    QCOMPARE(asked, 0);
    // Non-integer, zero and a too-short salt are malformed.
    for (const QJsonValue& p2c : {QJsonValue(0), QJsonValue(1.5), QJsonValue(QStringLiteral("8192"))}) {
        const QByteArray jwe = compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("PBES2-HS256+A128KW")},
                                                          {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                                                          {QStringLiteral("p2s"), QString::fromLatin1(b64(QByteArray(16, 's')))},
                                                          {QStringLiteral("p2c"), p2c}})));
        QCOMPARE(d.decrypt(jwe).code(), ErrorCode::Malformed);
    }
    const QByteArray shortSalt = compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("PBES2-HS256+A128KW")},
                                                            {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                                                            {QStringLiteral("p2s"), QString::fromLatin1(b64("short"))},
                                                            {QStringLiteral("p2c"), 1000}})));
    QCOMPARE(d.decrypt(shortSalt).code(), ErrorCode::Malformed);
    // A lower cap is honoured too.
    JweLimits strict;
    strict.maxPbes2Count = 5000;
    JweDecryptor capped([](const QString&, const QJsonObject&) -> Result<Jwk> { return Error(ErrorCode::UnknownKid, QString()); }, strict);
    capped.setPasswordProvider([](const QJsonObject&) -> Result<SecureBytes> { return SecureBytes::fromView("pw"); });
    const QByteArray at8192 = compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("PBES2-HS256+A128KW")},
                                                         {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                                                         {QStringLiteral("p2s"), QString::fromLatin1(b64(QByteArray(16, 's')))},
                                                         {QStringLiteral("p2c"), 8192}})));
    QCOMPARE(capped.decrypt(at8192).code(), ErrorCode::PolicyRefused);
}

void TestJwePolicy::zipCap()
{
    JweRecipientSpec r;
    r.key = m_keys.first();
    r.alg = QStringLiteral("A128KW");
    JweEncryptOptions options;
    options.enc = QStringLiteral("A128GCM");
    options.compress = true;
    std::vector<JweRecipientSpec> list;
    list.push_back(std::move(r));
    const QByteArray bomb(8 * 1024 * 1024, '\0');
    auto jwe = JweEncryptor::encrypt(bomb, list, options);
    QVERIFY(jwe.ok());
    QVERIFY(jwe->size() < 40000); // 8 MiB of zeros deflate to a few KiB
    JweLimits limits;
    limits.maxInflatedBytes = 1024 * 1024;
    const QList<Jwk> keys = m_keys;
    JweDecryptor small([keys](const QString&, const QJsonObject&) -> Result<Jwk> { return keys.first(); }, limits);
    const auto refused = small.decrypt(jwe.value());
    QCOMPARE(refused.code(), ErrorCode::PolicyRefused);
    QVERIFY(refused.message().contains(QLatin1String("1048576")));
    const auto accepted = decryptor().decrypt(jwe.value()); // default cap 32 MiB
    QVERIFY(accepted.ok());
    QCOMPARE(accepted->plaintext.size(), bomb.size());
}

void TestJwePolicy::ephemeralKeyValidation_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QJsonObject>("epk");
    QTest::addColumn<int>("code");
    const int refused = int(ErrorCode::PolicyRefused);
    // P-256 point with y changed: off the curve.
    QTest::newRow("P-256 off curve") << QStringLiteral("p256")
                                     << obj({{QStringLiteral("kty"), QStringLiteral("EC")},
                                             {QStringLiteral("crv"), QStringLiteral("P-256")},
                                             {QStringLiteral("x"), QStringLiteral("weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ")},
                                             {QStringLiteral("y"), QStringLiteral("e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOycg")}})
                                     << refused;
    // A valid P-384 point sent to a P-256 recipient (invalid-curve attack shape).
    QTest::newRow("P-384 epk for P-256 key")
        << QStringLiteral("p256")
        << obj({{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), QStringLiteral("P-384")},
                {QStringLiteral("x"), QStringLiteral("YU4rRUzdmVqmRtWOs2OpDE_T5fsNIodcG8G5FWPrTPMyxpzsSOGaQLpe2FpxBmu2")},
                {QStringLiteral("y"), QStringLiteral("A8-yxCHxkfBz3hKZfI1jUYMjUhsEveZ9THuwFjH2sCNdtksRJU7D5-SkgaFL1ETP")}})
        << refused;
    QTest::newRow("X25519 epk for P-256 key") << QStringLiteral("p256")
                                              << obj({{QStringLiteral("kty"), QStringLiteral("OKP")},
                                                      {QStringLiteral("crv"), QStringLiteral("X25519")},
                                                      {QStringLiteral("x"), QString::fromLatin1(b64(QByteArray(32, '\x09')))}})
                                              << refused;
    // RFC 7748 low-order u-coordinates: 0 and 1 give an all-zero shared secret.
    QTest::newRow("X25519 u=0") << QStringLiteral("x25519")
                                << obj({{QStringLiteral("kty"), QStringLiteral("OKP")},
                                        {QStringLiteral("crv"), QStringLiteral("X25519")},
                                        {QStringLiteral("x"), QString::fromLatin1(b64(QByteArray(32, '\0')))}})
                                << refused;
    QByteArray one(32, '\0');
    one[0] = 1;
    QTest::newRow("X25519 u=1") << QStringLiteral("x25519")
                                << obj({{QStringLiteral("kty"), QStringLiteral("OKP")},
                                        {QStringLiteral("crv"), QStringLiteral("X25519")},
                                        {QStringLiteral("x"), QString::fromLatin1(b64(one))}})
                                << refused;
    QTest::newRow("epk with private part") << QStringLiteral("x25519")
                                           << obj({{QStringLiteral("kty"), QStringLiteral("OKP")},
                                                   {QStringLiteral("crv"), QStringLiteral("X25519")},
                                                   {QStringLiteral("x"), QString::fromLatin1(b64(one))},
                                                   {QStringLiteral("d"), QString::fromLatin1(b64(one))}})
                                           << int(ErrorCode::Malformed);
}

void TestJwePolicy::ephemeralKeyValidation()
{
    QFETCH(QString, recipient);
    QFETCH(QJsonObject, epk);
    QFETCH(int, code);
    for (const QString& alg : {QStringLiteral("ECDH-ES"), QStringLiteral("ECDH-ES+A128KW")}) {
        const QByteArray header = headerB64(obj({{QStringLiteral("alg"), alg},
                                                 {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                                                 {QStringLiteral("kid"), recipient},
                                                 {QStringLiteral("epk"), epk}}));
        const QByteArray jwe = compactWith(header, alg == QLatin1String("ECDH-ES") ? QByteArrayView() : QByteArrayView("0123456789abcdef01234567"));
        const auto result = decryptor().decrypt(jwe);
        QVERIFY(!result.ok());
        QVERIFY2(int(result.code()) == code, qPrintable(errorCodeName(result.code()) + QLatin1Char(' ') + result.message()));
    }
}

// Each thread decodes every epk into one key object it keeps per recipient key: a refused point
// (off the curve, low order) must neither be used nor spoil the next sample's agreement.
void TestJwePolicy::ephemeralKeyAfterRefusal()
{
    const JweDecryptor d = decryptor();
    for (const QString& kid : {QStringLiteral("p256"), QStringLiteral("x25519")}) {
        const Jwk key = *std::find_if(m_keys.cbegin(), m_keys.cend(), [&](const Jwk& k) { return k.kid() == kid; });
        const QByteArray first = encryptTo(key, QStringLiteral("ECDH-ES+A128KW"));
        const QByteArray second = encryptTo(key, QStringLiteral("ECDH-ES"));
        // An epk the recipient must refuse: off the curve for P-256, a low-order point for X25519.
        QJsonObject bad = kid == QLatin1String("p256")
            ? obj({{QStringLiteral("kty"), QStringLiteral("EC")},
                   {QStringLiteral("crv"), QStringLiteral("P-256")},
                   {QStringLiteral("x"), QStringLiteral("weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ")},
                   {QStringLiteral("y"), QStringLiteral("e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOycg")}})
            : obj({{QStringLiteral("kty"), QStringLiteral("OKP")},
                   {QStringLiteral("crv"), QStringLiteral("X25519")},
                   {QStringLiteral("x"), QString::fromLatin1(b64(QByteArray(32, '\0')))}});
        const QByteArray refused = compactWith(headerB64(obj({{QStringLiteral("alg"), QStringLiteral("ECDH-ES")},
                                                             {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                                                             {QStringLiteral("kid"), kid},
                                                             {QStringLiteral("epk"), bad}})),
                                               QByteArrayView());
        for (const QByteArray& jwe : {first, refused, second, refused, first}) {
            const auto result = d.decrypt(jwe);
            if (jwe == refused) {
                QVERIFY2(!result.ok() && result.code() == ErrorCode::PolicyRefused, qPrintable(kid));
                continue;
            }
            QVERIFY2(result.ok(), qPrintable(kid + QLatin1Char(' ') + (result.ok() ? QString() : result.message())));
            QCOMPARE(result->plaintext, QByteArray("policy test"));
        }
    }
}

void TestJwePolicy::keyPolicy()
{
    const Jwk rsa = m_keys.last();
    // RFC 8725 §3.1: a key pinned to RSA-OAEP-256 may not be used with RSA-OAEP.
    const QByteArray oaep = encryptTo(rsa, QStringLiteral("RSA-OAEP"));
    const Jwk pinned = rsa.withAlg(QStringLiteral("RSA-OAEP-256"));
    JweDecryptor d([pinned](const QString&, const QJsonObject&) -> Result<Jwk> { return pinned; });
    QCOMPARE(d.decrypt(oaep).code(), ErrorCode::PolicyRefused);
    // A signing key is not an encryption key.
    const Jwk sigKey = rsa.withUse(QStringLiteral("sig"));
    JweDecryptor s([sigKey](const QString&, const QJsonObject&) -> Result<Jwk> { return sigKey; });
    QCOMPARE(s.decrypt(oaep).code(), ErrorCode::KeyMismatch);
    // A public key cannot decrypt.
    const Jwk pub = rsa.publicOnly();
    JweDecryptor p([pub](const QString&, const QJsonObject&) -> Result<Jwk> { return pub; });
    QCOMPARE(p.decrypt(oaep).code(), ErrorCode::KeyMismatch);
    // The kid resolves to a key of the wrong type or size.
    const QByteArray a256 = encryptTo(m_keys.at(1), QStringLiteral("A256KW"));
    const Jwk small = m_keys.first().withKid(QStringLiteral("oct256"));
    JweDecryptor w([small](const QString&, const QJsonObject&) -> Result<Jwk> { return small; });
    QCOMPARE(w.decrypt(a256).code(), ErrorCode::KeyMismatch);
    const Jwk ec = m_keys.at(2);
    JweDecryptor t([ec](const QString&, const QJsonObject&) -> Result<Jwk> { return ec; });
    QCOMPARE(t.decrypt(oaep).code(), ErrorCode::KeyMismatch);
    // A dir key pinned to its enc is accepted (RFC 7520 §5.6 convention), to another enc not.
    const QByteArray dirJwe = encryptTo(m_keys.first(), QStringLiteral("dir"));
    const Jwk dirPinned = m_keys.first().withAlg(QStringLiteral("A128GCM"));
    JweDecryptor dp([dirPinned](const QString&, const QJsonObject&) -> Result<Jwk> { return dirPinned; });
    QVERIFY(dp.decrypt(dirJwe).ok());
    const Jwk kwPinned = m_keys.first().withAlg(QStringLiteral("A128KW"));
    JweDecryptor kp([kwPinned](const QString&, const QJsonObject&) -> Result<Jwk> { return kwPinned; });
    QCOMPARE(kp.decrypt(dirJwe).code(), ErrorCode::PolicyRefused);
}

void TestJwePolicy::kidFindings()
{
    const QByteArray known = encryptTo(m_keys.first(), QStringLiteral("A128KW"));
    QVERIFY(decryptor().decrypt(known).ok());
    const QByteArray unknown = encryptTo(m_keys.first().withKid(QStringLiteral("not-in-vault")), QStringLiteral("A128KW"));
    const auto u = decryptor().decrypt(unknown);
    QCOMPARE(u.code(), ErrorCode::UnknownKid);
    QVERIFY(u.message().contains(QLatin1String("not-in-vault")));
    const QByteArray noKid = encryptTo(m_keys.first().withKid(QString()), QStringLiteral("A128KW"));
    QCOMPARE(decryptor().decrypt(noKid).code(), ErrorCode::MissingKid);
    // The resolver's own verdict (e.g. a destroyed key) is the outcome.
    JweDecryptor destroyed([](const QString&, const QJsonObject&) -> Result<Jwk> { return Error(ErrorCode::Refused, QStringLiteral("key-destroyed")); });
    const auto r = destroyed.decrypt(known);
    QCOMPARE(r.code(), ErrorCode::Refused);
    QCOMPARE(r.message(), QStringLiteral("key-destroyed"));
}

void TestJwePolicy::sizeCaps()
{
    const QByteArray big = headerB64(obj({{QStringLiteral("alg"), QStringLiteral("A128KW")},
                                          {QStringLiteral("enc"), QStringLiteral("A128GCM")},
                                          {QStringLiteral("kid"), QStringLiteral("oct128")},
                                          {QStringLiteral("x"), QString(20000, QLatin1Char('x'))}}));
    QCOMPARE(decryptor().decrypt(compactWith(big)).code(), ErrorCode::PolicyRefused);
    const QJsonObject flattened = obj({{QStringLiteral("unprotected"), obj({{QStringLiteral("x"), QString(20000, QLatin1Char('x'))}})},
                                       {QStringLiteral("iv"), QStringLiteral("aWlp")},
                                       {QStringLiteral("ciphertext"), QStringLiteral("")},
                                       {QStringLiteral("tag"), QStringLiteral("")}});
    QCOMPARE(decryptor().decrypt(QJsonDocument(flattened).toJson()).code(), ErrorCode::PolicyRefused);
    JweLimits limits;
    limits.maxInputBytes = 1000;
    JweDecryptor small([](const QString&, const QJsonObject&) -> Result<Jwk> { return Error(ErrorCode::UnknownKid, QString()); }, limits);
    QCOMPARE(small.decrypt(QByteArray(1001, 'a')).code(), ErrorCode::PolicyRefused);
    QJsonArray many;
    for (int i = 0; i < 65; ++i)
        many.append(obj({{QStringLiteral("encrypted_key"), QStringLiteral("AAAA")}}));
    const QJsonObject general = obj({{QStringLiteral("recipients"), many},
                                     {QStringLiteral("iv"), QStringLiteral("aWlp")},
                                     {QStringLiteral("ciphertext"), QStringLiteral("")},
                                     {QStringLiteral("tag"), QStringLiteral("")}});
    QCOMPARE(decryptor().decrypt(QJsonDocument(general).toJson()).code(), ErrorCode::PolicyRefused);
}

void TestJwePolicy::oaepFailureLooksLikeTagFailure()
{
    // RFC 7516 §11.5: a bad RSA-OAEP encrypted key continues with a random CEK, so the outcome and
    // message are exactly those of a bad tag.
    const QByteArray jwe = encryptTo(m_keys.last(), QStringLiteral("RSA-OAEP-256"), QStringLiteral("A128CBC-HS256"));
    QList<QByteArray> parts = jwe.split('.');
    QByteArray ek = base64url::decode(parts[1]).value();
    ek[10] = char(ek[10] ^ 0x40);
    QList<QByteArray> badKey = parts;
    badKey[1] = b64(ek);
    QByteArray tag = base64url::decode(parts[4]).value();
    tag[0] = char(tag[0] ^ 0x01);
    QList<QByteArray> badTag = parts;
    badTag[4] = b64(tag);
    const auto a = decryptor().decrypt(badKey.join('.'));
    const auto b = decryptor().decrypt(badTag.join('.'));
    QCOMPARE(a.code(), ErrorCode::IntegrityFailure);
    QCOMPARE(b.code(), ErrorCode::IntegrityFailure);
    QCOMPARE(a.message(), b.message());
    // A truncated encrypted key too.
    QList<QByteArray> shortKey = parts;
    shortKey[1] = b64(ek.left(100));
    QCOMPARE(decryptor().decrypt(shortKey.join('.')).message(), b.message());
}

void TestJwePolicy::encryptorRefusals()
{
    auto encryptWith = [](const Jwk& key, const QString& alg, const QString& enc) {
        JweRecipientSpec r;
        r.key = key;
        r.alg = alg;
        JweEncryptOptions options;
        options.enc = enc;
        std::vector<JweRecipientSpec> list;
        list.push_back(std::move(r));
        return JweEncryptor::encrypt("x", list, options);
    };
    QCOMPARE(encryptWith(m_keys.last().publicOnly(), QStringLiteral("RSA1_5"), QStringLiteral("A128GCM")).code(), ErrorCode::DeprecatedAlg);
    QVERIFY(!encryptWith(m_keys.first(), QStringLiteral("none"), QStringLiteral("A128GCM")).ok());
    QCOMPARE(encryptWith(m_keys.first(), QStringLiteral("A128KW"), QStringLiteral("A128CTR")).code(), ErrorCode::UnsupportedAlg);
    QCOMPARE(encryptWith(m_keys.at(1), QStringLiteral("A128KW"), QStringLiteral("A128GCM")).code(), ErrorCode::KeyMismatch);
    QCOMPARE(encryptWith(m_keys.first().withAlg(QStringLiteral("A128GCMKW")), QStringLiteral("A128KW"), QStringLiteral("A128GCM")).code(),
             ErrorCode::PolicyRefused);
    // Headers that a compact JWE cannot carry.
    JweRecipientSpec r;
    r.key = m_keys.first();
    r.alg = QStringLiteral("A128KW");
    JweEncryptOptions options;
    options.enc = QStringLiteral("A128GCM");
    options.aad = "aad";
    std::vector<JweRecipientSpec> list;
    list.push_back(std::move(r));
    QCOMPARE(JweEncryptor::encrypt("x", list, options).code(), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestJwePolicy)
#include "tst_jwe_policy.moc"
