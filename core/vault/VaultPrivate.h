// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an open Vault holds. Shared by Vault.cpp (create, open, bootstrap officer changes) and
// VaultOfficerRequests.cpp (re-authentication and the changes only approved requests make).

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/SecureBytes.h"
#include "crypto/OpenSslHandles.h"
#include "storage/Database.h"
#include "vault/KeySlots.h"
#include "vault/Vault.h"

#include <memory>

namespace keyward::core {

struct Vault::Private {
    VaultLocation location;
    QString vaultId;
    const Clock* clock = nullptr;
    Officer officer;
    int schemaVersion = 0;
    SecureBytes masterKey;
    ossl::PKey signingKey;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    // Between stageRemoval and finishRemoval: the new master key keyslots.json.new wraps.
    SecureBytes stagedMaster;
    QString stagedRemoval;

    Status commitNewOfficer(const QString& actor, const Officer& added, const KeySlot& slot, const QJsonObject& details);
    Status stageRemoval(const QString& actor, const Officer& target, const QJsonObject& extraDetails);
    Status finishRemoval();

    // The signed roster (VaultRoster.cpp).
    static QJsonObject rosterEntry(const QString& name, const QList<Role>& roles, const QJsonObject& signingJwk,
                                   const QByteArray& boxPublic, bool tofu);
    Result<QString> signRosterStatement(const QString& kind, QJsonObject statement) const;
    Status adoptRoster(const KeySlotFile& slots);
    Status enforceRoster();
    KeySlotFile rosteredSlots(const KeySlotFile& slots) const;
    QStringList unknownSlots; // found at unlock: reported, never re-wrapped
    void keepUnrosteredSlots(const KeySlotFile& current, KeySlotFile& next) const;
};

} // namespace keyward::core
