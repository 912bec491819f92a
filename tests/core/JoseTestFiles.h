// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the shared JOSE vectors (../shared/testdata/jose, never copied into the repo) and the
// repo's own fixtures (tests/data/jose) from the JWK/JWS/PEM tests. A missing file is fatal: a
// test that silently read nothing would prove nothing.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace keyward::tests {

inline QByteArray readFileOrDie(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

// RFC 7520 / RFC 8037 / RFC 7797 example, e.g. "jws/4_1.rsa_v15_signature.json".
inline QJsonObject rfc7520Vector(const QString& relative)
{
    return QJsonDocument::fromJson(
        readFileOrDie(QStringLiteral(KEYWARD_JOSE_TESTDATA "/rfc7520/") + relative))
        .object();
}

// A Wycheproof testvectors_v1 file, e.g. "ed25519_test.json".
inline QJsonObject wycheproofFile(const QString& name)
{
    return QJsonDocument::fromJson(
        readFileOrDie(QStringLiteral(KEYWARD_JOSE_TESTDATA "/wycheproof/testvectors_v1/") + name))
        .object();
}

// A fixture of tests/data/jose (see its README).
inline QByteArray joseFixture(const QString& name)
{
    return readFileOrDie(QStringLiteral(KEYWARD_TEST_DATA_DIR "/jose/") + name);
}

} // namespace keyward::tests
