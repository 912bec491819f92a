// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an attacker holding one officer's passphrase does (issue #12): unwrap the master key from
// their own keyslot and open vault.db through SQLCipher directly, bypassing Vault and its rules.

#include "core/RequestTestSupport.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "vault/KeySlots.h"

#include <QProcess>

namespace keyward::test {

// The raw master key from `officer`'s slot, as anyone with their passphrase can compute it.
inline SecureBytes stealMasterKey(const VaultLocation& location, const QString& officer)
{
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok() || !slots->find(officer))
        return {};
    const KeySlot& slot = *slots->find(officer);
    Result<SlotSecrets> secrets = slots->unlock(slot, passphraseOf(officer));
    if (!secrets.ok())
        return {};
    Result<SecureBytes> master = slots->unwrapMaster(slot, secrets->boxPrivate);
    return master.ok() ? std::move(*master) : SecureBytes();
}

inline std::unique_ptr<Database> openRaw(const VaultLocation& location, const QString& officer)
{
    Result<std::unique_ptr<Database>> db
        = Database::open(location.databasePath(), stealMasterKey(location, officer), Database::Mode::OpenExisting);
    return db.ok() ? std::move(*db) : nullptr;
}

// Inserts `forged` after event `afterSeq` (back-dated to that event's time), renumbers and
// recomputes the whole hash chain and its head: the chain alone then says "intact".
inline bool insertAndRechain(Database& db, const Clock& clock, AuditEvent forged, qint64 afterSeq)
{
    Result<QList<AuditEvent>> events = AuditLog(db, clock).events(1, 1000000);
    if (!events.ok())
        return false;
    forged.at = events->at(afterSeq - 1).at;
    events->insert(afterSeq, forged);
    if (!db.exec(QStringLiteral("DELETE FROM audit_events")).ok())
        return false;
    QByteArray prev;
    for (qsizetype i = 0; i < events->size(); ++i) {
        AuditEvent& event = (*events)[i];
        event.seq = i + 1;
        event.prev = prev;
        event.hash = event.computeHash();
        prev = event.hash;
        if (!AuditLog::insertRow(db, event).ok())
            return false;
    }
    return db.exec(QStringLiteral("UPDATE audit_head SET count = %1, hash = '%2' WHERE id = 1")
                       .arg(events->size())
                       .arg(QString::fromLatin1(prev)))
        .ok();
}

struct CliRun {
    int exitCode = -1;
    QString stderrText;
};

// `keyward-cli audit verify` as `officer` (passphrase from a file, as scripts do).
inline CliRun auditVerify(const VaultLocation& location, const QString& officer)
{
    QTemporaryDir secrets;
    const QString passFile = secrets.filePath(QStringLiteral("passphrase"));
    if (!writeAll(passFile, passphraseOf(officer).view().toByteArray()))
        return {};
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(KEYWARD_CLI_PATH),
              { QStringLiteral("--vault"), location.dir, QStringLiteral("--as"), officer, QStringLiteral("--passphrase-file"),
                passFile, QStringLiteral("audit"), QStringLiteral("verify") });
    if (!cli.waitForFinished(60000))
        return {};
    return CliRun { cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()) };
}

} // namespace keyward::test
