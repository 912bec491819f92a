// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <utility>

namespace keyward::core {

namespace {

// Every size a vault was ever created with, newest first (see Database::kCipherPageSize).
constexpr int kPageSizes[] = { Database::kCipherPageSize, Database::kLegacyCipherPageSize };
constexpr int kSmallestPageSize = Database::kLegacyCipherPageSize;

// The page size a rollback journal beside the database was written with, or 0 when there is no
// journal with a valid header. SQLite replays a hot journal at the first read, before page 1's
// HMAC can refuse a wrong size, and SQLCipher 3.4.1 then decrypts journal pages of one size into
// buffers of the other (found with valgrind: out-of-bounds reads, a crash, the journal consumed).
// So a journal's size is the only one tried. The header is plain: magic, then big-endian fields,
// the page size at offset 24 (sqlite.org/fileformat2.html, "The Rollback Journal").
int journalPageSize(const QString& databasePath)
{
    static constexpr unsigned char kMagic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
    QFile journal(databasePath + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return 0;
    // Read into a fixed buffer: GCC's ASan build cannot see that a QByteArray of 28 bytes is not
    // its one-byte shared empty array, and warns on the comparison.
    unsigned char header[28];
    if (journal.read(reinterpret_cast<char*>(header), sizeof header) != qint64(sizeof header) || std::memcmp(header, kMagic, sizeof kMagic) != 0)
        return 0;
    const unsigned char* b = header + 24;
    return int((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]));
}

bool isDamageCode(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

bool isBusyCode(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

// Turns the busy handler off for one call, so a poll answers at once instead of waiting.
class NoWait {
public:
    explicit NoWait(Database& db) : m_db(db), m_saved(db.busyTimeoutMs()) { m_db.setBusyTimeout(0); }
    ~NoWait() { m_db.setBusyTimeout(m_saved); }
    NoWait(const NoWait&) = delete;
    NoWait& operator=(const NoWait&) = delete;

private:
    Database& m_db;
    int m_saved;
};

// SQLCipher's raw-key literal x'<64 hex>', built straight into secure memory.
SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes literal(key.size() * 2 + 3);
    unsigned char* out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(digits[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(digits[key.data()[i] & 0x0f]);
    }
    *out = '\'';
    return literal;
}

} // namespace

// ---------------------------------------------------------------- Statement

Statement::Statement(Database* db, sqlite3_stmt* stmt, bool cached) : m_db(db), m_stmt(stmt), m_cached(cached) { }

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_cached(other.m_cached),
      m_bindError(other.m_bindError),
      m_hasBindError(other.m_hasBindError)
{
}

Statement::~Statement()
{
    if (m_db && m_stmt)
        m_db->releaseStatement(m_stmt, m_cached);
}

void Statement::noteBindResult(int rc, int index)
{
    if (rc == SQLITE_OK || m_hasBindError)
        return;
    m_hasBindError = true;
    m_bindError = Error(ErrorCode::Database,
                        tr("Could not bind SQL parameter %1: %2").arg(index).arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

int Statement::parameterIndex(const char* name)
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0 && !m_hasBindError) {
        m_hasBindError = true;
        m_bindError = Error(ErrorCode::Internal, tr("Unknown SQL parameter %1").arg(QString::fromUtf8(name)));
    }
    return index;
}

Statement& Statement::bind(int index, qint64 value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBindResult(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), index);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    // A null QByteArray would bind SQL NULL through a null pointer; store an empty blob instead.
    static const char empty = 0;
    const char* data = value.isNull() ? &empty : value.constData();
    noteBindResult(sqlite3_bind_blob(m_stmt, index, data, int(value.size()), SQLITE_TRANSIENT), index);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_hasBindError)
        return m_bindError;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(tr("SQL statement failed"));
}

Status Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return {};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, size) : QString();
}

QByteArray Statement::columnUtf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QByteArray(text, size) : QByteArray();
}

