// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The public contract of an open vault (SPEC §1, §2). GUI and CLI only ever talk to this.

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/KdfParams.h"
#include "vault/Officer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyward::core {

class AuditLog;
class Database;

struct VaultLocation {
    QString dir; // the vault folder
    QString databasePath() const; // dir/vault.db
    QString keySlotsPath() const; // dir/keyslots.json
    QString pendingKeySlotsPath() const; // dir/keyslots.json.new, only while a re-key is in flight
    bool exists() const; // both files present

    // --vault PATH, else $KEYWARD_VAULT, else AppDataLocation/default.keyward
    static VaultLocation resolve(const QString& explicitPath = QString());
};

class Vault {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Vault)
public:
    static constexpr int kMinPassphraseLength = 8; // bytes of UTF-8
    // 1–64 characters: letters, digits, '.', '_', '@', '-', starting with a letter or digit.
    static bool isValidOfficerName(const QString& name);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates the folder, the database (schema at the newest migration), the first officer's
    // keyslot and signing key, and the "vault.created" + "officer.added" audit events.
    static Result<std::unique_ptr<Vault>> create(const VaultLocation& location, const QString& officer,
                                                 const QList<Role>& roles, const SecureBytes& passphrase,
                                                 const KdfParams& kdf, const Clock& clock);
    // Unlocks as `officer`. Wrong passphrase → AuthenticationFailed; damaged keyslots.json or a
    // foreign/truncated vault.db → VaultDamaged; newer schema → NewerSchema. Writes nothing on failure.
    static Result<std::unique_ptr<Vault>> open(const VaultLocation& location, const QString& officer,
                                               const SecureBytes& passphrase, const Clock& clock);
    // The officer names with a keyslot, read from keyslots.json without unlocking (unlock screen).
    static Result<QStringList> slotOfficers(const VaultLocation& location);

    const VaultLocation& location() const;
    QString vaultId() const;
    const Clock& clock() const;
    const Officer& currentOfficer() const;
    int schemaVersion() const;

    Result<QList<Officer>> officers() const;
    // True once a second officer holding `approver` exists (SPEC §2): governed operations need it.
    bool isOperational() const;

    // Bootstrap (one officer → the second, alone) and, until the approvals issue, plain adds by an
    // admin. The new officer's passphrase is given by that officer. Refused: duplicate name, empty
    // roles, caller without admin once the vault is operational.
    Status addOfficer(const QString& name, const QList<Role>& roles, const SecureBytes& newPassphrase,
                      const KdfParams& kdf);
    // Removes the officer's slot and re-keys the database with a fresh master key (PRAGMA rekey),
    // wrapped for every remaining officer (see KeySlots.h). Needs admin; refuses removing oneself
    // or the last admin. Crash-safe: keyslots.json.new is written first and the next open either
    // completes or abandons the re-key, depending on whether the removal was committed.
    Status removeOfficer(const QString& name);
    Status acknowledgeCustodianDuties();

    // Signs `payload` with the current officer's personal key (Ed25519), returning the raw signature.
    Result<QByteArray> signAsCurrentOfficer(QByteArrayView payload) const;

    // Valid while unlocked; lock() destroys them.
    AuditLog& audit();
    const AuditLog& audit() const;
    Database& database();

    // Wipes the master key and signing key from memory and closes the database.
    void lock();
    bool isLocked() const;

    struct Private;

private:
    explicit Vault(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace keyward::core
