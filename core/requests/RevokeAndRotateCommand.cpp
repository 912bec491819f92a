// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevokeAndRotateCommand.h"

#include "keys/KeyStore.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/RequestEngine.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

namespace keyward::core {

RevokeAndRotateCommand::RevokeAndRotateCommand(Vault& vault, RequestEngine& engine, Params params)
    : m_vault(vault)
    , m_engine(engine)
    , m_params(std::move(params))
{
}

Result<QList<KeyRecord>> RevokeAndRotateCommand::eligibleSuccessors(Database& db, const KeyRecord& key)
{
    Result<QList<KeyRecord>> keys = KeyStore(db).bySet(key.keySet, KeyStore::Detail::Summary);
    if (!keys.ok())
        return keys.error();
    // What RotationExecutor accepts as a pre-published successor, so the offer never fails later.
    QList<KeyRecord> eligible;
    for (const KeyRecord& other : std::as_const(*keys)) {
        if (other.id != key.id && other.use == key.use && other.environment == key.environment && !other.primary
            && (other.state == KeyState::Active || other.state == KeyState::Pending))
            eligible.append(other);
    }
    return eligible;
}

Status RevokeAndRotateCommand::validate() const
{
    const RevokeKeyCommand revoke(m_vault, m_params.revoke);
    KEYWARD_TRY(revoke.validate());
    Result<KeyRecord> key = KeyStore(m_vault.database()).find(m_params.revoke.kid, m_params.revoke.keySet);
    if (!key.ok())
        return key.error();
    if (!key->primary)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is not the primary %2 key of key set %3: revoking it leaves the primary in place, so there "
               "is no rotation to request.")
                .arg(key->kid, keyUseName(key->use), key->keySet));
    if (m_params.generateSuccessor == !m_params.successorKid.isEmpty())
        return Error(ErrorCode::InvalidArgument,
            tr("Name either a pre-published successor or a new key like \"%1\", not both and not neither.").arg(key->kid));
    if (!m_params.successorKid.isEmpty()) {
        Result<QList<KeyRecord>> eligible = eligibleSuccessors(m_vault.database(), *key);
        if (!eligible.ok())
            return eligible.error();
        const bool found = std::any_of(eligible->cbegin(), eligible->cend(),
            [&](const KeyRecord& other) { return other.kid == m_params.successorKid; });
        if (!found)
            return Error(ErrorCode::Refused,
                tr("Key \"%1\" cannot take over from \"%2\": a successor is an active or pending, non-primary %3 key of "
                   "key set %4 in environment \"%5\".")
                    .arg(m_params.successorKid, key->kid, keyUseName(key->use), key->keySet, key->environment));
    }
    const Officer& officer = m_vault.currentOfficer();
    if (!officer.hasRole(Role::KeyOfficer) && !officer.hasRole(Role::Admin))
        return Error(ErrorCode::Refused,
            tr("Officer %1 may revoke but not request rotations (that needs key-officer or admin); revoke alone and "
               "ask a key officer for the rotation.")
                .arg(officer.name));
    if (!m_vault.isOperational())
        return Error(ErrorCode::Refused,
            tr("No second officer holds approver yet, so no rotation could be approved; revoke alone for now."));
    return {};
}

Status RevokeAndRotateCommand::run()
{
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    KEYWARD_TRY(validate()); // under the write lock, as the revocation itself does

    // Both savepoints inside this one transaction: the revocation with its review and event, then
    // the request with its event. Either both commit or neither does.
    RevokeKeyCommand revoke(m_vault, m_params.revoke);
    KEYWARD_TRY(revoke.run());
    const KeyRecord revoked = revoke.result();

    RotationParams rotation;
    rotation.kid = revoked.kid;
    rotation.keySet = revoked.keySet;
    rotation.reasonCategory = QStringLiteral("incident");
    //: The rotation request's reason; %1 is the kid, %2 what the revoking officer suspects.
    rotation.reason = tr("Break-glass revocation of \"%1\": %2").arg(revoked.kid, m_params.revoke.reason.trimmed());
    rotation.prePublishedKid = m_params.successorKid;
    Result<RequestDraft> draft = KeyRequestDrafts::rotation(rotation);
    if (!draft.ok())
        return draft.error();
    Result<Request> filed = m_engine.submit(std::move(draft).value());
    if (!filed.ok())
        return Error(filed.code(),
            tr("Nothing was revoked: the rotation request could not be filed (%1). Revoke \"%2\" alone if it cannot "
               "wait.")
                .arg(filed.message(), revoked.kid));
    KEYWARD_TRY(tx->commit());
    m_result = revoked;
    m_reviewId = revoke.reviewId();
    m_request = *filed;
    return {};
}

} // namespace keyward::core
