// SPDX-License-Identifier: GPL-3.0-or-later
// A compact JWE whose protected header is plain (JweHeader::parsePlain) is decrypted without
// building JSON objects; every other JWE takes the general path (parseJwe, then the recipients).
// Both must reach the same verdict on every input: this decrypts compact tokens of every key
// management family, intact and with their protected header mutated at random (re-encoded, so the
// header checks run before the tag fails), through `decrypt(text)` and through
// `decrypt(parseJwe(text))`, and requires the same outcome, message, plaintext and header.
#include "common/Base64Url.h"
#include "jose/JweDecryptor.h"
#include "jose/JweEncryptor.h"
#include "jose/Jwk.h"

#include <QRandomGenerator>
#include <QTest>

#include <openssl/evp.h>

using namespace keyward::core;
using namespace keyward::core::jose;

namespace {

constexpr char kPassword[] = "correct horse battery";

Jwk generated(EVP_PKEY* raw, const QString& kid)
{
    return Jwk::fromPkey(ossl::PKey(raw))->withKid(kid);
}

// "<outcome>" or "ok <plaintext hex> <kid> <alg> <enc> <header JSON>": what a caller can see.
QString verdict(const Result<JweDecrypted>& r)
{
    if (!r.ok())
        return QStringLiteral("error %1: %2").arg(int(r.code())).arg(r.message());
    return QStringLiteral("ok %1 %2 %3 %4 %5")
        .arg(QString::fromLatin1(r->plaintext.toHex()), r->kid, r->alg, r->enc, QString::fromUtf8(QJsonDocument(r->header()).toJson(QJsonDocument::Compact)));
}

} // namespace

class TestJwePlainPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bothPathsAgree();

private:
    QMap<QString, Jwk> m_keys;
    QList<QByteArray> m_tokens;
};

void TestJwePlainPath::initTestCase()
{
    m_keys.insert(QStringLiteral("rsa"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(2048)), QStringLiteral("rsa")));
    m_keys.insert(QStringLiteral("p256"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), QStringLiteral("p256")));
    m_keys.insert(QStringLiteral("x25519"), generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"), QStringLiteral("x25519")));
    QByteArray secret(32, 'k');
    m_keys.insert(QStringLiteral("oct"), Jwk::fromOctets(SecureBytes::takeFrom(secret))->withKid(QStringLiteral("oct")));
    const struct {
        const char* key;
        const char* alg;
        const char* enc;
        bool zip;
    } cases[] = {
        {"rsa", "RSA-OAEP-256", "A256GCM", false}, {"rsa", "RSA-OAEP", "A128CBC-HS256", true}, {"p256", "ECDH-ES", "A128GCM", false},
        {"p256", "ECDH-ES+A128KW", "A256GCM", true}, {"x25519", "ECDH-ES+A256KW", "A256GCM", false}, {"oct", "A256KW", "A256GCM", false},
        {"oct", "A256GCMKW", "A128CBC-HS256", true}, {"oct", "dir", "A256GCM", false}, {"", "PBES2-HS256+A128KW", "A128GCM", false},
    };
    for (const auto& c : cases) {
        JweRecipientSpec r;
        r.alg = QString::fromLatin1(c.alg);
        if (r.alg.startsWith(QLatin1String("PBES2"))) {
            r.password = SecureBytes::fromView(kPassword);
            r.params.p2c = 1000;
        } else {
            const Jwk& key = m_keys[QString::fromLatin1(c.key)];
            r.key = key.type() == KeyType::Oct ? key : key.publicOnly();
        }
        std::vector<JweRecipientSpec> list;
        list.push_back(std::move(r));
        JweEncryptOptions o;
        o.enc = QString::fromLatin1(c.enc);
        o.compress = c.zip;
        o.protectedHeader.insert(QStringLiteral("cty"), QStringLiteral("JWT"));
        auto jwe = JweEncryptor::encrypt("the archived payload", list, o);
        QVERIFY2(jwe.ok(), c.alg);
        m_tokens.append(*jwe);
    }
}

void TestJwePlainPath::bothPathsAgree()
{
    const QMap<QString, Jwk> keys = m_keys;
    JweDecryptor decryptor([keys](const QString& kid) -> Result<Jwk> {
        if (!keys.contains(kid))
            return Error(ErrorCode::UnknownKid, QString());
        return keys.value(kid);
    });
    decryptor.setPasswordProvider([](const QJsonObject&) -> Result<SecureBytes> { return SecureBytes::fromView(kPassword); });
    const auto general = [&](const QByteArray& token) -> Result<JweDecrypted> {
        auto message = parseJwe(token, decryptor.limits());
        if (!message.ok())
            return message.error();
        return decryptor.decrypt(*message);
    };
    const QByteArray alphabet = R"({}[]":,.-0123456789 \ueE)"
                                "\x00\xc3\xa9";
    QRandomGenerator random(14); // fixed: a disagreement is reproducible
    int checked = 0, decrypted = 0, plainForm = 0;
    for (const QByteArray& token : std::as_const(m_tokens)) {
        QCOMPARE(verdict(decryptor.decrypt(token)), verdict(general(token)));
        QVERIFY(decryptor.decrypt(token).ok());
        const qsizetype dot = token.indexOf('.');
        const QByteArray header = base64url::decode(token.left(dot)).value();
        for (int round = 0; round < 400; ++round) {
            QByteArray mutated = header;
            const qsizetype at = random.bounded(mutated.size());
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = alphabet.at(random.bounded(alphabet.size()));
                break;
            case 1:
                mutated.insert(at, alphabet.at(random.bounded(alphabet.size())));
                break;
            default:
                mutated.remove(at, 1);
                break;
            }
            if (mutated == header)
                continue; // the same character put back: not a mutation
            const QByteArray candidate = base64url::encode(mutated) + token.mid(dot);
            const Result<JweDecrypted> plain = decryptor.decrypt(candidate);
            QCOMPARE(verdict(plain), verdict(general(candidate)));
            ++checked;
            decrypted += plain.ok() ? 1 : 0;
            plainForm += JweHeader::parsePlain(mutated).has_value() ? 1 : 0;
        }
    }
    // Any change to the protected header changes the content's AAD, so none may decrypt.
    QCOMPARE(decrypted, 0);
    QVERIFY2(checked > 300 * int(m_tokens.size()), qPrintable(QString::number(checked)));
    // Both sides of the split were exercised: many mutated headers were still read plainly.
    QVERIFY2(plainForm > checked / 5, qPrintable(QStringLiteral("%1 of %2").arg(plainForm).arg(checked)));
}

QTEST_GUILESS_MAIN(TestJwePlainPath)
#include "tst_jwe_plain_path.moc"
