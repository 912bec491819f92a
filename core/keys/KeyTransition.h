// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeyRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace keyward::core {

class KeyProvider;
class Vault;

// Applies one lifecycle move to a stored key, the only way a state changes after admission:
// asks KeyStateMachine, clears the primary flag when the key stops being active, erases the
// private material through the key provider on destruction, and writes the row and the audit
// event "key.<state>" in one transaction. It does NOT enforce the two-person rule: rotation,
// retirement and destruction reach it only through an approved request's execution (approvals
// issue); revocation goes through RevokeKeyCommand; activation through activateDueKeys.
class KeyTransition {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyTransition)
public:
    struct Change {
        qint64 keyId = 0;
        KeyState to = KeyState::Active;
        QDateTime retireAfter; // entering grace: when the key is to be retired
        QJsonObject context; // merged into the audit details (request id, reason ...)
        // Who the audit event names: the approver whose approval executes a request may not be
        // the officer whose session is open. Empty: the current officer.
        QString actor;
    };

    static Result<KeyRecord> apply(Vault& vault, KeyProvider& provider, const Change& change);
    static QString actionFor(KeyState to); // "key.activated", "key.grace", "key.retired", ...
};

} // namespace keyward::core