QByteArrayView Statement::columnView(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

// ---------------------------------------------------------------- Database

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& rawKey, Mode mode,
                                                 int newPageSize)
{
    if (rawKey.size() != std::size_t(kMasterKeySize))
        return Error(ErrorCode::Internal, tr("The database key must be 256 bits."));

    const QFileInfo info(path);
    if (mode == Mode::CreateNew && info.exists())
        return Error(ErrorCode::AlreadyExists, tr("%1 already exists.").arg(path));
    if (mode == Mode::OpenExisting) {
        if (!info.exists())
            return Error(ErrorCode::VaultDamaged, tr("The vault database %1 is missing.").arg(path));
        // SQLite treats an empty file as a fresh database and a partial page as garbage; both mean
        // the file was truncated, and opening it must not "create" a new vault in its place.
        if (info.size() < kSmallestPageSize || info.size() % kSmallestPageSize != 0)
            return Error(ErrorCode::VaultDamaged,
                         tr("The vault database %1 is truncated (%2 bytes).").arg(path).arg(info.size()));
    }

    std::unique_ptr<Database> db;
    Error error;
    if (mode == Mode::CreateNew) {
        if (tryOpen(db, path, rawKey, mode, newPageSize, error) != Attempt::Opened)
            return error;
    } else {
        // Page 1 only authenticates with the page size the file was written with: the newest size
        // first (one failed page read for an older vault), then the older ones.
        Attempt attempt = Attempt::NotADatabase;
        const int journalSize = journalPageSize(path);
        for (const int pageSize : kPageSizes) {
            if (info.size() % pageSize != 0 || (journalSize != 0 && pageSize != journalSize))
                continue;
            attempt = tryOpen(db, path, rawKey, mode, pageSize, error);
            if (attempt != Attempt::NotADatabase)
                break;
        }
        if (attempt == Attempt::Failed)
            return error;
        if (attempt == Attempt::NotADatabase)
            return Error(ErrorCode::VaultDamaged,
                         tr("The vault database %1 cannot be decrypted with the key from keyslots.json: it is "
                            "damaged, from another vault, or not a Keyward vault at all.")
                             .arg(path));
    }

    // Rollback journal + synchronous=FULL: every commit is atomic and durable across a crash or a
    // power loss, the vault stays one file at rest (no -wal/-shm side files holding pages), and
    // a hot journal interrupted mid-rekey restores the old pages byte for byte on the next open.
    KEYWARD_TRY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                                        "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;")));
    return db;
}

