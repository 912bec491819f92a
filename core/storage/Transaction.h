// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace keyward::core {

class Database;

// RAII transaction: rolled back unless commit() succeeded. The outermost one is BEGIN IMMEDIATE
// (the write lock is taken up front, so a second process waits instead of failing mid-way);
// nested ones are savepoints, so AuditLog::record composes inside a larger change.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Transaction)
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    Transaction(Database* db, int depth) : m_db(db), m_depth(depth) { }
    QString savepointName() const;

    Database* m_db = nullptr;
    int m_depth = 0; // 1 for the outermost
    bool m_open = false;
};

// RAII read snapshot: every read made while it lives sees the vault as of one moment, so a
// judgement drawn from several reads (the audit events and the head, a request and its decisions,
// keys and their set policies) never mixes states from before and after another program's commit.
// In rollback-journal mode this is BEGIN plus a first read: the SHARED lock it takes is held to
// the end, and another program's commit waits for it (busy timeout) instead of slipping in between.
// Inside a write Transaction, or inside another ReadTransaction, it does nothing: the outer one
// already gives a consistent view. Writes do not belong in it: a Transaction begun inside one is
// refused (upgrading a read lock can deadlock with another writer, which SQLite answers with Busy
// at once), so a read-then-write decision starts with a Transaction instead.
class ReadTransaction {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ReadTransaction)
public:
    // Busy when another program held its write lock past the busy timeout.
    static Result<ReadTransaction> begin(Database& db);
    ReadTransaction(ReadTransaction&& other) noexcept;
    ReadTransaction& operator=(ReadTransaction&&) = delete;
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction();

    // Releases the snapshot (and the lock) before the end of the scope.
    void end();

private:
    explicit ReadTransaction(Database* db) : m_db(db) { }

    Database* m_db = nullptr; // null for a nested (no-op) snapshot
};

} // namespace keyward::core
