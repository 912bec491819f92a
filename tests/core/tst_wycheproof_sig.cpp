// SPDX-License-Identifier: GPL-3.0-or-later
// Wycheproof signature-verification vectors for every JWS algorithm family: RSASSA-PKCS1-v1_5
// (RS256/384/512), RSASSA-PSS with the JOSE parameters (PS256/384/512), ECDSA with IEEE P1363
// signatures (ES256/384/512) and Ed25519 (EdDSA). Keys come from each group's JWK, so the Jwk
// import path is exercised too. One row per test; counts checked against numberOfTests.
//
// `acceptable` decisions (asserted, not skipped):
//   MissingNull (PKCS#1 DigestInfo without the NULL parameter): rejected. RFC 8017 §9.2 encodes
//   the NULL; JOSE peers all emit it, so accepting a second encoding only widens the attack face.
#include "common/Base64Url.h"
#include "crypto/EvpSign.h"
#include "jose/JoseAlgorithms.h"
#include "jose/Jwk.h"

#include "JoseTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;

namespace {

int shaBits(const QString& sha)
{
    return sha == QLatin1String("SHA-256") ? 256
        : sha == QLatin1String("SHA-384")  ? 384
        : sha == QLatin1String("SHA-512")  ? 512
                                           : 0;
}

struct FileSpec {
    const char* name;
    evpsign::Scheme scheme;
    const char* alg; // the JWS alg the group key must be usable with
};

const FileSpec kFiles[] = {
    { "rsa_signature_2048_sha256_test.json", evpsign::Scheme::RsaPkcs1, "RS256" },
    { "rsa_signature_2048_sha384_test.json", evpsign::Scheme::RsaPkcs1, "RS384" },
    { "rsa_signature_2048_sha512_test.json", evpsign::Scheme::RsaPkcs1, "RS512" },
    { "rsa_pss_2048_sha256_mgf1_32_test.json", evpsign::Scheme::RsaPss, "PS256" },
    { "rsa_pss_2048_sha384_mgf1_48_test.json", evpsign::Scheme::RsaPss, "PS384" },
    { "rsa_pss_4096_sha512_mgf1_64_test.json", evpsign::Scheme::RsaPss, "PS512" },
    { "ecdsa_secp256r1_sha256_p1363_test.json", evpsign::Scheme::Ecdsa, "ES256" },
    { "ecdsa_secp384r1_sha384_p1363_test.json", evpsign::Scheme::Ecdsa, "ES384" },
    { "ecdsa_secp521r1_sha512_p1363_test.json", evpsign::Scheme::Ecdsa, "ES512" },
    { "ed25519_test.json", evpsign::Scheme::Ed25519, "EdDSA" },
};

// A few ECDSA groups (the r/s edge cases from davidben/ecdsa-r-s-edge-cases) give the key only as
// an uncompressed SEC 1 point: build the JWK from its coordinates.
QJsonObject jwkFromUncompressed(const QJsonObject& publicKey)
{
    const QByteArray point
        = *hex::decode(publicKey.value(QStringLiteral("uncompressed")).toString().toLatin1());
    const QString curve = publicKey.value(QStringLiteral("curve")).toString();
    const QString crv = curve == QLatin1String("secp256r1") ? QStringLiteral("P-256")
        : curve == QLatin1String("secp384r1")               ? QStringLiteral("P-384")
                                                            : QStringLiteral("P-521");
    const qsizetype half = (point.size() - 1) / 2;
    return QJsonObject { { QStringLiteral("kty"), QStringLiteral("EC") }, { QStringLiteral("crv"), crv },
        { QStringLiteral("x"), QString::fromLatin1(base64url::encode(point.mid(1, half))) },
        { QStringLiteral("y"), QString::fromLatin1(base64url::encode(point.mid(1 + half))) } };
}

// Rows added in _data() and rows run, per whole test function.
int g_rowsAdded = 0;
int g_rowsRun = 0;

} // namespace

class TestWycheproofSig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verify_data();
    void verify();
    void cleanupTestCase();
};

