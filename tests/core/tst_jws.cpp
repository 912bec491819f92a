// SPDX-License-Identifier: GPL-3.0-or-later
// JWS over the RFC 7520 §4, RFC 8037 and RFC 7797 examples (verify every serialization,
// reproduce the deterministic ones byte for byte, HS256 parsed but refused), plus the refusals
// and tampers RFC 8725 asks for.
#include "JoseTestFiles.h"
#include "common/Base64Url.h"
#include "jose/JwkSet.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;

namespace {

QByteArray serialized(const QJsonValue& output)
{
    return output.isString() ? output.toString().toUtf8()
                             : QJsonDocument(output.toObject()).toJson(QJsonDocument::Compact);
}

Jwk key(const QJsonValue& json)
{
    auto parsed = Jwk::fromJson(json.toObject());
    if (!parsed.ok())
        qFatal("vector key does not parse: %s", qPrintable(parsed.message()));
    return *parsed;
}

QString codeOf(const Status& s)
{
    return s.ok() ? QString() : errorCodeName(s.code());
}

const char* kEs256
    = R"({"kty":"EC","crv":"P-256","kid":"ec1","x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw","d":"yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3c"})";

} // namespace

class TestJws : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfcVectors_data();
    void rfcVectors();
    void reproduce_data();
    void reproduce();
    void multipleSignatures();
    void unencodedPayload();
    void refusals_data();
    void refusals();
    void tampers_data();
    void tampers();
    void detachedAndUnencodedRoundTrip();
    void resolver();
};

// One row per (example, serialization): structure parses, payload matches, verification gives
// the expected outcome ("" = verifies).
void TestJws::rfcVectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QJsonObject>("keyJson");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("detached");
    QTest::addColumn<QString>("expected");
    struct File {
        const char* path;
        const char* expected;
    };
    const File files[] = {
        { "jws/4_1.rsa_v15_signature.json", "" },
        { "jws/4_2.rsa-pss_signature.json", "" },
        { "jws/4_3.ecdsa_signature.json", "" },
        { "jws/4_4.hmac-sha2_integrity_protection.json", "unsupported-alg" },
        { "jws/4_5.signature_with_detached_content.json", "unsupported-alg" },
        { "jws/4_6.protecting_specific_header_fields.json", "unsupported-alg" },
        { "jws/4_7.protecting_content_only.json", "unsupported-alg" },
        { "curve25519/jws.json", "" },
        { "rfc7797/hmac-sha2_b64_false.json", "unsupported-alg" },
    };
    int rows = 0;
    for (const File& f : files) {
        const QJsonObject v = keyward::tests::rfc7520Vector(QString::fromLatin1(f.path));
        const QJsonObject input = v.value(QStringLiteral("input")).toObject();
        const QJsonObject output = v.value(QStringLiteral("output")).toObject();
        const bool detached = QByteArray(f.path).contains("4_5");
        for (auto it = output.begin(); it != output.end(); ++it) {
            QTest::addRow("%s %s", f.path, qPrintable(it.key()))
                << serialized(it.value()) << input.value(QStringLiteral("key")).toObject()
                << input.value(QStringLiteral("payload")).toString().toUtf8() << detached
                << QString::fromLatin1(f.expected);
            ++rows;
        }
    }
    // RFC 7520 §6: the PS256 JWT nested inside a JWE.
    const QJsonObject nested
        = keyward::tests::rfc7520Vector(QStringLiteral("6.nesting_signatures_and_encryption.json"))
              .value(QStringLiteral("sign"))
              .toObject();
    QTest::newRow("6 nested PS256 JWT")
        << serialized(nested.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")))
        << nested.value(QStringLiteral("input")).toObject().value(QStringLiteral("key")).toObject()
        << nested.value(QStringLiteral("input"))
               .toObject()
               .value(QStringLiteral("payload"))
               .toString()
               .toUtf8()
        << false << QString();
    QCOMPARE(rows, 3 * 9 - 2); // 4_6 and 4_7 have no compact form
}

