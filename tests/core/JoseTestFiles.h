// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the JOSE vectors (RFC 7520, Wycheproof) and fixtures of tests/data/jose (see its
// README) from the data-driven tests. The folder is KEYWARD_TEST_DATA_DIR, inside the repository,
// so a plain clone tests itself; the environment variable of the same name overrides it, which is
// how CTest proves (the *_without_data tests) that a suite finding no data fails.
//
// A missing file must make the test FAIL naming the path — never abort and never pass:
//  * qFatal() inside a _data() function aborts the whole executable (no later test runs, no
//    summary), so a missing file is recorded with QTest::qFail() and an empty result returned;
//  * Qt 6.4 runs a test function once with no row when its table is empty, and QFETCH then aborts
//    in QTest::fetchData(), so every data-driven test function starts with
//    KEYWARD_REQUIRE_TEST_ROWS(), which fails instead, naming the files that were missing;
//  * a test function that loads a vector itself returns early when the load failed
//    (QTest::currentTestFailed()), so it never goes on with an empty document.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

namespace keyward::tests {

inline QString testDataRoot()
{
    return qEnvironmentVariable("KEYWARD_TEST_DATA_DIR", QStringLiteral(KEYWARD_TEST_DATA_DIR));
}

// Every path a test of this executable looked for and did not find, for the empty-table message.
inline QStringList& missingTestData()
{
    static QStringList paths;
    return paths;
}

inline void reportMissingTestData(const QString& path)
{
    if (!missingTestData().contains(path))
        missingTestData().append(path);
    QTest::qFail(qPrintable(QStringLiteral("missing test data: ") + path), __FILE__, __LINE__);
}

// The bytes of a file, or an empty array and a recorded failure naming the path.
inline QByteArray readTestData(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportMissingTestData(QDir::cleanPath(path));
        return {};
    }
    return file.readAll();
}

inline QString joseDataDir(const QString& relative)
{
    return testDataRoot() + QStringLiteral("/jose/") + relative;
}

// A JSON vector file as an object. An empty object always means a reported failure (missing, or
// not a JSON object), so a loop over several files may skip it and still load the others.
inline QJsonObject readJsonTestData(const QString& path)
{
    const QByteArray bytes = readTestData(path);
    if (bytes.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(bytes, &error).object();
    if (object.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("unreadable test data: %1 (%2)").arg(path, error.errorString())), __FILE__, __LINE__);
    return object;
}

// RFC 7520 / RFC 8037 / RFC 7797 example, e.g. "jws/4_1.rsa_v15_signature.json".
inline QJsonObject rfc7520Vector(const QString& relative)
{
    return readJsonTestData(joseDataDir(QStringLiteral("rfc7520/") + relative));
}

// A Wycheproof testvectors_v1 file, e.g. "ed25519_test.json".
inline QJsonObject wycheproofFile(const QString& name)
{
    return readJsonTestData(joseDataDir(QStringLiteral("wycheproof/testvectors_v1/") + name));
}

// A fixture of tests/data/jose (see its README).
inline QByteArray joseFixture(const QString& name)
{
    return readTestData(joseDataDir(name));
}

inline QString emptyTableMessage()
{
    if (missingTestData().isEmpty())
        return QStringLiteral("the _data() function added no rows");
    return QStringLiteral("no rows; missing test data: ") + missingTestData().join(QStringLiteral(", "));
}

} // namespace keyward::tests

// First statement of every data-driven test function (see above): with no row there is no data
// tag, and QFETCH would abort.
#define KEYWARD_REQUIRE_TEST_ROWS()                                                                \
    do {                                                                                           \
        if (!QTest::currentDataTag())                                                              \
            QFAIL(qPrintable(keyward::tests::emptyTableMessage()));                                \
    } while (false)