Database::Attempt Database::tryOpen(std::unique_ptr<Database>& db, const QString& path, const SecureBytes& rawKey,
                                    Mode mode, int pageSize, Error& error)
{
    db.reset(new Database());
    db->m_path = path;
    db->m_cipherPageSize = pageSize;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX
        | (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = QFile::encodeName(path);
    if (sqlite3_open_v2(nativePath.constData(), &db->m_db, flags, nullptr) != SQLITE_OK) {
        error = Error(ErrorCode::Io, tr("Could not open the vault database %1: %2")
                                         .arg(path, QString::fromUtf8(sqlite3_errmsg(db->m_db))));
        return Attempt::Failed;
    }
    db->setBusyTimeout(kDefaultBusyTimeoutMs);
    sqlite3_extended_result_codes(db->m_db, 1);

    // The raw-key form x'<64 hex>' makes SQLCipher skip its passphrase KDF: the key already is
    // 256 random bits. The literal lives only in secure memory and is wiped right after use.
    const SecureBytes literal = rawKeyLiteral(rawKey);
    if (sqlite3_key(db->m_db, literal.data(), literal.isize()) != SQLITE_OK) {
        error = db->lastError(tr("Could not key the vault database"));
        return Attempt::Failed;
    }
    if (Status applied = db->applyCipherSettings(); !applied.ok()) {
        error = applied.error();
        return Attempt::Failed;
    }

    // First real read: with a wrong key, a foreign file or another page size SQLCipher's HMAC
    // check on page 1 fails here with SQLITE_NOTADB, before anything is written.
    if (sqlite3_exec(db->m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const int rc = sqlite3_extended_errcode(db->m_db);
        if ((rc & 0xff) == SQLITE_NOTADB)
            return Attempt::NotADatabase;
        error = db->lastError(tr("Could not read the vault database"));
        return Attempt::Failed;
    }
    return Attempt::Opened;
}

Status Database::applyCipherSettings()
{
    // SQLCipher 3.4.1 (Debian 12) has no cipher_compatibility; its defaults are written out here so
    // the file format never depends on a build default. SQLCipher 4 opens such a vault once told
    // cipher_compatibility = 3, which is what the 4.x branch below does.
    // With a raw key the page-key KDF (kdf_iter) is skipped; it is still pinned so a future
    // passphrase-keyed attach cannot silently change the format.
    const Result<QString> version = queryText(QStringLiteral("PRAGMA cipher_version"));
    const bool v4OrLater = version.ok() && !version->startsWith(QLatin1Char('3')) && !version->startsWith(QLatin1Char('2'));
    if (v4OrLater) {
        return exec(QStringLiteral("PRAGMA cipher_compatibility = 3;"
                                   "PRAGMA cipher_page_size = %1;"
                                   "PRAGMA kdf_iter = 64000;"
                                   "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                                   "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"
                                   "PRAGMA cipher_use_hmac = ON;")
                        .arg(m_cipherPageSize));
    }
    // AES-256-CBC is the only cipher 3.4.1 offers (its `PRAGMA cipher` is deprecated, so not sent).
    return exec(QStringLiteral("PRAGMA cipher_page_size = %1;"
                               "PRAGMA kdf_iter = 64000;"
                               "PRAGMA fast_kdf_iter = 2;"
                               "PRAGMA cipher_use_hmac = ON;"
                               "PRAGMA cipher_hmac_pgno = le;"
                               "PRAGMA cipher_hmac_salt_mask = \"x'3a'\";")
                    .arg(m_cipherPageSize));
}

Database::~Database()
{
    finalizeCache();
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::finalizeCache()
{
    for (sqlite3_stmt* stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return lastError(tr("SQL statement failed"));
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    // Take the idle statement out of the cache while it is in use, so a nested use of the same
    // SQL text gets its own compiled copy instead of resetting the outer one.
    if (sqlite3_stmt* cached = m_cache.take(sql))
        return Statement(this, cached, true);
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError(tr("Could not prepare SQL"));
    return Statement(this, stmt, true);
}

void Database::releaseStatement(sqlite3_stmt* stmt, bool cached)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const QString sql = QString::fromUtf8(sqlite3_sql(stmt));
    if (!cached || m_cache.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_cache.insert(sql, stmt);
}

Result<Statement> Database::queryFirstRow(const QString& sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("The query returned no row."));
    return stmt;
}

Result<qint64> Database::queryInt64(const QString& sql)
{
    Result<Statement> row = queryFirstRow(sql);
    if (!row.ok())
        return row.error();
    return row->columnInt64(0);
}

Result<QString> Database::queryText(const QString& sql)
{
    Result<Statement> row = queryFirstRow(sql);
    if (!row.ok())
        return row.error();
    return row->columnText(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = std::max(0, milliseconds);
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

Result<qint64> Database::dataVersion()
{
    const NoWait noWait(*this);
    return queryInt64(QStringLiteral("PRAGMA data_version"));
}

bool Database::stillReadableWithOurKey()
{
    const NoWait noWait(*this);
    // Outside a transaction this takes a fresh SHARED lock, which compares the file's change
    // counter and drops the page cache when another program wrote, so page 1 is decrypted anew.
    const int rc = sqlite3_exec(m_db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    return rc == SQLITE_OK || isBusyCode(sqlite3_extended_errcode(m_db));
}

Status Database::rekey(const SecureBytes& newRawKey)
{
    if (newRawKey.size() != std::size_t(kMasterKeySize))
        return Error(ErrorCode::Internal, tr("The database key must be 256 bits."));
    if (m_transactionDepth > 0 || m_readSnapshot)
        return Error(ErrorCode::Internal, tr("The database cannot be re-keyed inside a transaction."));
    // Cached statements hold no page data, but drop them so nothing refers to the old schema cookie.
    finalizeCache();
    const SecureBytes literal = rawKeyLiteral(newRawKey);
    if (sqlite3_rekey(m_db, literal.data(), literal.isize()) != SQLITE_OK)
        return lastError(tr("Could not re-key the vault database"));
    return {};
}

Result<QString> Database::integrityCheck()
{
    return queryText(QStringLiteral("PRAGMA integrity_check"));
}

Error Database::lastError(const QString& context) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (isBusyCode(rc)) {
        // Another program holds the lock (a writer committing, or a reader a commit must wait
        // for). The statement, or the whole transaction, was not applied.
        if (m_busyTimeoutMs == 0)
            return Error(ErrorCode::Busy, tr("Another Keyward program is writing to this vault. Try again when it "
                                             "has finished."));
        return Error(ErrorCode::Busy, tr("Another Keyward program is writing to this vault; tried for %1 s. Try "
                                         "again when it has finished.")
                                          .arg(QString::number(m_busyTimeoutMs / 1000.0, 'g', 3)));
    }
    // A connection whose key another program replaced (officer removal) reads pages that no longer
    // decrypt (SQLITE_NOTADB): a stale key, not damage. The check reads keyslots.json, on failures.
    if (isDamageCode(rc) && m_rekeyedElsewhere && m_rekeyedElsewhere())
        return Error(ErrorCode::VaultChanged, tr("The vault was re-keyed by another Keyward program (an officer was "
                                                 "removed); unlock it again."));
    if (isDamageCode(rc))
        return Error(ErrorCode::VaultDamaged,
                     tr("%1: the vault database %2 is damaged (%3).").arg(context, m_path, detail));
    if ((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR)
        return Error(ErrorCode::Io, tr("%1: %2").arg(context, detail));
    return Error(ErrorCode::Database, tr("%1: %2").arg(context, detail));
}

} // namespace keyward::core
