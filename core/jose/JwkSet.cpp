// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwkSet.h"

#include "jose/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace keyward::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::JwkSet", text);
}

// A JWKS of a thousand keys is ~1 MB; anything far beyond is refused before parsing.
strictjson::Limits jwksLimits()
{
    strictjson::Limits limits;
    limits.maxBytes = 16 * 1024 * 1024;
    return limits;
}

} // namespace

Result<JwkSet> JwkSet::fromJson(const QJsonObject& object)
{
    const QJsonValue keys = object.value(QStringLiteral("keys"));
    if (!keys.isArray())
        return Error(ErrorCode::Malformed, tr("The JWK Set has no \"keys\" array"));
    JwkSet set;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        KeyError failure;
        failure.index = int(i);
        if (!v.isObject()) {
            failure.error
                = Error(ErrorCode::Malformed, tr("Entry %1 of \"keys\" is not an object").arg(i + 1));
            set.m_errors << failure;
            continue;
        }
        auto key = Jwk::fromJson(v.toObject());
        if (!key.ok()) {
            failure.kid = v.toObject().value(QStringLiteral("kid")).toString();
            failure.error = key.error();
            set.m_errors << failure;
            continue;
        }
        set.m_keys << *key;
    }
    return set;
}

Result<JwkSet> JwkSet::fromJsonText(QByteArrayView text)
{
    auto object = strictjson::parseObject(text, jwksLimits());
    if (!object.ok())
        return object.error();
    return fromJson(*object);
}

Result<JwkSet> JwkSet::fromJsonStrict(const QJsonObject& object)
{
    auto set = fromJson(object);
    if (!set.ok())
        return set;
    if (!set->m_errors.isEmpty()) {
        const KeyError& first = set->m_errors.first();
        const QString who = first.kid.isEmpty()
            ? tr("Key %1").arg(first.index + 1)
            : tr("Key %1 (kid \"%2\")").arg(first.index + 1).arg(first.kid);
        return Error(first.error.code, QStringLiteral("%1: %2").arg(who, first.error.message));
    }
    KEYWARD_TRY(set->validate());
    return set;
}

Result<JwkSet> JwkSet::fromJsonTextStrict(QByteArrayView text)
{
    auto object = strictjson::parseObject(text, jwksLimits());
    if (!object.ok())
        return object.error();
    return fromJsonStrict(*object);
}

QList<Jwk> JwkSet::findByKid(const QString& kid) const
{
    QList<Jwk> out;
    for (const Jwk& key : m_keys)
        if (key.kid() == kid)
            out << key;
    return out;
}

Status JwkSet::validate() const
{
    QSet<QString> kids;
    QSet<QString> thumbprints;
    int privateCount = 0;
    for (const Jwk& key : m_keys) {
        if (!key.kid().isEmpty()) {
            if (kids.contains(key.kid()))
                return Error(ErrorCode::AlreadyExists,
                    tr("The kid \"%1\" appears twice in the key set").arg(key.kid()));
            kids.insert(key.kid());
        }
        const QString tp = key.thumbprintBase64Url();
        if (thumbprints.contains(tp))
            return Error(ErrorCode::AlreadyExists,
                tr("The same key appears twice in the key set (thumbprint %1)").arg(tp));
        thumbprints.insert(tp);
        privateCount += key.hasPrivate() ? 1 : 0;
    }
    if (privateCount != 0 && privateCount != m_keys.size())
        return Error(ErrorCode::PolicyRefused,
            tr("The key set mixes public keys with private or secret keys; a published set holds public keys "
               "only"));
    return {};
}

Status JwkSet::add(const Jwk& key)
{
    if (key.isNull())
        return Error(ErrorCode::InvalidArgument, tr("No key was given"));
    for (const Jwk& existing : m_keys) {
        if (!key.kid().isEmpty() && existing.kid() == key.kid())
            return Error(
                ErrorCode::AlreadyExists, tr("The kid \"%1\" is already in the key set").arg(key.kid()));
        if (existing.sameKeyMaterial(key))
            return Error(ErrorCode::AlreadyExists, tr("This key is already in the key set"));
    }
    m_keys << key;
    return {};
}

QJsonObject JwkSet::toPublicJson() const
{
    QJsonArray keys;
    for (const Jwk& key : m_keys)
        if (key.type() != KeyType::Oct) // a secret key has nothing publishable
            keys.append(key.toPublicJson());
    return QJsonObject { { QStringLiteral("keys"), keys } };
}

QJsonObject JwkSet::toPrivateJson() const
{
    QJsonArray keys;
    for (const Jwk& key : m_keys)
        keys.append(key.toPrivateJson());
    return QJsonObject { { QStringLiteral("keys"), keys } };
}

QByteArray JwkSet::toJsonText(bool includePrivate) const
{
    return QJsonDocument(includePrivate ? toPrivateJson() : toPublicJson()).toJson(QJsonDocument::Compact);
}

} // namespace keyward::core
