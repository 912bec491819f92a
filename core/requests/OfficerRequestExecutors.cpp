// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficerRequestExecutors.h"

#include "audit/AuditLog.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyStore.h"
#include "keys/ReviewStore.h"
#include "keys/SetKeySetPolicyCommand.h"
#include "requests/RequestEffects.h"
#include "requests/RequestStore.h"
#include "storage/Database.h"
#include "common/Base64Url.h"
#include "common/CommittedFiles.h"
#include "jose/Jwk.h"
#include "vault/KeySlots.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::OfficerRequestExecutors)
};

QJsonArray rolesJson(const QList<Role>& roles)
{
    return QJsonArray::fromStringList(roleNames(roles));
}

Result<QList<Role>> rolesFrom(const QJsonValue& value)
{
    QList<Role> roles;
    for (const QJsonValue& entry : value.toArray()) {
        const std::optional<Role> role = roleFromName(entry.toString());
        if (!role)
            return Error(ErrorCode::InvalidArgument, Tr::tr("\"%1\" is not a role.").arg(entry.toString()));
        if (!roles.contains(*role))
            roles.append(*role);
    }
    if (roles.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("An officer needs at least one role."));
    return roles;
}

bool sameRoles(QList<Role> a, QList<Role> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

// The officer named by the request: its subject, else the effect's "officer" (which is then copied
// into the subject, so both name the same person).
Status settleOfficerName(Request& request)
{
    const QString named = request.effect.value(QStringLiteral("officer")).toString();
    if (request.subject.isEmpty())
        request.subject = named;
    if (request.subject.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("The request does not name an officer."));
    if (!named.isEmpty() && named != request.subject)
        return Error(ErrorCode::InvalidArgument, Tr::tr("The request names two different officers."));
    request.effect.insert(QStringLiteral("officer"), request.subject);
    return {};
}

Result<Officer> existingOfficer(const QList<Officer>& officers, const QString& name)
{
    for (const Officer& officer : officers) {
        if (officer.name == name)
            return officer;
    }
    return Error(ErrorCode::NotFound, Tr::tr("There is no officer named %1.").arg(name));
}

// After an officer change the vault must stay governable: an admin, and an approver other than
// them (SPEC §2), or no later request could ever be approved.
Status keepsVaultGoverned(const QList<Officer>& after, const QString& name)
{
    const bool adminRemains = std::any_of(after.cbegin(), after.cend(), [](const Officer& o) { return o.hasRole(Role::Admin); });
    if (!adminRemains)
        return Error(ErrorCode::Refused, Tr::tr("%1 is the last admin; the vault would have no admin left.").arg(name));
    if (!Vault::isOperational(after))
        return Error(ErrorCode::Refused,
                     Tr::tr("Without %1 as they are now, no approver would remain besides the admin, so no further "
                            "request could be approved.")
                         .arg(name));
    return {};
}

QJsonObject requestDetails(const Request& request)
{
    // The approvals travel with the officer change so the roster (Roster.cpp) can be rebuilt from
    // the log alone and checked against the approvers' roster keys.
    QJsonArray approvals;
    for (const RequestDecision& decision : request.decisions) {
        if (decision.verdict == RequestDecision::Verdict::Approve)
            approvals.append(QString::fromLatin1(decision.jws));
    }
    return QJsonObject { { QStringLiteral("request"), request.id },
                         { QStringLiteral("requester"), request.requester },
                         { QStringLiteral("approvals"), approvals } };
}

// An officer change's event details: the request, its approvals and the requester's own signature
// from "request.created", so the roster sees who asked as well as who approved (issue #12).
Result<QJsonObject> officerChangeDetails(Vault& vault, const Request& request)
{
    QJsonObject details = requestDetails(request);
    Result<QList<AuditEvent>> events = vault.audit().eventsForSubject(Request::auditSubject(request.id));
    if (!events.ok())
        return events.error();
    for (const AuditEvent& event : std::as_const(*events)) {
        if (event.action == QLatin1String("request.created"))
            details.insert(QStringLiteral("requesterJws"), event.details.value(QStringLiteral("requesterJws")));
    }
    if (details.value(QStringLiteral("requesterJws")).toString().isEmpty())
        return Error(ErrorCode::Refused, Tr::tr("Request %1 was filed without the requester's signature (by an earlier "
                                                "Keyward): cancel it and file it again.")
                                             .arg(request.id));
    return details;
}

// The new officer's box public key, so approvers sign the very key the master key will be
// wrapped to (the roster holds it; a different slot is refused at unlock).
Status settleBoxPublic(Request& request, const QByteArray& attachment)
{
    Result<KeySlotFile> sealed = KeySlotFile::parse(attachment, Tr::tr("the request's sealed keyslot"));
    if (!sealed.ok())
        return sealed.error();
    const KeySlot* slot = sealed->find(request.subject);
    if (!slot)
        return Error(ErrorCode::InvalidArgument, Tr::tr("The sealed keyslot is not for %1.").arg(request.subject));
    request.effect.insert(QStringLiteral("boxPublic"), QString::fromLatin1(base64url::encode(slot->boxPublic)));
    return {};
}

// An addition by enrollment (OfficerEnrollment.h): half A's public keys, nothing sealed.
Status checkEnrollment(Request& request, const QByteArray& attachment)
{
    const QJsonObject enrollment = request.effect.value(QStringLiteral("enrollment")).toObject();
    Result<QByteArray> aBox = base64url::decode(enrollment.value(QStringLiteral("aBox")).toString().toLatin1());
    if (!attachment.isEmpty() || request.effect.contains(QStringLiteral("signingJwk"))
        || enrollment.value(QStringLiteral("nonce")).toString().isEmpty() || !aBox.ok() || aBox->size() != 32
        || !Jwk::fromJson(enrollment.value(QStringLiteral("aJwk")).toObject()).ok())
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The enrollment of %1 in the request is incomplete.").arg(request.subject));
    return {};
}

} // namespace

