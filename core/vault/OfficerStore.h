// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The officers table. Callers change it only inside AuditLog::record (the audited door).

#include "common/Result.h"
#include "vault/Officer.h"

#include <QCoreApplication>
#include <optional>

namespace keyward::core {

class Database;

class OfficerStore {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::OfficerStore)
public:
    explicit OfficerStore(Database& db) : m_db(db) { }

    Result<QList<Officer>> all() const;
    Result<std::optional<Officer>> find(const QString& name) const;
    // Names only, with the columns every schema version has (used before migrations run).
    Result<QStringList> names() const;

    Status insert(const Officer& officer);
    Status remove(const QString& name);
    Status setAcknowledged(const QString& name, const QDateTime& at);
    Status setRoles(const QString& name, const QList<Role>& roles);
    // An enrolling officer's own signing key, once they enrolled (Vault::enroll).
    Status setSigningJwk(const QString& name, const QJsonObject& jwk);

    // "admin,approver" <-> roles; unknown names are dropped (a newer Keyward's role).
    static QString encodeRoles(const QList<Role>& roles);
    static QList<Role> decodeRoles(const QString& text);

private:
    Database& m_db;
};

} // namespace keyward::core
