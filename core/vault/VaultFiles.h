// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Unlocking the files of a vault: keyslots.json (+ keyslots.json.new while a re-key is in flight)
// and vault.db, including the crash recovery of an interrupted officer removal.

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace keyward::core {

class Database;
class KeySlotFile;
struct VaultLocation;

class VaultFiles {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::VaultFiles)
public:
    struct Unlocked {
        QString vaultId;
        SecureBytes masterKey;
        SecureBytes signingPrivate;
        std::unique_ptr<Database> db;
    };

    // Opens the officer's slot and the database. When keyslots.json.new exists (a crash during an
    // officer removal), decides from the database which side is true:
    //  - vault.db opens with the new key → the re-key finished; the new file replaces the old one;
    //  - it opens with the old key and its officers are exactly the new file's → the removal was
    //    committed but not the re-key: re-key now, then replace the file;
    //  - otherwise the removal never committed: the new file is dropped.
    // Nothing is written unless the unlock succeeds.
    static Result<Unlocked> unlock(const VaultLocation& location, const QString& officer,
                                   const SecureBytes& passphrase);

    // The slots minus `removed`, every master key wrap replaced by one of `newMaster`, next generation.
    static Result<KeySlotFile> rekeyedSlots(const KeySlotFile& current, const QString& removed,
                                            const SecureBytes& newMaster);

    // keyslots.json.new → keyslots.json (rename(2) replaces atomically; the folder is synced).
    static Status promotePending(const VaultLocation& location);
};

} // namespace keyward::core
