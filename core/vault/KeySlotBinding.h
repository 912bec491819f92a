// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a keyslot's seals and self-signature are bound to (keyslots format 2).
//
// Binding 1 (keyslots format 1) put only vault id + officer + slot version into the AES-GCM AAD:
// anyone who could write the vault folder could swap a slot's box public key (so a re-key wrapped
// the new master key to theirs), its signing JWK or its Argon2 cost unnoticed. Binding 2 covers
// every field: officer, slot version, the KDF (algorithm, version, t, m, p, salt), the passphrase
// check, the box public key and the canonical signing JWK; the master-key wrap adds its ephemeral
// key and the key generation. The same bytes are signed with the officer's own Ed25519 key, so a
// changed salt or cost is told apart from a wrong passphrase *before* Argon2 runs: a changed salt
// would otherwise just derive another key and look like a typo.

#include "vault/KeySlots.h"

namespace keyward::core::slotbinding {

constexpr int kLegacy = 1;
constexpr int kEveryField = 2;

// The canonical, length-prefixed encoding of every field of `slot` except its seals.
QByteArray fields(const QString& vaultId, const KeySlot& slot);
// AAD of a passphrase-sealed value ("box" or "signing") under the slot's binding.
QByteArray sealAad(const char* purpose, const QString& vaultId, const KeySlot& slot);
// AAD of the master-key wrap: the seal AAD plus (binding 2) the ephemeral key, and the generation.
QByteArray masterAad(const QString& vaultId, const KeySlot& slot, qint64 generation);
// The bytes the officer's signing key signs (binding 2 only).
QByteArray signedBytes(const QString& vaultId, const KeySlot& slot);
// The raw Ed25519 public key of a slot's signing JWK, empty if the JWK is not an Ed25519 OKP key.
QByteArray signingPublic(const KeySlot& slot);
// True when the slot's self-signature verifies under its own signing JWK.
bool signatureHolds(const QString& vaultId, const KeySlot& slot);

} // namespace keyward::core::slotbinding
