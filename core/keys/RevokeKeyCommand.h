// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeyPrecondition.h"
#include "keys/KeyRecord.h"

#include <QCoreApplication>

#include <optional>

namespace keyward::core {

class Vault;

// Emergency revocation on suspected compromise (SPEC §3, §4): one officer's act, effective at
// once from any state but destroyed. The key leaves every JWKS, loses its primary flag, and a
// break-glass review opens that a second officer must countersign. Audited as "key.revoked".
class RevokeKeyCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RevokeKeyCommand)
public:
    struct Params {
        QString kid;
        QString keySet; // optional when the kid is in one set only
        QString reason; // required: what is suspected
        // The key as the officer saw it (GUI dialogs): refused when it changed meanwhile.
        std::optional<KeyPrecondition> expected;
    };

    RevokeKeyCommand(Vault& vault, Params params);

    Status validate() const; // role, reason, the key exists, the state machine allows it
    Status run();

    const KeyRecord& result() const { return m_result; } // the key as revoked
    qint64 reviewId() const { return m_reviewId; }

private:
    Result<KeyRecord> target() const;

    Vault& m_vault;
    Params m_params;
    KeyRecord m_result;
    qint64 m_reviewId = 0;
};

} // namespace keyward::core
