// SPDX-License-Identifier: GPL-3.0-or-later
// The Vault's side of the signed roster (issue #12): signing roster statements as the current
// officer, enforcing the roster at unlock, and keeping re-keys to officers the roster holds.
// Kept apart from Vault.cpp so the roster is one place to read.

#include "vault/Vault.h"

#include "vault/VaultPrivate.h"

#include "common/Base64Url.h"
#include "storage/Transaction.h"
#include "vault/OfficerStore.h"
#include "vault/Roster.h"
#include "vault/RosterStatement.h"

#include <QJsonArray>

#include <algorithm>

namespace keyward::core {

QJsonObject Vault::Private::rosterEntry(const QString& name, const QList<Role>& roles, const QJsonObject& signingJwk,
                                        const QByteArray& boxPublic, bool tofu)
{
    return QJsonObject { { QStringLiteral("officer"), name },
                         { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                         { QStringLiteral("signingJwk"), signingJwk },
                         { QStringLiteral("box"), QString::fromLatin1(base64url::encode(boxPublic)) },
                         { QStringLiteral("tofu"), tofu } };
}

Result<QString> Vault::Private::signRosterStatement(const QString& kind, QJsonObject statement) const
{
    statement.insert(QStringLiteral("v"), RosterStatement::kVersion);
    statement.insert(QStringLiteral("vault"), vaultId);
    statement.insert(QStringLiteral("kind"), kind);
    statement.insert(QStringLiteral("by"), officer.name);
    statement.insert(QStringLiteral("at"), AuditEvent::formatTime(clock->now()));
    Result<QByteArray> jws = RosterStatement::sign(statement, officer.signingJwk, [this](QByteArrayView input) {
        return slotcrypto::ed25519Sign(signingKey.get(), input);
    });
    if (!jws.ok())
        return jws.error();
    return QString::fromLatin1(*jws);
}

// A vault made before signed rosters: its first unlock by an admin seals the officers as they are
// now (each with the keys of their keyslot), trusted on first use. Anyone who could already edit
// vault.db before this could have planted an officer; officers compare the fingerprint and the
// listed officers once, as they did at a bootstrap.
Status Vault::Private::adoptRoster(const KeySlotFile& slots)
{
    Result<QList<Officer>> rows = OfficerStore(*db).all();
    if (!rows.ok())
        return rows.error();
    QJsonArray listed;
    for (const Officer& o : std::as_const(*rows)) {
        const KeySlot* slot = slots.find(o.name);
        if (!slot || slot->signingJwk != o.signingJwk)
            return Error(ErrorCode::IntegrityFailure,
                         tr("The officer %1 has no keyslot with their signing key, so the roster cannot be adopted.")
                             .arg(o.name));
        listed.append(rosterEntry(o.name, o.roles, o.signingJwk, slot->boxPublic, true));
    }
    Result<QString> jws = signRosterStatement(QStringLiteral("adopted"),
                                              QJsonObject { { QStringLiteral("officers"), listed } });
    if (!jws.ok())
        return jws.error();
    Result<AuditEvent> event = audit->record(officer.name, QStringLiteral("roster.adopted"), vaultId,
                                             QJsonObject { { RosterStatement::detailsKey(), *jws },
                                                           { QStringLiteral("officers"), listed.size() } });
    return event.ok() ? Status {} : Status(event.error());
}

Status Vault::Private::enforceRoster()
{
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    Result<Roster> roster = RosterBuilder::fromDatabase(*db, vaultId);
    if (!roster.ok())
        return roster.error();
    if (!roster->isSigned()) {
        // Only an admin may vouch for the officers; until one unlocks, the vault works as before.
        if (!officer.hasRole(Role::Admin))
            return {};
        KEYWARD_TRY(adoptRoster(*slots));
        roster = RosterBuilder::fromDatabase(*db, vaultId);
        if (!roster.ok())
            return roster.error();
    }
    Result<QList<Officer>> rows = OfficerStore(*db).all();
    if (!rows.ok())
        return rows.error();
    KEYWARD_TRY(roster->checkOfficers(*rows));
    // The unlocking officer's own slot must hold the roster's keys. Another officer's altered slot
    // is reported instead of locking everyone out: its own seals no longer open for that officer,
    // it is never re-wrapped (rosteredSlots), and the intact officers keep their way in to
    // investigate and restore it.
    alteredSlots.clear();
    for (const KeySlot& slot : std::as_const(slots->slots)) {
        KeySlotFile one;
        one.vaultId = slots->vaultId;
        one.slots = { slot };
        const Status matches = roster->checkSlots(one);
        if (matches.ok())
            continue;
        if (slot.officer == officer.name)
            return matches;
        alteredSlots.append(slot.officer);
    }
    // An unknown slot opens nothing (the officers check above refuses a row for it), so it does not
    // lock everyone out either. It is reported (rosterWarnings, audit verify) and never re-wrapped.
    unknownSlots = roster->unknownSlots(*slots);
    return {};
}

KeySlotFile Vault::Private::rosteredSlots(const KeySlotFile& slots) const
{
    Result<Roster> roster = RosterBuilder::fromDatabase(*db, vaultId);
    if (!roster.ok() || !roster->isSigned())
        return slots;
    KeySlotFile kept = slots;
    // A slot the roster does not hold never receives a new master key (an orphan slot planted in
    // the folder would otherwise read every key created after the re-key).
    kept.slots.removeIf([&](const KeySlot& slot) {
        const RosterMember* member = roster->member(slot.officer);
        return !member || member->boxPublic != QString::fromLatin1(base64url::encode(slot.boxPublic));
    });
    return kept;
}

void Vault::Private::keepUnrosteredSlots(const KeySlotFile& current, KeySlotFile& next) const
{
    // Slots the roster does not hold go over unchanged: still wrapping only the old master key
    // (of the old generation), they open nothing new, and the next unlock names them as tampering
    // instead of the evidence vanishing with the re-key.
    const KeySlotFile kept = rosteredSlots(current);
    for (const KeySlot& slot : current.slots) {
        const bool rostered = std::any_of(kept.slots.cbegin(), kept.slots.cend(), [&](const KeySlot& k) {
            return k.officer == slot.officer && k.boxPublic == slot.boxPublic;
        });
        if (!rostered && !next.find(slot.officer))
            next.slots.append(slot);
    }
}

Result<Roster> Vault::roster() const
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return RosterBuilder::fromDatabase(*d->db, d->vaultId);
}

QStringList Vault::rosterWarnings() const
{
    QStringList warnings;
    for (const QString& name : std::as_const(d->unknownSlots))
        warnings.append(tr("Tampering: keyslots.json holds a slot for %1, who is not an officer in the signed roster "
                           "(planted, or left by an interrupted officer addition). It opens nothing and is never "
                           "given a new master key.")
                            .arg(name));
    for (const QString& name : std::as_const(d->alteredSlots))
        warnings.append(tr("Tampering: the keyslot of %1 holds other keys than the signed roster. It is never given a "
                           "new master key; restore keyslots.json from a backup (vault check) or remove and re-add %1.")
                            .arg(name));
    warnings.append(d->headAlarms);
    return warnings;
}

QString Vault::fingerprint() const
{
    const Result<Roster> built = roster();
    return built.ok() ? built->fingerprint() : QString();
}

} // namespace keyward::core
