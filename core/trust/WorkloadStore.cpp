// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkloadStore.h"

#include "keys/KeyStore.h"
#include "storage/Database.h"

#include <QSet>

namespace keyward::core {

namespace {

const QString kSelectWorkloads = QStringLiteral(
    "SELECT id, name, owner, environment, cache_ttl_secs, refresh_mode, max_token_ttl_secs, notes FROM workloads ");

Workload fromRow(const Statement& st)
{
    Workload w;
    w.id = st.columnInt64(0);
    w.name = st.columnText(1);
    w.owner = st.columnText(2);
    w.environment = st.columnText(3);
    w.cacheTtlSecs = st.columnInt64(4);
    w.refresh = refreshModeFromName(st.columnText(5)).value_or(RefreshMode::Poll);
    w.maxTokenTtlSecs = st.columnInt64(6);
    w.notes = st.columnText(7);
    return w;
}

} // namespace

Result<QList<Workload>> WorkloadStore::all() const
{
    Result<Statement> st = m_db.prepare(kSelectWorkloads + QStringLiteral("ORDER BY name"));
    if (!st.ok())
        return st.error();
    QList<Workload> result;
    QHash<qint64, int> byId;
    for (;;) {
        Result<bool> row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        byId.insert(st->columnInt64(0), int(result.size()));
        result.append(fromRow(*st));
    }
    Result<Statement> trust = m_db.prepare(
        QStringLiteral("SELECT workload_id, kind, target FROM workload_trust ORDER BY workload_id, kind, target"));
    if (!trust.ok())
        return trust.error();
    for (;;) {
        Result<bool> row = trust->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const int index = byId.value(trust->columnInt64(0), -1);
        if (index < 0)
            continue;
        Workload& w = result[index];
        (trust->columnText(1) == QLatin1String("set") ? w.trustedSets : w.pinnedKids).append(trust->columnText(2));
    }
    return result;
}

Result<std::optional<Workload>> WorkloadStore::byName(const QString& name) const
{
    Result<Statement> st = m_db.prepare(kSelectWorkloads + QStringLiteral("WHERE name = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, name);
    Result<bool> row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<Workload> {};
    Workload w = fromRow(*st);
    Result<Statement> trust
        = m_db.prepare(QStringLiteral("SELECT kind, target FROM workload_trust WHERE workload_id = ?1 ORDER BY kind, target"));
    if (!trust.ok())
        return trust.error();
    trust->bind(1, w.id);
    for (;;) {
        Result<bool> next = trust->step();
        if (!next.ok())
            return next.error();
        if (!*next)
            break;
        (trust->columnText(0) == QLatin1String("set") ? w.trustedSets : w.pinnedKids).append(trust->columnText(1));
    }
    return std::optional<Workload>(std::move(w));
}

Result<QList<Workload>> WorkloadStore::trusting(const QString& keySet, const QString& kid) const
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT w.name FROM workloads w JOIN workload_trust t ON t.workload_id = w.id "
        "WHERE (t.kind = 'set' AND t.target = ?1) OR (t.kind = 'kid' AND t.target = ?2) ORDER BY w.name"));
    if (!st.ok())
        return st.error();
    st->bind(1, keySet).bind(2, kid);
    QStringList names;
    for (;;) {
        Result<bool> row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        names.append(st->columnText(0));
    }
    QList<Workload> result;
    for (const QString& name : std::as_const(names)) {
        Result<std::optional<Workload>> w = byName(name);
        if (!w.ok())
            return w.error();
        if (w->has_value())
            result.append(**w);
    }
    return result;
}

Status WorkloadStore::writeTrust(qint64 id, const Workload& workload)
{
    Result<Statement> clear = m_db.prepare(QStringLiteral("DELETE FROM workload_trust WHERE workload_id = ?1"));
    if (!clear.ok())
        return clear.error();
    KEYWARD_TRY(clear->bind(1, id).run());
    const auto add = [&](const QString& kind, const QString& target) -> Status {
        // A statement is stepped once per borrow: borrow it again for each row.
        Result<Statement> st = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO workload_trust (workload_id, kind, target) VALUES (?1, ?2, ?3)"));
        if (!st.ok())
            return st.error();
        return st->bind(1, id).bind(2, kind).bind(3, target).run();
    };
    for (const QString& set : workload.trustedSets)
        KEYWARD_TRY(add(QStringLiteral("set"), set));
    for (const QString& kid : workload.pinnedKids)
        KEYWARD_TRY(add(QStringLiteral("kid"), kid));
    return {};
}

Result<qint64> WorkloadStore::insert(const Workload& w, const QDateTime& at, const QString& by)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT INTO workloads (name, owner, environment, cache_ttl_secs, refresh_mode, max_token_ttl_secs, notes, "
        "created_at, created_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8)"));
    if (!st.ok())
        return st.error();
    st->bind(1, w.name).bind(2, w.owner).bind(3, w.environment).bind(4, w.cacheTtlSecs);
    st->bind(5, refreshModeName(w.refresh)).bind(6, w.maxTokenTtlSecs).bind(7, w.notes);
    st->bind(8, KeyStore::formatTime(at)).bind(9, by);
    KEYWARD_TRY(st->run());
    const qint64 id = m_db.lastInsertRowId();
    KEYWARD_TRY(writeTrust(id, w));
    return id;
}

