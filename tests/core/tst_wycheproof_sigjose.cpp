// SPDX-License-Identifier: GPL-3.0-or-later
// Wycheproof whole-token JWS vectors: json_web_signature_test.json (401), json_web_key_test.json
// (26) and the 49 JWS rows of json_web_crypto_test.json (its 34 JWE rows belong to the JWE
// suite and are counted as such), run through Jws::parse + Jws::verifyAny with a kid resolver over
// the group's key (its `public` key or set when there is one, else `private`).
//
// Decisions, asserted row by row:
//  * Keyward accepts no HS* (shared-secret MACs cannot show who signed; SPEC §6 lists no HS*).
//    A `valid` HS256/384/512 token is therefore an expected refusal with code unsupported-alg;
//    an `invalid` one is rejected like any other.
//  * Key sets (json_web_key_test.json, json_web_crypto_test.json) are parsed strictly
//  (JwkSet::fromJsonStrict): a bad key, a
//    duplicate kid or a set mixing public and secret keys rejects the whole set.
//  * No row in either file is `acceptable` (checked); an acceptable row would fail _data().
//  * Six `valid` rows of json_web_signature_test.json meet a stricter Keyward rule and are
//    expected refusals, listed in kStricter below with the rule each one meets:
//      #346, #350 (RFC 7520 Figure 20): the group key is pinned to "PS256" but the token says
//        PS384 → policy-refused (RFC 8725 §3.1, SPEC §3: a pinned key is used with its alg only).
//      #347, #351 (Figure 27): the group key is pinned to "ES521", which is no JOSE algorithm
//        (ES512 is) → the key itself is refused, unsupported-alg.
//      #372, #373: a '?' inside the base64url header / payload of an HS256 token → malformed
//        (SPEC §6: base64url is strict; a decoder that skips junk is what the test probes).
#include "jose/JwkSet.h"
#include "jose/Jws.h"

#include "JoseTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;

namespace {

bool isHmacToken(const QByteArray& token)
{
    // Only to classify the expectation: the alg of the (first) header, read leniently.
    auto jws = Jws::parse(token);
    if (!jws.ok())
        return false;
    return jws->signatures()
        .first()
        .header.joined()
        .value(QStringLiteral("alg"))
        .toString()
        .startsWith(QLatin1String("HS"));
}

struct Stricter {
    int tcId;
    const char* code;
};
const Stricter kStricter[] = {
    { 346, "policy-refused" },
    { 350, "policy-refused" },
    { 347, "unsupported-alg" },
    { 351, "unsupported-alg" },
    { 372, "malformed" },
    { 373, "malformed" },
};

int g_rowsAdded = 0;
int g_rowsRun = 0;

} // namespace

class TestWycheproofSigJose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void cleanupTestCase();
};

void TestWycheproofSigJose::tokens_data()
{
    QTest::addColumn<QJsonValue>("keys"); // a JWK or a JWK Set
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected"); // "" verifies, "unsupported-alg" HS refusal, "*" any rejection
    for (const char* name :
        { "json_web_signature_test.json", "json_web_key_test.json", "json_web_crypto_test.json" }) {
        const QJsonObject doc = keyward::tests::wycheproofFile(QString::fromLatin1(name));
        if (doc.isEmpty())
            continue; // reported by its path; the other files still load
        const bool signatureFile = QByteArray(name) == "json_web_signature_test.json";
        int rows = 0, valid = 0, invalid = 0, hsRefused = 0, stricter = 0, jweRows = 0;
        for (const QJsonValue& g : doc.value(QStringLiteral("testGroups")).toArray()) {
            const QJsonObject group = g.toObject();
            const QJsonValue keys = group.contains(QStringLiteral("public"))
                ? group.value(QStringLiteral("public"))
                : group.value(QStringLiteral("private"));
            for (const QJsonValue& t : group.value(QStringLiteral("tests")).toArray()) {
                const QJsonObject test = t.toObject();
                if (test.contains(QStringLiteral("jwe"))) {
                    ++jweRows; // json_web_crypto_test.json mixes in JWE tokens: the JWE suite's rows
                    continue;
                }
                const QJsonValue jws = test.value(QStringLiteral("jws"));
                const QByteArray token = jws.isString()
                    ? jws.toString().toUtf8()
                    : QJsonDocument(jws.toObject()).toJson(QJsonDocument::Compact);
                const QString result = test.value(QStringLiteral("result")).toString();
                QVERIFY2(
                    result != QLatin1String("acceptable"), "an acceptable row needs a documented decision");
                QString expected = QStringLiteral("*");
                if (result == QLatin1String("valid")) {
                    ++valid;
                    expected = isHmacToken(token) ? QStringLiteral("unsupported-alg") : QString();
                    hsRefused += expected.isEmpty() ? 0 : 1;
                    for (const Stricter& rule : kStricter) {
                        if (signatureFile && rule.tcId == test.value(QStringLiteral("tcId")).toInt()) {
                            expected = QString::fromLatin1(rule.code);
                            ++stricter;
                        }
                    }
                } else {
                    ++invalid;
                }
                QTest::addRow("%s #%d %s", name, test.value(QStringLiteral("tcId")).toInt(),
                    qPrintable(test.value(QStringLiteral("comment")).toString()))
                    << keys << token << expected;
                ++rows;
            }
        }
        qInfo("%s: %d rows (valid %d: HS* refused by policy %d, stricter rules %d; invalid %d), "
              "%d JWE rows left to the JWE suite, numberOfTests %d",
            name, rows, valid, hsRefused, stricter, invalid, jweRows,
            doc.value(QStringLiteral("numberOfTests")).toInt());
        QCOMPARE(stricter, signatureFile ? int(std::size(kStricter)) : 0);
        QCOMPARE(rows + jweRows, doc.value(QStringLiteral("numberOfTests")).toInt());
        g_rowsAdded += rows;
    }
}

void TestWycheproofSigJose::tokens()
{
    KEYWARD_REQUIRE_TEST_ROWS();
    QFETCH(QJsonValue, keys);
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    ++g_rowsRun;
    Status status;
    JwkSet set;
    if (keys.toObject().contains(QStringLiteral("keys"))) {
        auto parsed = JwkSet::fromJsonStrict(keys.toObject());
        if (parsed.ok())
            set = *parsed;
        else
            status = parsed.error();
    } else {
        auto key = Jwk::fromJson(keys.toObject());
        if (key.ok())
            set = JwkSet(QList<Jwk> { *key });
        else
            status = key.error();
    }
    if (status.ok()) {
        auto jws = Jws::parse(token);
        status = jws.ok() ? jws->verifyAny(Jws::resolverFor(set, true)) : Status(jws.error());
    }
    if (expected == QLatin1String("*")) {
        QVERIFY2(!status.ok(), "an invalid token was accepted");
    } else {
        if (status.ok() != expected.isEmpty())
            qWarning("%s", qPrintable(status.ok() ? QStringLiteral("accepted") : status.message()));
        QCOMPARE(status.ok() ? QString() : errorCodeName(status.code()), expected);
    }
}

void TestWycheproofSigJose::cleanupTestCase()
{
    if (QCoreApplication::arguments().size() == 1)
        QCOMPARE(g_rowsRun, g_rowsAdded);
    QCOMPARE(g_rowsAdded, 401 + 26 + 49); // json_web_crypto_test.json: 49 JWS of 83 rows
}

QTEST_GUILESS_MAIN(TestWycheproofSigJose)
#include "tst_wycheproof_sigjose.moc"
