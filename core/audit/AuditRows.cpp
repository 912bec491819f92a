// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRows.h"

#include "storage/Database.h"

#include <sqlcipher/sqlite3.h>

namespace keyward::core {

void AuditRows::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}

AuditRows::AuditRows(Database& db) : m_db(db) { }

AuditRows::~AuditRows()
{
    release();
}

void AuditRows::release()
{
    if (m_held)
        sqlite3_mutex_leave(m_held);
    m_held = nullptr;
    m_rowsUnderLock = 0;
}

namespace {

QByteArrayView textOf(sqlite3_stmt* stmt, int column)
{
    // Text first, then its size: the order SQLite documents for a stable pointer.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, column)) : QByteArrayView();
}

} // namespace

Result<bool> AuditRows::next(ChainVerifier::RawEvent& event)
{
    if (m_done)
        return false;
    if (!m_stmt) {
        sqlite3_stmt* stmt = nullptr;
        static constexpr char kSql[]
            = "SELECT seq, at, actor, action, subject, details, prev, hash FROM audit_events ORDER BY seq";
        if (sqlite3_prepare_v2(m_db.handle(), kSql, int(sizeof(kSql)), &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return m_db.lastError(ChainVerifier::tr("Could not read the audit log"));
        }
        m_stmt.reset(stmt);
    }
    if (!m_held) {
        m_held = sqlite3_db_mutex(m_db.handle()); // null when the connection is not serialized
        if (m_held)
            sqlite3_mutex_enter(m_held);
    }
    sqlite3_stmt* stmt = m_stmt.get();
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
        m_done = true;
        release();
        return false;
    }
    if (rc != SQLITE_ROW) {
        // The error is read while the mutex is still held, so no other thread's call replaces it.
        Error error = m_db.lastError(ChainVerifier::tr("Could not read the audit log"));
        m_done = true;
        release();
        return error;
    }
    event.seq = sqlite3_column_int64(stmt, 0);
    event.at = textOf(stmt, 1);
    event.actor = textOf(stmt, 2);
    event.action = textOf(stmt, 3);
    event.subject = textOf(stmt, 4);
    event.detailsJson = textOf(stmt, 5);
    event.prev = textOf(stmt, 6);
    event.hash = textOf(stmt, 7);
    // Let go between batches (the row stays valid: the statement is not stepped meanwhile).
    if (++m_rowsUnderLock >= kRowsPerLock)
        release();
    return true;
}

} // namespace keyward::core