Status WorkloadStore::update(const Workload& w, const QDateTime& at)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "UPDATE workloads SET owner = ?2, environment = ?3, cache_ttl_secs = ?4, refresh_mode = ?5, "
        "max_token_ttl_secs = ?6, notes = ?7, updated_at = ?8 WHERE id = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, w.id).bind(2, w.owner).bind(3, w.environment).bind(4, w.cacheTtlSecs);
    st->bind(5, refreshModeName(w.refresh)).bind(6, w.maxTokenTtlSecs).bind(7, w.notes);
    st->bind(8, KeyStore::formatTime(at));
    KEYWARD_TRY(st->run());
    return writeTrust(w.id, w);
}

Status WorkloadStore::remove(qint64 id)
{
    for (const char* sql : { "DELETE FROM trust_observations WHERE workload_id = ?1",
             "DELETE FROM workload_trust WHERE workload_id = ?1", "DELETE FROM workloads WHERE id = ?1" }) {
        Result<Statement> st = m_db.prepare(QString::fromLatin1(sql));
        if (!st.ok())
            return st.error();
        KEYWARD_TRY(st->bind(1, id).run());
    }
    return {};
}

Status WorkloadStore::forEachObserved(const ObservedVisitor& visit) const
{
    return forEachObserved(QString(), visit);
}

Result<QList<Workload>> WorkloadStore::related(const QString& keySet, const QStringList& kids) const
{
    QSet<QString> names;
    const auto collect = [&](const QString& sql, const QString& value) -> Status {
        Result<Statement> st = m_db.prepare(sql);
        if (!st.ok())
            return st.error();
        st->bind(1, value);
        for (;;) {
            Result<bool> row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                return {};
            names.insert(st->columnText(0));
        }
    };
    const QString byTrust = QStringLiteral(
        "SELECT w.name FROM workload_trust t JOIN workloads w ON w.id = t.workload_id WHERE t.kind = ?2 AND t.target = ?1");
    const auto collectTrust = [&](const char* kind, const QString& target) -> Status {
        Result<Statement> st = m_db.prepare(byTrust);
        if (!st.ok())
            return st.error();
        st->bind(1, target).bind(2, QString::fromLatin1(kind));
        for (;;) {
            Result<bool> row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                return {};
            names.insert(st->columnText(0));
        }
    };
    KEYWARD_TRY(collectTrust("set", keySet));
    for (const QString& kid : kids)
        KEYWARD_TRY(collectTrust("kid", kid));
    KEYWARD_TRY(collect(QStringLiteral("SELECT DISTINCT w.name FROM trust_observations o JOIN workloads w ON w.id = o.workload_id "
                                       "WHERE o.key_set = ?1"),
        keySet));
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    QList<Workload> result;
    for (const QString& name : std::as_const(sorted)) {
        Result<std::optional<Workload>> w = byName(name);
        if (!w.ok())
            return w.error();
        if (w->has_value())
            result.append(**w);
    }
    return result;
}

Status WorkloadStore::forEachObserved(const QString& keySet, const ObservedVisitor& visit) const
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "SELECT w.name, o.key_set, o.kid, o.first_seen, o.last_seen, o.seen_count FROM trust_observations o "
        "JOIN workloads w ON w.id = o.workload_id %1")
                                            .arg(keySet.isEmpty() ? QString() : QStringLiteral("WHERE o.key_set = ?1")));
    if (!st.ok())
        return st.error();
    if (!keySet.isEmpty())
        st->bind(1, keySet);
    for (;;) {
        Result<bool> row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        visit(st->columnText(0), st->columnText(1), st->columnText(2), KeyStore::parseTime(st->columnText(3)),
            KeyStore::parseTime(st->columnText(4)), st->columnInt64(5));
    }
    return {};
}

Status WorkloadStore::mergeObserved(qint64 workloadId, const QString& keySet, const QString& kid, const QDateTime& first,
                                    const QDateTime& last, qint64 count)
{
    // No UPSERT on SQLite 3.15: insert the row if missing, then fold into it.
    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO trust_observations (workload_id, key_set, kid, first_seen, last_seen, seen_count) "
        "VALUES (?1, ?2, ?3, ?4, ?5, 0)"));
    if (!insert.ok())
        return insert.error();
    const QString firstText = KeyStore::formatTime(first);
    const QString lastText = KeyStore::formatTime(last);
    KEYWARD_TRY(insert->bind(1, workloadId).bind(2, keySet).bind(3, kid).bind(4, firstText).bind(5, lastText).run());
    Result<Statement> fold = m_db.prepare(QStringLiteral(
        "UPDATE trust_observations SET first_seen = min(first_seen, ?4), last_seen = max(last_seen, ?5), "
        "seen_count = seen_count + ?6 WHERE workload_id = ?1 AND key_set = ?2 AND kid = ?3"));
    if (!fold.ok())
        return fold.error();
    return fold->bind(1, workloadId).bind(2, keySet).bind(3, kid).bind(4, firstText).bind(5, lastText).bind(6, count).run();
}

Result<bool> WorkloadStore::fileImported(const QString& digest) const
{
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT 1 FROM observation_imports WHERE digest = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, digest);
    return st->step();
}

Status WorkloadStore::recordFileImport(const QString& digest, const QString& fileName, const QDateTime& at,
                                       const QString& by, qint64 lines, qint64 accepted)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT INTO observation_imports (digest, file_name, imported_at, imported_by, lines, accepted) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st.ok())
        return st.error();
    return st->bind(1, digest).bind(2, fileName).bind(3, KeyStore::formatTime(at)).bind(4, by).bind(5, lines)
        .bind(6, accepted).run();
}

} // namespace keyward::core
