// SPDX-License-Identifier: GPL-3.0-or-later
// Every alg × enc × serialization Keyward encrypts, decrypted again through the kid resolver; every
// tamper (protected header, IV, ciphertext, tag, encrypted key, aad) rejected; multi-recipient
// general JSON decrypts for each recipient's key alone.
#include "common/Base64Url.h"
#include "jose/JweDecryptor.h"
#include "jose/JweEncryptor.h"
#include "jose/Jwk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

#include <openssl/evp.h>

using namespace keyward::core;
using namespace keyward::core::jose;

namespace {

const QStringList kEncs = {QStringLiteral("A128GCM"),       QStringLiteral("A192GCM"),       QStringLiteral("A256GCM"),
                           QStringLiteral("A128CBC-HS256"), QStringLiteral("A192CBC-HS384"), QStringLiteral("A256CBC-HS512")};
const QByteArray kPassword = "correct horse battery staple";

Jwk generated(EVP_PKEY* raw, const QString& kid)
{
    auto jwk = Jwk::fromPkey(ossl::PKey(raw));
    if (!jwk.ok())
        qFatal("keygen: %s", qPrintable(jwk.message()));
    return jwk->withKid(kid).withUse(QStringLiteral("enc"));
}

Jwk octKey(int bytes, const QString& kid)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(i * 7 + bytes);
    auto jwk = Jwk::fromOctets(SecureBytes::takeFrom(raw));
    if (!jwk.ok())
        qFatal("oct: %s", qPrintable(jwk.message()));
    return jwk->withKid(kid).withUse(QStringLiteral("enc"));
}

int encKeyBytes(const QString& enc)
{
    if (enc.startsWith(QLatin1String("A128GCM")))
        return 16;
    if (enc.startsWith(QLatin1String("A192GCM")))
        return 24;
    if (enc.startsWith(QLatin1String("A256GCM")) || enc.startsWith(QLatin1String("A128CBC")))
        return 32;
    return enc.startsWith(QLatin1String("A192CBC")) ? 48 : 64;
}

QByteArray flipBit(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

QString formName(JweSerialization s)
{
    return s == JweSerialization::Compact ? QStringLiteral("compact") : s == JweSerialization::Flattened ? QStringLiteral("flattened") : QStringLiteral("general");
}

} // namespace

class TestJweRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void tamper_data();
    void tamper();
    void multipleRecipients();
    void compression();
    void rowCounts();

private:
    Result<QByteArray> encryptFor(const QString& keyName, const QString& alg, const QString& enc, JweSerialization form,
                                  const QByteArray& plaintext, const QByteArray& aad = {}) const;
    JweDecryptor decryptor() const;
    void addRows(bool tamperRows);

    QMap<QString, Jwk> m_keys; // by kid
    int m_roundTrips = 0;
    int m_tampers = 0;
};

