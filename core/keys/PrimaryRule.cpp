// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrimaryRule.h"

#include "keys/KeyStore.h"
#include "storage/Database.h"

namespace keyward::core {

Result<bool> PrimaryRule::everHadPrimary(Database& db, const QString& keySet, KeyUse use)
{
    Result<Statement> stmt
        = db.prepare(QStringLiteral("SELECT 1 FROM key_primary_history WHERE key_set = ? AND use = ? LIMIT 1"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, keySet).bind(2, keyUseName(use));
    return stmt->step();
}

Result<bool> PrimaryRule::entersAsPrimary(Database& db, const QString& keySet, KeyUse use)
{
    Result<bool> had = everHadPrimary(db, keySet, use);
    if (!had.ok())
        return had.error();
    return !*had;
}

Result<bool> PrimaryRule::wasPrimary(Database& db, qint64 keyId)
{
    Result<Statement> stmt = db.prepare(QStringLiteral("SELECT 1 FROM key_primary_history WHERE key_id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, keyId);
    return stmt->step();
}

Result<std::optional<KeyRecord>> PrimaryRule::rotationSubject(Database& db, const QString& keySet, KeyUse use)
{
    const KeyStore store(db);
    Result<std::optional<KeyRecord>> primary = store.primaryFor(keySet, use);
    if (!primary.ok() || primary->has_value())
        return primary;
    // The most recent former primary that is revoked: the one whose loss left the set without.
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT h.key_id FROM key_primary_history h JOIN keys k ON k.id = h.key_id "
        "WHERE h.key_set = ? AND h.use = ? AND k.state = 'revoked' ORDER BY h.seq DESC LIMIT 1"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, keySet).bind(2, keyUseName(use));
    Result<bool> row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<KeyRecord>();
    return store.byId(stmt->columnInt64(0));
}

Status PrimaryRule::checkVacantSubject(Database& db, const KeyRecord& key)
{
    Result<std::optional<KeyRecord>> primary = KeyStore(db).primaryFor(key.keySet, key.use);
    if (!primary.ok())
        return primary.error();
    if (primary->has_value())
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is not the primary %2 key of key set %3; \"%4\" is. Only the current primary is rotated.")
                .arg(key.kid, keyUseName(key.use), key.keySet, (*primary)->kid));
    if (key.state != KeyState::Revoked)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is %2 and key set %3 has no primary %4 key; a rotation names the revoked key that was "
               "primary.")
                .arg(key.kid, keyStateName(key.state), key.keySet, keyUseName(key.use)));
    Result<bool> was = wasPrimary(db, key.id);
    if (!was.ok())
        return was.error();
    if (!*was)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" was never the primary %2 key of key set %3; a rotation names the revoked key that was.")
                .arg(key.kid, keyUseName(key.use), key.keySet));
    return {};
}

QString PrimaryRule::admissionNote(Database& db, const KeyRecord& key)
{
    if (key.state != KeyState::Active || key.primary)
        return QString();
    Result<std::optional<KeyRecord>> subject = rotationSubject(db, key.keySet, key.use);
    const QString current = subject.ok() && subject->has_value() ? (*subject)->kid : tr("CURRENT");
    //: %1 is the key that stays or was primary, %2 the key just added; the command is shown as is.
    return tr("active, not primary — make it primary with a rotation request (keyward-cli request rotate %1 "
              "--successor %2 --reason ...)")
        .arg(current, key.kid);
}

} // namespace keyward::core
