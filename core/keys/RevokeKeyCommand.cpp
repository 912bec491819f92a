// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevokeKeyCommand.h"

#include "audit/AuditLog.h"
#include "common/PlainText.h"
#include "keys/KeyStore.h"
#include "keys/ReviewStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

namespace keyward::core {

namespace {
constexpr int kMaxReasonLength = 2000;
}

RevokeKeyCommand::RevokeKeyCommand(Vault& vault, Params params)
    : m_vault(vault)
    , m_params(std::move(params))
{
}

Result<KeyRecord> RevokeKeyCommand::target() const
{
    const KeyStore store(m_vault.database());
    return store.find(m_params.kid, m_params.keySet);
}

Status RevokeKeyCommand::validate() const
{
    const Officer& officer = m_vault.currentOfficer();
    // Auditors only read; every other role may pull the emergency brake (a second officer reviews).
    if (!officer.hasRole(Role::KeyOfficer) && !officer.hasRole(Role::Admin) && !officer.hasRole(Role::Approver))
        return Error(ErrorCode::Refused, tr("Officer %1 is an auditor only and cannot revoke keys.").arg(officer.name));
    const QString reason = m_params.reason.trimmed();
    if (reason.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An emergency revocation needs a reason."));
    if (reason.size() > kMaxReasonLength)
        return Error(ErrorCode::InvalidArgument, tr("The reason is longer than %1 characters.").arg(kMaxReasonLength));
    KEYWARD_TRY(PlainText::check(reason, tr("The reason"), PlainText::Lines::Multi));
    Result<KeyRecord> key = target();
    if (!key.ok())
        return key.error();
    if (m_params.expected)
        KEYWARD_TRY(m_params.expected->check(*key));
    if (key->state == KeyState::Revoked)
        return Error(ErrorCode::Refused, tr("The key \"%1\" is already revoked.").arg(key->kid));
    return KeyStateMachine::checkTransition(key->state, KeyState::Revoked);
}

Status RevokeKeyCommand::run()
{
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    KEYWARD_TRY(validate()); // under the write lock: the state read is the state changed
    KeyRecord key = *target();
    const KeyState before = key.state;
    const bool wasPrimary = key.primary;
    const QDateTime now = m_vault.clock().now();
    const QString actor = m_vault.currentOfficer().name;

    Review review;
    review.kind = Review::kBreakGlassRevocation;
    review.subject = key.kid;
    review.keySet = key.keySet;
    review.openedBy = actor;
    review.openedAt = now;
    review.reason = m_params.reason.trimmed();
    ReviewStore reviews(db);
    Result<qint64> reviewId = reviews.open(review);
    if (!reviewId.ok())
        return reviewId.error();

    key.state = KeyState::Revoked;
    key.primary = false;
    const QJsonObject details {
        { QStringLiteral("set"), key.keySet },
        { QStringLiteral("reason"), review.reason },
        { QStringLiteral("from_state"), keyStateName(before) },
        { QStringLiteral("was_primary"), wasPrimary },
        { QStringLiteral("thumbprint"), key.thumbprint },
        { QStringLiteral("break_glass"), true },
        { QStringLiteral("review_id"), *reviewId },
    };
    KeyStore store(db);
    Result<AuditEvent> event = m_vault.audit().record(
        actor, QStringLiteral("key.revoked"), key.kid, details, [&](Database&) { return store.update(key); });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    m_result = key;
    m_reviewId = *reviewId;
    return {};
}

} // namespace keyward::core
