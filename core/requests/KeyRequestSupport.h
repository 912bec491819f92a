// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the key executors (rotation, retirement, destruction, private export) share: their
// requester roles, finding the request's key, the key set's policy and the audit context that ties
// a key event to its request. One place, so the four kinds refuse alike. (A second open request
// of the same kind for the same key is refused by the engine for every kind.)

#include "common/Result.h"
#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"
#include "requests/Request.h"
#include "requests/RequestExecutor.h"
#include "vault/Role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace keyward::core {

class Vault;

// The key kinds are asked for by key officers (or admins), SPEC §2.
class KeyRequestExecutor : public RequestExecutor {
public:
    QList<Role> requesterRoles() const final { return { Role::KeyOfficer, Role::Admin }; }
};

class KeyRequestSupport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyRequestSupport)
public:
    // The request's key (subject = kid, keySet optional when the kid is in one set). Fills
    // request.keySet and the effect's kid, keySet, use and thumbprint. At a re-check before
    // execution (effect already holds a thumbprint) refuses a key whose material changed.
    static Result<KeyRecord> resolveSubject(Vault& vault, Request& request);
    // At execution: the request's key as it is now, refused when its material changed.
    static Result<KeyRecord> currentKey(Vault& vault, const Request& request);

    // The set's policy; the default policy for a set without a row (cannot happen for a set that
    // holds keys, but the default is the safe reading).
    static Result<KeySet> keySetOf(Vault& vault, const QString& name);

    // Merged into the audit details of every key event a request causes.
    static QJsonObject auditContext(const Request& request, const QString& actor);

    // Times in refusals and explanations: "2026-01-08T09:00:00Z".
    static QString displayTime(const QDateTime& at);
    // Durations in explanations: "7 d", "1 h 5 min", "45 s".
    static QString displayDuration(qint64 secs);
};

} // namespace keyward::core
