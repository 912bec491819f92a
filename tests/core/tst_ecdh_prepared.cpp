// SPDX-License-Identifier: GPL-3.0-or-later
// The ECDH-ES hot path (keymgmt::ecdhWithEncodedPeer) keeps one prepared derive context and one
// scratch peer key per thread and recipient key, and decodes each sample's point into that peer
// without setting it on the context again when OpenSSL shares the key object. These tests pin what
// that must never change: every agreement equals the documented route's (a fresh context, the peer
// set on it), in any order of points and keys, and a point that is refused never lets the next
// derive fall back on the point before it.
#include "common/SecureBytes.h"
#include "jose/KeyManagement.h"

#include <QTest>

#include <openssl/evp.h>

using namespace keyward::core;
using namespace keyward::core::jose;

namespace {

ossl::PKey generateOn(const QByteArray& curve)
{
    if (curve == "X25519")
        return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve.constData()));
}

QByteArray encodedPublic(EVP_PKEY* key)
{
    unsigned char* bytes = nullptr;
    const std::size_t size = EVP_PKEY_get1_encoded_public_key(key, &bytes);
    QByteArray copy(reinterpret_cast<const char*>(bytes), qsizetype(size));
    OPENSSL_free(bytes);
    return copy;
}

// The agreement through the hot path.
Result<QByteArray> hotPath(EVP_PKEY* own, const QByteArray& point)
{
    unsigned char out[66] = {};
    auto size = keymgmt::ecdhWithEncodedPeer(own, point, out, sizeof out);
    KEYWARD_TRY(size);
    return QByteArray(reinterpret_cast<const char*>(out), qsizetype(*size));
}

QByteArray documented(EVP_PKEY* own, EVP_PKEY* peer)
{
    auto secret = keymgmt::ecdhSharedSecret(own, peer);
    return secret.ok() ? secret->view().toByteArray() : QByteArray();
}

} // namespace

class TestEcdhPrepared : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPointGivesTheDocumentedSecret_data();
    void everyPointGivesTheDocumentedSecret();
    void interleavedKeysKeepTheirOwnPeers();
};

void TestEcdhPrepared::everyPointGivesTheDocumentedSecret_data()
{
    QTest::addColumn<QByteArray>("curve");
    QTest::newRow("P-256") << QByteArray("P-256");
    QTest::newRow("P-384") << QByteArray("P-384");
    QTest::newRow("P-521") << QByteArray("P-521");
    QTest::newRow("X25519") << QByteArray("X25519");
}

void TestEcdhPrepared::everyPointGivesTheDocumentedSecret()
{
    QFETCH(QByteArray, curve);
    const ossl::PKey own = generateOn(curve);
    const ossl::PKey a = generateOn(curve), b = generateOn(curve);
    QVERIFY(own && a && b);
    const QByteArray pointA = encodedPublic(a.get()), pointB = encodedPublic(b.get());
    const QByteArray secretA = documented(own.get(), a.get()), secretB = documented(own.get(), b.get());
    QVERIFY(!secretA.isEmpty() && !secretB.isEmpty() && secretA != secretB);

    // A refused point: off the curve for EC (the last byte of y changed), the all-zero u-coordinate
    // (low order: an all-zero secret) for X25519.
    QByteArray refused = pointA;
    if (curve == "X25519")
        refused.fill('\0');
    else
        refused[refused.size() - 1] = char(refused.at(refused.size() - 1) ^ 0x01);

    const QList<std::pair<const QByteArray*, const QByteArray*>> sequence = {
        {&pointA, &secretA}, {&pointB, &secretB}, {&pointA, &secretA}, {&refused, nullptr}, {&refused, nullptr},
        {&pointB, &secretB}, {&pointB, &secretB}, {&refused, nullptr}, {&pointA, &secretA},
    };
    int step = 0;
    for (const auto& [point, expected] : sequence) {
        const Result<QByteArray> secret = hotPath(own.get(), *point);
        if (expected) {
            QVERIFY2(secret.ok(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(secret.ok() ? QString() : secret.message())));
            QCOMPARE(*secret, *expected);
        } else {
            QVERIFY2(!secret.ok(), qPrintable(QStringLiteral("step %1 agreed with a refused point").arg(step)));
            QCOMPARE(secret.code(), ErrorCode::PolicyRefused);
        }
        ++step;
    }
}

void TestEcdhPrepared::interleavedKeysKeepTheirOwnPeers()
{
    const ossl::PKey first = generateOn("P-256"), second = generateOn("P-256");
    const ossl::PKey a = generateOn("P-256"), b = generateOn("P-256");
    const QByteArray pointA = encodedPublic(a.get()), pointB = encodedPublic(b.get());
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(hotPath(first.get(), pointA).value(), documented(first.get(), a.get()));
        QCOMPARE(hotPath(second.get(), pointB).value(), documented(second.get(), b.get()));
        QCOMPARE(hotPath(first.get(), pointB).value(), documented(first.get(), b.get()));
        QCOMPARE(hotPath(second.get(), pointA).value(), documented(second.get(), a.get()));
    }
}

QTEST_GUILESS_MAIN(TestEcdhPrepared)
#include "tst_ecdh_prepared.moc"
