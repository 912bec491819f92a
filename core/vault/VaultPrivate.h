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
    // The officer's X25519 box key: it opens their master-key wrap in any slot file, which a
    // backup needs to tell keyslots.json from keyslots.json.new (VaultBackup).
    SecureBytes boxPrivate;
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

    // Between an addition inside a caller's transaction and finishAddition: the slots written
    // to keyslots.json.new, promoted only once that transaction committed.
    QByteArray stagedSlots;

    Status commitNewOfficer(const QString& actor, const Officer& added, const KeySlot& slot, const QJsonObject& details);
    Status stageRemoval(const QString& actor, const Officer& target, const QJsonObject& extraDetails);
    Status finishRemoval();
    Status finishAddition();
    // keyslots.json.new → keyslots.json, also accepting that another program's unlock already
    // promoted exactly these slots (it may settle a committed change before we get to it).
    Status promoteStaged(const QByteArray& json);

    // The signed roster (VaultRoster.cpp).
    static QJsonObject rosterEntry(const QString& name, const QList<Role>& roles, const QJsonObject& signingJwk,
                                   const QByteArray& boxPublic, bool tofu);
    Result<QString> signRosterStatement(const QString& kind, QJsonObject statement) const;
    Status adoptRoster(const KeySlotFile& slots);
    Status enforceRoster();
    KeySlotFile rosteredSlots(const KeySlotFile& slots) const;
    QStringList unknownSlots; // found at unlock: reported, never re-wrapped
    QStringList alteredSlots; // another officer's slot with other keys than the roster's: the same
    void keepUnrosteredSlots(const KeySlotFile& current, KeySlotFile& next) const;

    // The signed log (VaultSignedLog.cpp): heads signed as this officer at every commit, and the
    // head sealed into their keyslot, checked at unlock against the log (tail truncation).
    void signHeadsAsOfficer();
    void sealOwnHead(const AuditLog::Head& head, const QString& fingerprint);
    Status checkSealedHead();
    QStringList headAlarms; // found at unlock: reported with the roster warnings; no re-seal meanwhile
};

} // namespace keyward::core
