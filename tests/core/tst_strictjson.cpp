// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/StrictJson.h"

#include <QTest>

using namespace keyward::core;

class TestStrictJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts();
    void refuses_data();
    void refuses();
};

void TestStrictJson::accepts()
{
    const auto parsed = strictjson::parseObject(R"({"alg":"RSA-OAEP","enc":"A256GCM","x":{"a":[1,{"a":2}],"b":"a\"}"}})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.message()));
    QCOMPARE(parsed->value(QStringLiteral("alg")).toString(), QStringLiteral("RSA-OAEP"));
    // Many distinct members, some escaped, are not duplicates.
    QByteArray wide = "{";
    for (int i = 0; i < 40; ++i)
        wide += "\"m" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    const auto many = strictjson::parseObject(wide + R"("\u006d40":40})");
    QVERIFY2(many.ok(), qPrintable(many.ok() ? QString() : many.message()));
    QCOMPARE(many->size(), 41);
}

void TestStrictJson::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    const int malformed = int(ErrorCode::Malformed);
    const int refused = int(ErrorCode::PolicyRefused);
    QTest::newRow("duplicate-top") << QByteArray(R"({"alg":"A128KW","alg":"dir"})") << malformed;
    QTest::newRow("duplicate-escaped") << QByteArray(R"({"alg":"A128KW","\u0061lg":"dir"})") << malformed;
    QTest::newRow("duplicate-nested") << QByteArray(R"({"epk":{"x":"a","x":"b"}})") << malformed;
    // Past the first two dozen members names are kept in a hash set: still found, plain or escaped.
    QByteArray wide = "{";
    for (int i = 0; i < 40; ++i)
        wide += "\"m" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    QTest::newRow("duplicate-after-many") << (wide + R"("m7":0})") << malformed;
    QTest::newRow("duplicate-escaped-after-many") << (wide + R"("\u006d33":0})") << malformed;
    QTest::newRow("not-object") << QByteArray("[1,2]") << malformed;
    QTest::newRow("trailing") << QByteArray(R"({"a":1} x)") << malformed;
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << malformed;
    QTest::newRow("too-big") << ("{\"a\":\"" + QByteArray(70000, 'x') + "\"}") << refused;
    QTest::newRow("too-deep") << ("{\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}") << refused;
}

void TestStrictJson::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    const auto parsed = strictjson::parseObject(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(int(parsed.code()), code);
    QVERIFY(!parsed.message().isEmpty());
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
