// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward::core {

// What an officer says about a key entering the inventory (generate, import, register). Empty
// members are filled from the key itself or the key set: see KeyAdmission.
struct NewKeyParams {
    QString keySet; // created with the default policy on first use (audited)
    std::optional<KeyUse> use; // generate: required; import: else the JWK's use or its alg's
    QString alg; // generate: required; import: else the JWK's alg, else none pinned
    QString kid; // else the JWK's kid, else the RFC 7638 thumbprint
    QString owner; // team or person, required
    QString environment; // else the key set's default environment
    QDateTime activatesAt; // null or past: at once; future: the key waits as pending
    QDateTime expiresAt; // required, after now and after activation
    QStringList tags;
    QString notes;
    // Set only by the executor of an approved two-person request (a rotation's generated
    // successor): the requester's key-officer/admin role was checked at submission and a second
    // officer approved, so the officer whose approval runs it needs no key-officer role. 0: none.
    qint64 approvedRequestId = 0;
    // With approvedRequestId: the officer whose approval runs it, named as creator and audit actor
    // (the session may belong to another officer). Empty: the current officer.
    QString executedBy;
};

} // namespace keyward::core
