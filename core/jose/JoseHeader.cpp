// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoseHeader.h"

#include "common/Base64Url.h"
#include "jose/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace keyward::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::JoseHeader", text);
}

} // namespace

const QStringList& JoseHeader::registeredNames()
{
    static const QStringList names { QStringLiteral("alg"), QStringLiteral("jku"), QStringLiteral("jwk"),
        QStringLiteral("kid"), QStringLiteral("x5u"), QStringLiteral("x5c"), QStringLiteral("x5t"),
        QStringLiteral("x5t#S256"), QStringLiteral("typ"), QStringLiteral("cty"), QStringLiteral("crit"),
        QStringLiteral("enc"), QStringLiteral("zip"), QStringLiteral("epk"), QStringLiteral("apu"),
        QStringLiteral("apv"), QStringLiteral("iv"), QStringLiteral("tag"), QStringLiteral("p2s"),
        QStringLiteral("p2c") };
    return names;
}

Result<QJsonObject> JoseHeader::decodeProtected(QByteArrayView text)
{
    if (text.size() > kMaxProtectedBytes)
        return Error(ErrorCode::PolicyRefused,
            tr("The protected header is %1 bytes; the limit is %2").arg(text.size()).arg(kMaxProtectedBytes));
    auto bytes = base64url::decode(text);
    if (!bytes.ok())
        return Error(ErrorCode::Malformed,
            tr("The protected header is not strict base64url: %1").arg(bytes.message()));
    strictjson::Limits limits;
    limits.maxBytes = kMaxProtectedBytes;
    auto object = strictjson::parseObject(*bytes, limits);
    if (!object.ok())
        return Error(
            object.code(), tr("The protected header is not a valid JSON object: %1").arg(object.message()));
    return object;
}

Result<JoseHeader> JoseHeader::fromCompact(const QByteArray& protectedBase64Url)
{
    auto decoded = decodeProtected(protectedBase64Url);
    if (!decoded.ok())
        return decoded.error();
    return join(protectedBase64Url, *decoded);
}

Result<JoseHeader> JoseHeader::join(const QByteArray& protectedBase64Url, const QJsonObject& protectedHeader,
    const QList<QJsonObject>& unprotected)
{
    JoseHeader header;
    header.m_protectedText = protectedBase64Url;
    header.m_protected = protectedHeader;
    header.m_joined = protectedHeader;
    for (const QJsonObject& part : unprotected) {
        for (auto it = part.constBegin(); it != part.constEnd(); ++it) {
            if (header.m_joined.contains(it.key()))
                return Error(ErrorCode::Malformed,
                    tr("The header parameter \"%1\" appears in more than one header").arg(it.key()));
            header.m_joined.insert(it.key(), it.value());
        }
    }
    return header;
}

Status JoseHeader::checkCrit(const QStringList& understood) const
{
    if (!m_joined.contains(QStringLiteral("crit")))
        return {};
    if (!m_protected.contains(QStringLiteral("crit")))
        return Error(ErrorCode::Malformed, tr("\"crit\" must be in the protected header"));
    const QJsonValue crit = m_protected.value(QStringLiteral("crit"));
    if (!crit.isArray() || crit.toArray().isEmpty())
        return Error(ErrorCode::Malformed, tr("\"crit\" must be a non-empty array of names"));
    QSet<QString> seen;
    for (const QJsonValue& v : crit.toArray()) {
        if (!v.isString())
            return Error(ErrorCode::Malformed, tr("\"crit\" must list header parameter names as strings"));
        const QString name = v.toString();
        if (seen.contains(name))
            return Error(ErrorCode::Malformed, tr("\"crit\" lists \"%1\" twice").arg(name));
        seen.insert(name);
        if (registeredNames().contains(name))
            return Error(
                ErrorCode::Malformed, tr("\"crit\" may not list the registered parameter \"%1\"").arg(name));
        if (!m_protected.contains(name))
            return Error(ErrorCode::Malformed,
                tr("\"crit\" lists \"%1\" but the protected header does not contain it").arg(name));
        if (!understood.contains(name))
            return Error(ErrorCode::UnsupportedAlg,
                tr("The critical header parameter \"%1\" is not understood by Keyward").arg(name));
    }
    return {};
}

Result<QString> JoseHeader::stringParam(const QString& name) const
{
    const auto it = m_joined.constFind(name);
    if (it == m_joined.constEnd())
        return QString();
    if (!it->isString())
        return Error(ErrorCode::Malformed, tr("The header parameter \"%1\" is not a string").arg(name));
    return it->toString();
}

Result<QString> JoseHeader::alg() const
{
    auto value = stringParam(QStringLiteral("alg"));
    if (!value.ok())
        return value;
    if (value->isEmpty())
        return Error(ErrorCode::Malformed, tr("The header has no \"alg\""));
    return value;
}

} // namespace keyward::core
