// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one path by which a key enters the inventory, shared by generate, import and register:
// SPEC §3 refusals, the placement rule (primary / pre-published / pending), the automatic key set,
// and the audited insert with the private part handed to the key provider — one transaction.

#include "common/Result.h"
#include "jose/Jwk.h"
#include "keys/KeyRecord.h"
#include "keys/NewKeyParams.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace keyward::core {

class KeyProvider;
class KeyStore;
class Vault;
struct KeySet;

class KeyAdmission {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyAdmission)
public:
    KeyAdmission(Vault& vault, KeyProvider& provider);

    // Checks that need no key: names, owner, dates, the officer's role. Cheap enough to run on
    // every keystroke of a dialog.
    Status checkParams(const NewKeyParams& params) const;

    // Everything a concrete key must pass, read-only: the record that admit() would store, with
    // kid, use, alg, environment, state and primary resolved. Refusals carry their ErrorCode.
    Result<KeyRecord> preview(const Jwk& key, const NewKeyParams& params) const;

    // preview() again inside the write transaction, then the key set (if new), the record, the
    // private part and the audit event `action` ("key.generated", "key.imported", ...). Details
    // are the record's public metadata plus `extraDetails`; never private material.
    Result<KeyRecord> admit(const Jwk& key, const NewKeyParams& params, const QString& action,
                            const QJsonObject& extraDetails, const QString& createdByProduct);

    static bool isValidKeySetName(const QString& name);
    static bool isValidKid(const QString& kid);
    static bool isValidEnvironment(const QString& env);
    static QString productName(); // "Keyward 0.1.0"

    // Audit details of a key record (public metadata only).
    static QJsonObject auditDetails(const KeyRecord& record);
    // Audit details of a key set policy.
    static QJsonObject policyDetails(const KeySet& set);

private:
    Result<KeyRecord> resolve(const Jwk& key, const NewKeyParams& params, const KeyStore& store) const;

    Vault& m_vault;
    KeyProvider& m_provider;
};

// The key with the resolved kid/use/alg written into it: what is stored and published.
Jwk applyRecordMembers(const Jwk& key, const KeyRecord& record);

} // namespace keyward::core