void TestJws::rfcVectors()
{
    KEYWARD_REQUIRE_TEST_ROWS();
    QFETCH(QByteArray, token);
    QFETCH(QJsonObject, keyJson);
    QFETCH(QByteArray, payload);
    QFETCH(bool, detached);
    QFETCH(QString, expected);
    auto jws = detached ? Jws::parse(token, payload) : Jws::parse(token);
    QVERIFY2(jws.ok(), qPrintable(jws.ok() ? QString() : jws.message()));
    QCOMPARE(jws->payload(), payload);
    QCOMPARE(jws->signatures().size(), 1);
    const Status status = jws->verifySignature(0, key(keyJson));
    QCOMPARE(codeOf(status), expected);
    if (expected.isEmpty()) {
        // Any change to the signed payload breaks the signature.
        QByteArray other = payload;
        other[0] = char(other[0] ^ 1);
        if (detached || jws->serialization() != Jws::Serialization::Compact)
            return;
        const QList<QByteArray> parts = token.split('.');
        const QByteArray forged = parts[0] + '.' + base64url::encode(other) + '.' + parts[2];
        QCOMPARE(codeOf(Jws::parse(forged)->verifySignature(0, key(keyJson))),
            QStringLiteral("integrity-failure"));
    }
}

void TestJws::reproduce_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("4.1 RS256") << "jws/4_1.rsa_v15_signature.json";
    QTest::newRow("RFC 8037 EdDSA") << "curve25519/jws.json";
}

void TestJws::reproduce()
{
    KEYWARD_REQUIRE_TEST_ROWS();
    QFETCH(QString, file);
    const QJsonObject v = keyward::tests::rfc7520Vector(file);
    if (QTest::currentTestFailed())
        return; // the vector is missing, and reported by its path
    const QJsonObject input = v.value(QStringLiteral("input")).toObject();
    const QJsonObject signing = v.value(QStringLiteral("signing")).toObject();
    const QJsonObject output = v.value(QStringLiteral("output")).toObject();
    const Jwk k = key(input.value(QStringLiteral("key")));
    const QByteArray payload = input.value(QStringLiteral("payload")).toString().toUtf8();
    const QByteArray protectedJson
        = *base64url::decode(signing.value(QStringLiteral("protected_b64u")).toString().toLatin1());
    auto compact = Jws::signCompactRaw(protectedJson, payload, k);
    QVERIFY2(compact.ok(), qPrintable(compact.ok() ? QString() : compact.message()));
    QCOMPARE(*compact, output.value(QStringLiteral("compact")).toString().toLatin1());
    // The convenience API builds the same header from a QJsonObject (members sort as in the RFC).
    auto viaObject = Jws::signCompact(signing.value(QStringLiteral("protected")).toObject(), payload, k);
    QCOMPARE(*viaObject, *compact);
    Jws::SignRequest request { signing.value(QStringLiteral("protected")).toObject(), {}, k };
    QCOMPARE(*Jws::signJson(payload, { request }), output.value(QStringLiteral("json")).toObject());
    QCOMPARE(
        *Jws::signJson(payload, { request }, true), output.value(QStringLiteral("json_flat")).toObject());
    // And the parsed forms re-serialize to the published ones.
    QCOMPARE(Jws::parse(*compact)->toCompact(), *compact);
    QCOMPARE(Jws::parse(*compact)->toJson(true), output.value(QStringLiteral("json_flat")).toObject());
}

