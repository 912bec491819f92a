// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Base64Url.h"

#include <QTest>

using namespace keyward::core;

class TestBase64Url : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void secretDecode();
};

void TestBase64Url::roundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("url-alphabet") << QByteArray::fromHex("fbff") << QByteArray("-_8");
    // RFC 7515 Appendix C example octets.
    QTest::newRow("rfc7515-c") << QByteArray::fromHex("03ecffe0c1") << QByteArray("A-z_4ME");
}

void TestBase64Url::roundTrip()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(base64url::encode(raw), encoded);
    const auto decoded = base64url::decode(encoded);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), raw);
}

void TestBase64Url::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("plus") << QByteArray("+_8");
    QTest::newRow("slash") << QByteArray("-/8");
    QTest::newRow("space") << QByteArray("Zm 9v");
    QTest::newRow("newline") << QByteArray("Zm9v\n");
    QTest::newRow("length-1-mod-4") << QByteArray("Zm9vY");
    QTest::newRow("non-canonical-1") << QByteArray("Zh"); // 'h' leaves low bits set
    QTest::newRow("non-canonical-2") << QByteArray("Zm9");
}

void TestBase64Url::rejects()
{
    QFETCH(QByteArray, text);
    const auto decoded = base64url::decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.code(), ErrorCode::Malformed);
    QVERIFY(!decoded.message().isEmpty());
}

void TestBase64Url::secretDecode()
{
    const auto secret = base64url::decodeSecret("Zm9v");
    QVERIFY(secret.ok());
    QVERIFY(secret->constantTimeEquals("foo"));
    QVERIFY(!secret->constantTimeEquals("fop"));
    QVERIFY(!base64url::decodeSecret("Zm9v=").ok());
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
