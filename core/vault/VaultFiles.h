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
        SecureBytes boxPrivate; // opens this officer's master-key wraps in any slot file (backups)
        std::unique_ptr<Database> db;
    };

    // Opens the officer's slot and the database. When keyslots.json.new exists (a crash during an
    // officer addition or removal), decides from the database which side is true (judgePending):
    //  - the change committed: the new file replaces the old one — after re-keying vault.db first
    //    when it is a removal whose re-key had not run yet;
    //  - it never committed: the new file is dropped;
    //  - neither fits: VaultDamaged, nothing touched.
    // Nothing is written unless the unlock succeeds.
    static Result<Unlocked> unlock(const VaultLocation& location, const QString& officer,
                                   const SecureBytes& passphrase);

    // Whether keyslots.json.new is the truth for a database whose officers rows are `officers`.
    // The change from `current` to `pending` is read from the files themselves: slots added (a
    // name new, or an orphan slot of an older crash replaced by a new box key) and slots removed.
    // Committed: every added officer has a row and no removed officer has one; NotCommitted: the
    // reverse. A pure re-key (no officer change) counts as committed only if `pendingKeyOpens`.
    enum class PendingVerdict { Committed, NotCommitted, Contradictory };
    static PendingVerdict judgePending(const KeySlotFile& current, const KeySlotFile& pending,
                                       const QStringList& officers, bool pendingKeyOpens);

    // The slots minus `removed`, every master key wrap replaced by one of `newMaster`, next generation.
    static Result<KeySlotFile> rekeyedSlots(const KeySlotFile& current, const QString& removed,
                                            const SecureBytes& newMaster);

    // keyslots.json.new → keyslots.json (rename(2) replaces atomically; the folder is synced).
    static Status promotePending(const VaultLocation& location);

};

} // namespace keyward::core
