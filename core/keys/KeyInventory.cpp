// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyInventory.h"

#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyward::core {

namespace {

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(KeyInventory::formatDateTime(at)) : QJsonValue(QJsonValue::Null);
}

bool stillInUse(KeyState state)
{
    return state == KeyState::Pending || state == KeyState::Active || state == KeyState::Grace;
}

} // namespace

Result<QList<KeyListEntry>> KeyInventory::load(Database& db, const QDateTime& now, const Filter& filter)
{
    // Keys and set policies from one moment: flags (overdue, expiring) judge one by the other.
    Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
    if (!snapshot.ok())
        return snapshot.error();
    const KeyStore store(db);
    Result<QList<KeyRecord>> keys
        = filter.keySet.isEmpty() ? store.all(KeyStore::Detail::Summary) : store.bySet(filter.keySet, KeyStore::Detail::Summary);
    if (!keys.ok())
        return keys.error();
    Result<QHash<QString, KeySetPolicy>> policies = store.policies();
    if (!policies.ok())
        return policies.error();
    QList<KeyListEntry> entries;
    entries.reserve(keys->size());
    for (KeyRecord& key : *keys) {
        if (!matches(key, filter, now))
            continue;
        const KeyFlags flags = flagsFor(key, *policies, now);
        entries.append({ std::move(key), flags });
    }
    return entries;
}

void KeyInventory::sortBySetAndKid(QList<KeyListEntry>& entries)
{
    std::sort(entries.begin(), entries.end(), [](const KeyListEntry& a, const KeyListEntry& b) {
        const int bySet = a.record.keySet.compare(b.record.keySet);
        return bySet != 0 ? bySet < 0 : a.record.kid < b.record.kid;
    });
}

bool KeyInventory::matches(const KeyRecord& key, const Filter& filter, const QDateTime& now)
{
    if (!filter.keySet.isEmpty() && key.keySet != filter.keySet)
        return false;
    if (filter.state && key.state != *filter.state)
        return false;
    if (filter.expiringWithinSecs >= 0
        && (!stillInUse(key.state) || !key.expiresAt.isValid()
            || key.expiresAt > now.addSecs(filter.expiringWithinSecs)))
        return false;
    return true;
}

KeyFlags KeyInventory::flagsFor(const KeyRecord& key, const QHash<QString, KeySetPolicy>& policies, const QDateTime& now)
{
    return computeKeyFlags(key, policies.value(key.keySet, KeySetPolicy()), now);
}

QJsonObject KeyInventory::toJson(const KeyRecord& key, KeyFlags flags)
{
    return QJsonObject {
        { QStringLiteral("kid"), key.kid },
        { QStringLiteral("set"), key.keySet },
        { QStringLiteral("use"), keyUseName(key.use) },
        { QStringLiteral("alg"), key.alg.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.alg) },
        { QStringLiteral("state"), keyStateName(key.state) },
        { QStringLiteral("owner"), key.owner },
        { QStringLiteral("expires"), timeOrNull(key.expiresAt) },
        { QStringLiteral("primary"), key.primary },
        { QStringLiteral("flags"), QJsonArray::fromStringList(keyFlagNames(flags)) },
        { QStringLiteral("env"), key.environment },
        { QStringLiteral("thumbprint"), key.thumbprint },
        { QStringLiteral("kty"), key.keyType },
        { QStringLiteral("size"), key.curveOrSize },
        { QStringLiteral("strength_bits"), key.strengthBits },
        { QStringLiteral("created"), timeOrNull(key.createdAt) },
        { QStringLiteral("activates"), timeOrNull(key.activatesAt) },
        { QStringLiteral("retire_after"), timeOrNull(key.retireAfter) },
        { QStringLiteral("version"), key.version },
        { QStringLiteral("predecessor"), key.predecessorKid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.predecessorKid) },
        { QStringLiteral("successor"), key.successorKid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.successorKid) },
        { QStringLiteral("has_private"), key.hasPrivate },
        { QStringLiteral("created_by"), key.createdBy },
        { QStringLiteral("created_by_product"), key.createdByProduct },
        { QStringLiteral("tags"), QJsonArray::fromStringList(key.tags) },
        { QStringLiteral("notes"), key.notes },
    };
}

QJsonObject KeyInventory::toDetailJson(const KeyRecord& key, KeyFlags flags)
{
    QJsonObject object = toJson(key, flags);
    object.insert(QStringLiteral("jwk"), key.publicJwk);
    object.insert(QStringLiteral("lineage"),
        QJsonObject { { QStringLiteral("version"), key.version },
            { QStringLiteral("predecessor"), object.value(QStringLiteral("predecessor")) },
            { QStringLiteral("successor"), object.value(QStringLiteral("successor")) } });
    object.insert(QStringLiteral("flag_descriptions"), QJsonArray::fromStringList(keyFlagDescriptions(flags)));
    object.insert(QStringLiteral("nist_state"), keyStateNistName(key.state));
    return object;
}

std::optional<qint64> KeyInventory::parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhdw])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).unicode()) {
    case 's': return amount;
    case 'm': return amount * 60;
    case 'h': return amount * 3600;
    case 'd': return amount * KeySetPolicy::kDay;
    case 'w': return amount * 7 * KeySetPolicy::kDay;
    }
    return std::nullopt;
}

QDateTime KeyInventory::parseDateTime(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(value).hasMatch()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (!dateTime.match(value).hasMatch())
        return QDateTime();
    QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!at.isValid())
        return at;
    if (at.timeSpec() == Qt::LocalTime) // no zone given: the contract says UTC
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

QString KeyInventory::formatDateTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace keyward::core
