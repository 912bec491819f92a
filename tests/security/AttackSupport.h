// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the attack suite does as one officer would (issue #12): unwrap the master key from their
// own keyslot with their passphrase, open vault.db through SQLCipher with it, and rewrite audit
// events with a freshly recomputed hash chain — no Vault, no AuditLog::record, nothing that
// checks governance.

#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/KeySlots.h"
#include "vault/Vault.h"

#include <QList>

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

// Loads every event, lets `edit` change them, re-links prev/hash from the first event on and
// writes the events and the head back: a chain that hashes perfectly.
inline bool rewriteChain(core::Database& db, const std::function<void(QList<core::AuditEvent>&)>& edit)
{
    using namespace keyward::core;
    const ManualClock unused;
    const AuditLog log(db, unused);
    Result<QList<AuditEvent>> events = log.events(1, 1 << 20);
    if (!events.ok())
        return false;
    edit(*events);
    QByteArray prev;
    for (qsizetype i = 0; i < events->size(); ++i) {
        AuditEvent& event = (*events)[i];
        event.seq = i + 1;
        event.prev = prev;
        event.hash = event.computeHash();
        prev = event.hash;
    }
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok() || !db.exec(QStringLiteral("DELETE FROM audit_events")).ok())
        return false;
    for (const AuditEvent& event : std::as_const(*events)) {
        if (!AuditLog::insertRow(db, event).ok())
            return false;
    }
    Result<Statement> head = db.prepare(QStringLiteral("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1"));
    if (!head.ok())
        return false;
    head->bind(1, qint64(events->size())).bind(2, QString::fromLatin1(prev));
    return head->run().ok() && tx->commit().ok();
}

} // namespace keyward::test
