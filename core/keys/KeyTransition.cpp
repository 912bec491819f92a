// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyTransition.h"

#include "audit/AuditLog.h"
#include "keys/KeyProvider.h"
#include "keys/KeyStore.h"
#include "keys/PrimaryRule.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

namespace keyward::core {

QString KeyTransition::actionFor(KeyState to)
{
    switch (to) {
    case KeyState::Pending: return QStringLiteral("key.pending");
    case KeyState::Active: return QStringLiteral("key.activated");
    case KeyState::Grace: return QStringLiteral("key.grace");
    case KeyState::Retired: return QStringLiteral("key.retired");
    case KeyState::Revoked: return QStringLiteral("key.revoked");
    case KeyState::Destroyed: return QStringLiteral("key.destroyed");
    }
    return QString();
}

Result<KeyRecord> KeyTransition::apply(Vault& vault, KeyProvider& provider, const Change& change)
{
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    KeyStore store(db);
    Result<std::optional<KeyRecord>> found = store.byId(change.keyId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, tr("The key record no longer exists."));
    KeyRecord key = **found;
    const KeyState from = key.state;
    KEYWARD_TRY(KeyStateMachine::checkTransition(from, change.to));

    key.state = change.to;
    if (change.to == KeyState::Active) {
        // No solo primary (PrimaryRule): only a (set, use) that never had one takes it this way.
        Result<bool> takesPrimary = PrimaryRule::entersAsPrimary(db, key.keySet, key.use);
        if (!takesPrimary.ok())
            return takesPrimary.error();
        key.primary = *takesPrimary;
    } else {
        key.primary = false; // SPEC §3: only an active key is primary
    }
    if (change.to == KeyState::Grace)
        key.retireAfter = change.retireAfter;
    const bool shred = change.to == KeyState::Destroyed && key.hasPrivate;
    if (change.to == KeyState::Destroyed)
        key.hasPrivate = false;

    QJsonObject details = change.context;
    details.insert(QStringLiteral("set"), key.keySet);
    details.insert(QStringLiteral("from_state"), keyStateName(from));
    details.insert(QStringLiteral("to_state"), keyStateName(change.to));
    details.insert(QStringLiteral("primary"), key.primary);
    if (key.retireAfter.isValid())
        details.insert(QStringLiteral("retire_after"), KeyStore::formatTime(key.retireAfter));
    if (shred)
        details.insert(QStringLiteral("private_material_erased"), true);
    Result<AuditEvent> event = vault.audit().record(change.actor.isEmpty() ? vault.currentOfficer().name : change.actor, actionFor(change.to), key.kid,
        details, [&](Database&) -> Status {
            KEYWARD_TRY(store.update(key));
            return shred ? provider.erase(key.id) : Status();
        });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return key;
}

} // namespace keyward::core
