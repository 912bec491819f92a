// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeyRecord.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/Request.h"

#include <QCoreApplication>
#include <QList>

namespace keyward::core {

class Database;
class RequestEngine;
class Vault;

// Break-glass with the way back in one step (SPEC §3, §4): revokes the primary at once — one
// officer's act, with its review — and, in the same transaction, files the rotation request that
// would make a successor primary: a named pre-published key (active or pending, not primary, same
// set, use and environment) or a new key with the revoked one's parameters. The revocation leaves
// the set without a primary; the request waits for a second officer like any other. If the request
// cannot be filed, nothing is revoked and the message says why, so the officer can still revoke
// alone (RevokeKeyCommand) and request the rotation later.
class RevokeAndRotateCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RevokeAndRotateCommand)
public:
    struct Params {
        RevokeKeyCommand::Params revoke;
        QString successorKid; // a pre-published successor ...
        bool generateSuccessor = false; // ... or a new key like the revoked one, generated at approval
    };

    RevokeAndRotateCommand(Vault& vault, RequestEngine& engine, Params params);

    // The keys that may be named as successor of `key`, by kid.
    static Result<QList<KeyRecord>> eligibleSuccessors(Database& db, const KeyRecord& key);

    // The revocation's checks, then: the key is the primary, exactly one successor choice, a named
    // successor is eligible, the officer may request rotations and the vault can approve them.
    Status validate() const;
    Status run();

    const KeyRecord& result() const { return m_result; } // the key as revoked
    qint64 reviewId() const { return m_reviewId; }
    const Request& request() const { return m_request; } // the pending rotation request

private:
    Vault& m_vault;
    RequestEngine& m_engine;
    Params m_params;
    KeyRecord m_result;
    qint64 m_reviewId = 0;
    Request m_request;
};

} // namespace keyward::core
