// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/ChainVerifier.h"
#include "common/Result.h"

#include <memory>

struct sqlite3_mutex;
struct sqlite3_stmt;

namespace keyward::core {

class Database;

// Streams audit_events in seq order as ChainVerifier::RawEvents that point straight into SQLite's
// row buffers: no copy, no QString, no JSON per event. This is the loop behind `audit verify` and
// unlock (issue #15: at least 1,000,000 events per CPU-second), so it talks to SQLite directly:
// Statement::columnView would take the connection's mutex twice per column (the vault is opened
// in serialized mode), which was a sixth of the verification profile. Instead the mutex is held
// across a batch of rows — the per-call locks then only re-enter it — and let go between batches
// so another thread sharing the connection waits at most one batch.
class AuditRows {
public:
    // The caller opens the read snapshot (ReadTransaction) the rows are judged in.
    explicit AuditRows(Database& db);
    ~AuditRows();
    AuditRows(const AuditRows&) = delete;
    AuditRows& operator=(const AuditRows&) = delete;

    // true: `event` holds the next row, valid until the next call; false: no more rows.
    Result<bool> next(ChainVerifier::RawEvent& event);

private:
    static constexpr int kRowsPerLock = 4096;
    void release();

    Database& m_db;
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    sqlite3_mutex* m_held = nullptr;
    int m_rowsUnderLock = 0;
    bool m_done = false;
};

} // namespace keyward::core
