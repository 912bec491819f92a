// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficerRequestDrafts.h"

#include "common/Base64Url.h"
#include "common/PlainText.h"
#include "crypto/Random.h"
#include "vault/OfficerEnrollment.h"
#include "requests/RequestEffects.h"
#include "vault/Vault.h"

#include <QJsonArray>

namespace keyward::core {

namespace {

Status checkShape(const QString& name, const QString& reason)
{
    if (!Vault::isValidOfficerName(name))
        return Error(ErrorCode::InvalidArgument,
                     OfficerRequestDrafts::tr("\"%1\" is not a valid officer name.").arg(name));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::Refused, OfficerRequestDrafts::tr("A request needs a reason."));
    // Also checked at submission; here so the officer dialogs say it while the reason is typed.
    return PlainText::check(reason.trimmed(), OfficerRequestDrafts::tr("The reason"), PlainText::Lines::Multi);
}

Status checkRoles(const QList<Role>& roles)
{
    if (roles.isEmpty())
        return Error(ErrorCode::InvalidArgument, OfficerRequestDrafts::tr("An officer needs at least one role."));
    return {};
}

RequestDraft draftFor(RequestKind kind, const QString& subject, const QString& reason, QJsonObject effect)
{
    RequestDraft draft;
    draft.kind = kind;
    draft.subject = subject;
    draft.reason = reason.trimmed();
    draft.effect = std::move(effect);
    return draft;
}

} // namespace

Result<RequestDraft> OfficerRequestDrafts::officerAdd(Vault& vault, const QString& name, const QList<Role>& roles,
                                                      const SecureBytes& newPassphrase, const KdfParams& kdf,
                                                      const QString& reason)
{
    KEYWARD_TRY(checkShape(name, reason));
    KEYWARD_TRY(checkRoles(roles));
    if (newPassphrase.size() < std::size_t(Vault::kMinPassphraseLength))
        return Error(ErrorCode::InvalidArgument,
                     tr("The passphrase must be at least %1 characters long.").arg(Vault::kMinPassphraseLength));
    // Checked before the expensive Argon2id run; the executor checks again at submission.
    Result<QList<Officer>> officers = vault.officers();
    if (!officers.ok())
        return officers.error();
    for (const Officer& officer : std::as_const(*officers)) {
        if (officer.name == name)
            return Error(ErrorCode::AlreadyExists, tr("There already is an officer named %1.").arg(name));
    }
    QJsonObject signingJwk;
    Result<QByteArray> sealed = vault.sealOfficerSlot(name, newPassphrase, kdf, &signingJwk);
    if (!sealed.ok())
        return sealed.error();
    RequestDraft draft = draftFor(RequestKind::OfficerAdd, name, reason,
                                  QJsonObject { { QStringLiteral("officer"), name },
                                                { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                                                { QStringLiteral("signingJwk"), signingJwk } });
    draft.attachment = *sealed;
    return draft;
}

Result<RequestDraft> OfficerRequestDrafts::officerEnrollment(Vault& vault, const QString& name,
                                                             const QList<Role>& roles, const QString& reason,
                                                             SecureBytes* halfA)
{
    KEYWARD_TRY(checkShape(name, reason));
    KEYWARD_TRY(checkRoles(roles));
    Result<QList<Officer>> officers = vault.officers();
    if (!officers.ok())
        return officers.error();
    for (const Officer& officer : std::as_const(*officers)) {
        if (officer.name == name)
            return Error(ErrorCode::AlreadyExists, tr("There already is an officer named %1.").arg(name));
    }
    const QString nonce = QString::fromLatin1(base64url::encode(random::bytes(16)));
    Result<SecureBytes> half = OfficerEnrollment::deriveHalf(
        [&](QByteArrayView message) { return vault.signAsCurrentOfficer(message); }, OfficerEnrollment::Half::A,
        vault.vaultId(), name, nonce);
    if (!half.ok())
        return half.error();
    Result<EnrollmentHalfKeys> keys = OfficerEnrollment::keysOf(*half);
    if (!keys.ok())
        return keys.error();
    const QJsonObject enrollment { { QStringLiteral("nonce"), nonce },
                                   { QStringLiteral("aJwk"), keys->signingJwk },
                                   { QStringLiteral("aBox"), QString::fromLatin1(base64url::encode(keys->boxPublic)) } };
    if (halfA)
        *halfA = OfficerEnrollment::encodeHalf(OfficerEnrollment::Half::A, *half);
    return draftFor(RequestKind::OfficerAdd, name, reason,
                    QJsonObject { { QStringLiteral("officer"), name },
                                  { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                                  { QStringLiteral("enrollment"), enrollment } });
}

Result<RequestDraft> OfficerRequestDrafts::officerRemoval(const QString& name, const QString& reason)
{
    KEYWARD_TRY(checkShape(name, reason));
    return draftFor(RequestKind::OfficerRemove, name, reason, QJsonObject { { QStringLiteral("officer"), name } });
}

Result<RequestDraft> OfficerRequestDrafts::roleChange(const QString& name, const QList<Role>& roles,
                                                      const QString& reason)
{
    KEYWARD_TRY(checkShape(name, reason));
    KEYWARD_TRY(checkRoles(roles));
    return draftFor(RequestKind::RoleChange, name, reason,
                    QJsonObject { { QStringLiteral("officer"), name },
                                  { QStringLiteral("after"), QJsonArray::fromStringList(roleNames(roles)) } });
}

Result<RequestDraft> OfficerRequestDrafts::policyChange(const KeySet& set, const QString& reason)
{
    if (set.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A policy change needs a key set."));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::Refused, tr("A request needs a reason."));
    RequestDraft draft = draftFor(RequestKind::PolicyChange, set.name, reason,
                                  QJsonObject { { QStringLiteral("keySet"), set.name },
                                                { QStringLiteral("after"), effects::policyToJson(set) } });
    draft.keySet = set.name;
    return draft;
}

} // namespace keyward::core
