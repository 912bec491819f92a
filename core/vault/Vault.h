// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The public contract of an open vault (SPEC §1, §2). GUI and CLI only ever talk to this.

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/KdfParams.h"
#include "vault/Officer.h"
#include "vault/Roster.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyward::core {

class AuditLog;
class Database;
struct ChainStatus;
class OfficerCredential;

// The passkey of the officer changes that only an approved two-person request may make (SPEC §2):
// only the request executors can construct one, so no front end reaches those Vault methods
// without going through the RequestEngine.
class OfficerChangeKey {
    friend class OfficerAddExecutor;
    friend class OfficerRemoveExecutor;
    friend class RoleChangeExecutor;
    OfficerChangeKey() = default;
};

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
    // The roster rebuilt from the signed audit events, and the vault fingerprint it anchors
    // (RosterStatement::fingerprint; empty for a vault not yet adopted by an admin).
    Result<Roster> roster() const;
    QString fingerprint() const;
    // What unlock found that does not stop work but must be looked at (slots the roster does not
    // hold); translated, one line each. `audit verify` fails on them.
    QStringList rosterWarnings() const;
    // True once a second officer holding `approver` exists (SPEC §2): governed operations need it.
    // Precisely: some admin and some approver are different officers, so that officer changes —
    // which repair everything else — can always be requested by one and approved by the other.
    bool isOperational() const;
    static bool isOperational(const QList<Officer>& officers);

    // The bootstrap (one officer adds the second alone) and, while the vault is not yet operational,
    // adds by an admin. The new officer's passphrase is given by that officer. Refused: duplicate
    // name, empty roles, caller without admin, and any add once the vault is operational — from
    // then on an officer addition is a two-person request (officer-add, OfficerRequestDrafts).
    Status addOfficer(const QString& name, const QList<Role>& roles, const SecureBytes& newPassphrase,
                      const KdfParams& kdf);
    // Removes the officer's slot and re-keys the database with a fresh master key (PRAGMA rekey),
    // wrapped for every remaining officer (see KeySlots.h). Needs admin; refuses removing oneself
    // or the last admin, and any removal once the vault is operational (then it is an
    // officer-remove request). Crash-safe: keyslots.json.new is written first and the next open
    // either completes or abandons the re-key, depending on whether the removal was committed.
    Status removeOfficer(const QString& name);
    Status acknowledgeCustodianDuties();

    // Re-authentication of any officer of this vault with their own passphrase, at this moment
    // (approvals, countersignatures). Wrong passphrase → AuthenticationFailed "The passphrase for
    // NAME is wrong."; no such officer → AuthenticationFailed. Writes nothing.
    Result<OfficerCredential> authenticateOfficer(const QString& name, const SecureBytes& passphrase) const;

    // An officer-add request's attachment: a keyslot for `name` sealed under their passphrase now
    // (Argon2id with `kdf`). It holds no master key yet — a throwaway one — so it opens nothing
    // until the approved request wraps the master key into it. `signingJwk` receives the new
    // officer's public signing key (part of the request's signed effect).
    Result<QByteArray> sealOfficerSlot(const QString& name, const SecureBytes& passphrase, const KdfParams& kdf,
                                       QJsonObject* signingJwk) const;

    // --- Changes only an approved request makes (see OfficerChangeKey). Each writes its audit event
    // (actor = the officer whose approval executes it) inside the caller's transaction.
    // Adds `name` from a sealed slot (sealOfficerSlot), re-wrapping the current master key into it;
    // refused when the slot is not for `name` or its signing key is not `signingJwk`.
    Status addOfficerFromSealedSlot(OfficerChangeKey, const QString& actor, const QString& name,
                                    const QList<Role>& roles, const QByteArray& sealedSlot,
                                    const QJsonObject& signingJwk, const QJsonObject& details);
    // The first half of a crash-safe removal: keyslots.json.new without the officer and wrapping a
    // fresh master key, then the officers row and "officer.removed". After the transaction
    // committed, finishOfficerRemoval re-keys; if it never commits, the next open drops the file.
    Status stageOfficerRemoval(OfficerChangeKey, const QString& actor, const QString& name, const QJsonObject& details);
    Status finishOfficerRemoval(OfficerChangeKey);
    // After the approving transaction committed: the added officer's slot (staged in
    // keyslots.json.new by addOfficerFromSealedSlot) replaces keyslots.json.
    Status finishOfficerAddition(OfficerChangeKey);
    Status setOfficerRoles(OfficerChangeKey, const QString& actor, const QString& name, const QList<Role>& roles,
                           const QJsonObject& details);

    // Signs `payload` with the current officer's personal key (Ed25519), returning the raw signature.
    Result<QByteArray> signAsCurrentOfficer(QByteArrayView payload) const;

    // audit().verify(); when the log is intact and unlock raised no alarm about it, its head is
    // sealed into this officer's keyslot as the last head they verified (issue #12).
    ChainStatus verifyAudit();

    // Valid while unlocked; lock() destroys them.
    AuditLog& audit();
    const AuditLog& audit() const;
    Database& database();

    // --- Living beside other programs (GUI and CLI on one vault). Both are cheap enough to poll
    // about once a second from the GUI thread and never wait for a lock.
    // A number that changes whenever another program commits to vault.db (PRAGMA data_version);
    // this process's own changes leave it alone. Reload views when it moves. Busy (at once) while
    // another program is committing: poll again. VaultChanged when the vault was re-keyed elsewhere.
    Result<qint64> dataVersion() const;
    // True once another program removed an officer and so re-keyed the vault (keyslots.json's
    // generation moved past the one unlocked here). This connection's key no longer opens the
    // database; any read now fails with ErrorCode::VaultChanged. Lock and ask for the passphrase
    // again. Reads keyslots.json (a few KB); false while locked.
    bool wasRekeyedElsewhere() const;

    // Wipes the master key and signing key from memory and closes the database.
    void lock();
    bool isLocked() const;

    struct Private;

private:
    friend class VaultBackup; // copies the database under the master key it holds
    explicit Vault(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace keyward::core
