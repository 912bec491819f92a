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

} // namespace keyward::core
