// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII access to one SQLCipher database. Everything that touches vault.db goes through here so the
// keying, the cipher settings and the error mapping live in one place (STYLE §8).

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace keyward::core {

class Database;

// A prepared statement borrowed from the database's cache. Binding errors are remembered and
// reported by the next step()/run(), so call sites can chain binds without checking each one.
class Statement {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Statement)
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement(); // resets the statement and hands it back to the cache

    // Indexes are 1-based, as in SQLite. Names include their prefix (":name").
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value); // BLOB
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(const char* name, const T& value)
    {
        return bind(parameterIndex(name), value);
    }

    // true: a row is available; false: the statement is done.
    Result<bool> step();
    // Steps to completion (for statements without result rows).
    Status run();

    int columnCount() const;
    bool columnIsNull(int column) const; // 0-based
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnUtf8(int column) const; // the text as stored, without decoding
    // The text as stored, without a copy: valid only until the next step() or the statement's end
    // (hot loops over millions of rows, such as audit verification).
    QByteArrayView columnView(int column) const;
    QByteArray columnBlob(int column) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt, bool cached);
    int parameterIndex(const char* name);
    void noteBindResult(int rc, int index);

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_cached = false;
    Error m_bindError;
    bool m_hasBindError = false;
};

class Database {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Database)
public:
    enum class Mode {
        CreateNew, // the file must not exist yet
        OpenExisting, // the file must exist and hold a non-empty database
    };

    static constexpr int kMasterKeySize = 32;
    // How long a statement waits for another program's lock before it gives up with Busy. Writers
    // wait for readers too: a commit needs every reader gone, and `audit verify` of a large log
    // holds its read snapshot for the whole walk, so this is generous. The GUI thread may block for
    // this long at the worst; it is what an officer would otherwise do by hand (wait and retry).
    static constexpr int kDefaultBusyTimeoutMs = 20000;

    // SQLCipher page size of new vaults. Every page is authenticated (HMAC) and decrypted on its
    // own, with a fixed cost per page besides the per-byte one, so larger pages made reading the
    // audit log (`audit verify`, unlock) about twice as fast as 1 KiB ones (issue #15).
    static constexpr int kCipherPageSize = 16384;
    // The page size of vaults created before issue #15; they keep it and keep opening.
    static constexpr int kLegacyCipherPageSize = 1024;

    // Opens `path` keyed with a 256-bit raw key and verifies the key by reading the schema.
    // A foreign, truncated or wrongly keyed file → VaultDamaged; nothing is written. An existing
    // file is tried with each page size Keyward has used (SQLCipher 3 cannot read it from the
    // encrypted file); a new one gets `newPageSize` (a copy of an older vault keeps its size).
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& rawKey, Mode mode,
                                                  int newPageSize = kCipherPageSize);
    int cipherPageSize() const { return m_cipherPageSize; }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }

    // Executes one or more statements without parameters (pragmas, migrations).
    Status exec(const QString& sql);
    // Returns a prepared statement; the compiled form is cached by SQL text and reused.
    Result<Statement> prepare(const QString& sql);

    // Convenience for single-value queries; NotFound when no row comes back.
    Result<qint64> queryInt64(const QString& sql);
    Result<QString> queryText(const QString& sql);
    // Prepared, stepped once, positioned on its first row (NotFound when there is none).
    Result<Statement> queryFirstRow(const QString& sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const { return m_transactionDepth > 0; }
    bool inReadSnapshot() const { return m_readSnapshot; }

    // The lock wait of every statement (see kDefaultBusyTimeoutMs); tests shorten it.
    void setBusyTimeout(int milliseconds);
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

    // PRAGMA data_version: changes whenever another connection (another program) commits to the
    // file; our own commits leave it alone. Never waits for a lock: Busy at once while another
    // program commits, so a poll on the GUI thread cannot stall.
    Result<qint64> dataVersion();
    // Whether the database still reads with the key this connection holds (a fresh read of page 1,
    // not from the page cache). Never waits; false only when the read fails for a reason other
    // than a lock.
    bool stillReadableWithOurKey();

    // Asked when a read fails the way a wrong key does (NOTADB/CORRUPT and kin): true when another
    // program re-keyed the vault, so the failure is reported as VaultChanged instead of damage.
    // Set by Vault, which knows the key generation it unlocked.
    void setRekeyedElsewhereCheck(std::function<bool()> check) { m_rekeyedElsewhere = std::move(check); }

    // Steps of every outermost Transaction: `beforeCommit` runs inside it just before COMMIT (its
    // failure rolls the whole transaction back), `afterCommit` once COMMIT succeeded. The audit log
    // ends each transaction that appended events with the acting officers' head signatures here,
    // so no write path can forget them (issue #12).
    void setCommitSteps(std::function<Status()> beforeCommit, std::function<void()> afterCommit)
    {
        m_beforeCommit = std::move(beforeCommit);
        m_afterCommit = std::move(afterCommit);
    }

    // Re-encrypts every page with a new raw key (PRAGMA rekey) in one SQLite transaction.
    Status rekey(const SecureBytes& newRawKey);

    // "ok" when PRAGMA integrity_check finds nothing; otherwise its first finding.
    Result<QString> integrityCheck();

    // Turns the last SQLite error into an Error (VaultDamaged for corrupt/foreign files).
    Error lastError(const QString& context) const;

    sqlite3* handle() { return m_db; }

private:
    friend class Statement;
    friend class Transaction;
    friend class ReadTransaction;
    Database() = default;
    Status applyCipherSettings();
    // One attempt of open() with one page size; NotADatabase: page 1 did not authenticate.
    enum class Attempt { Opened, NotADatabase, Failed };
    static Attempt tryOpen(std::unique_ptr<Database>& db, const QString& path, const SecureBytes& rawKey, Mode mode,
                           int pageSize, Error& error);
    void releaseStatement(sqlite3_stmt* stmt, bool cached);
    void finalizeCache();

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_cipherPageSize = kCipherPageSize;
    QHash<QString, sqlite3_stmt*> m_cache; // idle statements, by SQL text
    int m_transactionDepth = 0;
    bool m_readSnapshot = false; // an outermost ReadTransaction is open
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    std::function<bool()> m_rekeyedElsewhere;
    std::function<Status()> m_beforeCommit;
    std::function<void()> m_afterCommit;
};

} // namespace keyward::core
