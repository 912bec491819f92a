// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestStore.h"

#include "keys/KeyStore.h"
#include "keys/StoreRows.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>

namespace keyward::core {

namespace {

const QString kSelectRequests = QStringLiteral(
    "SELECT id, kind, subject, key_set, requester, reason, effect, created_at, expires_at, state, "
    "required_approvals, scheduled_for, executed_at, execution_error, outcome FROM requests ");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString nullableText(const Statement& row, int column)
{
    return row.columnIsNull(column) ? QString() : row.columnText(column);
}

void bindTime(Statement& stmt, int index, const QDateTime& at)
{
    if (at.isValid())
        stmt.bind(index, KeyStore::formatTime(at));
    else
        stmt.bindNull(index);
}

Request requestFromRow(const Statement& row)
{
    Request request;
    request.id = row.columnInt64(0);
    // The stored names come from requestKindName; an unknown one (a newer Keyward) reads as
    // a policy change, which no executor of this version will run without re-checking.
    request.kind = requestKindFromName(row.columnText(1)).value_or(RequestKind::PolicyChange);
    request.subject = row.columnText(2);
    request.keySet = row.columnText(3);
    request.requester = row.columnText(4);
    request.reason = row.columnText(5);
    request.effect = objectFrom(row.columnText(6));
    request.createdAt = KeyStore::parseTime(row.columnText(7));
    request.expiresAt = KeyStore::parseTime(row.columnText(8));
    request.state = requestStateFromName(row.columnText(9)).value_or(RequestState::Cancelled);
    request.requiredApprovals = int(row.columnInt64(10));
    request.scheduledFor = KeyStore::parseTime(nullableText(row, 11));
    request.executedAt = KeyStore::parseTime(nullableText(row, 12));
    request.executionError = row.columnText(13);
    request.outcome = objectFrom(row.columnText(14));
    return request;
}

} // namespace

Result<qint64> RequestStore::insert(const Request& request, const QByteArray& attachment)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO requests (kind, subject, key_set, requester, reason, effect, attachment, created_at, expires_at, "
        "state, required_approvals, scheduled_for, executed_at, execution_error, outcome) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, requestKindName(request.kind))
        .bind(2, request.subject)
        .bind(3, request.keySet)
        .bind(4, request.requester)
        .bind(5, request.reason)
        .bind(6, compact(request.effect));
    if (attachment.isEmpty())
        stmt->bindNull(7);
    else
        stmt->bind(7, attachment);
    stmt->bind(8, KeyStore::formatTime(request.createdAt))
        .bind(9, KeyStore::formatTime(request.expiresAt))
        .bind(10, requestStateName(request.state))
        .bind(11, request.requiredApprovals);
    bindTime(*stmt, 12, request.scheduledFor);
    bindTime(*stmt, 13, request.executedAt);
    stmt->bind(14, request.executionError).bind(15, compact(request.outcome));
    KEYWARD_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<QList<Request>> RequestStore::query(const QString& where, const std::function<void(Statement&)>& bind) const
{
    Result<QList<Request>> rows = collectRows<Request>(m_db, kSelectRequests + where, bind, requestFromRow);
    if (!rows.ok())
        return rows.error();
    KEYWARD_TRY(loadDecisions(*rows));
    return rows;
}

Status RequestStore::loadDecisions(QList<Request>& requests) const
{
    if (requests.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < requests.size(); ++i)
        index.insert(requests.at(i).id, i);
    // One query for a single request; a listing reads every decision once (they are few).
    const bool single = requests.size() == 1;
    const QString sql = QStringLiteral(
                            "SELECT request_id, verdict, officer, at, why, jws, officer_jwk FROM request_decisions %1 "
                            "ORDER BY id")
                            .arg(single ? QStringLiteral("WHERE request_id = ?") : QString());
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    if (single)
        stmt->bind(1, requests.first().id);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return {};
        const auto found = index.constFind(stmt->columnInt64(0));
        if (found == index.cend())
            continue;
        RequestDecision decision;
        decision.verdict = stmt->columnText(1) == QLatin1String("reject") ? RequestDecision::Verdict::Reject
                                                                          : RequestDecision::Verdict::Approve;
        decision.officer = stmt->columnText(2);
        decision.at = KeyStore::parseTime(stmt->columnText(3));
        decision.why = stmt->columnText(4);
        decision.jws = stmt->columnUtf8(5);
        decision.officerJwk = objectFrom(stmt->columnText(6));
        requests[*found].decisions.append(decision);
    }
}

Result<std::optional<Request>> RequestStore::byId(qint64 id) const
{
    Result<QList<Request>> rows = query(QStringLiteral("WHERE id = ?"), [&](Statement& s) { s.bind(1, id); });
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<Request>() : std::optional<Request>(rows->first());
}

Result<QByteArray> RequestStore::attachment(qint64 id) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT attachment FROM requests WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id);
    Result<bool> row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("There is no request %1.").arg(id));
    return stmt->columnIsNull(0) ? QByteArray() : stmt->columnBlob(0);
}

