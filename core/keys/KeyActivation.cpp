// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyActivation.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

namespace keyward::core {

Result<QList<KeyRecord>> activateDueKeys(Vault& vault)
{
    Database& db = vault.database();
    KeyStore store(db);
    const QDateTime now = VaultTime::effectiveNow(vault);
    Result<QList<KeyRecord>> due = store.pendingDue(now);
    if (!due.ok())
        return due.error();
    if (due->isEmpty())
        return QList<KeyRecord>();

    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    QList<KeyRecord> activated;
    for (KeyRecord key : *due) {
        KEYWARD_TRY(KeyStateMachine::checkTransition(key.state, KeyState::Active));
        Result<std::optional<KeyRecord>> primary = store.primaryFor(key.keySet, key.use);
        if (!primary.ok())
            return primary.error();
        key.state = KeyState::Active;
        key.primary = !primary->has_value();
        const QJsonObject details {
            { QStringLiteral("set"), key.keySet },
            { QStringLiteral("from_state"), QStringLiteral("pending") },
            { QStringLiteral("activates"), KeyStore::formatTime(key.activatesAt) },
            { QStringLiteral("primary"), key.primary },
            { QStringLiteral("trigger"), QStringLiteral("activation-date") },
        };
        Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("key.activated"),
            key.kid, details, [&](Database&) { return store.update(key); });
        if (!event.ok())
            return event.error();
        activated.append(key);
    }
    KEYWARD_TRY(tx->commit());
    return activated;
}

} // namespace keyward::core
