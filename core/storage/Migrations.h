// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Numbered schema migrations, compiled in from resources/sql/NNNN_name.sql as :/sql/NNNN_name.sql.
// The schema version is SQLite's user_version; all pending steps run in one transaction.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace keyward::core {

class Database;

struct Migration {
    int version = 0;
    QString name; // file name, e.g. "0002_audit_head.sql"
    QByteArray sql;
};

class Migrations {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Migrations)
public:
    static QList<Migration> all(); // ascending, contiguous from 1
    static int latestVersion();

    static Result<int> currentVersion(Database& db);

    // Refuses (NewerSchema) a database written by a newer Keyward and (VaultDamaged) one without
    // any schema, both without writing. Otherwise applies every step up to `targetVersion`, then
    // `inTransaction(from, to)` (e.g. the audit event of the upgrade), all in one transaction.
    using Hook = std::function<Status(int fromVersion, int toVersion)>;
    static Result<int> upgrade(Database& db, int targetVersion, const Hook& inTransaction = {});
    // For a freshly created, empty database.
    static Status initialise(Database& db, int targetVersion);
};

} // namespace keyward::core
