// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Backups that restore. Copying the vault folder by hand while another Keyward program writes,
// or while an officer removal re-keys the database, can pair a new vault.db with an old
// keyslots.json: a backup that never opens. backup() copies both from one moment while other
// programs keep the vault open; check() tells whether a copy is whole, without changing it.

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keyward::core {

class Vault;

struct BackupReport {
    QString dir;
    QString vaultId;
    qint64 keyGeneration = 0; // of the keyslots written (re-keys so far + 1)
    QStringList officers; // the keyslots written
    qint64 events = 0; // audit events in the copied database
    bool settledOfficerChange = false; // an officer change was in flight; the copy holds its committed side
};

struct BackupCheck {
    QString dir;
    QString vaultId;
    qint64 keyGeneration = 0;
    QStringList officers; // officers recorded in the copy
    qint64 events = 0;
    int schemaVersion = 0;
};

class VaultBackup {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::VaultBackup)
public:
    // Writes vault.db and keyslots.json of one moment into `outDir` (created owner-only; it must
    // be new or empty and must not lie inside the vault folder). How:
    //  - a read transaction on the open database: its SHARED lock lets no writer commit or
    //    re-key until the copy is done, so pages, officers rows and keyslot files match;
    //  - the pages are copied through SQLite's online backup API on the same connection (a
    //    second file descriptor on vault.db would drop this process's POSIX locks on close);
    //  - when keyslots.json.new exists (an officer change in flight), the slot file whose
    //    officers match the copied rows is the one written (VaultFiles::judgePending); for a
    //    committed removal whose re-key has not run yet, the copy is re-keyed to the new master
    //    key, so the removed officer's old slot opens nothing in the backup either.
    // Refused while this vault is itself in the middle of a change.
    static Result<BackupReport> backup(const Vault& vault, const QString& outDir);

    // Unlocks the copy in `dir` as `officer` on a temporary copy, so nothing in `dir` changes,
    // and reports whether it is whole. Errors:
    //  - AuthenticationFailed: no slot for `officer`, or the passphrase is wrong;
    //  - VaultDamaged: files missing, keyslots.json not opening vault.db (a pair from two
    //    moments), another vault's files, a failed integrity check, rows without keyslots;
    //  - VerificationFailed: the audit chain is broken;
    //  - NewerSchema, NotFound, Io as usual.
    static Result<BackupCheck> check(const QString& dir, const QString& officer, const SecureBytes& passphrase,
                                     const Clock& clock);

    // The officer who checks a backup when none is named: the only one with a keyslot there.
    static Result<QString> soleOfficer(const QString& dir);
};

} // namespace keyward::core
