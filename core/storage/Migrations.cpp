// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace keyward::core {

QList<Migration> Migrations::all()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.append(Migration { match.captured(1).toInt(), name, file.readAll() });
    }
    std::sort(result.begin(), result.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}

int Migrations::latestVersion()
{
    const QList<Migration> migrations = all();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<int> Migrations::currentVersion(Database& db)
{
    Result<qint64> version = db.queryInt64(QStringLiteral("PRAGMA user_version"));
    if (!version.ok())
        return version.error();
    return int(*version);
}

static Status applySteps(Database& db, int fromVersion, int targetVersion)
{
    const QList<Migration> migrations = Migrations::all();
    int expected = fromVersion + 1;
    for (const Migration& migration : migrations) {
        if (migration.version <= fromVersion || migration.version > targetVersion)
            continue;
        if (migration.version != expected)
            return Error(ErrorCode::Internal,
                         Migrations::tr("Schema migration %1 is missing.").arg(expected));
        const Status status = db.exec(QString::fromUtf8(migration.sql));
        if (!status.ok())
            return Error(status.code(),
                         Migrations::tr("Schema migration %1 failed: %2").arg(migration.name, status.message()));
        ++expected;
    }
    if (expected != targetVersion + 1)
        return Error(ErrorCode::Internal, Migrations::tr("Schema migration %1 is missing.").arg(expected));
    // user_version lives in the database header, so setting it is part of this transaction.
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion));
}

Result<int> Migrations::upgrade(Database& db, int targetVersion, const Hook& inTransaction)
{
    Result<int> current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (*current > latestVersion())
        return Error(ErrorCode::NewerSchema,
                     tr("This vault uses schema version %1, but this Keyward only knows versions up to %2. "
                        "Open it with a newer Keyward; nothing was changed.")
                         .arg(*current)
                         .arg(latestVersion()));
    if (*current <= 0)
        return Error(ErrorCode::VaultDamaged,
                     tr("The vault database %1 holds no Keyward schema; it is damaged or not a vault.").arg(db.path()));
    if (*current >= targetVersion)
        return *current;

    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    // Another process may have upgraded between our read and the write lock.
    Result<int> locked = currentVersion(db);
    if (!locked.ok())
        return locked.error();
    if (*locked >= targetVersion)
        return *locked;
    KEYWARD_TRY(applySteps(db, *locked, targetVersion));
    if (inTransaction)
        KEYWARD_TRY(inTransaction(*locked, targetVersion));
    KEYWARD_TRY(transaction->commit());
    return targetVersion;
}

Status Migrations::initialise(Database& db, int targetVersion)
{
    Result<int> current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (*current != 0)
        return Error(ErrorCode::AlreadyExists, tr("The database already has a schema."));
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    KEYWARD_TRY(applySteps(db, 0, targetVersion));
    return transaction->commit();
}

} // namespace keyward::core
