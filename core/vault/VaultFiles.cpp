// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultFiles.h"

#include "storage/Database.h"
#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

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

    if (!pending) {
        Result<SecureBytes> master = current->unwrapMaster(*oldSlot, secrets->boxPrivate);
        if (!master.ok())
            return master.error();
        Result<std::unique_ptr<Database>> db = openDatabase(location, *master);
        if (!db.ok())
            return db.error();
        KeySlotFile::upgradeSlot(location.keySlotsPath(), officer, secrets->kek, secrets->boxPrivate,
            result.signingPrivate, *master);
        result.masterKey = std::move(*master);
        result.db = std::move(*db);
        return result;
    }

    // ---- a re-key was interrupted: find out which side vault.db is on.
    std::optional<SecureBytes> newMaster;
    Error lastError(ErrorCode::VaultDamaged, tr("vault.db opens with neither the old nor the new keyslots."));
    if (newSlot) {
        Result<SecureBytes> master = pending->unwrapMaster(*newSlot, secrets->boxPrivate);
        if (master.ok()) {
            Result<std::unique_ptr<Database>> db = openDatabase(location, *master);
            if (db.ok()) {
                KEYWARD_TRY(promotePending(location));
                result.masterKey = std::move(*master);
                result.db = std::move(*db);
                return result;
            }
            lastError = db.error();
            newMaster = std::move(*master);
        } else {
            lastError = master.error();
        }
    }
    if (!oldSlot)
        return lastError;
    Result<SecureBytes> oldMaster = current->unwrapMaster(*oldSlot, secrets->boxPrivate);
    if (!oldMaster.ok())
        return oldMaster.error();
    Result<std::unique_ptr<Database>> db = openDatabase(location, *oldMaster);
    if (!db.ok())
        return newSlot ? lastError : Error(ErrorCode::AuthenticationFailed,
                                           tr("%1 is no longer an officer of this vault.").arg(officer));
    Result<QStringList> names = OfficerStore(**db).names();
    if (!names.ok())
        return names.error();
    bool removalCommitted = false;
    for (const QString& name : current->officers()) {
        if (!pending->find(name) && !names->contains(name))
            removalCommitted = true;
    }
    if (!removalCommitted) {
        // The removal never reached the database: the old slots are still the truth.
        if (!QFile::remove(location.pendingKeySlotsPath()))
            return Error(ErrorCode::Io, tr("Cannot remove the stale keyslots.json.new."));
        result.masterKey = std::move(*oldMaster);
        result.db = std::move(*db);
        return result;
    }
    if (!newMaster)
        return Error(ErrorCode::AuthenticationFailed, tr("%1 is no longer an officer of this vault.").arg(officer));
    KEYWARD_TRY((*db)->rekey(*newMaster));
    KEYWARD_TRY(promotePending(location));
    result.masterKey = std::move(*newMaster);
    result.db = std::move(*db);
    return result;
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
