// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestEngine.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "common/CommittedFiles.h"
#include "common/PlainText.h"
#include "keys/KeyStore.h"
#include "requests/RequestPreconditions.h"
#include "requests/RequestSignatures.h"
#include "requests/RequestStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/OfficerCredential.h"
#include "vault/OfficerStore.h"
#include "vault/Roster.h"
#include "vault/Vault.h"

#include <QJsonArray>

#include <algorithm>

namespace keyward::core {

namespace {

constexpr qint64 kMinLifetimeSecs = 3600;
constexpr qint64 kMaxLifetimeSecs = 30 * 24 * 3600;

// Stored times carry milliseconds; what is signed must be what is stored.
QDateTime truncatedToMillis(const QDateTime& at)
{
    return QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
}

QJsonObject eventDetails(const Request& request)
{
    return QJsonObject { { QStringLiteral("id"), request.id },
                         { QStringLiteral("kind"), requestKindName(request.kind) },
                         { QStringLiteral("subject"), request.subject },
                         { QStringLiteral("keySet"), request.keySet },
                         { QStringLiteral("requester"), request.requester } };
}

// The state a front end should see: a pending request past its expiry is expired already.
RequestState effectiveState(const Request& request, const QDateTime& now)
{
    return request.isOverdue(now) ? RequestState::Expired : request.state;
}

} // namespace

RequestEngine::RequestEngine(Vault& vault, KeyProvider& keys, const RequestExecutors& executors)
    : m_vault(vault)
    , m_keys(keys)
    , m_executors(executors)
{
}

// ------------------------------------------------------------------------------------------ helpers

namespace {

struct Loaded {
    Request request;
    const RequestExecutor* executor = nullptr;
};

} // namespace

static Result<Officer> freshOfficer(Vault& vault, const QString& name)
{
    Result<std::optional<Officer>> row = OfficerStore(vault.database()).find(name);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return Error(ErrorCode::Refused, RequestEngine::tr("%1 is no longer an officer of this vault.").arg(name));
    // Roles and key at the moment of acting come from the signed roster (issue #12): the officers
    // table is a cache one officer could have edited through SQLCipher.
    Result<Roster> roster = vault.roster();
    if (!roster.ok())
        return roster.error();
    Officer officer = **row;
    if (roster->isSigned()) {
        const RosterMember* member = roster->member(name);
        if (!member || member->enrolling)
            return Error(ErrorCode::Refused,
                         RequestEngine::tr("%1 is not an officer with a key in the signed roster.").arg(name));
        officer.roles = member->roles;
        officer.signingJwk = member->signingJwk;
    }
    return officer;
}

static Result<Loaded> load(Vault& vault, const RequestExecutors& executors, qint64 id)
{
    if (vault.isLocked())
        return Error(ErrorCode::Refused, RequestEngine::tr("The vault is locked."));
    Result<std::optional<Request>> row = RequestStore(vault.database()).byId(id);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return Error(ErrorCode::NotFound, RequestEngine::tr("There is no request %1.").arg(id));
    Loaded loaded { **row, executors.find((*row)->kind) };
    if (!loaded.executor)
        return Error(ErrorCode::Refused, RequestEngine::tr("This version of Keyward cannot carry out %1 requests.")
                                             .arg(requestKindName(loaded.request.kind)));
    return loaded;
}

// Why `request` can no longer take decisions, or "" when it is pending and not overdue.
static QString closedReason(const Request& request, const QDateTime& now)
{
    const qint64 id = request.id;
    switch (request.state) {
    case RequestState::Pending:
        if (request.isOverdue(now))
            return RequestEngine::tr("Request %1 expired at %2.").arg(id).arg(KeyStore::formatTime(request.expiresAt));
        return QString();
    case RequestState::Approved:
        return RequestEngine::tr("Request %1 is already approved.").arg(id);
    case RequestState::Rejected:
        return RequestEngine::tr("Request %1 was rejected.").arg(id);
    case RequestState::Cancelled:
        return RequestEngine::tr("Request %1 was cancelled.").arg(id);
    case RequestState::Expired:
        return RequestEngine::tr("Request %1 expired at %2.").arg(id).arg(KeyStore::formatTime(request.expiresAt));
    case RequestState::Executed:
        return RequestEngine::tr("Request %1 has already been executed.").arg(id);
    }
    return QString();
}

// The two-person rule for one decision (approve or reject) by `officer` (their row as of now).
static Status checkDecision(const Request& request, const Officer& officer, const OfficerCredential& credential,
                            const QDateTime& now)
{
    if (const QString closed = closedReason(request, now); !closed.isEmpty())
        return Error(ErrorCode::Refused, closed + u' ' + RequestEngine::tr("It can no longer be approved or rejected."));
    if (credential.officer().signingJwk != officer.signingJwk)
        return Error(ErrorCode::Refused,
                     RequestEngine::tr("The credential of %1 is not from this vault.").arg(officer.name));
    if (officer.name == request.requester)
        return Error(ErrorCode::Refused,
                     RequestEngine::tr("%1 made request %2 and cannot decide on it: a different officer holding "
                                       "approver must (two-person rule).")
                         .arg(officer.name)
                         .arg(request.id));
    if (!officer.hasRole(Role::Approver))
        return Error(ErrorCode::Refused,
                     RequestEngine::tr("%1 does not hold the approver role and cannot decide on requests.").arg(officer.name));
    if (request.hasDecisionBy(officer.name))
        return Error(ErrorCode::Refused,
                     RequestEngine::tr("%1 has already decided on request %2.").arg(officer.name).arg(request.id));
    return {};
}

namespace {

// A change to one request: its write transaction, the request and its executor, the acting
// officer's row as of now, and the time — everything a decision or a cancellation starts from.
struct Opened {
    Transaction tx;
    Loaded loaded;
    Officer officer;
    QDateTime now;
};

} // namespace

static Result<Opened> openForChange(Vault& vault, const RequestExecutors& executors, qint64 id, const QString& officer)
{
    if (vault.isLocked())
        return Error(ErrorCode::Refused, RequestEngine::tr("The vault is locked."));
    Result<Transaction> tx = Transaction::begin(vault.database());
    if (!tx.ok())
        return tx.error();
    Result<Loaded> loaded = load(vault, executors, id);
    if (!loaded.ok())
        return loaded.error();
    Result<Officer> row = freshOfficer(vault, officer);
    if (!row.ok())
        return row.error();
    return Opened { std::move(*tx), std::move(*loaded), std::move(*row), truncatedToMillis(VaultTime::effectiveNow(vault)) };
}

// ------------------------------------------------------------------------------------------ submit

Result<Request> RequestEngine::submit(RequestDraft draft)
{
    if (m_vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    const RequestExecutor* executor = m_executors.find(draft.kind);
    if (!executor)
        return Error(ErrorCode::Refused,
                     tr("This version of Keyward cannot carry out %1 requests.").arg(requestKindName(draft.kind)));
    // Checked under the write lock: another program cannot change the roster or roles in between.
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    if (!m_vault.isOperational())
        return Error(ErrorCode::Refused,
                     tr("The vault is not operational yet: requests need a second officer holding approver "
                        "(the first officer cannot approve their own work)."));
    Result<Officer> me = freshOfficer(m_vault, m_vault.currentOfficer().name);
    if (!me.ok())
        return me.error();
    const QList<Role> needed = executor->requesterRoles();
    if (!std::any_of(needed.cbegin(), needed.cend(), [&](Role role) { return me->hasRole(role); }))
        return Error(ErrorCode::Refused, tr("A %1 request needs one of the roles %2; %3 holds %4.")
                                             .arg(requestKindTitle(draft.kind).toLower(),
                                                  roleNames(needed).join(QStringLiteral(", ")), me->name,
                                                  roleNames(me->roles).join(QStringLiteral(", "))));
    const QString reason = draft.reason.trimmed();
    if (reason.isEmpty())
        return Error(ErrorCode::Refused, tr("A request needs a reason."));
    // The approver reads all of this (request show, the approval dialog): plain text only.
    KEYWARD_TRY(PlainText::check(reason, tr("The reason"), PlainText::Lines::Multi));
    KEYWARD_TRY(PlainText::check(draft.subject, tr("The request's subject")));
    KEYWARD_TRY(PlainText::check(draft.keySet, tr("The key set")));
    KEYWARD_TRY(PlainText::checkJson(draft.effect, tr("The request's effect")));
    if (draft.lifetimeSecs < kMinLifetimeSecs || draft.lifetimeSecs > kMaxLifetimeSecs)
        return Error(ErrorCode::Refused, tr("A request must stay open between one hour and 30 days."));

    const QDateTime now = truncatedToMillis(VaultTime::effectiveNow(m_vault));
    Request request;
    request.kind = draft.kind;
    request.subject = draft.subject;
    request.keySet = draft.keySet;
    request.requester = me->name;
    request.reason = reason;
    request.effect = draft.effect;
    request.createdAt = now;
    request.expiresAt = now.addSecs(draft.lifetimeSecs);
    QByteArray attachment = draft.attachment;

    // Under the write lock: the key or officer checked is the one the request is about.
    KEYWARD_TRY(checkDraftPreconditions(db, draft));
    KEYWARD_TRY(executor->prepare(m_vault, request, attachment));
    RequestStore store(db);
    Result<QList<Request>> open = store.openFor(request.kind, request.subject, request.keySet, now);
    if (!open.ok())
        return open.error();
    if (!open->isEmpty())
        return Error(ErrorCode::Refused, tr("Request %1 already asks for a %2 of %3; it must be decided or cancelled "
                                            "first.")
                                             .arg(open->first().id)
                                             .arg(requestKindTitle(request.kind).toLower(), request.subject));
    Result<qint64> id = store.insert(request, attachment);
    if (!id.ok())
        return id.error();
    request.id = *id;
    QJsonObject details = eventDetails(request);
    KEYWARD_TRY(addRequesterSignature(request, details));
    details.insert(QStringLiteral("reason"), request.reason);
    details.insert(QStringLiteral("effect"), request.effect);
    details.insert(QStringLiteral("expiresAt"), KeyStore::formatTime(request.expiresAt));
    Result<AuditEvent> event
        = m_vault.audit().record(request.requester, QStringLiteral("request.created"), Request::auditSubject(*id), details);
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return request;
}

// ------------------------------------------------------------------------------------------ decisions

Result<Request> RequestEngine::approve(qint64 id, const OfficerCredential& approver)
{
    return decide(id, approver, RequestDecision::Verdict::Approve, QString());
}

Result<Request> RequestEngine::reject(qint64 id, const OfficerCredential& approver, const QString& why)
{
    return decide(id, approver, RequestDecision::Verdict::Reject, why);
}

Result<Request> RequestEngine::decide(qint64 id, const OfficerCredential& approver, RequestDecision::Verdict verdict,
                                      const QString& why)
{
    const bool approving = verdict == RequestDecision::Verdict::Approve;
    Database& db = m_vault.database();
    Result<Opened> opened = openForChange(m_vault, m_executors, id, approver.officer().name);
    if (!opened.ok())
        return opened.error();
    // The approver acts here, perhaps in another officer's session: they sign the head too (issue #12).
    const AuditLog::LentSigner signsHead(
        m_vault.audit(), HeadSigner { approver.officer().name, [&approver](QByteArrayView p) { return approver.sign(p); } });
    Request& request = opened->loaded.request;
    const Officer* officer = &opened->officer;
    const QDateTime now = opened->now;
    KEYWARD_TRY(checkDecision(request, *officer, approver, now));
    const QString reason = why.trimmed();
    if (!approving && reason.isEmpty())
        return Error(ErrorCode::Refused, tr("A rejection needs a reason."));
    KEYWARD_TRY(PlainText::check(reason, tr("The reason"), PlainText::Lines::Multi));

    Result<RequestDecision> decision = RequestSignatures::sign(request, m_vault.vaultId(), approver, verdict, now, reason);
    if (!decision.ok())
        return decision.error();
    request.decisions.append(*decision);
    const RequestExecutor& executor = *opened->loaded.executor;
    const bool complete = approving && request.approvalCount() >= request.requiredApprovals;
    if (!approving) {
        request.state = RequestState::Rejected;
    } else if (complete) {
        request.state = RequestState::Approved;
        if (executor.onApproval() == RequestExecutor::OnApproval::Schedule)
            request.scheduledFor = truncatedToMillis(executor.scheduleAfterApproval(request, now));
    }
    QJsonObject details = eventDetails(request);
    details.insert(QStringLiteral("jws"), QString::fromLatin1(decision->jws));
    details.insert(QStringLiteral("officerJwk"), decision->officerJwk);
    if (approving) {
        details.insert(QStringLiteral("approvals"), request.approvalCount());
        details.insert(QStringLiteral("requiredApprovals"), request.requiredApprovals);
    } else {
        details.insert(QStringLiteral("why"), reason);
    }
    if (request.scheduledFor.isValid())
        details.insert(QStringLiteral("scheduledFor"), KeyStore::formatTime(request.scheduledFor));
    RequestStore store(db);
    Result<AuditEvent> event = m_vault.audit().record(
        officer->name, approving ? QStringLiteral("request.approved") : QStringLiteral("request.rejected"),
        Request::auditSubject(id), details, [&](Database&) -> Status {
            KEYWARD_TRY(store.insertDecision(id, *decision));
            if (!approving)
                KEYWARD_TRY(store.clearAttachment(id));
            return store.updateProgress(request);
        });
    if (!event.ok())
        return event.error();
    CommittedFiles files;
    if (complete && executor.onApproval() == RequestExecutor::OnApproval::Execute) {
        Result<ExecutionRun> run = runExecution(request, executor, officer->name, nullptr, files, &approver);
        if (!run.ok())
            return run.error();
    }
    KEYWARD_TRY(opened->tx.commit());
    KEYWARD_TRY(finishExecution(request, executor, files));
    return request;
}

Result<Request> RequestEngine::cancel(qint64 id, const QString& why)
{
    KEYWARD_TRY(PlainText::check(why.trimmed(), tr("The reason"), PlainText::Lines::Multi));
    Database& db = m_vault.database();
    Result<Opened> opened = openForChange(m_vault, m_executors, id, m_vault.currentOfficer().name);
    if (!opened.ok())
        return opened.error();
    Request& request = opened->loaded.request;
    const Officer* me = &opened->officer;
    const QDateTime now = opened->now;
    const bool scheduledWaiting
        = request.state == RequestState::Approved && request.scheduledFor.isValid() && !request.executedAt.isValid();
    if (request.state == RequestState::Pending && !request.isOverdue(now)) {
        if (me->name != request.requester)
            return Error(ErrorCode::Refused,
                         tr("Only %1, who made request %2, can cancel it.").arg(request.requester).arg(id));
    } else if (scheduledWaiting) {
        if (!me->hasRole(Role::KeyOfficer) && !me->hasRole(Role::Approver) && !me->hasRole(Role::Admin))
            return Error(ErrorCode::Refused,
                         tr("Cancelling a scheduled request needs the key-officer, approver or admin role."));
    } else if (request.state == RequestState::Approved) {
        return Error(ErrorCode::Refused, tr("Request %1 is approved and can no longer be cancelled.").arg(id));
    } else {
        return Error(ErrorCode::Refused, closedReason(request, now) + u' ' + tr("It can no longer be cancelled."));
    }
    request.state = RequestState::Cancelled;
    QJsonObject details = eventDetails(request);
    details.insert(QStringLiteral("why"), why.trimmed());
    if (scheduledWaiting)
        details.insert(QStringLiteral("scheduledFor"), KeyStore::formatTime(request.scheduledFor));
    RequestStore store(db);
    Result<AuditEvent> event = m_vault.audit().record(me->name, QStringLiteral("request.cancelled"),
                                                      Request::auditSubject(id), details, [&](Database&) -> Status {
                                                          KEYWARD_TRY(store.clearAttachment(id));
                                                          return store.updateProgress(request);
                                                      });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(opened->tx.commit());
    return request;
}

// ------------------------------------------------------------------------------------------ execution

Result<RequestEngine::ExecutionRun> RequestEngine::runExecution(Request& request, const RequestExecutor& executor,
                                                                const QString& actor,
                                                                const PrivateExportTarget* exportTarget,
                                                                CommittedFiles& files,
                                                                const OfficerCredential* approver)
{
    Database& db = m_vault.database();
    RequestStore store(db);
    const QList<Status> signatures = verifyDecisions(request);
    for (const Status& status : signatures) {
        if (!status.ok())
            return status.error();
    }
    Result<QByteArray> attachment = store.attachment(request.id);
    if (!attachment.ok())
        return attachment.error();

    // The executor's writes live in a savepoint: a failure rolls back all of them, and the approval
    // around it still commits with the reason. Its files likewise: staged here, discarded with a
    // failed run, handed to the caller only with a successful one.
    CommittedFiles staged;
    const Result<QJsonObject> outcome = [&]() -> Result<QJsonObject> {
        Result<Transaction> savepoint = Transaction::begin(db);
        if (!savepoint.ok())
            return savepoint.error();
        Request current = request;
        QByteArray currentAttachment = *attachment;
        KEYWARD_TRY(executor.prepare(m_vault, current, currentAttachment));
        ExecutionContext context { m_vault, m_keys, actor, exportTarget, &staged, approver };
        Result<QJsonObject> result = executor.execute(context, request, *attachment);
        if (!result.ok())
            return result.error();
        Request done = request;
        done.state = RequestState::Executed;
        done.executedAt = truncatedToMillis(VaultTime::effectiveNow(m_vault));
        done.executionError.clear();
        done.outcome = *result;
        QJsonObject details = eventDetails(done);
        details.insert(QStringLiteral("outcome"), done.outcome);
        Result<AuditEvent> event = m_vault.audit().record(actor, QStringLiteral("request.executed"),
                                                          Request::auditSubject(request.id), details,
                                                          [&](Database&) -> Status {
                                                              KEYWARD_TRY(store.clearAttachment(request.id));
                                                              return store.updateProgress(done);
                                                          });
        if (!event.ok())
            return event.error();
        KEYWARD_TRY(savepoint->commit());
        return result;
    }();

    if (outcome.ok()) {
        files.adopt(std::move(staged));
        request.state = RequestState::Executed;
        request.executedAt = truncatedToMillis(VaultTime::effectiveNow(m_vault));
        request.executionError.clear();
        request.outcome = *outcome;
        return ExecutionRun { true, Error() };
    }
    request.executionError = outcome.message();
    QJsonObject details = eventDetails(request);
    details.insert(QStringLiteral("error"), request.executionError);
    details.insert(QStringLiteral("code"), errorCodeName(outcome.code()));
    Result<AuditEvent> event = m_vault.audit().record(actor, QStringLiteral("request.execution-failed"),
                                                      Request::auditSubject(request.id), details,
                                                      [&](Database&) { return store.updateProgress(request); });
    if (!event.ok())
        return event.error();
    return ExecutionRun { false, outcome.error() };
}

Status RequestEngine::finishExecution(Request& request, const RequestExecutor& executor, CommittedFiles& files)
{
    if (request.state != RequestState::Executed) {
        files.discard();
        return {};
    }
    // A file that cannot be published after the commit is not written again under the same
    // approval: the approval authorised one file, whose digest request.executed and the executor's
    // event already record; a second copy would be an export nobody approved. The officer is told
    // plainly and files a new request. (Staging wrote the whole content before the commit, so
    // only the final rename can still fail here.)
    Status published;
    if (!files.isEmpty()) {
        published = files.publish();
        if (!published.ok()) {
            recordFollowUpFailure(request, published.message());
            published = Error(ErrorCode::Io,
                              tr("Request %1 was executed and is recorded in the audit log, but its file could not be "
                                 "written: %2 The approval has been used; file a new request.")
                                  .arg(request.id)
                                  .arg(published.message()));
        }
    }
    const Status after = executor.afterCommit(m_vault, request);
    if (!after.ok())
        recordFollowUpFailure(request, after.message());
    return published;
}

void RequestEngine::recordFollowUpFailure(Request& request, const QString& error)
{
    // The request did execute; what could not follow is kept with it and audited.
    request.executionError = error;
    RequestStore store(m_vault.database());
    QJsonObject details = eventDetails(request);
    details.insert(QStringLiteral("error"), error);
    (void)m_vault.audit().record(m_vault.currentOfficer().name, QStringLiteral("request.follow-up-failed"),
                                 Request::auditSubject(request.id), details,
                                 [&](Database&) { return store.updateProgress(request); });
}

Result<Request> RequestEngine::execute(qint64 id, const PrivateExportTarget* exportTarget)
{
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    Result<Loaded> loaded = load(m_vault, m_executors, id);
    if (!loaded.ok())
        return loaded.error();
    Request& request = loaded->request;
    const QDateTime now = truncatedToMillis(VaultTime::effectiveNow(m_vault));
    if (request.state == RequestState::Executed)
        return Error(ErrorCode::Refused, tr("Request %1 has already been executed.").arg(id));
    if (request.state != RequestState::Approved || request.approvalCount() < request.requiredApprovals)
        return Error(ErrorCode::Refused, tr("Request %1 is %2, not approved: nothing runs without the approval of a "
                                            "second officer (two-person rule).")
                                             .arg(id)
                                             .arg(requestStateName(effectiveState(request, now))));
    if (request.scheduledFor.isValid() && request.scheduledFor > now)
        return Error(ErrorCode::Refused, tr("Request %1 is scheduled for %2 and cannot run before then.")
                                             .arg(id)
                                             .arg(KeyStore::formatTime(request.scheduledFor)));
    const QString me = m_vault.currentOfficer().name;
    if (loaded->executor->onApproval() == RequestExecutor::OnApproval::AwaitRequester && me != request.requester)
        return Error(ErrorCode::Refused, tr("Only %1, who made request %2, can collect it.").arg(request.requester).arg(id));
    CommittedFiles files;
    Result<ExecutionRun> run = runExecution(request, *loaded->executor, me, exportTarget, files);
    if (!run.ok())
        return run.error();
    KEYWARD_TRY(tx->commit());
    if (!run->executed)
        return run->failure;
    KEYWARD_TRY(finishExecution(request, *loaded->executor, files));
    return request;
}

Result<QList<Request>> RequestEngine::expireOverdue()
{
    if (m_vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    RequestStore store(db);
    Result<QList<Request>> overdue = store.pendingExpiredBy(VaultTime::effectiveNow(m_vault));
    if (!overdue.ok())
        return overdue.error();
    for (Request& request : *overdue) {
        request.state = RequestState::Expired;
        QJsonObject details = eventDetails(request);
        details.insert(QStringLiteral("expiresAt"), KeyStore::formatTime(request.expiresAt));
        Result<AuditEvent> event = m_vault.audit().record(m_vault.currentOfficer().name,
                                                          QStringLiteral("request.expired"),
                                                          Request::auditSubject(request.id), details,
                                                          [&](Database&) -> Status {
                                                              KEYWARD_TRY(store.clearAttachment(request.id));
                                                              return store.updateProgress(request);
                                                          });
        if (!event.ok())
            return event.error();
    }
    KEYWARD_TRY(tx->commit());
    return overdue;
}

Result<QList<Request>> RequestEngine::runScheduled()
{
    if (m_vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    Result<QList<Request>> due = RequestStore(m_vault.database()).scheduledDue(VaultTime::effectiveNow(m_vault));
    if (!due.ok())
        return due.error();
    QList<Request> executed;
    for (const Request& candidate : std::as_const(*due)) {
        // A failed run waits for an explicit retry (execute) instead of failing at every open.
        if (!candidate.executionError.isEmpty())
            continue;
        // A refusal (signatures that no longer verify) or a failed execution (kept with the
        // request, audited) does not hold up the others; only a vault that cannot be written does
        // (busy or re-keyed too: each further try would only wait out the busy timeout again).
        Result<Request> run = execute(candidate.id);
        if (run.ok())
            executed.append(*run);
        else if (run.code() == ErrorCode::Database || run.code() == ErrorCode::VaultDamaged || run.code() == ErrorCode::Io
                 || run.code() == ErrorCode::Busy || run.code() == ErrorCode::VaultChanged)
            return run.error();
    }
    return executed;
}

// ------------------------------------------------------------------------------------------ reading

Result<Request> RequestEngine::byId(qint64 id) const
{
    if (m_vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    // The request row and its decisions (two tables) from one moment.
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_vault.database());
    if (!snapshot.ok())
        return snapshot.error();
    Result<std::optional<Request>> row = RequestStore(m_vault.database()).byId(id);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return Error(ErrorCode::NotFound, tr("There is no request %1.").arg(id));
    return **row;
}

Result<QList<Request>> RequestEngine::list(const RequestFilter& filter) const
{
    if (m_vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    const QDateTime now = VaultTime::effectiveNow(m_vault);
    RequestStore::Query query;
    query.requester = filter.requester;
    query.subject = filter.subject;
    // Pending and expired are effective states (overdue = expired), filtered below.
    const bool byEffectiveState = filter.state
        && (*filter.state == RequestState::Pending || *filter.state == RequestState::Expired);
    if (filter.state && !byEffectiveState)
        query.state = filter.state;
    // Requests, their decisions and the awaiting officer's roles from one moment.
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_vault.database());
    if (!snapshot.ok())
        return snapshot.error();
    Result<QList<Request>> rows = RequestStore(m_vault.database()).list(query);
    if (!rows.ok())
        return rows.error();
    std::optional<Officer> awaiting;
    if (!filter.awaitingOfficer.isEmpty()) {
        Result<std::optional<Officer>> row = OfficerStore(m_vault.database()).find(filter.awaitingOfficer);
        if (!row.ok())
            return row.error();
        if (!row->has_value() || !(*row)->hasRole(Role::Approver))
            return QList<Request> {};
        awaiting = **row;
    }
    rows->removeIf([&](const Request& r) {
        if (byEffectiveState && effectiveState(r, now) != *filter.state)
            return true;
        if (awaiting
            && (effectiveState(r, now) != RequestState::Pending || r.requester == awaiting->name
                || r.hasDecisionBy(awaiting->name)))
            return true;
        return false;
    });
    return rows;
}

QList<Status> RequestEngine::verifyDecisions(const Request& request) const
{
    QList<Status> results;
    const Result<Roster> roster = m_vault.roster();
    if (!roster.ok()) {
        // A roster that does not rebuild (forged events) vouches for no decision at all.
        for (qsizetype i = 0; i < request.decisions.size(); ++i)
            results.append(roster.error());
        return results;
    }
    if (roster->isSigned())
        return verifyDecisionsByRoster(request, *roster);
    OfficerStore officers(m_vault.database());
    for (const RequestDecision& decision : request.decisions) {
        Result<std::optional<Officer>> row = officers.find(decision.officer);
        // A removed officer's decisions still verify with the key they signed with.
        const QJsonObject onRecord = row.ok() && row->has_value() ? (*row)->signingJwk : QJsonObject();
        results.append(RequestSignatures::verify(request, m_vault.vaultId(), decision, onRecord));
    }
    return results;
}

Status RequestEngine::addRequesterSignature(const Request& request, QJsonObject& details) const
{
    // The requester signs what they ask for, as approvers sign what they approve; it rides in
    // "request.created" and officer changes copy it next to their approvals (issue #12).
    Result<QByteArray> jws = RequestSignatures::signAsRequester(
        request, m_vault.vaultId(), m_vault.currentOfficer().signingJwk,
        [this](QByteArrayView input) { return m_vault.signAsCurrentOfficer(input); });
    if (!jws.ok())
        return jws.error();
    details.insert(QStringLiteral("requesterJws"), QString::fromLatin1(*jws));
    return {};
}

QList<Status> RequestEngine::verifyDecisionsByRoster(const Request& request, const Roster& roster) const
{
    // Only the key the signed roster held for that officer when they decided counts: an officers
    // row (or a key inside the decision) planted by editing vault.db verifies nothing.
    QList<Status> results;
    for (const RequestDecision& decision : request.decisions) {
        const QJsonObject rosterKey = roster.signingKeyAt(decision.officer, decision.at);
        if (rosterKey.isEmpty())
            results.append(Error(ErrorCode::IntegrityFailure,
                                 tr("The decision by %1 on request %2 does not verify: %1 is not an officer in the "
                                    "signed roster.")
                                     .arg(decision.officer)
                                     .arg(request.id)));
        else
            results.append(RequestSignatures::verify(request, m_vault.vaultId(), decision, rosterKey));
    }
    return results;
}

} // namespace keyward::core
