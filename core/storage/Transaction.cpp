// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "storage/Database.h"

#include <utility>

namespace keyward::core {

Result<Transaction> Transaction::begin(Database& db)
{
    const int depth = db.m_transactionDepth + 1;
    if (depth == 1 && db.m_readSnapshot)
        return Error(ErrorCode::Internal, tr("A change was started inside a read snapshot; start the write "
                                             "transaction first."));
    Transaction transaction(&db, depth);
    const Status status = db.exec(depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                             : QStringLiteral("SAVEPOINT %1").arg(transaction.savepointName()));
    if (!status.ok())
        return status.error();
    db.m_transactionDepth = depth;
    transaction.m_open = true;
    return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_depth(other.m_depth), m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

QString Transaction::savepointName() const
{
    return QStringLiteral("keyward_sp_%1").arg(m_depth);
}

Status Transaction::commit()
{
    if (!m_open)
        return Error(ErrorCode::Internal, tr("The transaction is no longer open."));
    if (m_depth == 1 && m_db->m_beforeCommit) {
        if (const Status sealed = m_db->m_beforeCommit(); !sealed.ok()) {
            rollback();
            return sealed;
        }
    }
    const Status status = m_db->exec(m_depth == 1 ? QStringLiteral("COMMIT")
                                                  : QStringLiteral("RELEASE %1").arg(savepointName()));
    if (!status.ok()) {
        rollback();
        return status;
    }
    m_open = false;
    m_db->m_transactionDepth = m_depth - 1;
    if (m_depth == 1 && m_db->m_afterCommit)
        m_db->m_afterCommit();
    return {};
}

void Transaction::rollback()
{
    if (!m_open || !m_db)
        return;
    m_open = false;
    if (m_depth == 1) {
        // A failed COMMIT may already have ended the transaction; ROLLBACK then reports "no
        // transaction is active", which is the state we want anyway.
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(savepointName()));
    }
    m_db->m_transactionDepth = m_depth - 1;
}

// ---------------------------------------------------------------- ReadTransaction

Result<ReadTransaction> ReadTransaction::begin(Database& db)
{
    if (db.m_transactionDepth > 0 || db.m_readSnapshot)
        return ReadTransaction(nullptr);
    // BEGIN (deferred) takes no lock yet; the first read takes SHARED, waiting out a writer's
    // commit within the busy timeout. PRAGMA schema_version is the cheapest read there is.
    KEYWARD_TRY(db.exec(QStringLiteral("BEGIN")));
    if (Status first = db.exec(QStringLiteral("PRAGMA schema_version")); !first.ok()) {
        (void)db.exec(QStringLiteral("ROLLBACK"));
        return first.error();
    }
    db.m_readSnapshot = true;
    return ReadTransaction(&db);
}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

ReadTransaction::~ReadTransaction()
{
    end();
}

void ReadTransaction::end()
{
    if (!m_db)
        return;
    // Nothing was written (Transaction::begin refuses inside a snapshot), so ROLLBACK only drops
    // the lock; it also cannot fail for want of a lock, as a COMMIT could.
    (void)m_db->exec(QStringLiteral("ROLLBACK"));
    m_db->m_readSnapshot = false;
    m_db = nullptr;
}

} // namespace keyward::core
