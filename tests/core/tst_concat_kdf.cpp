// SPDX-License-Identifier: GPL-3.0-or-later
// The Concat KDF of ECDH-ES (RFC 7518 §4.6.2): the RFC's own example, multi-block output, and
// inputs too long for the one-buffer layout the decrypt path uses, each against SHA-256 computed
// here from the specification's formula.
#include "common/Base64Url.h"
#include "crypto/ConcatKdf.h"

#include <QCryptographicHash>
#include <QTest>

using namespace keyward::core;

namespace {

QByteArray bigEndian32(quint32 v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char(v >> (24 - 8 * i));
    return out;
}

// SP 800-56A §5.8.1 written out: Hash(counter ‖ Z ‖ OtherInfo) per block, truncated.
QByteArray specified(const QByteArray& z, int keyBits, const QByteArray& alg, const QByteArray& apu, const QByteArray& apv)
{
    const QByteArray otherInfo = bigEndian32(quint32(alg.size())) + alg + bigEndian32(quint32(apu.size())) + apu + bigEndian32(quint32(apv.size()))
        + apv + bigEndian32(quint32(keyBits));
    QByteArray out;
    for (quint32 counter = 1; out.size() < keyBits / 8; ++counter)
        out += QCryptographicHash::hash(bigEndian32(counter) + z + otherInfo, QCryptographicHash::Sha256);
    return out.left(keyBits / 8);
}

QByteArray derived(const QByteArray& z, int keyBits, const QByteArray& alg, const QByteArray& apu, const QByteArray& apv)
{
    QByteArray out(keyBits / 8, '\0');
    concatkdf::deriveSha256Into(z, keyBits, alg, apu, apv, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace

class TestConcatKdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7518AppendixC();
    void matchesTheFormula_data();
    void matchesTheFormula();
};

void TestConcatKdf::rfc7518AppendixC()
{
    const unsigned char z[] = {158, 86,  217, 29,  129, 113, 53,  211, 114, 131, 66,  131, 191, 132, 38,  156,
                               251, 49,  110, 163, 218, 128, 106, 72,  246, 218, 167, 121, 140, 254, 144, 196};
    const QByteArray secret(reinterpret_cast<const char*>(z), sizeof z);
    QCOMPARE(base64url::encode(derived(secret, 128, "A128GCM", "Alice", "Bob")), QByteArray("VqqN6vgjbSBcIijNcacQGg"));
    QCOMPARE(concatkdf::deriveSha256(SecureBytes::fromView(secret), 128, "A128GCM", "Alice", "Bob").view().toByteArray(),
             derived(secret, 128, "A128GCM", "Alice", "Bob"));
}

void TestConcatKdf::matchesTheFormula_data()
{
    QTest::addColumn<int>("zBytes");
    QTest::addColumn<int>("keyBits");
    QTest::addColumn<int>("partyBytes"); // apu and apv each
    QTest::newRow("P-256, A256KW, no parties") << 32 << 256 << 0;
    QTest::newRow("P-521, 512-bit key (two blocks)") << 66 << 512 << 16;
    QTest::newRow("parties filling the buffer") << 66 << 192 << 200;
    QTest::newRow("parties longer than the buffer") << 66 << 256 << 600;
    QTest::newRow("three blocks, long parties") << 32 << 768 << 4000;
}

void TestConcatKdf::matchesTheFormula()
{
    QFETCH(int, zBytes);
    QFETCH(int, keyBits);
    QFETCH(int, partyBytes);
    QByteArray z(zBytes, '\0'), apu(partyBytes, '\0'), apv(partyBytes, '\0');
    for (int i = 0; i < zBytes; ++i)
        z[i] = char(i * 7 + 1);
    for (int i = 0; i < partyBytes; ++i) {
        apu[i] = char(i);
        apv[i] = char(255 - i % 256);
    }
    QCOMPARE(derived(z, keyBits, "ECDH-ES+A256KW", apu, apv), specified(z, keyBits, "ECDH-ES+A256KW", apu, apv));
}

QTEST_GUILESS_MAIN(TestConcatKdf)
#include "tst_concat_kdf.moc"
