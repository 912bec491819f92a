// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// keyslots.json: who can unlock the vault, readable without unlocking it.
//
// Design (why X25519): every slot holds two things sealed under a key derived from the officer's
// passphrase (Argon2id → HKDF → KEK, AES-256-GCM): the officer's X25519 "box" private key and
// personal Ed25519 signing key. The master key itself is sealed to each officer's *public* box key
// (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM). So any unlocked officer can wrap a fresh master
// key for every remaining officer without knowing their passphrases — which is what removing an
// officer needs (new master key, PRAGMA rekey) — while the removed officer, who knew the old master
// key, learns nothing about the new one. Every AES-GCM seal binds vault id + officer + slot
// version (and, for the master key, the key generation) as AAD, so a slot cannot be moved to
// another officer or vault. A passphrase check value (a separate HKDF output of the same Argon2id
// result) tells a wrong passphrase apart from a slot that was tampered with.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/KdfParams.h"
#include "vault/SlotCrypto.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keyward::core {

struct KeySlot {
    QString officer;
    int slotVersion = 1;
    int binding = 2; // what the seals cover: 1 = format-1 AAD (until upgraded), 2 = every field
    KdfParams kdf;
    QByteArray salt;
    QByteArray passphraseCheck;
    QByteArray boxPublic; // X25519, raw 32 bytes
    slotcrypto::Sealed boxPrivate;
    QJsonObject signingJwk; // public Ed25519 OKP JWK
    slotcrypto::Sealed signingPrivate;
    QByteArray masterEpk; // ephemeral X25519 public key of the master-key wrap
    slotcrypto::Sealed master;
    QByteArray signature; // binding 2: Ed25519 by signingJwk over every field (KeySlotBinding.h)
    // The last audit head this officer signed or verified (SealedHead), sealed under a key only
    // their box private key derives; empty ciphertext: none yet. Not part of the self-signature:
    // it changes at every commit, and its AEAD tag already binds it to this slot.
    slotcrypto::Sealed head;
};

// What an officer's keyslot remembers of the log (issue #12, tail truncation): the head they last
// signed or verified and the roster root then. At unlock, a log that does not extend it was cut
// short or rewritten — by someone holding the master key but not this officer's passphrase.
struct SealedHead {
    qint64 count = 0;
    QByteArray hash; // hex SHA-256 of event `count`
    QString fingerprint; // the vault fingerprint at that head ("" before a signed roster)
};

// What an officer's passphrase opens.
struct SlotSecrets {
    SecureBytes boxPrivate;
    SecureBytes signingPrivate;
    SecureBytes kek; // the passphrase-derived sealing key, so a binding-1 slot can be re-sealed
};

class KeySlotFile {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeySlotFile)
public:
    // 2: per-slot "binding" and "signature" (every field bound). Format-1 files still load; their
    // slots keep binding 1 until their officer unlocks (upgradeSlot).
    static constexpr int kFormatVersion = 2;

    QString vaultId;
    qint64 generation = 1; // +1 at every re-key; bound into the master-key AAD
    QList<KeySlot> slots;

    const KeySlot* find(const QString& officer) const;
    QStringList officers() const;

    QByteArray toJson() const;
    static Result<KeySlotFile> parse(QByteArrayView json, const QString& path);
    // Missing, unreadable or malformed → VaultDamaged with a message naming the file and the fault.
    static Result<KeySlotFile> load(const QString& path);
    // Atomic replace (QSaveFile: temp file, fsync, rename), owner-only permissions.
    Status save(const QString& path) const;

    // A new slot for `officer` with fresh box and signing keys, holding `masterKey`.
    Result<KeySlot> makeSlot(const QString& officer, const SecureBytes& passphrase, const KdfParams& kdf,
                             const SecureBytes& masterKey, SecureBytes* signingPrivateOut = nullptr,
                             SecureBytes* boxPrivateOut = nullptr) const;
    // Wrong passphrase → AuthenticationFailed; a slot altered or from another vault → VaultDamaged.
    // A cost outside kdfLimits() or a broken self-signature is VaultDamaged before Argon2 runs.
    Result<SlotSecrets> unlock(const KeySlot& slot, const SecureBytes& passphrase) const;
    // What can be checked without the passphrase: the Argon2 cost within kdfLimits() and, for a
    // binding-2 slot, its self-signature. VaultDamaged naming the officer otherwise. A re-key can
    // use it to refuse wrapping to a slot that is not what its officer made (a roster pins the JWK).
    Status checkSlot(const KeySlot& slot) const;
    // checkSlot(), and a binding-1 slot is refused: nothing binds its box key (a folder writer could
    // have swapped it, or turned a whole file back into format 1), so a new master key is wrapped
    // only after its officer's next unlock upgraded it.
    Status checkForRewrap(const KeySlot& slot) const;
    // After `officer` unlocked a binding-1 slot of the keyslot file at `path` (the KEK and private
    // keys its unlock gave, and the master key): re-seals that slot with binding 2 and replaces the file
    // atomically (QSaveFile). Nothing happens for a binding-2 slot or when the slot on disk changed
    // meanwhile. Best effort: a read-only vault folder still unlocks (the slot stays binding 1); the failure
    // is logged.
    static void upgradeSlot(const QString& path, const QString& officer, const SecureBytes& kek,
        const SecureBytes& boxPrivate, const SecureBytes& signingPrivate, const SecureBytes& masterKey);
    Result<SecureBytes> unwrapMaster(const KeySlot& slot, const SecureBytes& boxPrivate) const;
    // Re-seals `masterKey` to the slot's public box key for this file's generation.
    Status rewrapMaster(KeySlot& slot, const SecureBytes& masterKey) const;

    // The slot's sealed head: nullopt when it has none; VaultDamaged when it does not open (altered,
    // moved from another slot, or sealed by someone without this officer's box key).
    Result<std::optional<SealedHead>> openHead(const KeySlot& slot, const SecureBytes& boxPrivate) const;
    // Seals `head` into `officer`'s slot of the keyslot file at `path` and replaces the file
    // atomically; every other byte of the file stays as it was read. The caller holds the vault's
    // write lock, so no officer change replaces the file meanwhile (VaultFiles::sealHeadAfterCommit).
    // For whoever re-seals a slot (passphrase change, enrollment): the box key pair must stay, or
    // call this again afterwards.
    static Status resealHead(const QString& path, const QString& officer, const SecureBytes& boxPrivate,
                             const SealedHead& head);

private:
    // Seals the private keys under `kek`, wraps `masterKey` and signs the fields (slot.binding).
    Status sealSlot(KeySlot& slot, const SecureBytes& kek, const SecureBytes& boxPrivate,
        const SecureBytes& signingPrivate, const SecureBytes& masterKey) const;
};

} // namespace keyward::core
