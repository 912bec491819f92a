// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows of the trust map tables (schema 9). No rules and no audit here: WorkloadCommands and
// ObservationImport decide and record; this only reads and writes inside their transactions.

#include "common/Result.h"
#include "trust/TrustMap.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace keyward::core {

class Database;

class WorkloadStore {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::WorkloadStore)
public:
    explicit WorkloadStore(Database& db) : m_db(db) { }

    Result<QList<Workload>> all() const; // by name, with trusted sets and pinned kids
    Result<std::optional<Workload>> byName(const QString& name) const;
    // Workloads that trust `keySet` or pin `kid` (any set).
    Result<QList<Workload>> trusting(const QString& keySet, const QString& kid) const;

    Result<qint64> insert(const Workload& workload, const QDateTime& at, const QString& by);
    Status update(const Workload& workload, const QDateTime& at); // by id
    Status remove(qint64 id); // the workload, its declared trust and its observations

    using ObservedVisitor = std::function<void(const QString& workload, const QString& keySet, const QString& kid,
                                               const QDateTime& first, const QDateTime& last, qint64 count)>;
    Status forEachObserved(const ObservedVisitor& visit) const;
    Status forEachObserved(const QString& keySet, const ObservedVisitor& visit) const; // one set's kids
    // Workloads that trust `keySet`, pin one of `kids`, or were observed using a kid of `keySet`.
    Result<QList<Workload>> related(const QString& keySet, const QStringList& kids) const;
    // Folds an aggregate into the stored one (min first, max last, counts add).
    Status mergeObserved(qint64 workloadId, const QString& keySet, const QString& kid, const QDateTime& first,
                         const QDateTime& last, qint64 count);

    Result<bool> fileImported(const QString& digest) const;
    Status recordFileImport(const QString& digest, const QString& fileName, const QDateTime& at, const QString& by,
                            qint64 lines, qint64 accepted);

private:
    Status writeTrust(qint64 id, const Workload& workload);

    Database& m_db;
};

} // namespace keyward::core
