// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetirementExecutor.h"

#include "audit/VaultTime.h"
#include "keys/KeyStore.h"
#include "keys/KeyTransition.h"
#include "requests/KeyRequestSupport.h"
#include "requests/RetirementGate.h"
#include "vault/Vault.h"

namespace keyward::core {

// The gate is checked at submission too: a request that could not run when approved would only
// wait for a retry, and the refusal naming the date tells the officer when to ask again.
Status RetirementExecutor::prepare(Vault& vault, Request& request, QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Result<KeyRecord> key = KeyRequestSupport::resolveSubject(vault, request);
    if (!key.ok())
        return key.error();
    KEYWARD_TRY(RetirementGate::check(vault.database(), *key, VaultTime::effectiveNow(vault)));
    if (!request.effect.contains(QStringLiteral("state")))
        request.effect.insert(QStringLiteral("state"), keyStateName(key->state));
    if (key->retireAfter.isValid())
        request.effect.insert(QStringLiteral("retireAfter"), KeyStore::formatTime(key->retireAfter));
    return {};
}

Result<QJsonObject> RetirementExecutor::execute(ExecutionContext& context, const Request& request,
                                                const QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Result<KeyRecord> key = KeyRequestSupport::currentKey(context.vault, request);
    if (!key.ok())
        return key.error();
    KEYWARD_TRY(RetirementGate::check(context.vault.database(), *key, VaultTime::effectiveNow(context.vault)));
    const KeyState from = key->state;
    Result<KeyRecord> retired = KeyTransition::apply(context.vault, context.keys,
        KeyTransition::Change { key->id, KeyState::Retired, QDateTime(), KeyRequestSupport::auditContext(request, context.actor),
                                  context.actor });
    if (!retired.ok())
        return retired.error();
    return QJsonObject {
        { QStringLiteral("kid"), retired->kid },
        { QStringLiteral("fromState"), keyStateName(from) },
        { QStringLiteral("retiredAt"), KeyStore::formatTime(VaultTime::effectiveNow(context.vault)) },
    };
}

} // namespace keyward::core
