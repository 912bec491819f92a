// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One request kind's rules and effect. The engine (RequestEngine) owns the two-person rule —
// who may request, approve, reject, cancel, expiry, signatures; executors own what a kind checks
// and does. Executors never bypass the engine: they are only called by it.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "requests/Request.h"
#include "vault/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <map>
#include <memory>

namespace keyward::core {

class CommittedFiles;
class KeyProvider;
class OfficerCredential;
class Vault;

// Where an approved private-key export goes, given by the requester when they collect it.
struct PrivateExportTarget {
    QString path; // the file written (owner-only permissions)
    SecureBytes passphrase; // pkcs8 only: the export passphrase (≥ 12 bytes)
};

struct ExecutionContext {
    Vault& vault;
    KeyProvider& keys;
    QString actor; // the officer whose act executes it (the completing approver, or who runs due work)
    const PrivateExportTarget* exportTarget = nullptr; // export-private only
    // Files the execution produces: staged here, they appear only after the engine's transaction
    // committed (CommittedFiles.h), so a rolled-back or failed commit leaves none.
    CommittedFiles* files = nullptr;
    // The approver whose approval executes it, re-authenticated just now (officer-add by
    // enrollment derives their half of the enrollment from it); null when due work runs it.
    const OfficerCredential* approver = nullptr;
};

class RequestExecutor {
public:
    virtual ~RequestExecutor() = default;

    virtual RequestKind kind() const = 0;
    // The roles of which the requester needs one (e.g. key kinds: key-officer or admin).
    virtual QList<Role> requesterRoles() const = 0;

    // Checks `request` against the vault as it is now and completes derived effect members
    // (thumbprint, use, before-values ...). Called at submission (may modify request.effect /
    // subject / keySet / attachment) and, with a copy, again just before execution, so a request
    // that became impossible fails with a specific message instead of half-applying.
    virtual Status prepare(Vault& vault, Request& request, QByteArray& attachment) const = 0;

    // What happens when the last required approval arrives.
    enum class OnApproval {
        Execute, // at once, in the approval's transaction (rotation, retirement, officers, policy)
        Schedule, // state stays approved; scheduledFor = scheduleAfterApproval(); run by due work
        AwaitRequester, // state stays approved; the requester collects it (private export)
    };
    virtual OnApproval onApproval() const { return OnApproval::Execute; }
    // Schedule only: when the scheduled execution becomes due.
    virtual QDateTime scheduleAfterApproval(const Request& request, const QDateTime& approvedAt) const
    {
        Q_UNUSED(request);
        return approvedAt;
    }

    // Applies the effect. Runs inside the engine's transaction as a savepoint: on failure
    // everything it wrote is rolled back and the request stays approved with the reason.
    // Returns the outcome stored with the request (successor kid, retirement date ...).
    virtual Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                        const QByteArray& attachment) const = 0;

    // After the transaction committed: work that cannot run inside one (officer removal's
    // PRAGMA rekey). A failure here is reported but the request stays executed.
    virtual Status afterCommit(Vault& vault, const Request& request) const
    {
        Q_UNUSED(vault);
        Q_UNUSED(request);
        return {};
    }
};

// The executors an engine knows, by kind.
class RequestExecutors {
public:
    void add(std::unique_ptr<RequestExecutor> executor);
    const RequestExecutor* find(RequestKind kind) const;

    // Every kind Keyward has: the officer and policy executors and the key executors.
    static RequestExecutors standard();

private:
    std::map<RequestKind, std::shared_ptr<const RequestExecutor>> m_executors;
};

// Implemented next to their executors (OfficerRequestExecutors.cpp, KeyRequestExecutors.cpp).
void addOfficerAndPolicyExecutors(RequestExecutors& executors);
void addKeyExecutors(RequestExecutors& executors);

} // namespace keyward::core
