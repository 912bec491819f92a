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
    // The keyslots.json generation whose master key this process holds (see wasRekeyedElsewhere).
    qint64 keyGeneration = 0;
    // Between stageRemoval and finishRemoval: the new master key keyslots.json.new wraps.
    SecureBytes stagedMaster;
    QString stagedRemoval;
    qint64 stagedGeneration = 0;

    // keyslots.json, or with `includePending` keyslots.json.new of another program's removal in
    // flight, names a later generation than the one this process unlocked.
    bool newerGenerationOnDisk(bool includePending) const;
    void watchForRekeys(); // installs the check into the database's error mapping

    Status commitNewOfficer(const QString& actor, const Officer& added, const KeySlot& slot, const QJsonObject& details);
    Status stageRemoval(const QString& actor, const Officer& target, const QJsonObject& extraDetails);
    Status finishRemoval();
};

} // namespace keyward::core
