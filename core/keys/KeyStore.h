// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key records and key sets in the vault database (schema 0003). Plain storage: no policy, no
// audit. Governed changes call the write methods from inside an AuditLog::record change callback
// (the commands in this folder do), so the row and its audit event commit together.

#include "common/Result.h"
#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace keyward::core {

class Database;

class KeyStore {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyStore)
public:
    explicit KeyStore(Database& db) : m_db(db) { }

    // What a listing loads. Summary skips the public JWK (the heaviest column), which a table
    // of 100,000 keys does not show; Full loads everything.
    enum class Detail { Summary, Full };

    // Every key, ordered by key set then kid: one query, for an inventory model.
    Result<QList<KeyRecord>> all(Detail detail = Detail::Summary) const;
    Result<QList<KeyRecord>> bySet(const QString& keySet, Detail detail = Detail::Full) const;
    Result<std::optional<KeyRecord>> byId(qint64 id) const;
    Result<std::optional<KeyRecord>> byKid(const QString& keySet, const QString& kid) const;
    Result<QList<KeyRecord>> byKidAnySet(const QString& kid) const; // kids repeat only across sets
    Result<QList<KeyRecord>> byThumbprint(const QString& thumbprint) const;
    // The one key a front end means by "KID [--set S]": NotFound when there is none, and
    // InvalidArgument naming the sets when the kid is in several and no set was given.
    Result<KeyRecord> find(const QString& kid, const QString& keySet = QString()) const;
    Result<std::optional<KeyRecord>> primaryFor(const QString& keySet, KeyUse use) const;
    // Pending keys whose activation time is at or before `now`, oldest first.
    Result<QList<KeyRecord>> pendingDue(const QDateTime& now) const;
    Result<qint64> count() const;

    // Inserts the record (id is ignored) and returns its row id.
    Result<qint64> insert(const KeyRecord& record);
    // Rewrites every mutable column of the row with record.id.
    Status update(const KeyRecord& record);

    Result<QList<KeySet>> keySets() const;
    Result<std::optional<KeySet>> keySet(const QString& name) const;
    // Policies by set name, for computing flags over a listing.
    Result<QHash<QString, KeySetPolicy>> policies() const;
    Status insertKeySet(const KeySet& set, const QString& createdBy, const QDateTime& at);
    Status updateKeySet(const KeySet& set);

    // The database form of times: ISO 8601 UTC with milliseconds; null ⇄ NULL.
    static QString formatTime(const QDateTime& at);
    static QDateTime parseTime(const QString& text);

private:
    Database& m_db;
};

} // namespace keyward::core