void TestJws::multipleSignatures()
{
    const QJsonObject v = keyward::tests::rfc7520Vector(QStringLiteral("jws/4_8.multiple_signatures.json"));
    if (QTest::currentTestFailed())
        return; // the vector is missing, and reported by its path
    const QJsonObject input = v.value(QStringLiteral("input")).toObject();
    JwkSet keys;
    for (const QJsonValue& k : input.value(QStringLiteral("key")).toArray())
        keys = JwkSet(keys.keys() + QList<Jwk> { key(k) });
    const QByteArray token
        = serialized(v.value(QStringLiteral("output")).toObject().value(QStringLiteral("json")));
    auto jws = Jws::parse(token);
    QVERIFY2(jws.ok(), qPrintable(jws.ok() ? QString() : jws.message()));
    QCOMPARE(jws->serialization(), Jws::Serialization::GeneralJson);
    QCOMPARE(jws->signatures().size(), 3);
    QCOMPARE(jws->payload(), input.value(QStringLiteral("payload")).toString().toUtf8());
    // RS256 and ES512 share a kid (RFC 7517 §4.5 allows it across key types): the resolver
    // picks the key whose type fits each signature's alg.
    const QList<Status> each = jws->verifyEach(Jws::resolverFor(keys));
    QCOMPARE(each.size(), 3);
    QCOMPARE(codeOf(each[0]), QString());
    QCOMPARE(codeOf(each[1]), QString());
    QCOMPARE(codeOf(each[2]), QStringLiteral("unsupported-alg"));
    QVERIFY(jws->verifyAny(Jws::resolverFor(keys)).ok());
    QCOMPARE(jws->verifyAll(Jws::resolverFor(keys)).code(), ErrorCode::UnsupportedAlg);
    QCOMPARE(jws->signatures()[1].header.isProtected(QStringLiteral("alg")), false);
}

void TestJws::unencodedPayload()
{
    const QJsonObject ok = keyward::tests::rfc7520Vector(QStringLiteral("rfc7797/hmac-sha2_b64_false.json"));
    if (QTest::currentTestFailed())
        return; // the vector is missing, and reported by its path
    auto jws = Jws::parse(
        ok.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString().toUtf8());
    QVERIFY(jws.ok());
    QVERIFY(!jws->isPayloadEncoded());
    QCOMPARE(jws->payload(), QByteArray("This is the payload string!"));
    QCOMPARE(jws->signingInput(0).split('.').at(1), QByteArray("This is the payload string!"));
    // RFC 7797 §6: b64 without crit is refused by a strict implementation.
    const QJsonObject noCrit
        = keyward::tests::rfc7520Vector(QStringLiteral("rfc7797/4.2.hmac-sha2_b64_false.json"));
    if (QTest::currentTestFailed())
        return; // the vector is missing, and reported by its path
    for (const char* form : { "json", "json_flat" }) {
        auto refused = Jws::parse(
            serialized(noCrit.value(QStringLiteral("output")).toObject().value(QString::fromLatin1(form))));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Malformed);
    }
}

