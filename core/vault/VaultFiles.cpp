// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultFiles.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace keyward::core {

namespace {

Result<std::unique_ptr<Database>> openDatabase(const VaultLocation& location, const SecureBytes& key)
{
    return Database::open(location.databasePath(), key, Database::Mode::OpenExisting);
}

void syncFolder(const QString& dir)
{
    const QByteArray native = QFile::encodeName(dir);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<VaultFiles::Unlocked> VaultFiles::unlock(const VaultLocation& location, const QString& officer,
                                                const SecureBytes& passphrase)
{
    Result<KeySlotFile> current = KeySlotFile::load(location.keySlotsPath());
    if (!current.ok())
        return current.error();
    std::optional<KeySlotFile> pending;
    if (QFileInfo::exists(location.pendingKeySlotsPath())) {
        Result<KeySlotFile> loaded = KeySlotFile::load(location.pendingKeySlotsPath());
        if (!loaded.ok())
            return loaded.error();
        if (loaded->vaultId != current->vaultId)
            return Error(ErrorCode::VaultDamaged,
                         tr("keyslots.json.new belongs to another vault than keyslots.json."));
        pending = std::move(*loaded);
    }

    const KeySlot* oldSlot = current->find(officer);
    const KeySlot* newSlot = pending ? pending->find(officer) : nullptr;
    if (!oldSlot && !newSlot)
        return Error(ErrorCode::AuthenticationFailed, tr("No officer named %1 can unlock this vault.").arg(officer));

    // The passphrase-sealed part of a slot is the same in both files (a re-key only replaces the
    // master-key wrap), so one Argon2id run opens both.
    const KeySlotFile& slotFile = newSlot ? *pending : *current;
    Result<SlotSecrets> secrets = slotFile.unlock(newSlot ? *newSlot : *oldSlot, passphrase);
    if (!secrets.ok())
        return secrets.error();

    Unlocked result;
    result.vaultId = current->vaultId;
    result.signingPrivate = std::move(secrets->signingPrivate);
    const SecureBytes& boxPrivate = secrets->boxPrivate;

    if (!pending) {
        Result<SecureBytes> master = current->unwrapMaster(*oldSlot, boxPrivate);
        if (!master.ok())
            return master.error();
        Result<std::unique_ptr<Database>> db = openDatabase(location, *master);
        if (!db.ok())
            return db.error();
        KeySlotFile::upgradeSlot(location.keySlotsPath(), officer, secrets->kek, secrets->boxPrivate,
            result.signingPrivate, *master);
        result.masterKey = std::move(*master);
        result.db = std::move(*db);
        result.boxPrivate = std::move(secrets->boxPrivate);
        return result;
    }

    // ---- keyslots.json.new exists: an officer change was interrupted. Open vault.db with
    // whichever key it is on, then let its officers rows decide which file is true.
    std::optional<SecureBytes> pendingMaster;
    std::optional<SecureBytes> currentMaster;
    Error lastError(ErrorCode::VaultDamaged, tr("vault.db opens with neither the old nor the new keyslots."));
    if (newSlot) {
        Result<SecureBytes> master = pending->unwrapMaster(*newSlot, boxPrivate);
        if (master.ok())
            pendingMaster = std::move(*master);
        else
            lastError = master.error();
    }
    if (oldSlot) {
        Result<SecureBytes> master = current->unwrapMaster(*oldSlot, boxPrivate);
        if (master.ok())
            currentMaster = std::move(*master);
        else
            lastError = master.error();
    }
    std::unique_ptr<Database> db;
    bool pendingKeyOpens = false;
    for (const std::optional<SecureBytes>* master : { &pendingMaster, &currentMaster }) {
        if (db || !*master)
            continue;
        Result<std::unique_ptr<Database>> opened = openDatabase(location, **master);
        if (!opened.ok()) {
            lastError = opened.error();
            continue;
        }
        db = std::move(*opened);
        pendingKeyOpens = master == &pendingMaster;
    }
    if (!db)
        return newSlot ? lastError
                       : Error(ErrorCode::AuthenticationFailed, tr("%1 is no longer an officer of this vault.").arg(officer));

    // The write lock while deciding: a program that is making an officer change holds it from
    // before it writes keyslots.json.new until its commit, so the decision never races a change
    // that is still in flight (it waits for it instead).
    KEYWARD_TRY(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
    const auto release = [&db] { (void)db->exec(QStringLiteral("ROLLBACK")); };
    if (!QFileInfo::exists(location.pendingKeySlotsPath())) {
        // Settled by another program while we waited: start again from the files as they are now.
        release();
        db.reset();
        return unlock(location, officer, passphrase);
    }
    Result<QStringList> names = OfficerStore(*db).names();
    if (!names.ok()) {
        release();
        return names.error();
    }
    const bool rekeyed = pendingKeyOpens && pending->generation != current->generation;
    PendingVerdict verdict = judgePending(*current, *pending, *names, pendingKeyOpens);
    if (verdict == PendingVerdict::NotCommitted && rekeyed)
        verdict = PendingVerdict::Contradictory; // re-keyed for a change the rows do not hold
    switch (verdict) {
    case PendingVerdict::Contradictory:
        release();
        return Error(ErrorCode::VaultDamaged,
                     tr("keyslots.json.new fits neither the officers recorded in vault.db nor keyslots.json; "
                        "restore the vault from a backup (keyward-cli vault check tells which backup is whole)."));
    case PendingVerdict::NotCommitted: {
        // The change never reached the database: the old slots are still the truth. An officer
        // whose addition never committed cannot unlock, and changes nothing by trying. The file
        // goes while the lock is held, so it is never another program's fresh one.
        if (!oldSlot || !currentMaster) {
            release();
            return Error(ErrorCode::AuthenticationFailed, tr("No officer named %1 can unlock this vault.").arg(officer));
        }
        const bool removed = QFile::remove(location.pendingKeySlotsPath());
        release();
        if (!removed)
            return Error(ErrorCode::Io, tr("Cannot remove the stale keyslots.json.new."));
        result.masterKey = std::move(*currentMaster);
        break;
    }
    case PendingVerdict::Committed:
        // A removed officer learns nothing and changes nothing: the remaining ones finish it.
        if (!newSlot || !pendingMaster) {
            release();
            return newSlot ? lastError
                           : Error(ErrorCode::AuthenticationFailed,
                                   tr("%1 is no longer an officer of this vault.").arg(officer));
        }
        if (pendingKeyOpens) {
            const Status promoted = promotePending(location);
            release();
            KEYWARD_TRY(promoted);
        } else {
            // A committed removal whose re-key never ran. PRAGMA rekey is its own transaction, so
            // the lock is taken again for the promotion.
            release();
            KEYWARD_TRY(db->rekey(*pendingMaster));
            KEYWARD_TRY(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
            const Status promoted = promotePending(location);
            release();
            KEYWARD_TRY(promoted);
        }
        result.masterKey = std::move(*pendingMaster);
        break;
    }
    result.db = std::move(db);
    result.boxPrivate = std::move(secrets->boxPrivate);
    return result;
}

VaultFiles::PendingVerdict VaultFiles::judgePending(const KeySlotFile& current, const KeySlotFile& pending,
                                                    const QStringList& officers, bool pendingKeyOpens)
{
    QStringList added;
    QStringList removed;
    for (const KeySlot& slot : pending.slots) {
        const KeySlot* before = current.find(slot.officer);
        if (!before || before->boxPublic != slot.boxPublic)
            added.append(slot.officer);
    }
    for (const KeySlot& slot : current.slots) {
        if (!pending.find(slot.officer))
            removed.append(slot.officer);
    }
    if (added.isEmpty() && removed.isEmpty())
        return pendingKeyOpens ? PendingVerdict::Committed : PendingVerdict::NotCommitted;
    const auto hasRow = [&](const QString& name) { return officers.contains(name); };
    const bool allAdded = std::all_of(added.cbegin(), added.cend(), hasRow);
    const bool noneAdded = std::none_of(added.cbegin(), added.cend(), hasRow);
    const bool allRemoved = std::none_of(removed.cbegin(), removed.cend(), hasRow);
    const bool noneRemoved = std::all_of(removed.cbegin(), removed.cend(), hasRow);
    if (allAdded && allRemoved)
        return PendingVerdict::Committed;
    if (noneAdded && noneRemoved)
        return PendingVerdict::NotCommitted;
    return PendingVerdict::Contradictory;
}

Result<KeySlotFile> VaultFiles::rekeyedSlots(const KeySlotFile& current, const QString& removed,
                                             const SecureBytes& newMaster)
{
    KeySlotFile next = current;
    next.generation = current.generation + 1;
    next.slots.removeIf([&](const KeySlot& slot) { return slot.officer == removed; });
    if (next.slots.isEmpty())
        return Error(ErrorCode::Refused, tr("The last keyslot cannot be removed."));
    for (KeySlot& slot : next.slots) {
        KEYWARD_TRY(next.checkForRewrap(slot)); // never wrap the new master key to a swapped box key
        KEYWARD_TRY(next.rewrapMaster(slot, newMaster));
    }
    return next;
}

Status VaultFiles::promotePending(const VaultLocation& location)
{
    const QByteArray from = QFile::encodeName(location.pendingKeySlotsPath());
    const QByteArray to = QFile::encodeName(location.keySlotsPath());
    if (std::rename(from.constData(), to.constData()) != 0)
        return Error(ErrorCode::Io, tr("Cannot replace keyslots.json with keyslots.json.new."));
    syncFolder(location.dir);
    return {};
}

} // namespace keyward::core
