// SPDX-License-Identifier: GPL-3.0-or-later
// Wycheproof ECDH with JWK-encoded keys, through both ways a public JWK reaches key agreement:
// Jwk::fromJson (key import) and ecdhEphemeralKey (the ECDH-ES `epk` hot path of every decrypt),
// each followed by the agreement with peer validation. P-256/384/521 (webcrypto files) and X25519.
// Acceptable X25519 rows are decided by flag: a zero shared secret (low-order point) is refused as
// policy-refused; every other acceptable row (twist points, non-canonical u, edge cases) must
// agree and give the published shared secret, as RFC 7748 computes it.
#include "common/Base64Url.h"
#include "jose/JweKeyManagement.h"
#include "jose/Jwk.h"
#include "jose/KeyManagement.h"

#include "JoseTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace keyward::core;

class TestWycheproofPrimEcdh : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ecdh_data();
    void ecdh();
    void rowCounts();

private:
    int m_ran = 0;
    int m_expected = 0;
    int m_refusedAtParse = 0;
    int m_refusedAtAgreement = 0;
    QMap<QString, int> m_tally; // "<file> <result> <outcome>" → rows, printed for the accounting
};

void TestWycheproofPrimEcdh::ecdh_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("test");
    const QList<std::pair<QString, int>> files = {
        {QStringLiteral("ecdh_secp256r1_webcrypto_test.json"), 353},
        {QStringLiteral("ecdh_secp384r1_webcrypto_test.json"), 794},
        {QStringLiteral("ecdh_secp521r1_webcrypto_test.json"), 655},
        {QStringLiteral("x25519_jwk_test.json"), 531},
    };
    for (const auto& [name, count] : files) {
        const QJsonObject root = keyward::tests::wycheproofFile(name);
        if (root.isEmpty())
            continue; // reported by its path; the other files still load
        QCOMPARE(root.value(QStringLiteral("numberOfTests")).toInt(), count);
        for (const auto group : root.value(QStringLiteral("testGroups")).toArray()) {
            for (const auto t : group.toObject().value(QStringLiteral("tests")).toArray()) {
                const QJsonObject test = t.toObject();
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2 %3").arg(name).arg(test.value(QStringLiteral("tcId")).toInt()).arg(test.value(QStringLiteral("comment")).toString())))
                    << name.section(QLatin1Char('_'), 0, 1) << test;
            }
        }
        m_expected += count;
    }
}

void TestWycheproofPrimEcdh::ecdh()
{
    KEYWARD_REQUIRE_TEST_ROWS();
    QFETCH(QString, file);
    QFETCH(QJsonObject, test);
    ++m_ran;
    const QString result = test.value(QStringLiteral("result")).toString();
    const QJsonArray flags = test.value(QStringLiteral("flags")).toArray();
    bool shouldAgree = result == QLatin1String("valid");
    if (result == QLatin1String("acceptable"))
        shouldAgree = !flags.contains(QStringLiteral("ZeroSharedSecret")) && !flags.contains(QStringLiteral("LowOrderPublic"));

    auto own = Jwk::fromJson(test.value(QStringLiteral("private")).toObject());
    auto peer = Jwk::fromJson(test.value(QStringLiteral("public")).toObject());
    // The epk path must reach the same verdict as import + agreement.
    if (own.ok()) {
        auto epk = jose::ecdhEphemeralKey(test.value(QStringLiteral("public")), own.value());
        if (shouldAgree) {
            QVERIFY2(epk.ok(), qPrintable(epk.ok() ? QString() : epk.message()));
            auto viaEpk = jose::keymgmt::ecdhSharedSecret(own->pkey(), epk->get());
            QVERIFY2(viaEpk.ok(), qPrintable(viaEpk.ok() ? QString() : viaEpk.message()));
            QCOMPARE(viaEpk->view(), QByteArrayView(hex::decode(test.value(QStringLiteral("shared")).toString().toLatin1()).value()));
        } else if (epk.ok()) {
            const auto viaEpk = jose::keymgmt::ecdhSharedSecret(own->pkey(), epk->get());
            QVERIFY2(!viaEpk.ok(), "the epk path agreed with an invalid public key");
            QVERIFY(viaEpk.code() == ErrorCode::PolicyRefused || viaEpk.code() == ErrorCode::KeyMismatch);
        } else {
            QVERIFY(epk.code() == ErrorCode::PolicyRefused || epk.code() == ErrorCode::Malformed);
        }
    }
    if (shouldAgree) {
        QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.message()));
        QVERIFY2(peer.ok(), qPrintable(peer.ok() ? QString() : peer.message()));
    }
    if (!own.ok() || !peer.ok()) {
        ++m_refusedAtParse;
        ++m_tally[file + QLatin1Char(' ') + result + QStringLiteral(" refused-at-parse")];
        const Error& e = own.ok() ? peer.error() : own.error();
        QVERIFY(!e.message.isEmpty());
        return;
    }
    const auto shared = jose::keymgmt::ecdhSharedSecret(own->pkey(), peer->pkey());
    if (shouldAgree) {
        QVERIFY2(shared.ok(), qPrintable(shared.ok() ? QString() : shared.message()));
        auto expected = hex::decode(test.value(QStringLiteral("shared")).toString().toLatin1());
        QVERIFY(expected.ok());
        QCOMPARE(shared->view(), QByteArrayView(expected.value()));
        ++m_tally[file + QLatin1Char(' ') + result + QStringLiteral(" agreed")];
    } else {
        QVERIFY2(!shared.ok(), "an invalid peer key was agreed with");
        // Off-curve / low-order: policy-refused; a peer on another curve: key-mismatch.
        QVERIFY2(shared.code() == ErrorCode::PolicyRefused || shared.code() == ErrorCode::KeyMismatch, qPrintable(shared.message()));
        ++m_refusedAtAgreement;
        ++m_tally[file + QLatin1Char(' ') + result + QStringLiteral(" refused-at-agreement")];
    }
}

void TestWycheproofPrimEcdh::rowCounts()
{
    QCOMPARE(m_ran, m_expected);
    QCOMPARE(m_expected, 353 + 794 + 655 + 531);
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        qInfo("%s: %d", qPrintable(it.key()), it.value());
    qInfo("ECDH: %d rows, %d refused when the JWK was parsed, %d refused at key agreement", m_ran, m_refusedAtParse, m_refusedAtAgreement);
}

QTEST_GUILESS_MAIN(TestWycheproofPrimEcdh)
#include "tst_wycheproof_prim_ecdh.moc"
