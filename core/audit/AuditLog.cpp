// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "audit/ChainVerifier.h"
#include "audit/VaultTime.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditLog)
};

const QString kSelectColumns = QStringLiteral("SELECT seq, at, actor, action, subject, details, prev, hash "
                                              "FROM audit_events ");

AuditEvent eventFromRow(const Statement& row)
{
    AuditEvent event;
    event.seq = row.columnInt64(0);
    event.at = QDateTime::fromString(row.columnText(1), Qt::ISODateWithMs);
    event.actor = row.columnText(2);
    event.action = row.columnText(3);
    event.subject = row.columnText(4);
    event.details = QJsonDocument::fromJson(row.columnText(5).toUtf8()).object();
    event.prev = row.columnText(6).toLatin1();
    event.hash = row.columnText(7).toLatin1();
    return event;
}

Result<QList<AuditEvent>> collectEvents(Statement& stmt)
{
    QList<AuditEvent> result;
    for (;;) {
        Result<bool> row = stmt.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return result;
        result.append(eventFromRow(stmt));
    }
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<AuditLog::Head> AuditLog::head() const
{
    Result<Statement> row = m_db.queryFirstRow(QStringLiteral("SELECT count, hash FROM audit_head WHERE id = 1"));
    if (!row.ok() && row.code() == ErrorCode::NotFound)
        return Error(ErrorCode::VaultDamaged, Tr::tr("The audit chain head is missing from the vault."));
    if (!row.ok())
        return row.error();
    return Head { row->columnInt64(0), row->columnText(1).toLatin1() };
}

Result<AuditEvent> AuditLog::record(const QString& actor, const QString& action, const QString& subject,
                                    const QJsonObject& details, const Change& change)
{
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    // Time only moves forward (SPEC §1): with the clock behind the newest event nothing is written,
    // neither the change nor its event, so a clock set back cannot back-date or reorder the log.
    // Read inside the transaction, so no other writer slips an event in between.
    Result<QDateTime> at = VaultTime::nextEventTime(m_db, m_clock);
    if (!at.ok())
        return at.error();
    if (change)
        KEYWARD_TRY(change(m_db));

    Result<Head> current = head();
    if (!current.ok())
        return current.error();

    AuditEvent event;
    event.seq = current->count + 1;
    // Milliseconds, never before the previous event (VaultTime::nextEventTime).
    event.at = *at;
    event.actor = actor;
    event.action = action;
    event.subject = subject;
    event.details = details;
    event.prev = current->hash;
    event.hash = event.computeHash();

    KEYWARD_TRY(insertRow(m_db, event));
    {
        Result<Statement> update
            = m_db.prepare(QStringLiteral("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1"));
        if (!update.ok())
            return update.error();
        update->bind(1, event.seq).bind(2, QString::fromLatin1(event.hash));
        KEYWARD_TRY(update->run());
    }
    KEYWARD_TRY(transaction->commit());
    return event;
}

Status AuditLog::insertRow(Database& db, const AuditEvent& event)
{
    Result<Statement> insert = db.prepare(QStringLiteral(
        "INSERT INTO audit_events (seq, at, actor, action, subject, details, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.ok())
        return insert.error();
    insert->bind(1, event.seq)
        .bind(2, AuditEvent::formatTime(event.at))
        .bind(3, event.actor)
        .bind(4, event.action)
        .bind(5, event.subject)
        .bind(6, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)))
        .bind(7, QString::fromLatin1(event.prev))
        .bind(8, QString::fromLatin1(event.hash));
    return insert->run();
}

Result<qint64> AuditLog::count() const
{
    Result<Head> current = head();
    if (!current.ok())
        return current.error();
    return current->count;
}

Result<QList<AuditEvent>> AuditLog::events(qint64 fromSeq, int limit) const
{
    Result<Statement> stmt = m_db.prepare(kSelectColumns + QStringLiteral("WHERE seq >= ? ORDER BY seq LIMIT ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, fromSeq).bind(2, qint64(limit));
    return collectEvents(*stmt);
}

Result<QList<AuditEvent>> AuditLog::eventsForSubject(const QString& subject) const
{
    Result<Statement> stmt = m_db.prepare(kSelectColumns + QStringLiteral("WHERE subject = ? ORDER BY seq"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, subject);
    return collectEvents(*stmt);
}

ChainStatus AuditLog::verify() const
{
    // Now, for the events dated in the future: a clock set ahead when they were written.
    ChainVerifier verifier(m_clock.now());
    const auto unreadable = [](const Error& error) {
        ChainStatus failed;
        failed.problem = error.message;
        failed.failure = error;
        return failed;
    };
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_db);
    if (!snapshot.ok())
        return unreadable(snapshot.error());
    Result<Statement> stmt = m_db.prepare(kSelectColumns + QStringLiteral("ORDER BY seq"));
    if (!stmt.ok())
        return unreadable(stmt.error());
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return unreadable(row.error());
        if (!*row)
            break;
        // Straight from the stored text: no parsing of times or details per event.
        const QByteArray at = stmt->columnUtf8(1), actor = stmt->columnUtf8(2), action = stmt->columnUtf8(3),
                         subject = stmt->columnUtf8(4), details = stmt->columnUtf8(5), prev = stmt->columnUtf8(6),
                         hash = stmt->columnUtf8(7);
        if (!verifier.feedRaw({ stmt->columnInt64(0), at, actor, action, subject, details, prev, hash }))
            break;
    }
    Result<Head> recorded = head();
    if (!recorded.ok())
        return unreadable(recorded.error());
    verifier.checkHead(recorded->count, recorded->hash);
    return verifier.status();
}

} // namespace keyward::core