// ------------------------------------------------------------------------------------ officer-add

Status OfficerAddExecutor::prepare(Vault& vault, Request& request, QByteArray& attachment) const
{
    KEYWARD_TRY(settleOfficerName(request));
    if (!Vault::isValidOfficerName(request.subject))
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a valid officer name.").arg(request.subject));
    Result<QList<Role>> roles = rolesFrom(request.effect.value(QStringLiteral("roles")));
    if (!roles.ok())
        return roles.error();
    request.effect.insert(QStringLiteral("roles"), rolesJson(*roles));
    Result<QList<Officer>> officers = vault.officers();
    if (!officers.ok())
        return officers.error();
    if (existingOfficer(*officers, request.subject).ok())
        return Error(ErrorCode::AlreadyExists, tr("There already is an officer named %1.").arg(request.subject));
    if (request.effect.contains(QStringLiteral("enrollment")))
        return checkEnrollment(request, attachment);
    if (attachment.isEmpty() || !request.effect.value(QStringLiteral("signingJwk")).isObject())
        return Error(ErrorCode::InvalidArgument,
                     tr("An officer addition needs the new officer's sealed keyslot: %1 types their passphrase when "
                        "the request is made.")
                         .arg(request.subject));
    return settleBoxPublic(request, attachment);
}

