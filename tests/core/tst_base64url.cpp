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
    void everyLengthMatchesQt();
    void faultInAnyGroupIsNamed();
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

// The decoder takes whole groups of four characters at a time and finishes with a checked loop:
// every length (so every tail) and every byte value must decode as Qt's reference decoder does.
void TestBase64Url::everyLengthMatchesQt()
{
    QByteArray raw;
    for (int length = 0; length <= 80; ++length) {
        const QByteArray encoded = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const auto decoded = base64url::decode(encoded);
        QVERIFY2(decoded.ok(), qPrintable(QString::number(length)));
        QCOMPARE(decoded.value(), raw);
        const auto secret = base64url::decodeSecret(encoded);
        QVERIFY(secret.ok());
        QVERIFY(secret->constantTimeEquals(raw));
        raw.append(char((length * 167 + 13) & 0xFF));
    }
}

// A bad character inside a whole group leaves the fast loop; the checked loop must still name it.
void TestBase64Url::faultInAnyGroupIsNamed()
{
    const QByteArray good = QByteArray(48, 'A'); // 12 whole groups
    const auto expectFault = [&](char bad, const char* words) {
        for (int at = 0; at < good.size(); ++at) {
            QByteArray text = good;
            text[at] = bad;
            const auto decoded = base64url::decode(text);
            QVERIFY2(!decoded.ok(), qPrintable(QStringLiteral("%1 at %2").arg(bad).arg(at)));
            QCOMPARE(decoded.code(), ErrorCode::Malformed);
            QVERIFY2(decoded.message().contains(QLatin1String(words)), qPrintable(decoded.message()));
        }
    };
    expectFault('=', "padded");
    expectFault('+', "standard base64");
    expectFault('/', "standard base64");
    expectFault('\x80', "invalid character");
    expectFault('\0', "invalid character");
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