void TestJws::refusals_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("parseCode"); // "" = parses
    QTest::addColumn<QString>("verifyCode");
    const QByteArray sig = base64url::encode(QByteArray(64, 'x'));
    const QByteArray payload = base64url::encode("hello");
    const auto h = [](const char* json) { return base64url::encode(QByteArray(json)); };
    QTest::newRow("none") << h(R"({"alg":"none"})") + '.' + payload + '.' << ""
                          << "policy-refused";
    QTest::newRow("None case") << h(R"({"alg":"None"})") + '.' + payload + '.' << ""
                               << "unsupported-alg";
    QTest::newRow("HS256 with EC key") << h(R"({"alg":"HS256"})") + '.' + payload + '.' + sig << ""
                                       << "unsupported-alg";
    QTest::newRow("ES384 with P-256 key") << h(R"({"alg":"ES384"})") + '.' + payload + '.' + sig << ""
                                          << "key-mismatch";
    QTest::newRow("RS256 with EC key") << h(R"({"alg":"RS256"})") + '.' + payload + '.' + sig << ""
                                       << "key-mismatch";
    QTest::newRow("kid differs") << h(R"({"alg":"ES256","kid":"other"})") + '.' + payload + '.' + sig << ""
                                 << "key-mismatch";
    QTest::newRow("short ES256 sig") << h(R"({"alg":"ES256"})") + '.' + payload + '.'
            + base64url::encode(QByteArray(63, 'x'))
                                     << ""
                                     << "integrity-failure";
    QTest::newRow("unknown crit") << h(R"({"alg":"ES256","exp":1,"crit":["exp"]})") + '.' + payload + '.'
            + sig << "unsupported-alg"
                                  << "";
    QTest::newRow("two parts") << h(R"({"alg":"ES256"})") + '.' + payload << "malformed"
                               << "";
    QTest::newRow("four parts") << h(R"({"alg":"ES256"})") + '.' + payload + '.' + sig + '.' << "malformed"
                                << "";
    QTest::newRow("padded sig") << h(R"({"alg":"ES256"})") + '.' + payload + '.' + sig + "=="
                                << "malformed"
                                << "";
    QTest::newRow("space in payload") << h(R"({"alg":"ES256"})") + ". " + payload + '.' + sig << "malformed"
                                      << "";
    QTest::newRow("no alg") << h(R"({"kid":"ec1"})") + '.' + payload + '.' + sig << "malformed"
                            << "";
    QTest::newRow("duplicate alg") << h(R"({"alg":"ES256","alg":"none"})") + '.' + payload + '.' + sig
                                   << "malformed"
                                   << "";
    QTest::newRow("json both forms") << QByteArray(R"({"payload":"","signature":"","signatures":[]})")
                                     << "malformed"
                                     << "";
    QTest::newRow("compact with newline") << h(R"({"alg":"ES256"})") + '.' + payload + '.' + sig + '\n'
                                          << "malformed"
                                          << "";
    QTest::newRow("json empty signatures") << QByteArray(R"({"payload":"","signatures":[]})") << "malformed"
                                           << "";
    QTest::newRow("json no header") << QByteArray(
        R"({"payload":"aGVsbG8","signatures":[{"signature":"AA"}]})")
                                    << "malformed"
                                    << "";
    QTest::newRow("json dup across headers") << QByteArray("{\"payload\":\"aGVsbG8\",\"protected\":\""
        + h(R"({"alg":"ES256"})") + "\",\"header\":{\"alg\":\"ES256\"},\"signature\":\"AA\"}")
                                             << "malformed"
                                             << "";
    QTest::newRow("crit unprotected") << QByteArray("{\"payload\":\"aGVsbG8\",\"protected\":\""
        + h(R"({"alg":"ES256","b64":false})") + "\",\"header\":{\"crit\":[\"b64\"]},\"signature\":\"AA\"}")
                                      << "malformed"
                                      << "";
    QTest::newRow("b64 not bool") << h(R"({"alg":"ES256","b64":0,"crit":["b64"]})") + '.' + payload + '.'
            + sig << "malformed"
                                  << "";
    QTest::newRow("oversized header")
        << QByteArray(20000, 'e') + '.' + payload + '.' + sig << "policy-refused"
        << "";
}

void TestJws::refusals()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, parseCode);
    QFETCH(QString, verifyCode);
    auto jws = Jws::parse(token);
    QCOMPARE(jws.ok() ? QString() : errorCodeName(jws.code()), parseCode);
    if (!jws.ok())
        return;
    QCOMPARE(codeOf(jws->verifySignature(0, *Jwk::fromJsonText(kEs256))), verifyCode);
}

void TestJws::tampers_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected");
    QTest::newRow("header byte") << 0 << 5 << "malformed";
    QTest::newRow("payload first") << 1 << 0 << "integrity-failure";
    QTest::newRow("payload last") << 1 << -1 << "integrity-failure";
    QTest::newRow("signature first") << 2 << 0 << "integrity-failure";
    QTest::newRow("signature last") << 2 << -1 << "integrity-failure";
}

void TestJws::tampers()
{
    QFETCH(int, part);
    QFETCH(int, position);
    QFETCH(QString, expected);
    const Jwk k = *Jwk::fromJsonText(kEs256);
    auto token = Jws::signCompact(
        QJsonObject { { QStringLiteral("alg"), QStringLiteral("ES256") } }, "approval #42", k);
    QVERIFY(token.ok());
    QList<QByteArray> parts = token->split('.');
    QByteArray decoded = *base64url::decode(parts[part]);
    const qsizetype at = position < 0 ? decoded.size() + position : position;
    decoded[at] = char(decoded[at] ^ 0x01);
    parts[part] = base64url::encode(decoded);
    auto jws = Jws::parse(parts.join('.'));
    if (!jws.ok()) {
        QCOMPARE(errorCodeName(jws.code()), expected);
        return;
    }
    QCOMPARE(codeOf(jws->verifySignature(0, k)), expected);
}