Result<QList<Request>> RequestStore::list(const Query& q) const
{
    QStringList conditions;
    if (q.state)
        conditions << QStringLiteral("state = :state");
    if (!q.requester.isEmpty())
        conditions << QStringLiteral("requester = :requester");
    if (!q.subject.isEmpty())
        conditions << QStringLiteral("subject = :subject");
    const QString where = conditions.isEmpty() ? QString()
                                               : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + u' ';
    return query(where + QStringLiteral("ORDER BY id DESC"), [&](Statement& s) {
        if (q.state)
            s.bind(":state", requestStateName(*q.state));
        if (!q.requester.isEmpty())
            s.bind(":requester", q.requester);
        if (!q.subject.isEmpty())
            s.bind(":subject", q.subject);
    });
}

Result<QList<Request>> RequestStore::pendingExpiredBy(const QDateTime& now) const
{
    return query(QStringLiteral("WHERE state = 'pending' AND expires_at <= ? ORDER BY id"),
                 [&](Statement& s) { s.bind(1, KeyStore::formatTime(now)); });
}

Result<QList<Request>> RequestStore::scheduledDue(const QDateTime& now) const
{
    return query(QStringLiteral("WHERE state = 'approved' AND scheduled_for IS NOT NULL AND scheduled_for <= ? "
                                "AND executed_at IS NULL ORDER BY scheduled_for, id"),
                 [&](Statement& s) { s.bind(1, KeyStore::formatTime(now)); });
}

Result<QList<Request>> RequestStore::openFor(RequestKind kind, const QString& subject, const QString& keySet,
                                             const QDateTime& now) const
{
    return query(QStringLiteral("WHERE kind = ? AND subject = ? AND key_set = ? AND "
                                "((state = 'pending' AND expires_at > ?) OR state = 'approved') ORDER BY id"),
                 [&](Statement& s) {
                     s.bind(1, requestKindName(kind)).bind(2, subject).bind(3, keySet).bind(4, KeyStore::formatTime(now));
                 });
}

Result<QList<RequestStore::KeyRef>> RequestStore::keysApprovedBy(const QString& officer) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT r.subject, r.key_set, r.outcome FROM requests r JOIN request_decisions d ON d.request_id = r.id "
        "WHERE d.officer = ? AND d.verdict = 'approve' "
        "AND r.kind IN ('rotate', 'retire', 'destroy', 'export-private') ORDER BY r.id"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, officer);
    QList<KeyRef> keys;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return keys;
        const QString keySet = stmt->columnText(1);
        keys.append(KeyRef { stmt->columnText(0), keySet });
        const QString successor = objectFrom(stmt->columnText(2)).value(QStringLiteral("successorKid")).toString();
        if (!successor.isEmpty())
            keys.append(KeyRef { successor, keySet });
    }
}

Status RequestStore::updateProgress(const Request& request)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE requests SET state = ?, scheduled_for = ?, executed_at = ?, execution_error = ?, outcome = ? "
        "WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, requestStateName(request.state));
    bindTime(*stmt, 2, request.scheduledFor);
    bindTime(*stmt, 3, request.executedAt);
    stmt->bind(4, request.executionError).bind(5, compact(request.outcome)).bind(6, request.id);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no request %1.").arg(request.id));
    return {};
}

Status RequestStore::clearAttachment(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE requests SET attachment = NULL WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

Status RequestStore::insertDecision(qint64 requestId, const RequestDecision& decision)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO request_decisions (request_id, verdict, officer, at, why, jws, officer_jwk) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, requestId)
        .bind(2, decision.verdict == RequestDecision::Verdict::Approve ? QStringLiteral("approve")
                                                                        : QStringLiteral("reject"))
        .bind(3, decision.officer)
        .bind(4, KeyStore::formatTime(decision.at))
        .bind(5, decision.why)
        .bind(6, QString::fromLatin1(decision.jws))
        .bind(7, compact(decision.officerJwk));
    return stmt->run();
}

} // namespace keyward::core
