// SPDX-License-Identifier: GPL-3.0-or-later
// JweHeader reads a compact JWE's protected header in its plain form without the strict JSON
// parser. That is only sound if every text it accepts, strictjson accepts too, with the same
// members and values — so each case here is checked against strictjson on the same bytes: the
// headers Keyward's own encryptor writes, hand-made edge cases, and thousands of random mutations.
#include "jose/JweEncryptor.h"
#include "jose/JweHeader.h"
#include "jose/Jwk.h"
#include "jose/StrictJson.h"

#include "common/Base64Url.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <openssl/evp.h>

using namespace keyward::core;
using namespace keyward::core::jose;

namespace {

JweHeader::Kind kindOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return JweHeader::Kind::String;
    case QJsonValue::Double:
        return JweHeader::Kind::Number;
    case QJsonValue::Bool:
        return JweHeader::Kind::Bool;
    case QJsonValue::Null:
        return JweHeader::Kind::Null;
    case QJsonValue::Object:
        return JweHeader::Kind::Object;
    case QJsonValue::Array:
        return JweHeader::Kind::Array;
    case QJsonValue::Undefined:
        break;
    }
    return JweHeader::Kind::Absent;
}

// Every member of `expected` reads the same through `header`, one level down too.
void compareWith(const JweHeader& header, const QJsonObject& expected, int depth = 0)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const QLatin1StringView key(name);
        QCOMPARE(header.kind(key), kindOf(it.value()));
        QCOMPARE(header.string(key), it.value().toString());
        QCOMPARE(header.number(key, -7.5), it.value().toDouble(-7.5));
        QVarLengthArray<char, 256> storage;
        QCOMPARE(header.latin1(key, storage).toByteArray(), it.value().toString().toLatin1());
        if (it.value().isObject() && depth == 0)
            compareWith(header.object(key), it.value().toObject(), 1);
    }
    QCOMPARE(header.kind(QLatin1StringView("not-a-member")), JweHeader::Kind::Absent);
    if (depth == 0)
        QCOMPARE(header.toJsonObject(), expected);
}

// The soundness rule: accepted in plain form ⇒ accepted strictly, with the same content.
bool plainAgreesWithStrict(const QByteArray& text)
{
    const std::optional<JweHeader> plain = JweHeader::parsePlain(text);
    if (!plain)
        return true; // the strict parser decides; nothing to agree on
    auto strict = strictjson::parseObject(text);
    if (!strict.ok()) {
        qWarning("plain form accepted what strictjson refuses: %s", text.constData());
        return false;
    }
    compareWith(*plain, *strict);
    return !QTest::currentTestFailed();
}

QByteArray protectedHeaderOf(const QByteArray& compact)
{
    return base64url::decode(compact.left(compact.indexOf('.'))).value();
}

} // namespace

class TestJweHeader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encryptorHeadersAreReadPlainly();
    void plainShapes_data();
    void plainShapes();
    void mutationsNeverDisagree();
    void jsonObjectsReadTheSame();
};

void TestJweHeader::encryptorHeadersAreReadPlainly()
{
    const Jwk ec = Jwk::fromPkey(ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")))->withKid(QStringLiteral("ec-1"));
    const Jwk x = Jwk::fromPkey(ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519")))->withKid(QStringLiteral("x-1"));
    const Jwk rsa = Jwk::fromPkey(ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(2048))))->withKid(QStringLiteral("rsa-1"));
    const struct {
        Jwk key;
        const char* alg;
        bool zip;
    } cases[] = {
        {ec, "ECDH-ES", false}, {ec, "ECDH-ES+A128KW", true}, {x, "ECDH-ES+A256KW", false}, {rsa, "RSA-OAEP-256", true}, {rsa, "RSA-OAEP", false},
    };
    for (const auto& c : cases) {
        std::vector<JweRecipientSpec> r(1);
        r[0].key = c.key.publicOnly();
        r[0].alg = QString::fromLatin1(c.alg);
        JweEncryptOptions o;
        o.enc = QStringLiteral("A256GCM");
        o.compress = c.zip;
        o.protectedHeader.insert(QStringLiteral("cty"), QStringLiteral("JWT"));
        auto jwe = JweEncryptor::encrypt("payload", r, o);
        QVERIFY2(jwe.ok(), c.alg);
        const QByteArray text = protectedHeaderOf(*jwe);
        QVERIFY2(JweHeader::parsePlain(text).has_value(), text.constData());
        QVERIFY(plainAgreesWithStrict(text));
    }
}