void TestWycheproofSig::verify_data()
{
    QTest::addColumn<QJsonObject>("keyJwk");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("hashBits");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("sig");
    QTest::addColumn<bool>("expectValid");
    for (const FileSpec& spec : kFiles) {
        const QString file = QString::fromLatin1(spec.name);
        const QJsonObject doc = keyward::tests::wycheproofFile(file);
        if (doc.isEmpty())
            continue; // reported by its path; the other files still load
        const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, QString::fromLatin1(spec.alg));
        int rows = 0;
        int excluded = 0;
        int valid = 0, invalid = 0, acceptable = 0;
        for (const QJsonValue& g : doc.value(QStringLiteral("testGroups")).toArray()) {
            const QJsonObject group = g.toObject();
            const QJsonArray tests = group.value(QStringLiteral("tests")).toArray();
            if (spec.scheme == evpsign::Scheme::RsaPss) {
                // JOSE PS* fixes MGF1 to the message hash and the salt to the hash length: a
                // group with other parameters is not a PS* case and is left out (counted).
                const int sha = shaBits(group.value(QStringLiteral("sha")).toString());
                const bool jose = sha == info->hashBits
                    && group.value(QStringLiteral("mgfSha")).toString()
                        == group.value(QStringLiteral("sha")).toString()
                    && group.value(QStringLiteral("sLen")).toInt() * 8 == sha;
                if (!jose) {
                    excluded += int(tests.size());
                    continue;
                }
            }
            const QString jwkMember = group.contains(QStringLiteral("keyJwk"))
                ? QStringLiteral("keyJwk")
                : QStringLiteral("publicKeyJwk");
            QJsonObject jwk = group.value(jwkMember).toObject();
            if (jwk.isEmpty())
                jwk = jwkFromUncompressed(group.value(QStringLiteral("publicKey")).toObject());
            for (const QJsonValue& t : tests) {
                const QJsonObject test = t.toObject();
                const QString result = test.value(QStringLiteral("result")).toString();
                const QStringList flags = test.value(QStringLiteral("flags")).toVariant().toStringList();
                bool expectValid = result == QLatin1String("valid");
                if (result == QLatin1String("acceptable")) {
                    ++acceptable;
                    if (!flags.contains(QStringLiteral("MissingNull")))
                        qFatal(
                            "undecided acceptable flags %s in %s", qPrintable(flags.join(u',')), spec.name);
                    expectValid = false; // decision documented at the top of this file
                } else {
                    (expectValid ? valid : invalid)++;
                }
                QTest::addRow("%s #%d %s", spec.name, test.value(QStringLiteral("tcId")).toInt(),
                    qPrintable(test.value(QStringLiteral("comment")).toString()))
                    << jwk << int(spec.scheme) << QString::fromLatin1(spec.alg) << info->hashBits
                    << *hex::decode(test.value(QStringLiteral("msg")).toString().toLatin1())
                    << *hex::decode(test.value(QStringLiteral("sig")).toString().toLatin1()) << expectValid;
                ++rows;
            }
        }
        qInfo("%s: %d rows (valid %d, invalid %d, acceptable %d), %d excluded, numberOfTests %d", spec.name,
            rows, valid, invalid, acceptable, excluded, doc.value(QStringLiteral("numberOfTests")).toInt());
        QCOMPARE(rows + excluded, doc.value(QStringLiteral("numberOfTests")).toInt());
        QVERIFY(rows > 0);
        g_rowsAdded += rows;
    }
}

void TestWycheproofSig::verify()
{
    KEYWARD_REQUIRE_TEST_ROWS();
    QFETCH(QJsonObject, keyJwk);
    QFETCH(int, scheme);
    QFETCH(QString, alg);
    QFETCH(int, hashBits);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, sig);
    QFETCH(bool, expectValid);
    ++g_rowsRun;
    keyJwk.remove(QStringLiteral("kid")); // Wycheproof sets kid "none"; irrelevant here
    auto key = Jwk::fromJson(keyJwk);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
    QVERIFY(jose::checkKeyForAlg(*key, alg, jose::Purpose::Verify).ok());
    const Status status = evpsign::verify(key->pkey(), evpsign::Scheme(scheme), hashBits, msg, sig);
    if (expectValid)
        QVERIFY2(status.ok(), qPrintable(status.message()));
    else
        QVERIFY(!status.ok());
}

void TestWycheproofSig::cleanupTestCase()
{
    // Every row added was run (guards against a filter silently emptying the loop).
    if (QCoreApplication::arguments().size() == 1)
        QCOMPARE(g_rowsRun, g_rowsAdded);
    QVERIFY(g_rowsAdded > 2000);
}

QTEST_GUILESS_MAIN(TestWycheproofSig)
#include "tst_wycheproof_sig.moc"
