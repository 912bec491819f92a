// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>

namespace keyward::core {

class KeyStore;
class Vault;

// Creates a key set or changes its policy (SPEC §3): cryptoperiod, warning windows, maximum token
// TTL, clock skew, minimum overlap, default environment, bundle signing kid. Audited as
// "keyset.created" or "keyset.policy-changed" (with before and after). Creating needs key-officer
// or admin; changing an existing policy needs admin and, once the vault is operational, a
// two-person request (policy-change, SPEC §4) — this command then refuses it.
class SetKeySetPolicyCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::SetKeySetPolicyCommand)
public:
    SetKeySetPolicyCommand(Vault& vault, KeySet set);

    static Status checkPolicy(const KeySetPolicy& policy);
    // The bundle signing kid, when set, names a signing key with its private part in the set.
    static Status checkBundleSigner(const KeyStore& store, const KeySet& set);
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