void TestJweRoundTrip::initTestCase()
{
    m_keys.insert(QStringLiteral("rsa"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)), QStringLiteral("rsa")));
    m_keys.insert(QStringLiteral("p256"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), QStringLiteral("p256")));
    m_keys.insert(QStringLiteral("p384"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"), QStringLiteral("p384")));
    m_keys.insert(QStringLiteral("p521"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521"), QStringLiteral("p521")));
    m_keys.insert(QStringLiteral("x25519"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"), QStringLiteral("x25519")));
    for (int bytes : {16, 24, 32, 48, 64})
        m_keys.insert(QStringLiteral("oct%1").arg(bytes * 8), octKey(bytes, QStringLiteral("oct%1").arg(bytes * 8)));
}

JweDecryptor TestJweRoundTrip::decryptor() const
{
    const QMap<QString, Jwk> keys = m_keys;
    JweDecryptor d([keys](const QString& kid, const QJsonObject&) -> Result<Jwk> {
        if (!keys.contains(kid))
            return Error(ErrorCode::UnknownKid, QStringLiteral("no such kid"));
        return keys.value(kid);
    });
    d.setPasswordProvider([](const QJsonObject&) -> Result<SecureBytes> { return SecureBytes::fromView(kPassword); });
    return d;
}

Result<QByteArray> TestJweRoundTrip::encryptFor(const QString& keyName, const QString& alg, const QString& enc, JweSerialization form,
                                                const QByteArray& plaintext, const QByteArray& aad) const
{
    JweRecipientSpec r;
    r.alg = alg;
    if (alg.startsWith(QLatin1String("PBES2"))) {
        r.password = SecureBytes::fromView(kPassword);
        r.params.p2c = 1000; // keep the suite fast; the default is 600,000
    } else {
        r.key = m_keys.value(keyName == QLatin1String("dir") ? QStringLiteral("oct%1").arg(encKeyBytes(enc) * 8) : keyName);
        r.key = r.key.publicOnly().isNull() ? r.key : (r.key.type() == KeyType::Oct ? r.key : r.key.publicOnly());
    }
    JweEncryptOptions options;
    options.enc = enc;
    options.serialization = form;
    options.aad = aad;
    std::vector<JweRecipientSpec> list;
    list.push_back(std::move(r));
    return JweEncryptor::encrypt(plaintext, list, options);
}

void TestJweRoundTrip::addRows(bool tamperRows)
{
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("enc");
    QTest::addColumn<int>("form");
    QList<std::pair<QString, QString>> combos; // (key, alg)
    for (const QString& a : {QStringLiteral("RSA-OAEP"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("RSA-OAEP-384"), QStringLiteral("RSA-OAEP-512")})
        combos.append({QStringLiteral("rsa"), a});
    for (const QString& k : {QStringLiteral("p256"), QStringLiteral("p384"), QStringLiteral("p521"), QStringLiteral("x25519")}) {
        for (const QString& a : {QStringLiteral("ECDH-ES"), QStringLiteral("ECDH-ES+A128KW"), QStringLiteral("ECDH-ES+A192KW"), QStringLiteral("ECDH-ES+A256KW")})
            combos.append({k, a});
    }
    combos.append({QStringLiteral("oct128"), QStringLiteral("A128KW")});
    combos.append({QStringLiteral("oct192"), QStringLiteral("A192KW")});
    combos.append({QStringLiteral("oct256"), QStringLiteral("A256KW")});
    combos.append({QStringLiteral("oct128"), QStringLiteral("A128GCMKW")});
    combos.append({QStringLiteral("oct192"), QStringLiteral("A192GCMKW")});
    combos.append({QStringLiteral("oct256"), QStringLiteral("A256GCMKW")});
    combos.append({QStringLiteral("dir"), QStringLiteral("dir")});
    combos.append({QString(), QStringLiteral("PBES2-HS256+A128KW")});
    combos.append({QString(), QStringLiteral("PBES2-HS384+A192KW")});
    combos.append({QString(), QStringLiteral("PBES2-HS512+A256KW")});
    QCOMPARE(combos.size(), 30);
    for (const auto& [key, alg] : combos) {
        for (const QString& enc : kEncs) {
            for (JweSerialization form : {JweSerialization::Compact, JweSerialization::Flattened, JweSerialization::General}) {
                // Tampering: every part, in compact and (with aad) general JSON, for the GCM and one CBC enc.
                if (tamperRows && (form == JweSerialization::Flattened || (enc != kEncs[0] && enc != kEncs[5])))
                    continue;
                const QString name = QStringLiteral("%1 %2 %3 %4").arg(key, alg, enc, formName(form));
                QTest::newRow(qPrintable(name)) << key << alg << enc << int(form);
            }
        }
    }
}

void TestJweRoundTrip::roundTrip_data()
{
    addRows(false);
}

void TestJweRoundTrip::roundTrip()
{
    QFETCH(QString, keyName);
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    QFETCH(int, form);
    ++m_roundTrips;
    const QByteArray plaintext = "round trip: " + alg.toUtf8() + " / " + enc.toUtf8() + QByteArray(100, 'x');
    const QByteArray aad = form == int(JweSerialization::Compact) ? QByteArray() : QByteArray("extra authenticated data");
    auto jwe = encryptFor(keyName, alg, enc, JweSerialization(form), plaintext, aad);
    QVERIFY2(jwe.ok(), qPrintable(jwe.ok() ? QString() : jwe.message()));
    auto parsed = parseJwe(jwe.value());
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed->serialization), form);
    auto out = decryptor().decrypt(jwe.value());
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : errorCodeName(out.code()) + QLatin1Char(' ') + out.message()));
    QCOMPARE(out->plaintext, plaintext);
    QCOMPARE(out->alg, alg);
    QCOMPARE(out->enc, enc);
    QCOMPARE(out->recipientIndex, 0);
    if (!alg.startsWith(QLatin1String("PBES2")))
        QCOMPARE(out->kid, keyName == QLatin1String("dir") ? QStringLiteral("oct%1").arg(encKeyBytes(enc) * 8) : keyName);
}

void TestJweRoundTrip::tamper_data()
{
    addRows(true);
}

void TestJweRoundTrip::tamper()
{
    QFETCH(QString, keyName);
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    QFETCH(int, form);
    const bool compact = form == int(JweSerialization::Compact);
    const QByteArray plaintext("tamper me");
    auto jwe = encryptFor(keyName, alg, enc, JweSerialization(form), plaintext, compact ? QByteArray() : QByteArray("aad"));
    QVERIFY(jwe.ok());
    const JweDecryptor d = decryptor();
    QVERIFY(d.decrypt(jwe.value()).ok());

    // Re-serialize after changing one decoded member; returns the tampered text.
    auto rewrite = [&](const QString& member, const std::function<QByteArray(const QByteArray&)>& change) -> QByteArray {
        if (compact) {
            QList<QByteArray> parts = jwe->split('.');
            const int index = QStringList{QStringLiteral("protected"), QStringLiteral("encrypted_key"), QStringLiteral("iv"),
                                          QStringLiteral("ciphertext"), QStringLiteral("tag")}
                                  .indexOf(member);
            parts[index] = base64url::encode(change(base64url::decode(parts[index]).value()));
            return parts.join('.');
        }
        QJsonObject o = QJsonDocument::fromJson(jwe.value()).object();
        QJsonObject* holder = &o;
        QJsonObject recipient;
        if (member == QLatin1String("encrypted_key")) {
            recipient = o.value(QStringLiteral("recipients")).toArray().first().toObject();
            holder = &recipient;
        }
        holder->insert(member, QString::fromLatin1(base64url::encode(change(base64url::decode(holder->value(member).toString().toLatin1()).value()))));
        if (member == QLatin1String("encrypted_key"))
            o.insert(QStringLiteral("recipients"), QJsonArray{recipient});
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const bool hasEncryptedKey = alg != QLatin1String("dir") && alg != QLatin1String("ECDH-ES");
    QStringList members = {QStringLiteral("protected"), QStringLiteral("iv"), QStringLiteral("ciphertext"), QStringLiteral("tag"),
                           QStringLiteral("encrypted_key")};
    if (!compact)
        members << QStringLiteral("aad");
    for (const QString& member : members) {
        ++m_tampers;
        QByteArray tampered;
        if (member == QLatin1String("protected")) {
            // Still a valid header, one member more: only the AAD changes.
            tampered = rewrite(member, [](const QByteArray& json) {
                QJsonObject h = QJsonDocument::fromJson(json).object();
                h.insert(QStringLiteral("x-tampered"), true);
                return QJsonDocument(h).toJson(QJsonDocument::Compact);
            });
        } else if (member == QLatin1String("encrypted_key") && !hasEncryptedKey) {
            // dir / ECDH-ES carry none: one smuggled in is malformed.
            tampered = rewrite(member, [](const QByteArray&) { return QByteArray(16, 'k'); });
        } else {
            tampered = rewrite(member, [](const QByteArray& b) { return flipBit(b, b.size() / 2); });
        }
        const auto result = d.decrypt(tampered);
        QVERIFY2(!result.ok(), qPrintable(member + QStringLiteral(" tamper was accepted")));
        const ErrorCode expected = (member == QLatin1String("encrypted_key") && !hasEncryptedKey) ? ErrorCode::Malformed : ErrorCode::IntegrityFailure;
        QVERIFY2(result.code() == expected, qPrintable(member + QLatin1Char(' ') + errorCodeName(result.code()) + QLatin1Char(' ') + result.message()));
    }
}

void TestJweRoundTrip::multipleRecipients()
{
    std::vector<JweRecipientSpec> list;
    for (const auto& [kid, alg] : QList<std::pair<QString, QString>>{{QStringLiteral("rsa"), QStringLiteral("RSA-OAEP-256")},
                                                                    {QStringLiteral("p384"), QStringLiteral("ECDH-ES+A192KW")},
                                                                    {QStringLiteral("x25519"), QStringLiteral("ECDH-ES+A256KW")},
                                                                    {QStringLiteral("oct256"), QStringLiteral("A256GCMKW")}}) {
        JweRecipientSpec r;
        r.alg = alg;
        r.key = m_keys.value(kid).type() == KeyType::Oct ? m_keys.value(kid) : m_keys.value(kid).publicOnly();
        list.push_back(std::move(r));
    }
    JweRecipientSpec pbes2;
    pbes2.alg = QStringLiteral("PBES2-HS256+A128KW");
    pbes2.password = SecureBytes::fromView(kPassword);
    pbes2.params.p2c = 1000;
    list.push_back(std::move(pbes2));
    JweEncryptOptions options;
    options.enc = QStringLiteral("A256GCM");
    options.serialization = JweSerialization::General;
    options.unprotectedHeader.insert(QStringLiteral("cty"), QStringLiteral("text/plain"));
    options.aad = "shared aad";
    const QByteArray plaintext("one CEK, five recipients");
    auto jwe = JweEncryptor::encrypt(plaintext, list, options);
    QVERIFY2(jwe.ok(), qPrintable(jwe.ok() ? QString() : jwe.message()));
    const QJsonObject o = QJsonDocument::fromJson(jwe.value()).object();
    QCOMPARE(o.value(QStringLiteral("recipients")).toArray().size(), 5);

    // Each key alone finds its own recipient by kid (no trial decryption over other recipients).
    const QStringList kids = {QStringLiteral("rsa"), QStringLiteral("p384"), QStringLiteral("x25519"), QStringLiteral("oct256")};
    for (int i = 0; i < kids.size(); ++i) {
        const Jwk key = m_keys.value(kids[i]);
        int lookups = 0;
        JweDecryptor d([&](const QString& kid, const QJsonObject&) -> Result<Jwk> {
            ++lookups;
            if (kid == key.kid())
                return key;
            return Error(ErrorCode::UnknownKid, QString());
        });
        auto out = d.decrypt(jwe.value());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.message()));
        QCOMPARE(out->recipientIndex, i);
        QCOMPARE(out->plaintext, plaintext);
        QCOMPARE(out->header().value(QStringLiteral("cty")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(lookups, i + 1); // one lookup per recipient up to the right one
    }
    // No key and no password: the finding is unknown-kid (the PBES2 recipient needs a password).
    JweDecryptor none([](const QString&, const QJsonObject&) -> Result<Jwk> { return Error(ErrorCode::UnknownKid, QString()); });
    auto missing = none.decrypt(jwe.value());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.code(), ErrorCode::UnknownKid);
    // Password only: recipient 4.
    none.setPasswordProvider([](const QJsonObject&) -> Result<SecureBytes> { return SecureBytes::fromView(kPassword); });
    auto byPassword = none.decrypt(jwe.value());
    QVERIFY(byPassword.ok());
    QCOMPARE(byPassword->recipientIndex, 4);

    // dir and ECDH-ES determine the CEK: they cannot share a JWE.
    JweRecipientSpec direct;
    direct.alg = QStringLiteral("dir");
    direct.key = m_keys.value(QStringLiteral("oct256"));
    list.push_back(std::move(direct));
    auto refused = JweEncryptor::encrypt(plaintext, list, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::InvalidArgument);
}

void TestJweRoundTrip::compression()
{
    JweRecipientSpec r;
    r.alg = QStringLiteral("A128KW");
    r.key = m_keys.value(QStringLiteral("oct128"));
    JweEncryptOptions options;
    options.enc = QStringLiteral("A128GCM");
    options.compress = true;
    std::vector<JweRecipientSpec> list;
    list.push_back(std::move(r));
    const QByteArray plaintext = QByteArray("compressible ").repeated(1000);
    auto jwe = JweEncryptor::encrypt(plaintext, list, options);
    QVERIFY(jwe.ok());
    QVERIFY(jwe->size() < plaintext.size() / 4);
    auto out = decryptor().decrypt(jwe.value());
    QVERIFY(out.ok());
    QCOMPARE(out->plaintext, plaintext);
    QCOMPARE(out->header().value(QStringLiteral("zip")).toString(), QStringLiteral("DEF"));
}

void TestJweRoundTrip::rowCounts()
{
    QCOMPARE(m_roundTrips, 30 * 6 * 3);
    // compact: 5 members, general: 6 (aad), for 30 combos × 2 encs.
    QCOMPARE(m_tampers, 30 * 2 * (5 + 6));
}

QTEST_GUILESS_MAIN(TestJweRoundTrip)
#include "tst_jwe_roundtrip.moc"
