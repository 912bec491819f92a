// SPDX-License-Identifier: GPL-3.0-or-later
// JwkSet: lenient parsing with per-key errors, strict parsing, duplicate kid / duplicate key /
// mixed public-private refusals, the published (public) form and add().
#include "jose/JwkSet.h"
#include "jose/KeyGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;

namespace {
const char* kEcPublic
    = R"({"kty":"EC","crv":"P-256","kid":"ec","x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw"})";
const char* kOkpPublic
    = R"({"kty":"OKP","crv":"Ed25519","kid":"ed","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})";

QByteArray setOf(std::initializer_list<const char*> keys)
{
    QByteArray out = R"({"keys":[)";
    bool first = true;
    for (const char* k : keys) {
        if (!first)
            out += ',';
        out += k;
        first = false;
    }
    return out + "]}";
}
} // namespace

class TestJwkSet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAndReportsPerKey();
    void strictRefusals_data();
    void strictRefusals();
    void publishedFormHasNoSecrets();
    void add();
};

void TestJwkSet::parsesAndReportsPerKey()
{
    const QByteArray text = setOf(
        { kEcPublic, R"({"kty":"EC","kid":"bad","crv":"P-256","x":"AA","y":"AA"})", "42", kOkpPublic });
    auto set = JwkSet::fromJsonText(text);
    QVERIFY(set.ok());
    QCOMPARE(set->size(), 2);
    QCOMPARE(set->errors().size(), 2);
    QCOMPARE(set->errors()[0].index, 1);
    QCOMPARE(set->errors()[0].kid, QStringLiteral("bad"));
    QCOMPARE(set->errors()[0].error.code, ErrorCode::Malformed);
    QCOMPARE(set->errors()[1].index, 2);
    QCOMPARE(set->findByKid(QStringLiteral("ed")).size(), 1);
    QVERIFY(set->validate().ok());
    auto strict = JwkSet::fromJsonTextStrict(text);
    QCOMPARE(strict.code(), ErrorCode::Malformed);
    QVERIFY(strict.message().contains(QStringLiteral("bad")));
    // A round trip through the published form keeps both keys.
    auto again = JwkSet::fromJsonTextStrict(set->toJsonText());
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 2);
}

void TestJwkSet::strictRefusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no keys member") << QByteArray(R"({"key":[]})") << "malformed";
    QTest::newRow("keys not array") << QByteArray(R"({"keys":{}})") << "malformed";
    QTest::newRow("not json") << QByteArray("keys") << "malformed";
    QTest::newRow("duplicate kid") << setOf({ kEcPublic,
        R"({"kty":"OKP","crv":"Ed25519","kid":"ec","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})" })
                                   << "already-exists";
    QTest::newRow("same key twice") << setOf({ kEcPublic,
        R"({"kty":"EC","crv":"P-256","kid":"ec2","x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw"})" })
                                    << "already-exists";
    QTest::newRow("public mixed with secret")
        << setOf({ kEcPublic, R"({"kty":"oct","kid":"s","k":"AAECAwQFBgcICQoLDA0ODw"})" })
        << "policy-refused";
    QTest::newRow("empty set is fine") << QByteArray(R"({"keys":[]})") << "";
    QTest::newRow("public keys") << setOf({ kEcPublic, kOkpPublic }) << "";
}

void TestJwkSet::strictRefusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    auto set = JwkSet::fromJsonTextStrict(text);
    QCOMPARE(set.ok() ? QString() : errorCodeName(set.code()), expected);
}

void TestJwkSet::publishedFormHasNoSecrets()
{
    const Jwk ec = *KeyGenerator::generate(KeySpec::ec(Curve::P256), QStringLiteral("ES256"));
    const Jwk oct = *KeyGenerator::generate(KeySpec::oct(256), QStringLiteral("A256KW"));
    const JwkSet set(QList<Jwk> { ec, oct });
    const QJsonArray published = set.toPublicJson().value(QStringLiteral("keys")).toArray();
    QCOMPARE(published.size(), 1); // the secret key has nothing to publish
    QVERIFY(!published.first().toObject().contains(QStringLiteral("d")));
    QCOMPARE(published.first().toObject().value(QStringLiteral("kid")).toString(), ec.kid());
    QVERIFY(!set.toJsonText().contains("\"d\""));
    QVERIFY(set.toJsonText(true).contains("\"d\""));
    const QJsonArray full = set.toPrivateJson().value(QStringLiteral("keys")).toArray();
    QCOMPARE(full.size(), 2);
    QVERIFY(full.at(1).toObject().contains(QStringLiteral("k")));
}

void TestJwkSet::add()
{
    JwkSet set;
    const Jwk a = *Jwk::fromJsonText(kEcPublic);
    QVERIFY(set.add(a).ok());
    QCOMPARE(set.add(a.withKid(QStringLiteral("other"))).code(), ErrorCode::AlreadyExists); // same material
    QCOMPARE(set.add(Jwk::fromJsonText(kOkpPublic)->withKid(QStringLiteral("ec"))).code(),
        ErrorCode::AlreadyExists);
    QVERIFY(set.add(*Jwk::fromJsonText(kOkpPublic)).ok());
    QCOMPARE(set.add(Jwk()).code(), ErrorCode::InvalidArgument);
    QCOMPARE(set.size(), 2);
}

QTEST_GUILESS_MAIN(TestJwkSet)
#include "tst_jwkset.moc"