Result<QJsonObject> OfficerAddExecutor::execute(ExecutionContext& context, const Request& request,
                                                const QByteArray& attachment) const
{
    Result<QList<Role>> roles = rolesFrom(request.effect.value(QStringLiteral("roles")));
    if (!roles.ok())
        return roles.error();
    const QJsonObject signingJwk = request.effect.value(QStringLiteral("signingJwk")).toObject();
    Result<QJsonObject> changeDetails = officerChangeDetails(context.vault, request);
    if (!changeDetails.ok())
        return changeDetails.error();
    QJsonObject details = *changeDetails;
    details.insert(QStringLiteral("roles"), rolesJson(*roles));
    details.insert(QStringLiteral("bootstrap"), false);
    if (request.effect.contains(QStringLiteral("enrollment"))) {
        if (!context.approver || !context.files)
            return Error(ErrorCode::Refused, tr("Adding %1 by enrollment needs the approver's credential.").arg(request.subject));
        KEYWARD_TRY(context.vault.admitEnrollingOfficer(OfficerChangeKey {}, context.actor, request.subject, *roles,
                                                        request.effect.value(QStringLiteral("enrollment")).toObject(),
                                                        request.id, *context.approver, details, *context.files));
        return QJsonObject { { QStringLiteral("officer"), request.subject },
                             { QStringLiteral("roles"), rolesJson(*roles) },
                             { QStringLiteral("enrolling"), true } };
    }
    details.insert(QStringLiteral("signingJwk"), signingJwk);
    KEYWARD_TRY(context.vault.addOfficerFromSealedSlot(OfficerChangeKey {}, context.actor, request.subject, *roles,
                                                       attachment, signingJwk, details));
    return QJsonObject { { QStringLiteral("officer"), request.subject }, { QStringLiteral("roles"), rolesJson(*roles) } };
}

// ------------------------------------------------------------------------------------ officer-remove

Status OfficerRemoveExecutor::prepare(Vault& vault, Request& request, QByteArray&) const
{
    KEYWARD_TRY(settleOfficerName(request));
    if (request.subject == request.requester)
        return Error(ErrorCode::Refused, tr("%1 cannot request their own removal; another admin must.").arg(request.subject));
    Result<QList<Officer>> officers = vault.officers();
    if (!officers.ok())
        return officers.error();
    Result<Officer> target = existingOfficer(*officers, request.subject);
    if (!target.ok())
        return target.error();
    officers->removeIf([&](const Officer& o) { return o.name == request.subject; });
    KEYWARD_TRY(keepsVaultGoverned(*officers, request.subject));
    request.effect.insert(QStringLiteral("roles"), rolesJson(target->roles));
    return {};
}

Result<QJsonObject> OfficerRemoveExecutor::execute(ExecutionContext& context, const Request& request,
                                                   const QByteArray&) const
{
    Vault& vault = context.vault;
    Database& db = vault.database();
    const QString name = request.subject;

    // Every key the leaving officer owned, created or approved (SPEC §2, PCI DSS 3.6.1.2 custodians).
    Result<QList<KeyRecord>> keys = KeyStore(db).all();
    if (!keys.ok())
        return keys.error();
    QMap<QPair<QString, QString>, QStringList> why; // (set, kid) → owned/created/approved
    for (const KeyRecord& key : std::as_const(*keys)) {
        if (key.owner == name)
            why[{ key.keySet, key.kid }].append(QStringLiteral("owned"));
        if (key.createdBy == name)
            why[{ key.keySet, key.kid }].append(QStringLiteral("created"));
    }
    Result<QList<RequestStore::KeyRef>> approved = RequestStore(db).keysApprovedBy(name);
    if (!approved.ok())
        return approved.error();
    for (const RequestStore::KeyRef& ref : std::as_const(*approved)) {
        QStringList& reasons = why[{ ref.keySet, ref.kid }];
        if (!reasons.contains(QStringLiteral("approved")))
            reasons.append(QStringLiteral("approved"));
    }
    QJsonArray listed;
    QStringList lines;
    for (auto it = why.cbegin(); it != why.cend(); ++it) {
        listed.append(QJsonObject { { QStringLiteral("keySet"), it.key().first },
                                    { QStringLiteral("kid"), it.key().second },
                                    { QStringLiteral("why"), QJsonArray::fromStringList(it.value()) } });
        lines.append(QStringLiteral("%1/%2 (%3)").arg(it.key().first, it.key().second, it.value().join(u',')));
    }

    Review review;
    review.kind = Review::kOffboarding;
    review.subject = name;
    review.openedBy = context.actor;
    review.openedAt = vault.clock().now();
    review.reason = lines.isEmpty()
        ? tr("%1 left (request %2). They owned, created or approved no key.").arg(name).arg(request.id)
        : tr("%1 left (request %2). Review the keys they owned, created or approved: %3")
              .arg(name)
              .arg(request.id)
              .arg(lines.join(QStringLiteral("; ")));
    qint64 reviewId = 0;
    QJsonObject reviewDetails = requestDetails(request);
    reviewDetails.insert(QStringLiteral("kind"), Review::kOffboarding);
    reviewDetails.insert(QStringLiteral("keys"), listed);
    Result<AuditEvent> opened = vault.audit().record(context.actor, QStringLiteral("review.opened"), name, reviewDetails,
                                                     [&](Database& database) -> Status {
                                                         Result<qint64> id = ReviewStore(database).open(review);
                                                         if (!id.ok())
                                                             return id.error();
                                                         reviewId = *id;
                                                         return {};
                                                     });
    if (!opened.ok())
        return opened.error();

    // Last: it writes keyslots.json.new, which only a committed removal makes true.
    Result<QJsonObject> details = officerChangeDetails(vault, request);
    if (!details.ok())
        return details.error();
    details->insert(QStringLiteral("review"), reviewId);
    KEYWARD_TRY(vault.stageOfficerRemoval(OfficerChangeKey {}, context.actor, name, *details));
    return QJsonObject { { QStringLiteral("officer"), name },
                         { QStringLiteral("reviewId"), reviewId },
                         { QStringLiteral("keys"), listed },
                         { QStringLiteral("rekeyed"), true } };
}

