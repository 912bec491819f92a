// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Vault::authenticateOfficer in two halves, so a front end can run the slow one (Argon2id, about
// half a second at production cost) off its GUI thread and keep the window responsive (SPEC §11).
// The slow half reads only keyslots.json: the database handle is not thread-safe and is touched
// only by the fast half, on the thread that owns the vault.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/OfficerCredential.h"

#include <QJsonObject>
#include <QString>

namespace keyward::core {

class Database;
class Vault;

// What the officer's passphrase opened in their keyslot: their personal signing key (wiped with
// this object) and the public key the slot names for it. Move-only; never stored.
struct UnwrappedOfficerSlot {
    QString officer;
    QJsonObject signingJwk;
    SecureBytes signingPrivate;
};

struct OfficerReauthentication {
    // Thread-safe: reads keyslots.json in `vaultDir`, checks it belongs to `vaultId` and derives the
    // key from `passphrase`. Never touches a Vault or its database. Wrong passphrase or unknown
    // officer → AuthenticationFailed.
    static Result<UnwrappedOfficerSlot> unwrap(const QString& keySlotsPath, const QString& vaultId,
                                               const QString& name, const SecureBytes& passphrase);
    // On the vault's own thread: the officer must still be on record with the same signing key;
    // then the credential holds their key.
    static Result<OfficerCredential> complete(Vault& vault, Result<UnwrappedOfficerSlot> unwrapped);
    static Result<OfficerCredential> complete(Database& db, Result<UnwrappedOfficerSlot> unwrapped);
};

} // namespace keyward::core
