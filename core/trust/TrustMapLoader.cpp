// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/TrustMap.h"

#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trust/WorkloadStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::core {

namespace {

// Every key, or only those of `keySet` when it is given.
Result<QList<TrustKey>> loadKeys(Database& db, const QString& keySet = QString())
{
    Result<Statement> st = db.prepare(QStringLiteral(
        "SELECT kid, key_set, use, state, is_primary, environment, created_at, activates_at, retire_after, "
        "predecessor_kid, successor_kid FROM keys %1 ORDER BY key_set, id")
                                          .arg(keySet.isEmpty() ? QString() : QStringLiteral("WHERE key_set = ?1")));
    if (!st.ok())
        return st.error();
    if (!keySet.isEmpty())
        st->bind(1, keySet);
    QList<TrustKey> keys;
    for (;;) {
        Result<bool> row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        TrustKey key;
        key.kid = st->columnText(0);
        key.keySet = st->columnText(1);
        key.use = keyUseFromName(st->columnText(2)).value_or(KeyUse::Sig);
        key.state = keyStateFromName(st->columnText(3)).value_or(KeyState::Pending);
        key.primary = st->columnInt64(4) != 0;
        key.environment = st->columnText(5);
        const QDateTime created = KeyStore::parseTime(st->columnText(6));
        const QDateTime activates = st->columnIsNull(7) ? QDateTime() : KeyStore::parseTime(st->columnText(7));
        key.publishedAt = activates.isValid() ? activates : created;
        key.retireAfter = st->columnIsNull(8) ? QDateTime() : KeyStore::parseTime(st->columnText(8));
        key.predecessorKid = st->columnText(9);
        key.successorKid = st->columnText(10);
        keys.append(std::move(key));
    }
    return keys;
}

// When each kid was handed over (entered grace) and left service, from the signed log: the key
// rows keep only the current state. `subject` empty: every key's events (by the action index);
// else one kid's (by the subject index).
Status loadStateTimes(Database& db, QList<TrustKey>& keys, const QString& subject = QString())
{
    QHash<QString, int> byName; // "set\nkid"
    for (int i = 0; i < keys.size(); ++i)
        byName.insert(keys.at(i).keySet + QLatin1Char('\n') + keys.at(i).kid, i);
    Result<Statement> st = db.prepare(QStringLiteral(
        "SELECT subject, action, at, details FROM audit_events WHERE %1 action IN "
        "('key.grace', 'key.retired', 'key.revoked', 'key.destroyed') ORDER BY seq")
                                          .arg(subject.isEmpty() ? QString() : QStringLiteral("subject = ?1 AND")));
    if (!st.ok())
        return st.error();
    if (!subject.isEmpty())
        st->bind(1, subject);
    for (;;) {
        Result<bool> row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const QJsonObject details = QJsonDocument::fromJson(st->columnUtf8(3)).object();
        const int index = byName.value(details.value(QStringLiteral("set")).toString() + QLatin1Char('\n') + st->columnText(0), -1);
        if (index < 0)
            continue;
        const QDateTime at = KeyStore::parseTime(st->columnText(2));
        TrustKey& key = keys[index];
        if (st->columnText(1) == QLatin1String("key.grace"))
            key.handoverAt = at;
        else if (!key.leftServiceAt.isValid())
            key.leftServiceAt = at;
    }
    return {};
}

// Every key set's policy, or only `keySet`'s when it is given.
Result<QList<TrustKeySet>> loadSets(Database& db, const QString& keySet = QString())
{
    if (!keySet.isEmpty()) {
        Result<std::optional<KeySet>> one = KeyStore(db).keySet(keySet);
        if (!one.ok())
            return one.error();
        return one->has_value() ? QList<TrustKeySet> { TrustKeySet { (*one)->name, (*one)->policy } } : QList<TrustKeySet> {};
    }
    Result<QList<KeySet>> sets = KeyStore(db).keySets();
    if (!sets.ok())
        return sets.error();
    QList<TrustKeySet> trustSets;
    for (const KeySet& set : std::as_const(*sets))
        trustSets.append(TrustKeySet { set.name, set.policy });
    return trustSets;
}

} // namespace

Result<TrustMap> TrustMapLoader::loadForKeySet(Database& db, const QString& keySet)
{
    Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
    if (!snapshot.ok())
        return snapshot.error();
    Result<QList<TrustKeySet>> sets = loadSets(db, keySet);
    if (!sets.ok())
        return sets.error();
    Result<QList<TrustKey>> keys = loadKeys(db, keySet);
    if (!keys.ok())
        return keys.error();
    QStringList kids;
    for (const TrustKey& key : std::as_const(*keys)) {
        if (!kids.contains(key.kid)) {
            kids.append(key.kid);
            KEYWARD_TRY(loadStateTimes(db, *keys, key.kid));
        }
    }
    WorkloadStore store(db);
    Result<QList<Workload>> workloads = store.related(keySet, kids);
    if (!workloads.ok())
        return workloads.error();
    TrustMap map(std::move(*sets), std::move(*keys), std::move(*workloads));
    KEYWARD_TRY(store.forEachObserved(keySet, [&](const QString& workload, const QString& set, const QString& kid,
                                                 const QDateTime& first, const QDateTime& last, qint64 count) {
        map.addObservedKey(map.workloadIndex(workload), map.keyIndex(kid, set), first, last, count);
    }));
    return map;
}

Result<TrustMap> TrustMapLoader::load(Database& db)
{
    Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
    if (!snapshot.ok())
        return snapshot.error();
    Result<QList<TrustKeySet>> trustSets = loadSets(db);
    if (!trustSets.ok())
        return trustSets.error();
    Result<QList<TrustKey>> keys = loadKeys(db);
    if (!keys.ok())
        return keys.error();
    KEYWARD_TRY(loadStateTimes(db, *keys));
    WorkloadStore workloads(db);
    Result<QList<Workload>> all = workloads.all();
    if (!all.ok())
        return all.error();
    TrustMap map(std::move(*trustSets), std::move(*keys), std::move(*all));
    KEYWARD_TRY(workloads.forEachObserved([&](const QString& workload, const QString& keySet, const QString& kid,
                                             const QDateTime& first, const QDateTime& last, qint64 count) {
        map.addObservedKey(map.workloadIndex(workload), map.keyIndex(kid, keySet), first, last, count);
    }));
    return map;
}

} // namespace keyward::core
