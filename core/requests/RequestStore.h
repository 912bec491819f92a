// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Requests and their decisions in the vault database (schema 0004). Plain storage: no rules, no
// audit. The RequestEngine calls the write methods from inside an AuditLog::record change
// callback, so a row and its audit event commit together.

#include "common/Result.h"
#include "requests/Request.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace keyward::core {

class Database;
class Statement;

class RequestStore {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RequestStore)
public:
    explicit RequestStore(Database& db) : m_db(db) { }

    // Inserts the request (id and decisions ignored) and returns its id.
    Result<qint64> insert(const Request& request, const QByteArray& attachment);
    // With its decisions, in the order they were signed.
    Result<std::optional<Request>> byId(qint64 id) const;
    Result<QByteArray> attachment(qint64 id) const;

    struct Query {
        std::optional<RequestState> state;
        QString requester;
        QString subject;
    };
    Result<QList<Request>> list(const Query& query) const; // newest first, with decisions
    // Pending requests whose expiry is at or before `now`, oldest first.
    Result<QList<Request>> pendingExpiredBy(const QDateTime& now) const;
    // Approved, unexecuted requests scheduled at or before `now`, oldest first.
    Result<QList<Request>> scheduledDue(const QDateTime& now) const;
    // Pending (not yet expired at `now`) or approved-unexecuted requests of `kind` for `subject`.
    Result<QList<Request>> openFor(RequestKind kind, const QString& subject, const QString& keySet,
                                   const QDateTime& now) const;

    // Keys (kid, key set) named by key requests (rotate, retire, destroy, export-private) that
    // `officer` approved, with a rotation's successor when it ran (offboarding reviews, SPEC §2).
    struct KeyRef {
        QString kid;
        QString keySet;
    };
    Result<QList<KeyRef>> keysApprovedBy(const QString& officer) const;

    // Rewrites the mutable columns: state, scheduled_for, executed_at, execution_error, outcome.
    Status updateProgress(const Request& request);
    Status clearAttachment(qint64 id);
    Status insertDecision(qint64 requestId, const RequestDecision& decision);

private:
    Result<QList<Request>> query(const QString& where, const std::function<void(Statement&)>& bind) const;
    Status loadDecisions(QList<Request>& requests) const;

    Database& m_db;
};

} // namespace keyward::core
