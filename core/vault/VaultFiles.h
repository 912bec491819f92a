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

    // Drops every keyslot whose officer has no officers row. An officer addition saves the new slot
    // before its transaction commits (so a committed officer always has one); a crash in between, or
    // a rollback of the approval around it, leaves a slot that unwraps the master key for someone the
    // vault never admitted (tst_cli_crash found it after killed officer-add approvals). Checked
    // again under BEGIN IMMEDIATE before writing: an addition in flight holds the write lock from
    // before its slot is saved until its commit, so a slot without a row seen under the lock is a
    // true orphan; and a removal stages keyslots.json.new under that lock, so while that file exists
    // (its re-key still to come) nothing is touched. Writes nothing when there is no orphan (the
    // usual case).
    static Status dropOrphanSlots(const VaultLocation& location, Database& db);
};

} // namespace keyward::core
