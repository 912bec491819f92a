// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyActivation.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "keys/KeyStore.h"
#include "keys/PrimaryRule.h"
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
        // The same placement as at admission: a date never promotes a key over a set that has or
        // had a primary (after a revocation only an approved rotation does).
        Result<bool> takesPrimary = PrimaryRule::entersAsPrimary(db, key.keySet, key.use);
        if (!takesPrimary.ok())
            return takesPrimary.error();
        key.state = KeyState::Active;
        key.primary = *takesPrimary;
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