void TestJweHeader::plainShapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("plain"); // read in plain form, or left to the strict parser
    QTest::newRow("typical") << QByteArray(R"({"alg":"ECDH-ES","enc":"A128GCM","kid":"k","epk":{"kty":"EC","crv":"P-256","x":"AA","y":"BB"}})") << true;
    QTest::newRow("spaces") << QByteArray(" {\t\"alg\" :\r\n\"dir\" , \"n\" : -12 ,\"t\":true,\"f\":false,\"z\":null, \"o\":{} }\n") << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("15 digits") << QByteArray(R"({"p2c":999999999999999})") << true;
    QTest::newRow("zero") << QByteArray(R"({"p2c":0,"m":-0})") << true;
    QTest::newRow("16 digits") << QByteArray(R"({"p2c":9999999999999999})") << false;
    QTest::newRow("fraction") << QByteArray(R"({"p2c":1.5})") << false;
    QTest::newRow("exponent") << QByteArray(R"({"p2c":1e3})") << false;
    QTest::newRow("leading zero") << QByteArray(R"({"p2c":01})") << false;
    QTest::newRow("escape in value") << QByteArray(R"({"alg":"dir\u0000"})") << false;
    QTest::newRow("escape in name") << QByteArray(R"({"\u0061lg":"dir"})") << false;
    QTest::newRow("non-ASCII") << QByteArray("{\"kid\":\"caf\xc3\xa9\"}") << false;
    QTest::newRow("control character") << QByteArray("{\"kid\":\"a\tb\"}") << false;
    QTest::newRow("array") << QByteArray(R"({"crit":["exp"]})") << false;
    QTest::newRow("duplicate") << QByteArray(R"({"alg":"dir","alg":"none"})") << false;
    QTest::newRow("duplicate in epk") << QByteArray(R"({"epk":{"x":"A","x":"B"}})") << false;
    QTest::newRow("long names sharing a prefix") << QByteArray(R"({"abcdefgh1":"a","abcdefgh2":"b","abcdefg":"c","abcdefgh":"d"})") << true;
    QTest::newRow("same name at two levels") << QByteArray(R"({"x":"1","epk":{"x":"2"}})") << true;
    QTest::newRow("three levels") << QByteArray(R"({"a":{"b":{}}})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"alg":"dir",})") << false;
    QTest::newRow("trailing text") << QByteArray(R"({"alg":"dir"}x)") << false;
    QTest::newRow("two objects") << QByteArray(R"({}{})") << false;
    QTest::newRow("not an object") << QByteArray(R"(["alg"])") << false;
    QTest::newRow("unterminated") << QByteArray(R"({"alg":"dir")") << false;
    QTest::newRow("bad literal") << QByteArray(R"({"t":tru})") << false;
    QTest::newRow("glued literal") << QByteArray(R"({"t":truex})") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"alg" "dir"})") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestJweHeader::plainShapes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, plain);
    QCOMPARE(JweHeader::parsePlain(text).has_value(), plain);
    QVERIFY(plainAgreesWithStrict(text));
}

void TestJweHeader::mutationsNeverDisagree()
{
    const QByteArray seed =
        R"({"alg":"ECDH-ES+A256KW","enc":"A256GCM","kid":"pay-2024","zip":"DEF","p2c":4096,"ok":true,"none":null,)"
        R"("epk":{"kty":"OKP","crv":"X25519","x":"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo"},"apu":"QWxpY2U"})";
    const QByteArray alphabet = R"({}[]":,.-+eE0123456789 \tuxyz)"
                                "\x00\x7f\xc3\xa9";
    QRandomGenerator random(20261206); // fixed: a failure is reproducible
    int plainAccepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray text = seed;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(text.size() + 1);
            const char c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0:
                if (at < text.size())
                    text[at] = c;
                break;
            case 1:
                text.insert(at, c);
                break;
            default:
                if (at < text.size())
                    text.remove(at, 1);
                break;
            }
        }
        if (JweHeader::parsePlain(text))
            ++plainAccepted;
        QVERIFY2(plainAgreesWithStrict(text), text.constData());
    }
    // The mutations must exercise both sides of the rule, not only refusals.
    QVERIFY2(plainAccepted > 1000, qPrintable(QString::number(plainAccepted)));
}

void TestJweHeader::jsonObjectsReadTheSame()
{
    const QByteArray text = R"({"alg":"ECDH-ES","kid":"k","p2c":12,"epk":{"kty":"EC","crv":"P-256"},"crit":["b64"]})";
    const QJsonObject object = strictjson::parseObject(text).value();
    compareWith(JweHeader(object), object);
    // A character above Latin-1 narrows to '?', as QString::toLatin1 does, so base64url refuses it.
    const JweHeader wide(QJsonObject {{QStringLiteral("apu"), QStringLiteral("A\u20acB")}});
    QVarLengthArray<char, 256> storage;
    QCOMPARE(wide.latin1(QLatin1StringView("apu"), storage).toByteArray(), QByteArray("A?B"));
}

QTEST_GUILESS_MAIN(TestJweHeader)
#include "tst_jwe_header.moc"
