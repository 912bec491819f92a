// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"

#include "keys/StoreRows.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace keyward::core {

namespace {

// Column order shared by every SELECT; public_jwk is last so a summary can leave it out.
const QString kColumns = QStringLiteral(
    "id, kid, key_set, use, alg, kty, curve_or_size, size_bits, strength_bits, owner, environment, "
    "created_at, activates_at, expires_at, retire_after, state, is_primary, version, predecessor_kid, "
    "successor_kid, created_by_product, created_by, thumbprint, has_private, tags, notes");

QString selectKeys(KeyStore::Detail detail)
{
    return QStringLiteral("SELECT ") + kColumns
        + (detail == KeyStore::Detail::Full ? QStringLiteral(", public_jwk") : QStringLiteral(", ''"))
        + QStringLiteral(" FROM keys ");
}

QString nullableText(const Statement& row, int column)
{
    return row.columnIsNull(column) ? QString() : row.columnText(column);
}

KeyRecord keyFromRow(const Statement& row, KeyStore::Detail detail)
{
    KeyRecord key;
    key.id = row.columnInt64(0);
    key.kid = row.columnText(1);
    key.keySet = row.columnText(2);
    key.use = keyUseFromName(row.columnText(3)).value_or(KeyUse::Sig);
    key.alg = row.columnText(4);
    key.keyType = row.columnText(5);
    key.curveOrSize = row.columnText(6);
    key.sizeBits = int(row.columnInt64(7));
    key.strengthBits = int(row.columnInt64(8));
    key.owner = row.columnText(9);
    key.environment = row.columnText(10);
    key.createdAt = KeyStore::parseTime(row.columnText(11));
    key.activatesAt = KeyStore::parseTime(nullableText(row, 12));
    key.expiresAt = KeyStore::parseTime(nullableText(row, 13));
    key.retireAfter = KeyStore::parseTime(nullableText(row, 14));
    // The CHECK constraint keeps unknown names out; a damaged row reads as revoked, the safe side.
    key.state = keyStateFromName(row.columnText(15)).value_or(KeyState::Revoked);
    key.primary = row.columnInt64(16) != 0;
    key.version = int(row.columnInt64(17));
    key.predecessorKid = row.columnText(18);
    key.successorKid = row.columnText(19);
    key.createdByProduct = row.columnText(20);
    key.createdBy = row.columnText(21);
    key.thumbprint = row.columnText(22);
    key.hasPrivate = row.columnInt64(23) != 0;
    const QString tags = row.columnText(24);
    if (!tags.isEmpty())
        key.tags = tags.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    key.notes = row.columnText(25);
    if (detail == KeyStore::Detail::Full)
        key.publicJwk = QJsonDocument::fromJson(row.columnText(26).toUtf8()).object();
    return key;
}

Result<QList<KeyRecord>> runQuery(Database& db, const QString& sql, const RowBinder& bind, KeyStore::Detail detail,
                                  qsizetype expectedRows = 0)
{
    return collectRows<KeyRecord>(
        db, sql, bind, [detail](const Statement& row) { return keyFromRow(row, detail); }, expectedRows);
}

Result<std::optional<KeyRecord>> first(Result<QList<KeyRecord>> rows)
{
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<KeyRecord>();
    return std::optional<KeyRecord>(rows->first());
}

void bindTime(Statement& stmt, int index, const QDateTime& at)
{
    if (at.isValid())
        stmt.bind(index, KeyStore::formatTime(at));
    else
        stmt.bindNull(index);
}

// Binds the 26 stored columns after id, in kWriteColumns order (shared by insert and update).
const QString kWriteColumns = QStringLiteral(
    "kid, key_set, use, alg, kty, curve_or_size, size_bits, strength_bits, owner, environment, created_at, "
    "activates_at, expires_at, retire_after, state, is_primary, version, predecessor_kid, successor_kid, "
    "created_by_product, created_by, thumbprint, has_private, tags, notes, public_jwk");
constexpr int kWriteColumnCount = 26;

void bindKeyColumns(Statement& stmt, const KeyRecord& key)
{
    stmt.bind(1, key.kid)
        .bind(2, key.keySet)
        .bind(3, keyUseName(key.use))
        .bind(4, key.alg)
        .bind(5, key.keyType)
        .bind(6, key.curveOrSize)
        .bind(7, key.sizeBits)
        .bind(8, key.strengthBits)
        .bind(9, key.owner)
        .bind(10, key.environment)
        .bind(11, KeyStore::formatTime(key.createdAt));
    bindTime(stmt, 12, key.activatesAt);
    bindTime(stmt, 13, key.expiresAt);
    bindTime(stmt, 14, key.retireAfter);
    stmt.bind(15, keyStateName(key.state))
        .bind(16, key.primary)
        .bind(17, key.version)
        .bind(18, key.predecessorKid)
        .bind(19, key.successorKid)
        .bind(20, key.createdByProduct)
        .bind(21, key.createdBy)
        .bind(22, key.thumbprint)
        .bind(23, key.hasPrivate)
        .bind(24, key.tags.join(QLatin1Char('\n')))
        .bind(25, key.notes)
        .bind(26, QString::fromUtf8(QJsonDocument(key.publicJwk).toJson(QJsonDocument::Compact)));
}

KeySet keySetFromRow(const Statement& row)
{
    KeySet set;
    set.name = row.columnText(0);
    set.policy.cryptoperiodSecs = row.columnInt64(1);
    set.policy.warnFirstSecs = row.columnInt64(2);
    set.policy.warnFinalSecs = row.columnInt64(3);
    set.policy.maxTokenTtlSecs = row.columnInt64(4);
    set.policy.clockSkewSecs = row.columnInt64(5);
    set.policy.minOverlapSecs = row.columnInt64(6);
    set.policy.defaultEnvironment = row.columnText(7);
    set.bundleSigningKid = row.columnText(8);
    return set;
}

const QString kKeySetSelect = QStringLiteral(
    "SELECT name, cryptoperiod_secs, warn_first_secs, warn_final_secs, max_token_ttl_secs, clock_skew_secs, "
    "min_overlap_secs, default_env, bundle_signing_kid FROM key_sets ");

} // namespace

