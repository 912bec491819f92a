// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewStore.h"

#include "keys/KeyStore.h"
#include "keys/StoreRows.h"
#include "storage/Database.h"

namespace keyward::core {

namespace {

const QString kSelectReviews = QStringLiteral(
    "SELECT id, kind, subject, key_set, opened_by, opened_at, reason, countersigned_by, countersigned_at, note, "
    "signature FROM reviews ");

Review reviewFromRow(const Statement& row)
{
    Review review;
    review.id = row.columnInt64(0);
    review.kind = row.columnText(1);
    review.subject = row.columnText(2);
    review.keySet = row.columnText(3);
    review.openedBy = row.columnText(4);
    review.openedAt = KeyStore::parseTime(row.columnText(5));
    review.reason = row.columnText(6);
    review.countersignedBy = row.columnIsNull(7) ? QString() : row.columnText(7);
    review.countersignedAt = row.columnIsNull(8) ? QDateTime() : KeyStore::parseTime(row.columnText(8));
    review.note = row.columnText(9);
    review.signature = row.columnUtf8(10);
    return review;
}

Result<QList<Review>> runQuery(Database& db, const QString& sql, const RowBinder& bind)
{
    return collectRows<Review>(db, sql, bind, reviewFromRow);
}

} // namespace

Result<qint64> ReviewStore::open(const Review& review)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO reviews (kind, subject, key_set, opened_by, opened_at, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, review.kind)
        .bind(2, review.subject)
        .bind(3, review.keySet)
        .bind(4, review.openedBy)
        .bind(5, KeyStore::formatTime(review.openedAt))
        .bind(6, review.reason);
    KEYWARD_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<QList<Review>> ReviewStore::all() const
{
    return runQuery(m_db, kSelectReviews + QStringLiteral("ORDER BY id DESC"), {});
}

Result<QList<Review>> ReviewStore::openReviews() const
{
    return runQuery(m_db, kSelectReviews + QStringLiteral("WHERE countersigned_by IS NULL ORDER BY id"), {});
}

Result<QList<Review>> ReviewStore::forSubject(const QString& subject) const
{
    return runQuery(m_db, kSelectReviews + QStringLiteral("WHERE subject = ? ORDER BY id"),
        [&](Statement& s) { s.bind(1, subject); });
}

Result<std::optional<Review>> ReviewStore::byId(qint64 id) const
{
    Result<QList<Review>> rows
        = runQuery(m_db, kSelectReviews + QStringLiteral("WHERE id = ?"), [&](Statement& s) { s.bind(1, id); });
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<Review>() : std::optional<Review>(rows->first());
}

Status ReviewStore::countersign(qint64 id, const QString& officer, const QDateTime& at, const QString& note,
                                const QByteArray& signature)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE reviews SET countersigned_by = ?, countersigned_at = ?, note = ?, signature = ? "
        "WHERE id = ? AND countersigned_by IS NULL"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, officer)
        .bind(2, KeyStore::formatTime(at))
        .bind(3, note)
        .bind(4, QString::fromLatin1(signature))
        .bind(5, id);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no open review %1.").arg(id));
    return {};
}

} // namespace keyward::core
