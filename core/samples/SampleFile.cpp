// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleFile.h"

#include "jose/Jwe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::core::samples {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleFile)
};

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON array of JWEs: compact strings and/or JSON objects.
Result<QList<QByteArray>> tokensOfArray(const QJsonArray& array)
{
    QList<QByteArray> tokens;
    for (const QJsonValue& value : array) {
        if (value.isString())
            tokens.append(value.toString().toUtf8());
        else if (value.isObject())
            tokens.append(compactJson(value.toObject()));
        else
            return Error(ErrorCode::Malformed, Tr::tr("The JSON array holds a value that is neither a compact JWE string nor a JWE object."));
    }
    return tokens;
}

} // namespace

Result<QList<QByteArray>> splitSampleTokens(const QByteArray& content)
{
    const QByteArray trimmed = content.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::Malformed, Tr::tr("The file is empty."));
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        // One JSON document (an array or one object); else JSON objects one per line below.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError) {
            if (doc.isArray())
                return tokensOfArray(doc.array());
            if (!doc.object().contains(QStringLiteral("ciphertext")))
                return Error(ErrorCode::Malformed, Tr::tr("The file holds a JSON object that is not a JWE (no \"ciphertext\")."));
            return QList<QByteArray> {trimmed}; // as received: a duplicate member stays a finding
        }
        if (trimmed.startsWith('['))
            return Error(ErrorCode::Malformed, Tr::tr("The file starts like a JSON array but is not valid JSON: %1.").arg(error.errorString()));
    }
    // One token a line; blank lines are skipped. A line that is not a JWE is kept as a token: its
    // test outcome (malformed) is the finding, not a refusal of the whole file.
    QList<QByteArray> tokens;
    for (const QByteArray& line : trimmed.split('\n')) {
        const QByteArray token = line.trimmed();
        if (token.isEmpty())
            continue;
        tokens.append(token);
    }
    if (tokens.isEmpty())
        return Error(ErrorCode::Malformed, Tr::tr("The file holds no JWE."));
    return tokens;
}

SampleSummary summarizeSample(const QByteArray& token)
{
    SampleSummary summary;
    summary.serialization = QStringLiteral("unknown");
    auto message = jose::parseJwe(token);
    if (!message.ok())
        return summary;
    switch (message->serialization) {
    case jose::JweSerialization::Compact: summary.serialization = QStringLiteral("compact"); break;
    case jose::JweSerialization::Flattened: summary.serialization = QStringLiteral("flattened"); break;
    case jose::JweSerialization::General: summary.serialization = QStringLiteral("general"); break;
    }
    for (int i = 0; i < message->recipients.size(); ++i) {
        const QJsonObject header = message->joseHeader(i);
        const QString kid = header.value(QStringLiteral("kid")).toString();
        if (!kid.isEmpty() && !summary.kids.contains(kid))
            summary.kids.append(kid);
        summary.algs.append(header.value(QStringLiteral("alg")).toString());
        if (i == 0) {
            summary.enc = header.value(QStringLiteral("enc")).toString();
            summary.zip = header.value(QStringLiteral("zip")).toString();
        }
    }
    return summary;
}

} // namespace keyward::core::samples