Status OfficerAddExecutor::afterCommit(Vault& vault, const Request&) const
{
    return vault.finishOfficerAddition(OfficerChangeKey {});
}

Status OfficerRemoveExecutor::afterCommit(Vault& vault, const Request&) const
{
    return vault.finishOfficerRemoval(OfficerChangeKey {});
}

// ------------------------------------------------------------------------------------ role-change

Status RoleChangeExecutor::prepare(Vault& vault, Request& request, QByteArray&) const
{
    KEYWARD_TRY(settleOfficerName(request));
    Result<QList<Role>> after = rolesFrom(request.effect.value(QStringLiteral("after")));
    if (!after.ok())
        return after.error();
    Result<QList<Officer>> officers = vault.officers();
    if (!officers.ok())
        return officers.error();
    Result<Officer> target = existingOfficer(*officers, request.subject);
    if (!target.ok())
        return target.error();
    if (sameRoles(target->roles, *after))
        return Error(ErrorCode::Refused, tr("%1 already holds exactly these roles.").arg(request.subject));
    for (Officer& officer : *officers) {
        if (officer.name == request.subject)
            officer.roles = *after;
    }
    KEYWARD_TRY(keepsVaultGoverned(*officers, request.subject));
    request.effect.insert(QStringLiteral("before"), rolesJson(target->roles));
    request.effect.insert(QStringLiteral("after"), rolesJson(*after));
    return {};
}

Result<QJsonObject> RoleChangeExecutor::execute(ExecutionContext& context, const Request& request,
                                                const QByteArray&) const
{
    Result<QList<Role>> before = rolesFrom(request.effect.value(QStringLiteral("before")));
    Result<QList<Role>> after = rolesFrom(request.effect.value(QStringLiteral("after")));
    if (!before.ok() || !after.ok())
        return Error(ErrorCode::InvalidArgument, tr("The request's roles are unreadable."));
    Result<QList<Officer>> officers = context.vault.officers();
    if (!officers.ok())
        return officers.error();
    Result<Officer> target = existingOfficer(*officers, request.subject);
    if (!target.ok())
        return target.error();
    // What was approved is a change from `before`; from anything else it would be another change.
    if (!sameRoles(target->roles, *before))
        return Error(ErrorCode::Refused, tr("The roles of %1 changed since the request was made (now: %2).")
                                             .arg(request.subject, roleNames(target->roles).join(QStringLiteral(", "))));
    Result<QJsonObject> details = officerChangeDetails(context.vault, request);
    if (!details.ok())
        return details.error();
    details->insert(QStringLiteral("before"), rolesJson(*before));
    details->insert(QStringLiteral("after"), rolesJson(*after));
    KEYWARD_TRY(context.vault.setOfficerRoles(OfficerChangeKey {}, context.actor, request.subject, *after, *details));
    return QJsonObject { { QStringLiteral("officer"), request.subject }, { QStringLiteral("roles"), rolesJson(*after) } };
}

