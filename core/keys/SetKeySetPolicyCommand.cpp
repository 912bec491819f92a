// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetKeySetPolicyCommand.h"

#include "audit/AuditLog.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

namespace keyward::core {

namespace {
constexpr qint64 kMaxCryptoperiodSecs = 10 * 366 * KeySetPolicy::kDay;
}

SetKeySetPolicyCommand::SetKeySetPolicyCommand(Vault& vault, KeySet set)
    : m_vault(vault)
    , m_set(std::move(set))
{
}

Status SetKeySetPolicyCommand::checkPolicy(const KeySetPolicy& p)
{
    if (p.cryptoperiodSecs <= 0 || p.cryptoperiodSecs > kMaxCryptoperiodSecs)
        return Error(ErrorCode::InvalidArgument, tr("The cryptoperiod must be between one second and ten years."));
    if (p.warnFirstSecs < 0 || p.warnFinalSecs < 0)
        return Error(ErrorCode::InvalidArgument, tr("Warning windows cannot be negative."));
    if (p.warnFinalSecs > p.warnFirstSecs)
        return Error(ErrorCode::InvalidArgument, tr("The final warning window must not be longer than the first."));
    if (p.maxTokenTtlSecs <= 0)
        return Error(ErrorCode::InvalidArgument, tr("The maximum token TTL must be positive."));
    if (p.clockSkewSecs < 0)
        return Error(ErrorCode::InvalidArgument, tr("The clock skew allowance cannot be negative."));
    // A predecessor must stay verifiable while tokens it signed can still be presented.
    if (p.minOverlapSecs < p.maxTokenTtlSecs + p.clockSkewSecs)
        return Error(ErrorCode::Refused,
            tr("The minimum overlap (%1 s) is shorter than the maximum token TTL plus clock skew (%2 s): tokens "
               "signed just before a rotation would stop verifying.")
                .arg(p.minOverlapSecs)
                .arg(p.maxTokenTtlSecs + p.clockSkewSecs));
    if (!KeyAdmission::isValidEnvironment(p.defaultEnvironment))
        return Error(ErrorCode::InvalidArgument,
            tr("\"%1\" is not a valid environment name.").arg(p.defaultEnvironment));
    return {};
}

Status SetKeySetPolicyCommand::validate() const
{
    if (!KeyAdmission::isValidKeySetName(m_set.name))
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a valid key set name.").arg(m_set.name));
    KEYWARD_TRY(checkPolicy(m_set.policy));
    const KeyStore store(m_vault.database());
    Result<std::optional<KeySet>> existing = store.keySet(m_set.name);
    if (!existing.ok())
        return existing.error();
    const Officer& officer = m_vault.currentOfficer();
    if (existing->has_value() ? !officer.hasRole(Role::Admin)
                              : !(officer.hasRole(Role::Admin) || officer.hasRole(Role::KeyOfficer)))
        return Error(ErrorCode::Refused,
            existing->has_value() ? tr("Only an admin may change a key set's policy.")
                                  : tr("Only a key officer or an admin may create a key set."));
    // SPEC §4: once a second officer can approve, a policy change is a two-person request.
    const bool changes = existing->has_value()
        && ((*existing)->policy != m_set.policy || (*existing)->bundleSigningKid != m_set.bundleSigningKid);
    if (changes && m_vault.isOperational())
        return Error(ErrorCode::Refused,
            tr("Changing the policy of key set %1 needs a two-person request (policy-change).").arg(m_set.name));
    return checkBundleSigner(store, m_set);
}

Status SetKeySetPolicyCommand::checkBundleSigner(const KeyStore& store, const KeySet& set)
{
    if (set.bundleSigningKid.isEmpty())
        return {};
    Result<std::optional<KeyRecord>> signer = store.byKid(set.name, set.bundleSigningKid);
    if (!signer.ok())
        return signer.error();
    if (!signer->has_value() || (*signer)->use != KeyUse::Sig || !(*signer)->hasPrivate)
        return Error(ErrorCode::KeyMismatch,
            tr("The bundle signing kid \"%1\" must be a signing key with its private part in key set %2.")
                .arg(set.bundleSigningKid, set.name));
    return {};
}

Status SetKeySetPolicyCommand::run()
{
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    KEYWARD_TRY(validate());
    KeyStore store(db);
    Result<std::optional<KeySet>> existing = store.keySet(m_set.name);
    if (!existing.ok())
        return existing.error();
    const QString actor = m_vault.currentOfficer().name;
    m_created = !existing->has_value();
    if (!m_created && (*existing)->policy == m_set.policy && (*existing)->bundleSigningKid == m_set.bundleSigningKid) {
        m_changed = false;
        return {};
    }
    Result<AuditEvent> event = m_created
        ? m_vault.audit().record(actor, QStringLiteral("keyset.created"), m_set.name,
              KeyAdmission::policyDetails(m_set),
              [&](Database&) { return store.insertKeySet(m_set, actor, m_vault.clock().now()); })
        : m_vault.audit().record(actor, QStringLiteral("keyset.policy-changed"), m_set.name,
              QJsonObject { { QStringLiteral("before"), KeyAdmission::policyDetails(**existing) },
                  { QStringLiteral("after"), KeyAdmission::policyDetails(m_set) } },
              [&](Database&) { return store.updateKeySet(m_set); });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    m_changed = true;
    return {};
}

} // namespace keyward::core
