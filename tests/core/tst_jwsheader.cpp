// SPDX-License-Identifier: GPL-3.0-or-later
// JoseHeader: protected-header decoding, joining with unprotected headers and the `crit` rules
// (RFC 7515 §4.1.11, §7.2.1; RFC 7516 §7.2.1; RFC 7797 b64).
#include "common/Base64Url.h"
#include "jose/JoseHeader.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;

namespace {
QByteArray b64(const QByteArray& json)
{
    return base64url::encode(json);
}
QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestJwsHeader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodes();
    void decodeRefusals_data();
    void decodeRefusals();
    void joinRefusesDuplicates();
    void crit_data();
    void crit();
};

void TestJwsHeader::decodes()
{
    auto header = JoseHeader::fromCompact(b64(R"({"alg":"ES256","kid":"k1"})"));
    QVERIFY(header.ok());
    QCOMPARE(*header->alg(), QStringLiteral("ES256"));
    QCOMPARE(header->kid(), QStringLiteral("k1"));
    QVERIFY(header->isProtected(QStringLiteral("alg")));
    QCOMPARE(header->protectedBase64Url(), b64(R"({"alg":"ES256","kid":"k1"})"));
    auto noAlg = JoseHeader::fromCompact(b64(R"({"kid":"k1"})"));
    QVERIFY(noAlg.ok());
    QCOMPARE(noAlg->alg().code(), ErrorCode::Malformed);
    auto numericAlg = JoseHeader::fromCompact(b64(R"({"alg":256})"));
    QCOMPARE(numericAlg->alg().code(), ErrorCode::Malformed);
}

void TestJwsHeader::decodeRefusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("padding") << QByteArray(b64(R"({"alg":"ES256"})") + "=") << int(ErrorCode::Malformed);
    QTest::newRow("not json") << b64("alg") << int(ErrorCode::Malformed);
    QTest::newRow("array") << b64(R"(["alg"])") << int(ErrorCode::Malformed);
    QTest::newRow("duplicate alg") << b64(R"({"alg":"ES256","alg":"none"})") << int(ErrorCode::Malformed);
    QTest::newRow("huge") << QByteArray(JoseHeader::kMaxProtectedBytes + 4, 'A')
                          << int(ErrorCode::PolicyRefused);
}

void TestJwsHeader::decodeRefusals()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    auto header = JoseHeader::fromCompact(text);
    QVERIFY(!header.ok());
    QCOMPARE(errorCodeName(header.code()), errorCodeName(ErrorCode(code)));
}

void TestJwsHeader::joinRefusesDuplicates()
{
    const QByteArray text = b64(R"({"alg":"ES256"})");
    auto ok = JoseHeader::join(text, obj(R"({"alg":"ES256"})"), { obj(R"({"kid":"a"})"), obj(R"({"x":1})") });
    QVERIFY(ok.ok());
    QCOMPARE(ok->kid(), QStringLiteral("a"));
    QVERIFY(!ok->isProtected(QStringLiteral("kid")));
    auto dupProtected = JoseHeader::join(text, obj(R"({"alg":"ES256"})"), { obj(R"({"alg":"RS256"})") });
    QCOMPARE(dupProtected.code(), ErrorCode::Malformed);
    auto dupUnprotected
        = JoseHeader::join(text, obj(R"({"alg":"ES256"})"), { obj(R"({"kid":"a"})"), obj(R"({"kid":"a"})") });
    QCOMPARE(dupUnprotected.code(), ErrorCode::Malformed);
}

void TestJwsHeader::crit_data()
{
    QTest::addColumn<QByteArray>("protectedJson");
    QTest::addColumn<QByteArray>("unprotectedJson");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no crit") << QByteArray(R"({"alg":"ES256"})") << QByteArray("{}") << "";
    QTest::newRow("b64 understood") << QByteArray(R"({"alg":"ES256","b64":false,"crit":["b64"]})")
                                    << QByteArray("{}") << "";
    QTest::newRow("unknown ext") << QByteArray(R"({"alg":"ES256","exp":1,"crit":["exp"]})")
                                 << QByteArray("{}") << "unsupported-alg";
    QTest::newRow("empty") << QByteArray(R"({"alg":"ES256","crit":[]})") << QByteArray("{}") << "malformed";
    QTest::newRow("not array") << QByteArray(R"({"alg":"ES256","b64":false,"crit":"b64"})")
                               << QByteArray("{}") << "malformed";
    QTest::newRow("non-string") << QByteArray(R"({"alg":"ES256","crit":[1]})") << QByteArray("{}")
                                << "malformed";
    QTest::newRow("registered name") << QByteArray(R"({"alg":"ES256","crit":["alg"]})") << QByteArray("{}")
                                     << "malformed";
    QTest::newRow("absent param") << QByteArray(R"({"alg":"ES256","crit":["b64"]})") << QByteArray("{}")
                                  << "malformed";
    QTest::newRow("param unprotected")
        << QByteArray(R"({"alg":"ES256","crit":["b64"]})") << QByteArray(R"({"b64":false})") << "malformed";
    QTest::newRow("crit unprotected")
        << QByteArray(R"({"alg":"ES256","b64":false})") << QByteArray(R"({"crit":["b64"]})") << "malformed";
    QTest::newRow("twice") << QByteArray(R"({"alg":"ES256","b64":false,"crit":["b64","b64"]})")
                           << QByteArray("{}") << "malformed";
}

void TestJwsHeader::crit()
{
    QFETCH(QByteArray, protectedJson);
    QFETCH(QByteArray, unprotectedJson);
    QFETCH(QString, expected);
    auto header = JoseHeader::join(b64(protectedJson), QJsonDocument::fromJson(protectedJson).object(),
        { QJsonDocument::fromJson(unprotectedJson).object() });
    QVERIFY(header.ok());
    const Status status = header->checkCrit({ QStringLiteral("b64") });
    QCOMPARE(status.ok() ? QString() : errorCodeName(status.code()), expected);
}

QTEST_GUILESS_MAIN(TestJwsHeader)
#include "tst_jwsheader.moc"