void TestJws::detachedAndUnencodedRoundTrip()
{
    const Jwk k = *Jwk::fromJsonText(kEs256);
    const QByteArray payload = "{\"amount\":\"$.02\"}";
    Jws::SignOptions unencoded;
    unencoded.encodePayload = false;
    unencoded.detached = true;
    auto compact = Jws::signCompact(
        QJsonObject { { QStringLiteral("alg"), QStringLiteral("ES256") } }, payload, k, unencoded);
    QVERIFY(compact.ok());
    QVERIFY(compact->contains(".."));
    auto jws = Jws::parse(*compact, payload);
    QVERIFY(jws.ok());
    QVERIFY(!jws->isPayloadEncoded());
    QVERIFY(jws->verifySignature(0, k).ok());
    QCOMPARE(Jws::parse(*compact, payload + ' ')->verifySignature(0, k).code(), ErrorCode::IntegrityFailure);
    // A '.' in an unencoded payload cannot go in a compact JWS unless detached.
    Jws::SignOptions attached;
    attached.encodePayload = false;
    QCOMPARE(Jws::signCompact({}, payload, k.withAlg(QStringLiteral("ES256")), attached).code(),
        ErrorCode::InvalidArgument);
    // JSON general, unencoded, attached.
    auto json = Jws::signJson(payload,
        { Jws::SignRequest {
            {}, QJsonObject { { QStringLiteral("x-note"), 1 } }, k.withAlg(QStringLiteral("ES256")) } },
        false, attached);
    QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.message()));
    QCOMPARE(json->value(QStringLiteral("payload")).toString().toUtf8(), payload);
    auto parsed = Jws::parse(QJsonDocument(*json).toJson());
    QVERIFY(parsed.ok());
    QVERIFY(parsed->verifySignature(0, k).ok());
    // Signing refuses what verifying refuses.
    QCOMPARE(Jws::signCompact(QJsonObject { { QStringLiteral("alg"), QStringLiteral("none") } }, payload, k)
                 .code(),
        ErrorCode::PolicyRefused);
    QCOMPARE(Jws::signCompact({}, payload, k).code(), ErrorCode::InvalidArgument); // no alg anywhere
    QCOMPARE(Jws::signCompact({}, payload, k.publicOnly().withAlg(QStringLiteral("ES256"))).code(),
        ErrorCode::KeyMismatch);
}

void TestJws::resolver()
{
    const Jwk k = *Jwk::fromJsonText(kEs256);
    auto token = Jws::signCompact(QJsonObject { { QStringLiteral("alg"), QStringLiteral("ES256") } }, "x", k);
    QVERIFY(token->startsWith(base64url::encode(R"({"alg":"ES256","kid":"ec1"})"))); // kid taken from the key
    const JwkSet set(QList<Jwk> { k.publicOnly() });
    QVERIFY(Jws::parse(*token)->verifyAny(Jws::resolverFor(set)).ok());
    const JwkSet other(QList<Jwk> { k.publicOnly().withKid(QStringLiteral("ec2")) });
    QCOMPARE(Jws::parse(*token)->verifyAny(Jws::resolverFor(other)).code(), ErrorCode::UnknownKid);
    // The kid exists but names an Ed25519 key: the finding is the key/alg mismatch, not the kid.
    const JwkSet wrongType(QList<Jwk> { Jwk::fromJsonText(
        R"({"kty":"OKP","crv":"Ed25519","kid":"ec1","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")
                                            .value() });
    QCOMPARE(Jws::parse(*token)->verifyAny(Jws::resolverFor(wrongType)).code(), ErrorCode::KeyMismatch);
    auto noKid = Jws::signCompact(
        QJsonObject { { QStringLiteral("alg"), QStringLiteral("ES256") } }, "x", k.withKid(QString()));
    QCOMPARE(Jws::parse(*noKid)->verifyAny(Jws::resolverFor(set)).code(), ErrorCode::MissingKid);
    QVERIFY(Jws::parse(*noKid)->verifyAny(Jws::resolverFor(set, true)).ok());
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