QString KeyStore::formatTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime KeyStore::parseTime(const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    // Fast path for the one form formatTime writes ("2026-01-01T09:00:00.000Z"): listing 100,000
    // keys parses 400,000 of these, and the generic ISO parser is several times slower.
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')
        && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
        const auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text.at(i).unicode() - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

Result<QList<KeyRecord>> KeyStore::all(Detail detail) const
{
    // Table order on purpose: ORDER BY key_set, kid walks the index and fetches every row by id
    // (one page decryption per key), and even a sorted scan doubles the time for 100,000 keys.
    // Views sort for themselves.
    Result<qint64> rows = count();
    return runQuery(m_db, selectKeys(detail) + QStringLiteral("ORDER BY id"), {}, detail,
        rows.ok() ? qsizetype(*rows) : 0);
}

Result<QList<KeyRecord>> KeyStore::bySet(const QString& keySet, Detail detail) const
{
    return runQuery(m_db, selectKeys(detail) + QStringLiteral("WHERE key_set = ? ORDER BY kid"),
        [&](Statement& s) { s.bind(1, keySet); }, detail);
}

Result<std::optional<KeyRecord>> KeyStore::byId(qint64 id) const
{
    return first(runQuery(m_db, selectKeys(Detail::Full) + QStringLiteral("WHERE id = ?"),
        [&](Statement& s) { s.bind(1, id); }, Detail::Full));
}

Result<std::optional<KeyRecord>> KeyStore::byKid(const QString& keySet, const QString& kid) const
{
    return first(runQuery(m_db, selectKeys(Detail::Full) + QStringLiteral("WHERE key_set = ? AND kid = ?"),
        [&](Statement& s) { s.bind(1, keySet).bind(2, kid); }, Detail::Full));
}

Result<QList<KeyRecord>> KeyStore::byKidAnySet(const QString& kid) const
{
    return runQuery(m_db, selectKeys(Detail::Full) + QStringLiteral("WHERE kid = ? ORDER BY key_set"),
        [&](Statement& s) { s.bind(1, kid); }, Detail::Full);
}

Result<QList<KeyRecord>> KeyStore::byThumbprint(const QString& thumbprint) const
{
    return runQuery(m_db, selectKeys(Detail::Full) + QStringLiteral("WHERE thumbprint = ? ORDER BY key_set, kid"),
        [&](Statement& s) { s.bind(1, thumbprint); }, Detail::Full);
}

Result<KeyRecord> KeyStore::find(const QString& kid, const QString& keySet) const
{
    if (!keySet.isEmpty()) {
        Result<std::optional<KeyRecord>> key = byKid(keySet, kid);
        if (!key.ok())
            return key.error();
        if (!key->has_value())
            return Error(ErrorCode::NotFound, tr("Key set %1 has no key with kid \"%2\".").arg(keySet, kid));
        return **key;
    }
    Result<QList<KeyRecord>> keys = byKidAnySet(kid);
    if (!keys.ok())
        return keys.error();
    if (keys->isEmpty())
        return Error(ErrorCode::NotFound, tr("No key has kid \"%1\".").arg(kid));
    if (keys->size() > 1) {
        QStringList sets;
        for (const KeyRecord& key : *keys)
            sets << key.keySet;
        return Error(ErrorCode::InvalidArgument,
            tr("The kid \"%1\" is in several key sets (%2); name the set.").arg(kid, sets.join(QStringLiteral(", "))));
    }
    return keys->first();
}

Result<std::optional<KeyRecord>> KeyStore::primaryFor(const QString& keySet, KeyUse use) const
{
    return first(runQuery(m_db,
        selectKeys(Detail::Full) + QStringLiteral("WHERE key_set = ? AND use = ? AND is_primary = 1"),
        [&](Statement& s) { s.bind(1, keySet).bind(2, keyUseName(use)); }, Detail::Full));
}

Result<QList<KeyRecord>> KeyStore::pendingDue(const QDateTime& now) const
{
    // Fixed-width UTC text compares in time order, so the index on (state, activates_at) serves.
    return runQuery(m_db,
        selectKeys(Detail::Full)
            + QStringLiteral("WHERE state = 'pending' AND activates_at IS NOT NULL AND activates_at <= ? "
                             "ORDER BY activates_at, id"),
        [&](Statement& s) { s.bind(1, formatTime(now)); }, Detail::Full);
}

Result<qint64> KeyStore::count() const
{
    return m_db.queryInt64(QStringLiteral("SELECT COUNT(*) FROM keys"));
}

Result<qint64> KeyStore::insert(const KeyRecord& record)
{
    QString placeholders;
    for (int i = 0; i < kWriteColumnCount; ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT INTO keys (") + kWriteColumns + QStringLiteral(") VALUES (") + placeholders
        + QStringLiteral(")"));
    if (!stmt.ok())
        return stmt.error();
    bindKeyColumns(*stmt, record);
    KEYWARD_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Status KeyStore::update(const KeyRecord& record)
{
    QString assignments;
    const QStringList columns = kWriteColumns.split(QStringLiteral(", "));
    for (const QString& column : columns)
        assignments += (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + column + QStringLiteral(" = ?");
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("UPDATE keys SET ") + assignments + QStringLiteral(" WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    bindKeyColumns(*stmt, record);
    stmt->bind(kWriteColumnCount + 1, record.id);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("The key record %1 no longer exists.").arg(record.kid));
    return {};
}

Result<QList<KeySet>> KeyStore::keySets() const
{
    return collectRows<KeySet>(m_db, kKeySetSelect + QStringLiteral("ORDER BY name"), {}, keySetFromRow);
}

Result<std::optional<KeySet>> KeyStore::keySet(const QString& name) const
{
    Result<QList<KeySet>> sets = collectRows<KeySet>(
        m_db, kKeySetSelect + QStringLiteral("WHERE name = ?"), [&](Statement& s) { s.bind(1, name); }, keySetFromRow);
    if (!sets.ok())
        return sets.error();
    return sets->isEmpty() ? std::optional<KeySet>() : std::optional<KeySet>(sets->first());
}

Result<QHash<QString, KeySetPolicy>> KeyStore::policies() const
{
    Result<QList<KeySet>> sets = keySets();
    if (!sets.ok())
        return sets.error();
    QHash<QString, KeySetPolicy> result;
    for (const KeySet& set : *sets)
        result.insert(set.name, set.policy);
    return result;
}

Status KeyStore::insertKeySet(const KeySet& set, const QString& createdBy, const QDateTime& at)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO key_sets (name, cryptoperiod_secs, warn_first_secs, warn_final_secs, max_token_ttl_secs, "
        "clock_skew_secs, min_overlap_secs, default_env, bundle_signing_kid, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, set.name)
        .bind(2, set.policy.cryptoperiodSecs)
        .bind(3, set.policy.warnFirstSecs)
        .bind(4, set.policy.warnFinalSecs)
        .bind(5, set.policy.maxTokenTtlSecs)
        .bind(6, set.policy.clockSkewSecs)
        .bind(7, set.policy.minOverlapSecs)
        .bind(8, set.policy.defaultEnvironment)
        .bind(9, set.bundleSigningKid)
        .bind(10, formatTime(at))
        .bind(11, createdBy);
    return stmt->run();
}

Status KeyStore::updateKeySet(const KeySet& set)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE key_sets SET cryptoperiod_secs = ?, warn_first_secs = ?, warn_final_secs = ?, "
        "max_token_ttl_secs = ?, clock_skew_secs = ?, min_overlap_secs = ?, default_env = ?, "
        "bundle_signing_kid = ? WHERE name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, set.policy.cryptoperiodSecs)
        .bind(2, set.policy.warnFirstSecs)
        .bind(3, set.policy.warnFinalSecs)
        .bind(4, set.policy.maxTokenTtlSecs)
        .bind(5, set.policy.clockSkewSecs)
        .bind(6, set.policy.minOverlapSecs)
        .bind(7, set.policy.defaultEnvironment)
        .bind(8, set.bundleSigningKid)
        .bind(9, set.name);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no key set named \"%1\".").arg(set.name));
    return {};
}

} // namespace keyward::core
