// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the attack suite does as one officer would (issue #12): unwrap the master key from their
// own keyslot with their passphrase, open vault.db through SQLCipher with it, and rewrite what it
// holds — events with a freshly recomputed hash chain, officers, slots — with no Vault, no
// AuditLog::record, nothing that checks governance.

#include "core/RequestTestSupport.h"

#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/KeySlots.h"
#include "vault/Vault.h"

#include <QList>
#include <QProcess>

#include <functional>
#include <memory>

namespace keyward::test {

// vault.db opened with the raw master key out of `officer`'s slot; null (with a warning) on failure.
inline std::unique_ptr<core::Database> openWithOwnSlot(const core::VaultLocation& location, const QString& officer,
                                                       const core::SecureBytes& passphrase)
{
    using namespace keyward::core;
    Result<KeySlotFile> file = KeySlotFile::load(location.keySlotsPath());
    const KeySlot* slot = file.ok() ? file->find(officer) : nullptr;
    if (!slot) {
        qWarning("no slot for %s", qPrintable(officer));
        return nullptr;
    }
    Result<SlotSecrets> secrets = file->unlock(*slot, passphrase);
    if (!secrets.ok()) {
        qWarning("%s", qPrintable(secrets.message()));
        return nullptr;
    }
    Result<SecureBytes> master = file->unwrapMaster(*slot, secrets->boxPrivate);
    if (!master.ok()) {
        qWarning("%s", qPrintable(master.message()));
        return nullptr;
    }
    Result<std::unique_ptr<Database>> db = Database::open(location.databasePath(), *master, Database::Mode::OpenExisting);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db).value();
}

// Renumbers `events` from 1, re-links prev/hash and writes them and the head back in place of the
// stored chain: a chain that hashes perfectly, whatever was changed in it.
inline bool writeRechained(core::Database& db, QList<core::AuditEvent>& events)
{
    using namespace keyward::core;
    QByteArray prev;
    for (qsizetype i = 0; i < events.size(); ++i) {
        AuditEvent& event = events[i];
        event.seq = i + 1;
        event.prev = prev;
        event.hash = event.computeHash();
        prev = event.hash;
    }
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok() || !db.exec(QStringLiteral("DELETE FROM audit_events")).ok())
        return false;
    for (const AuditEvent& event : std::as_const(events)) {
        if (!AuditLog::insertRow(db, event).ok())
            return false;
    }
    Result<Statement> head = db.prepare(QStringLiteral("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1"));
    if (!head.ok())
        return false;
    head->bind(1, qint64(events.size())).bind(2, QString::fromLatin1(prev));
    return head->run().ok() && tx->commit().ok();
}

// Loads every event, lets `edit` change them, then writes the re-linked chain back.
inline bool rewriteChain(core::Database& db, const std::function<void(QList<core::AuditEvent>&)>& edit)
{
    using namespace keyward::core;
    const ManualClock unused;
    const AuditLog log(db, unused);
    Result<QList<AuditEvent>> events = log.events(1, 1 << 20);
    if (!events.ok())
        return false;
    edit(*events);
    return writeRechained(db, *events);
}

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
    return writeRechained(db, *events);
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