// ------------------------------------------------------------------------------------ policy-change

Status PolicyChangeExecutor::prepare(Vault& vault, Request& request, QByteArray&) const
{
    if (request.keySet.isEmpty())
        request.keySet = request.subject.isEmpty() ? request.effect.value(QStringLiteral("keySet")).toString()
                                                   : request.subject;
    request.subject = request.keySet;
    if (request.keySet.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The request does not name a key set."));
    const KeyStore store(vault.database());
    Result<std::optional<KeySet>> existing = store.keySet(request.keySet);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value())
        return Error(ErrorCode::NotFound, tr("There is no key set named %1.").arg(request.keySet));
    const KeySet after = effects::policyFromJson(request.keySet, request.effect.value(QStringLiteral("after")).toObject());
    KEYWARD_TRY(SetKeySetPolicyCommand::checkPolicy(after.policy));
    KEYWARD_TRY(SetKeySetPolicyCommand::checkBundleSigner(store, after));
    if ((*existing)->policy == after.policy && (*existing)->bundleSigningKid == after.bundleSigningKid)
        return Error(ErrorCode::Refused, tr("Key set %1 already has this policy.").arg(request.keySet));
    request.effect.insert(QStringLiteral("keySet"), request.keySet);
    request.effect.insert(QStringLiteral("before"), effects::policyToJson(**existing));
    request.effect.insert(QStringLiteral("after"), effects::policyToJson(after));
    return {};
}

Result<QJsonObject> PolicyChangeExecutor::execute(ExecutionContext& context, const Request& request,
                                                  const QByteArray&) const
{
    KeyStore store(context.vault.database());
    Result<std::optional<KeySet>> existing = store.keySet(request.keySet);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value())
        return Error(ErrorCode::NotFound, tr("There is no key set named %1.").arg(request.keySet));
    if (effects::policyToJson(**existing) != request.effect.value(QStringLiteral("before")).toObject())
        return Error(ErrorCode::Refused, tr("The policy of key set %1 changed since the request was made.").arg(request.keySet));
    const KeySet after = effects::policyFromJson(request.keySet, request.effect.value(QStringLiteral("after")).toObject());
    QJsonObject details = requestDetails(request);
    details.insert(QStringLiteral("before"), KeyAdmission::policyDetails(**existing));
    details.insert(QStringLiteral("after"), KeyAdmission::policyDetails(after));
    Result<AuditEvent> event = context.vault.audit().record(context.actor, QStringLiteral("keyset.policy-changed"),
                                                            request.keySet, details,
                                                            [&](Database&) { return store.updateKeySet(after); });
    if (!event.ok())
        return event.error();
    return QJsonObject { { QStringLiteral("keySet"), request.keySet },
                         { QStringLiteral("policy"), effects::policyToJson(after) } };
}

void addOfficerAndPolicyExecutors(RequestExecutors& executors)
{
    executors.add(std::make_unique<OfficerAddExecutor>());
    executors.add(std::make_unique<OfficerRemoveExecutor>());
    executors.add(std::make_unique<RoleChangeExecutor>());
    executors.add(std::make_unique<PolicyChangeExecutor>());
}

} // namespace keyward::core
