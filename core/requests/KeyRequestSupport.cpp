// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyRequestSupport.h"

#include "keys/KeyInventory.h"
#include "keys/KeyStore.h"
#include "vault/Vault.h"

namespace keyward::core {

Result<KeyRecord> KeyRequestSupport::resolveSubject(Vault& vault, Request& request)
{
    if (request.subject.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The request names no key (kid)."));
    const KeyStore store(vault.database());
    Result<KeyRecord> key = store.find(request.subject, request.keySet);
    if (!key.ok())
        return key.error();
    const QString thumbprint = request.effect.value(QStringLiteral("thumbprint")).toString();
    if (!thumbprint.isEmpty() && thumbprint != key->thumbprint)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" in key set %2 no longer holds the key material this request was approved for.")
                .arg(key->kid, key->keySet));
    request.keySet = key->keySet;
    request.effect.insert(QStringLiteral("kid"), key->kid);
    request.effect.insert(QStringLiteral("keySet"), key->keySet);
    request.effect.insert(QStringLiteral("use"), keyUseName(key->use));
    request.effect.insert(QStringLiteral("thumbprint"), key->thumbprint);
    return key;
}

Result<KeyRecord> KeyRequestSupport::currentKey(Vault& vault, const Request& request)
{
    Request copy = request;
    return resolveSubject(vault, copy);
}

Result<KeySet> KeyRequestSupport::keySetOf(Vault& vault, const QString& name)
{
    Result<std::optional<KeySet>> set = KeyStore(vault.database()).keySet(name);
    if (!set.ok())
        return set.error();
    if (set->has_value())
        return **set;
    KeySet fallback;
    fallback.name = name;
    return fallback;
}

QJsonObject KeyRequestSupport::auditContext(const Request& request, const QString& actor)
{
    return QJsonObject {
        { QStringLiteral("request_id"), request.id },
        { QStringLiteral("request_kind"), requestKindName(request.kind) },
        { QStringLiteral("requested_by"), request.requester },
        { QStringLiteral("executed_by"), actor },
    };
}

QString KeyRequestSupport::displayTime(const QDateTime& at)
{
    return KeyInventory::formatDateTime(at);
}

QString KeyRequestSupport::displayDuration(qint64 secs)
{
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    QStringList parts;
    if (secs >= kDay)
        parts << tr("%n d", nullptr, int(secs / kDay));
    if (secs % kDay >= kHour)
        parts << tr("%n h", nullptr, int(secs % kDay / kHour));
    if (secs % kHour >= kMinute)
        parts << tr("%n min", nullptr, int(secs % kHour / kMinute));
    if (secs % kMinute || parts.isEmpty())
        parts << tr("%n s", nullptr, int(secs % kMinute));
    return parts.join(QLatin1Char(' '));
}

} // namespace keyward::core
