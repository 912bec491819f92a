// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>

namespace keyward::core {

class Vault;

// Creates a key set or changes its policy (SPEC §3): cryptoperiod, warning windows, maximum token
// TTL, clock skew, minimum overlap, default environment, bundle signing kid. Audited as
// "keyset.created" or "keyset.policy-changed" (with before and after). Creating needs key-officer
// or admin; changing an existing policy needs admin (the approvals issue puts it under the
// two-person rule, SPEC §4).
class SetKeySetPolicyCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::SetKeySetPolicyCommand)
public:
    SetKeySetPolicyCommand(Vault& vault, KeySet set);

    static Status checkPolicy(const KeySetPolicy& policy);
    Status validate() const;
    Status run();

    bool created() const { return m_created; }
    bool changed() const { return m_changed; } // false when the policy was already so

private:
    Vault& m_vault;
    KeySet m_set;
    bool m_created = false;
    bool m_changed = false;
};

} // namespace keyward::core
