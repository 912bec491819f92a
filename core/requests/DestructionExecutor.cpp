// SPDX-License-Identifier: GPL-3.0-or-later
#include "DestructionExecutor.h"

#include "audit/VaultTime.h"
#include "keys/KeyProvider.h"
#include "keys/KeyStore.h"
#include "keys/KeyTransition.h"
#include "requests/KeyRequestSupport.h"
#include "samples/SampleGate.h"
#include "vault/Vault.h"

#include <QJsonArray>

namespace keyward::core {

namespace {

constexpr qint64 kDefaultWaitSecs = 7 * KeySetPolicy::kDay;
constexpr qint64 kMinWaitSecs = 1 * KeySetPolicy::kDay;
constexpr qint64 kMaxWaitSecs = 30 * KeySetPolicy::kDay;

// Retired and revoked keys left service; a pending key never entered it. Anything in use (active,
// grace) must be retired first, so destruction never breaks a verifier or a decrypting workload.
bool mayBeDestroyed(KeyState state)
{
    return state == KeyState::Retired || state == KeyState::Revoked || state == KeyState::Pending;
}

// The samples (by digest) an approved crypto-shred names as made unreadable: part of the signed
// request, so the approver saw them.
QStringList shreddedSamples(const Request& request)
{
    QStringList digests;
    for (const QJsonValue& v : request.effect.value(QStringLiteral("shredSamples")).toArray())
        digests << v.toString();
    return digests;
}

} // namespace

Status DestructionExecutor::prepare(Vault& vault, Request& request, QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Result<KeyRecord> key = KeyRequestSupport::resolveSubject(vault, request);
    if (!key.ok())
        return key.error();
    if (!mayBeDestroyed(key->state))
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is %2; only a retired, revoked or never activated key can be destroyed — retire it first.")
                .arg(key->kid, keyStateName(key->state)));
    const QJsonValue wait = request.effect.value(QStringLiteral("waitSecs"));
    const qint64 waitSecs = wait.isUndefined() || wait.isNull() ? kDefaultWaitSecs : wait.toInteger(-1);
    if (waitSecs < kMinWaitSecs || waitSecs > kMaxWaitSecs)
        return Error(ErrorCode::InvalidArgument, tr("The waiting period before a destruction is 1 to 30 days."));
    request.effect.insert(QStringLiteral("waitSecs"), waitSecs);
    request.effect.insert(QStringLiteral("hasPrivate"), key->hasPrivate);
    return samples::SampleGate::checkDestruction(vault.database(), *key, shreddedSamples(request));
}

QDateTime DestructionExecutor::scheduleAfterApproval(const Request& request, const QDateTime& approvedAt) const
{
    const qint64 waitSecs = request.effect.value(QStringLiteral("waitSecs")).toInteger(kDefaultWaitSecs);
    return approvedAt.addSecs(waitSecs);
}

Result<QJsonObject> DestructionExecutor::execute(ExecutionContext& context, const Request& request,
                                                 const QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Result<KeyRecord> key = KeyRequestSupport::currentKey(context.vault, request);
    if (!key.ok())
        return key.error();
    if (!mayBeDestroyed(key->state))
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is %2 and can no longer be destroyed.").arg(key->kid, keyStateName(key->state)));
    // Samples imported during the waiting period count too.
    if (Status gate = samples::SampleGate::checkDestruction(context.vault.database(), *key, shreddedSamples(request)); !gate.ok())
        return gate.error();
    const bool hadPrivate = key->hasPrivate;
    Result<KeyRecord> destroyed = KeyTransition::apply(context.vault, context.keys,
        KeyTransition::Change { key->id, KeyState::Destroyed, QDateTime(), KeyRequestSupport::auditContext(request, context.actor),
                                  context.actor });
    if (!destroyed.ok())
        return destroyed.error();
    // Crypto-shred is the point of the request: prove the material is gone before saying so.
    Result<bool> left = context.keys.hasPrivate(key->id);
    if (!left.ok())
        return left.error();
    if (*left)
        return Error(ErrorCode::Internal,
            tr("The private material of key \"%1\" is still held by the key provider.").arg(key->kid));
    return QJsonObject {
        { QStringLiteral("kid"), destroyed->kid },
        { QStringLiteral("destroyedAt"), KeyStore::formatTime(VaultTime::effectiveNow(context.vault)) },
        { QStringLiteral("privateMaterialErased"), hadPrivate },
    };
}

} // namespace keyward::core
