// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two-person rule (SPEC §4), in the core so the GUI and the CLI cannot differ. Every refusal
// is an Error with ErrorCode::Refused (NotFound for an unknown id) and a specific translated
// message, and changes nothing. Every state change and its audit event commit together:
//   request.created, request.approved, request.rejected, request.cancelled, request.expired,
//   request.executed, request.execution-failed (plus the executors' own events: key.grace ...).

#include "common/Result.h"
#include "keys/KeyPrecondition.h"
#include "requests/Request.h"
#include "requests/RequestExecutor.h"
#include "vault/Role.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace keyward::core {

class CommittedFiles;
class KeyProvider;
class OfficerCredential;
class Roster;
class Vault;

// What a front end or the due drafting asks for. The requester is always the vault's current
// officer; kind-specific members go in `effect` (RequestEffects.h).
struct RequestDraft {
    RequestKind kind = RequestKind::Rotate;
    QString subject;
    QString keySet;
    QString reason; // required
    QJsonObject effect;
    qint64 lifetimeSecs = Request::kDefaultLifetimeSecs; // 1 h – 30 d
    QByteArray attachment; // officer-add: the sealed keyslot (see OfficerRequests.h)
    // Key requests from a dialog: the subject key as the officer saw it. Checked inside the write;
    // a key another program changed meanwhile is refused (KeyPrecondition).
    std::optional<KeyPrecondition> expectedKey;
    // Officer requests from a dialog: the subject officer's roles as the officer saw them.
    std::optional<QList<Role>> expectedRoles;
};

struct RequestFilter {
    std::optional<RequestState> state;
    QString requester; // empty: anyone
    QString subject; // empty: any
    // Pending requests this officer may approve: not theirs, not yet decided by them, they hold
    // `approver`. Empty: no such restriction.
    QString awaitingOfficer;
};

class RequestEngine {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RequestEngine)
public:
    RequestEngine(Vault& vault, KeyProvider& keys, const RequestExecutors& executors);

    // Refused: vault not operational (no second officer with approver), requester without the
    // kind's role, empty reason, lifetime out of range, and whatever the executor's prepare says
    // (unknown kid, wrong state, an open request of the same kind for the same subject ...).
    Result<Request> submit(RequestDraft draft);

    // `approver` must come from Vault::authenticateOfficer just now. Refused: the requester, an
    // officer without approver, a second decision by the same officer, a request that is not
    // pending (expired — also when only overdue —, cancelled, rejected, executed, approved).
    // The approval JWS is stored with the request and the audit event. When it completes the
    // request, the executor runs in the same transaction (OnApproval::Execute); a failed execution
    // leaves the request approved with executionError and "request.execution-failed".
    Result<Request> approve(qint64 id, const OfficerCredential& approver);
    // Same refusals as approve; `why` required; signed likewise. Final.
    Result<Request> reject(qint64 id, const OfficerCredential& approver, const QString& why);
    // The requester cancels a pending request; any officer with key-officer, approver or admin
    // cancels an approved scheduled destruction before it ran (SPEC §4). The current officer acts.
    Result<Request> cancel(qint64 id, const QString& why = QString());

    // Runs an approved, unexecuted request: a retry after a failed execution, a due scheduled
    // destruction, or (with `exportTarget`, by the requester only) a private export. Refused
    // unless approved with every required approval ("execution without approval"), when a
    // schedule has not come yet, or when the signatures no longer verify.
    Result<Request> execute(qint64 id, const PrivateExportTarget* exportTarget = nullptr);

    // Writes `expired` for pending requests past their expiry. Returns those changed.
    Result<QList<Request>> expireOverdue();
    // Executes approved scheduled requests whose time has come. Returns those executed.
    Result<QList<Request>> runScheduled();

    Result<Request> byId(qint64 id) const;
    Result<QList<Request>> list(const RequestFilter& filter = {}) const; // newest first

    // Re-verifies every decision JWS against the officer's public key and the canonical form of
    // the request as stored now: one Status per decision (IntegrityFailure after any change).
    QList<Status> verifyDecisions(const Request& request) const;

private:
    Status addRequesterSignature(const Request& request, QJsonObject& details) const;
    QList<Status> verifyDecisionsByRoster(const Request& request, const Roster& roster) const;
    struct ExecutionRun {
        bool executed = false;
        Error failure; // when not executed: why (also stored as the request's executionError)
    };
    Result<Request> decide(qint64 id, const OfficerCredential& approver, RequestDecision::Verdict verdict,
                           const QString& why);
    // Verifies the decisions and runs the executor in a savepoint inside the caller's transaction;
    // records request.executed or request.execution-failed and updates `request`. An Error only
    // when even the failure could not be recorded. The files a successful execution staged are
    // handed to `files`, for the caller to publish once its transaction committed.
    Result<ExecutionRun> runExecution(Request& request, const RequestExecutor& executor, const QString& actor,
                                      const PrivateExportTarget* exportTarget, CommittedFiles& files,
                                      const OfficerCredential* approver = nullptr);
    // After the commit: the execution's files appear, then the executor's afterCommit (re-key ...).
    // A failure is kept with the request and audited; a file that could not be written is also
    // returned, because the officer is waiting for it (see the .cpp for why it is not re-issued).
    Status finishExecution(Request& request, const RequestExecutor& executor, CommittedFiles& files);
    void recordFollowUpFailure(Request& request, const QString& error);

    Vault& m_vault;
    KeyProvider& m_keys;
    const RequestExecutors& m_executors;
};

} // namespace keyward::core
