// SPDX-License-Identifier: GPL-3.0-or-later
// Re-authentication of an officer at the moment of a decision, and the officer changes that only
// the executors of approved two-person requests make (they alone can construct an OfficerChangeKey).

#include "vault/Vault.h"

#include "crypto/Random.h"
#include "vault/KeySlots.h"
#include "vault/OfficerCredentialPrivate.h"
#include "vault/OfficerReauthentication.h"
#include "vault/OfficerStore.h"
#include "vault/SlotCrypto.h"
#include "vault/VaultPrivate.h"

namespace keyward::core {

Result<OfficerCredential> Vault::authenticateOfficer(const QString& name, const SecureBytes& passphrase) const
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return OfficerReauthentication::complete(
        *d->db, OfficerReauthentication::unwrap(d->location.keySlotsPath(), d->vaultId, name, passphrase));
}

// The messages keep Vault's translation context: they are the ones authenticateOfficer always gave.
Result<UnwrappedOfficerSlot> OfficerReauthentication::unwrap(const QString& keySlotsPath, const QString& vaultId,
                                                             const QString& name, const SecureBytes& passphrase)
{
    Result<KeySlotFile> slots = KeySlotFile::load(keySlotsPath);
    if (!slots.ok())
        return slots.error();
    if (slots->vaultId != vaultId)
        return Error(ErrorCode::VaultDamaged, Vault::tr("keyslots.json now belongs to another vault."));
    const KeySlot* slot = slots->find(name);
    if (!slot)
        return Error(ErrorCode::AuthenticationFailed, Vault::tr("No officer named %1 can unlock this vault.").arg(name));
    Result<SlotSecrets> secrets = slots->unlock(*slot, passphrase);
    if (!secrets.ok()) {
        if (secrets.code() == ErrorCode::AuthenticationFailed)
            return Error(ErrorCode::AuthenticationFailed, Vault::tr("The passphrase for %1 is wrong.").arg(name));
        return secrets.error();
    }
    return UnwrappedOfficerSlot { name, slot->signingJwk, std::move(secrets->signingPrivate) };
}

Result<OfficerCredential> OfficerReauthentication::complete(Vault& vault, Result<UnwrappedOfficerSlot> unwrapped)
{
    if (vault.isLocked())
        return Error(ErrorCode::Refused, Vault::tr("The vault is locked."));
    return complete(vault.database(), std::move(unwrapped));
}

Result<OfficerCredential> OfficerReauthentication::complete(Database& db, Result<UnwrappedOfficerSlot> unwrapped)
{
    if (!unwrapped.ok())
        return unwrapped.error();
    const QString& name = unwrapped->officer;
    Result<std::optional<Officer>> row = OfficerStore(db).find(name);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return Error(ErrorCode::AuthenticationFailed, Vault::tr("%1 is no longer an officer of this vault.").arg(name));
    if ((*row)->signingJwk != unwrapped->signingJwk)
        return Error(ErrorCode::VaultDamaged,
                     Vault::tr("The signing key in %1's keyslot is not the one on record for them.").arg(name));
    Result<ossl::PKey> key = slotcrypto::ed25519PrivateKey(unwrapped->signingPrivate);
    if (!key.ok())
        return key.error();
    auto p = std::make_unique<OfficerCredential::Private>();
    p->officer = **row;
    p->signingKey = std::move(*key);
    return OfficerCredential(std::move(p));
}

Result<QByteArray> Vault::sealOfficerSlot(const QString& name, const SecureBytes& passphrase, const KdfParams& kdf,
                                          QJsonObject* signingJwk) const
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    KeySlotFile sealed;
    sealed.vaultId = d->vaultId;
    // A throwaway master key: the real one is wrapped in only when the request is executed.
    const SecureBytes placeholder = random::secretBytes(Database::kMasterKeySize);
    Result<KeySlot> slot = sealed.makeSlot(name, passphrase, kdf, placeholder);
    if (!slot.ok())
        return slot.error();
    if (signingJwk)
        *signingJwk = slot->signingJwk;
    sealed.slots.append(*slot);
    return sealed.toJson();
}

Status Vault::addOfficerFromSealedSlot(OfficerChangeKey, const QString& actor, const QString& name,
                                       const QList<Role>& roles, const QByteArray& sealedSlot,
                                       const QJsonObject& signingJwk, const QJsonObject& details)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    Result<KeySlotFile> sealed = KeySlotFile::parse(sealedSlot, tr("the request's sealed keyslot"));
    if (!sealed.ok())
        return sealed.error();
    const KeySlot* slot = sealed->find(name);
    if (sealed->vaultId != d->vaultId || !slot || sealed->slots.size() != 1 || slot->signingJwk != signingJwk)
        return Error(ErrorCode::IntegrityFailure,
                     tr("The sealed keyslot of the request is not the one for %1 that was approved.").arg(name));
    Officer added;
    added.name = name;
    added.roles = roles;
    added.signingJwk = slot->signingJwk;
    added.createdAt = d->clock->now().toUTC();
    added.createdBy = actor;
    return d->commitNewOfficer(actor, added, *slot, details);
}

Status Vault::stageOfficerRemoval(OfficerChangeKey, const QString& actor, const QString& name,
                                  const QJsonObject& details)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    if (name == d->officer.name)
        return Error(ErrorCode::Refused,
                     tr("%1 cannot be removed while their own session is the one open.").arg(name));
    Result<std::optional<Officer>> target = OfficerStore(*d->db).find(name);
    if (!target.ok())
        return target.error();
    if (!target->has_value())
        return Error(ErrorCode::NotFound, tr("There is no officer named %1.").arg(name));
    return d->stageRemoval(actor, **target, details);
}

Status Vault::finishOfficerRemoval(OfficerChangeKey)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return d->finishRemoval();
}

Status Vault::finishOfficerAddition(OfficerChangeKey)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return d->finishAddition();
}

Status Vault::setOfficerRoles(OfficerChangeKey, const QString& actor, const QString& name, const QList<Role>& roles,
                              const QJsonObject& details)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    if (roles.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An officer needs at least one role."));
    Result<AuditEvent> event = d->audit->record(actor, QStringLiteral("officer.roles-changed"), name, details,
                                                [&](Database& database) { return OfficerStore(database).setRoles(name, roles); });
    if (!event.ok())
        return event.error();
    if (name == d->officer.name)
        d->officer.roles = roles;
    return {};
}

} // namespace keyward::core
