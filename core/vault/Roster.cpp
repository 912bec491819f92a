// SPDX-License-Identifier: GPL-3.0-or-later
#include "Roster.h"

#include "audit/AuditEvent.h"
#include "common/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "requests/RequestSignatures.h"
#include "storage/Database.h"
#include "vault/KeySlots.h"
#include "vault/RosterStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace keyward::core {

namespace {

QList<Role> rolesOf(const QJsonValue& value)
{
    QList<Role> roles;
    for (const QJsonValue& name : value.toArray()) {
        if (const std::optional<Role> role = roleFromName(name.toString()))
            roles.append(*role);
    }
    return roles;
}

const QString kDecisionTyp = QStringLiteral("keyward-decision+jwt");

} // namespace

// ------------------------------------------------------------------------------------- Roster

QString Roster::fingerprint() const
{
    return isSigned() ? RosterStatement::fingerprint(m_vaultId, m_genesisJwk) : QString();
}

const RosterMember* Roster::member(const QString& name) const
{
    const auto it = m_current.constFind(name);
    return it == m_current.constEnd() ? nullptr : &*it;
}

QList<RosterMember> Roster::members() const
{
    return m_current.values();
}

QJsonObject Roster::signingKeyAt(const QString& name, const QDateTime& at) const
{
    // The latest admission of that name before `at` that was not yet removed at `at`.
    for (auto it = m_history.crbegin(); it != m_history.crend(); ++it) {
        if (it->name != name || (at.isValid() && it->admittedAt > at))
            continue;
        // Same millisecond as the removal: the decision came first (it is what let the removal run).
        if (it->removed && at.isValid() && it->removedAt < at)
            return {};
        return it->signingJwk;
    }
    return {};
}

bool Roster::isOperational() const
{
    // An officer still enrolling has no key yet: they cannot act, so they count for nothing here.
    for (const RosterMember& admin : m_current) {
        if (!admin.hasRole(Role::Admin) || admin.enrolling)
            continue;
        for (const RosterMember& approver : m_current) {
            if (approver.name != admin.name && approver.hasRole(Role::Approver) && !approver.enrolling)
                return true;
        }
    }
    return false;
}

Status Roster::checkOfficers(const QList<Officer>& rows) const
{
    QSet<QString> seen;
    for (const Officer& row : rows) {
        seen.insert(row.name);
        const RosterMember* signedMember = member(row.name);
        if (!signedMember)
            return Error(ErrorCode::IntegrityFailure,
                         tr("Tampering: the officer %1 is in the officers table but was never admitted by signed "
                            "roster events.")
                             .arg(row.name));
        if (QSet<Role>(row.roles.cbegin(), row.roles.cend())
            != QSet<Role>(signedMember->roles.cbegin(), signedMember->roles.cend()))
            return Error(ErrorCode::IntegrityFailure,
                         tr("Tampering: the roles of %1 in the officers table (%2) are not the signed ones (%3).")
                             .arg(row.name, roleNames(row.roles).join(QLatin1Char(',')),
                                  roleNames(signedMember->roles).join(QLatin1Char(','))));
        if (row.signingJwk != signedMember->signingJwk)
            return Error(ErrorCode::IntegrityFailure,
                         tr("Tampering: the signing key of %1 in the officers table is not the signed one.").arg(row.name));
    }
    for (const RosterMember& signedMember : m_current) {
        if (!seen.contains(signedMember.name))
            return Error(ErrorCode::IntegrityFailure,
                         tr("Tampering: the officer %1 of the signed roster has no officers row.").arg(signedMember.name));
    }
    return {};
}

Status Roster::checkSlots(const KeySlotFile& slots) const
{
    for (const KeySlot& slot : slots.slots) {
        const RosterMember* signedMember = member(slot.officer);
        if (!signedMember)
            continue; // unknownSlots()
        if (QString::fromLatin1(base64url::encode(slot.boxPublic)) != signedMember->boxPublic
            || slot.signingJwk != signedMember->signingJwk)
            return Error(ErrorCode::IntegrityFailure,
                         tr("Tampering: the keyslot of %1 holds other keys than the signed roster.").arg(slot.officer));
    }
    return {};
}

QStringList Roster::unknownSlots(const KeySlotFile& slots) const
{
    QStringList unknown;
    for (const KeySlot& slot : slots.slots) {
        if (!member(slot.officer))
            unknown.append(slot.officer);
    }
    return unknown;
}

// ------------------------------------------------------------------------------ RosterBuilder

RosterBuilder::RosterBuilder(const QString& vaultId)
{
    m_roster.m_vaultId = vaultId;
}

QStringList RosterBuilder::rosterActions()
{
    return { QStringLiteral("officer.added"), QStringLiteral("officer.removed"),
             QStringLiteral("officer.roles-changed"), QStringLiteral("roster.adopted"),
             QStringLiteral("officer.enrolled") };
}

Result<Roster> RosterBuilder::fromDatabase(Database& db, const QString& vaultId)
{
    // Only the roster events are read (the audit_events table may hold millions); whether the
    // chain around them is intact is `audit verify`'s job, and a forged event fails here anyway.
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, subject, details FROM audit_events WHERE action IN "
        "('officer.added', 'officer.removed', 'officer.roles-changed', 'roster.adopted', 'officer.enrolled') "
        "ORDER BY seq"));
    if (!stmt.ok())
        return stmt.error();
    RosterBuilder builder(vaultId);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        AuditEvent event;
        event.seq = stmt->columnInt64(0);
        event.at = QDateTime::fromString(stmt->columnText(1), Qt::ISODateWithMs).toUTC();
        event.actor = stmt->columnText(2);
        event.action = stmt->columnText(3);
        event.subject = stmt->columnText(4);
        event.details = QJsonDocument::fromJson(stmt->columnUtf8(5)).object();
        KEYWARD_TRY(builder.apply(event));
    }
    return builder.m_roster;
}

Error RosterBuilder::forged(const AuditEvent& event, const QString& why) const
{
    return Error(ErrorCode::IntegrityFailure,
                 tr("Tampering: the roster event %1 \"%2\" for %3 is not validly signed: %4")
                     .arg(event.seq)
                     .arg(event.action, event.subject, why));
}

Status RosterBuilder::admit(const AuditEvent& event, RosterMember member)
{
    if (m_roster.m_current.contains(member.name))
        return forged(event, tr("%1 is already an officer").arg(member.name));
    const bool keyed = member.enrolling ? Jwk::fromJson(member.enrollmentA).ok() && Jwk::fromJson(member.enrollmentB).ok()
                                        : Jwk::fromJson(member.signingJwk).ok();
    if (member.roles.isEmpty() || !keyed)
        return forged(event, tr("the admitted officer has no roles or no usable key"));
    member.admittedAt = event.at;
    member.admittedSeq = event.seq;
    m_roster.m_current.insert(member.name, member);
    m_roster.m_history.append(member);
    return {};
}

Status RosterBuilder::apply(const AuditEvent& event)
{
    if (!rosterActions().contains(event.action))
        return {};
    if (event.action == QLatin1String("officer.enrolled"))
        return applyEnrollment(event);
    const QString statement = event.details.value(RosterStatement::detailsKey()).toString();
    if (!statement.isEmpty()) {
        Result<QJsonObject> claimed = RosterStatement::unverifiedPayload(statement.toUtf8());
        if (!claimed.ok())
            return forged(event, claimed.message());
        return applyStatement(event, *claimed);
    }
    if (event.details.contains(QStringLiteral("approvals")))
        return applyApproved(event);
    // Before a signed genesis or adoption (a vault from before signed rosters) nothing is signed
    // yet; after it, an unsigned roster event is what direct editing of vault.db leaves behind.
    if (!m_roster.isSigned())
        return {};
    return forged(event, tr("it carries no signature"));
}

Status RosterBuilder::applyStatement(const AuditEvent& event, const QJsonObject& claimed)
{
    const QString kind = claimed.value(QStringLiteral("kind")).toString();
    const QString statement = event.details.value(RosterStatement::detailsKey()).toString();
    if (claimed.value(QStringLiteral("vault")).toString() != m_roster.m_vaultId)
        return forged(event, tr("it was made for another vault"));

    // Who must have signed: the genesis officer themself, else an admin the roster holds now.
    QJsonObject signerJwk;
    const QString by = claimed.value(QStringLiteral("by")).toString();
    if (kind == QLatin1String("genesis")) {
        if (m_roster.isSigned() || event.action != QLatin1String("officer.added"))
            return forged(event, tr("a second genesis"));
        signerJwk = claimed.value(QStringLiteral("signingJwk")).toObject();
    } else if (kind == QLatin1String("adopted")) {
        if (m_roster.isSigned() || event.action != QLatin1String("roster.adopted"))
            return forged(event, tr("an adoption of a vault that already has a signed roster"));
        for (const QJsonValue& listed : claimed.value(QStringLiteral("officers")).toArray()) {
            const QJsonObject o = listed.toObject();
            if (o.value(QStringLiteral("officer")).toString() == by && rolesOf(o.value(QStringLiteral("roles"))).contains(Role::Admin))
                signerJwk = o.value(QStringLiteral("signingJwk")).toObject();
        }
    } else {
        // The genesis officer admits the second one whatever their roles (Vault::addOfficer's
        // bootstrap); anything else one officer signs alone needs an admin.
        const RosterMember* signer = m_roster.member(by);
        const bool bootstrap = kind == QLatin1String("bootstrap") && m_roster.m_current.size() == 1;
        if (!signer || (!bootstrap && !signer->hasRole(Role::Admin)))
            return forged(event, tr("%1 is not an admin in the roster").arg(by));
        signerJwk = signer->signingJwk;
    }
    if (signerJwk.isEmpty())
        return forged(event, tr("no key in the roster for its signer"));
    Result<QJsonObject> payload = RosterStatement::verify(statement.toUtf8(), signerJwk);
    if (!payload.ok())
        return forged(event, payload.message());
    if (payload->value(QStringLiteral("officer")).toString() != event.subject && kind != QLatin1String("adopted"))
        return forged(event, tr("it names another officer"));

    const auto memberFrom = [](const QJsonObject& o) {
        RosterMember m;
        m.name = o.value(QStringLiteral("officer")).toString();
        m.roles = rolesOf(o.value(QStringLiteral("roles")));
        m.signingJwk = o.value(QStringLiteral("signingJwk")).toObject();
        m.boxPublic = o.value(QStringLiteral("box")).toString();
        m.tofu = o.value(QStringLiteral("tofu")).toBool();
        return m;
    };
    if (kind == QLatin1String("genesis")) {
        RosterMember genesis = memberFrom(*payload);
        m_roster.m_genesisJwk = genesis.signingJwk;
        return admit(event, genesis);
    }
    if (kind == QLatin1String("adopted")) {
        m_roster.m_genesisJwk = signerJwk; // the adopting admin anchors the fingerprint
        for (const QJsonValue& listed : payload->value(QStringLiteral("officers")).toArray())
            KEYWARD_TRY(admit(event, memberFrom(listed.toObject())));
        return {};
    }
    // Alone, one admin may only admit the second officer or change a vault that is not yet
    // operational; from then on changes need the two-person rule (approvals).
    if (m_roster.isOperational())
        return forged(event, tr("a change by one admin alone in an operational vault"));
    if (kind == QLatin1String("bootstrap") && event.action == QLatin1String("officer.added"))
        return admit(event, memberFrom(*payload));
    if (kind == QLatin1String("removal") && event.action == QLatin1String("officer.removed")) {
        if (!m_roster.m_current.contains(event.subject) || event.subject == by)
            return forged(event, tr("%1 cannot be removed by %2").arg(event.subject, by));
        markRemoved(event);
        return {};
    }
    return forged(event, tr("an unknown kind of statement"));
}

Status RosterBuilder::applyApproved(const AuditEvent& event)
{
    if (!m_roster.isSigned())
        return {}; // before adoption: nothing to check against yet
    QString kindName;
    if (event.action == QLatin1String("officer.added"))
        kindName = QStringLiteral("officer-add");
    else if (event.action == QLatin1String("officer.removed"))
        kindName = QStringLiteral("officer-remove");
    else if (event.action == QLatin1String("officer.roles-changed"))
        kindName = QStringLiteral("role-change");
    else
        return forged(event, tr("approvals on an event that is not an officer change"));

    QJsonObject request;
    QSet<QString> approvers;
    for (const QJsonValue& value : event.details.value(QStringLiteral("approvals")).toArray()) {
        Result<Jws> jws = Jws::parse(value.toString().toUtf8());
        if (!jws.ok() || jws->serialization() != Jws::Serialization::Compact || jws->signatures().size() != 1)
            return forged(event, tr("an approval does not parse"));
        const QJsonObject claimed = QJsonDocument::fromJson(jws->payload()).object();
        const QString approver = claimed.value(QStringLiteral("officer")).toString();
        // The approver's key as the roster holds it now: a key carried by the event counts for nothing.
        const RosterMember* signer = m_roster.member(approver);
        if (!signer || !signer->hasRole(Role::Approver))
            return forged(event, tr("%1 is not an approver in the roster").arg(approver));
        Result<Jwk> key = Jwk::fromJson(signer->signingJwk);
        const JoseHeader& header = jws->signatures().first().header;
        if (!key.ok() || header.joined().value(QStringLiteral("typ")).toString() != kDecisionTyp
            || header.joined().value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA")
            || !jws->verifySignature(0, *key).ok())
            return forged(event, tr("the approval by %1 does not verify with their roster key").arg(approver));
        if (claimed.value(QStringLiteral("verdict")).toString() != QLatin1String("approve"))
            return forged(event, tr("a decision by %1 is not an approval").arg(approver));
        const QJsonObject approved = claimed.value(QStringLiteral("request")).toObject();
        if (!request.isEmpty() && approved != request)
            return forged(event, tr("the approvals are for different requests"));
        request = approved;
        approvers.insert(approver);
    }
    const QString requester = request.value(QStringLiteral("requester")).toString();
    const RosterMember* requesting = m_roster.member(requester);
    if (request.isEmpty() || request.value(QStringLiteral("vault")).toString() != m_roster.m_vaultId
        || request.value(QStringLiteral("kind")).toString() != kindName
        || request.value(QStringLiteral("subject")).toString() != event.subject
        || request.value(QStringLiteral("id")).toInteger() != event.details.value(QStringLiteral("request")).toInteger())
        return forged(event, tr("the approved request is not this change"));
    if (!requesting || !requesting->hasRole(Role::Admin))
        return forged(event, tr("its requester %1 is not an admin in the roster").arg(requester));
    if (approvers.contains(requester) || approvers.size() < request.value(QStringLiteral("requiredApprovals")).toInt(1))
        return forged(event, tr("it lacks approvals by officers other than the requester"));
    // The requester's own signature over the same request, with their roster key: an approval
    // alone would let one approver plus a forged "requester" make an officer change.
    Result<QJsonObject> asked = RequestSignatures::verifyRequester(
        event.details.value(QStringLiteral("requesterJws")).toString().toUtf8(), requesting->signingJwk);
    if (!asked.ok())
        return forged(event, asked.message());
    if (*asked != request)
        return forged(event, tr("the requester signed another request than the one approved"));

    const QJsonObject effect = request.value(QStringLiteral("effect")).toObject();
    if (kindName == QLatin1String("officer-add")) {
        RosterMember added;
        added.name = event.subject;
        added.roles = rolesOf(effect.value(QStringLiteral("roles")));
        added.signingJwk = effect.value(QStringLiteral("signingJwk")).toObject();
        added.boxPublic = effect.value(QStringLiteral("boxPublic")).toString();
        if (effect.contains(QStringLiteral("enrollment")))
            KEYWARD_TRY(applyEnrollmentHalf(event, effect, approvers, added));
        return admit(event, added);
    }
    if (!m_roster.m_current.contains(event.subject))
        return forged(event, tr("%1 is not an officer in the roster").arg(event.subject));
    if (kindName == QLatin1String("role-change")) {
        const QList<Role> after = rolesOf(effect.value(QStringLiteral("after")));
        if (after.isEmpty())
            return forged(event, tr("no roles after the change"));
        m_roster.m_current[event.subject].roles = after;
        return {};
    }
    markRemoved(event);
    return {};
}

Status RosterBuilder::applyEnrollmentHalf(const AuditEvent& event, const QJsonObject& effect,
                                          const QSet<QString>& approvers, RosterMember& added)
{
    // Half A's key was signed by the requester and the approvers with the request; half B's key
    // comes in a statement by one of the approvers (who derived half B when approving).
    const QJsonObject enrollment = effect.value(QStringLiteral("enrollment")).toObject();
    const QString statement = event.details.value(QStringLiteral("enrollmentHalf")).toString();
    Result<QJsonObject> claimed = RosterStatement::unverifiedPayload(statement.toUtf8());
    if (!claimed.ok())
        return forged(event, tr("the approver's enrollment half is missing"));
    const QString by = claimed->value(QStringLiteral("by")).toString();
    const RosterMember* approver = m_roster.member(by);
    if (!approvers.contains(by) || !approver)
        return forged(event, tr("the enrollment half B was not given by an approver of the request"));
    Result<QJsonObject> half = RosterStatement::verify(statement.toUtf8(), approver->signingJwk);
    if (!half.ok())
        return forged(event, half.message());
    if (half->value(QStringLiteral("kind")).toString() != QLatin1String("enrollment-half")
        || half->value(QStringLiteral("vault")).toString() != m_roster.m_vaultId
        || half->value(QStringLiteral("officer")).toString() != event.subject
        || half->value(QStringLiteral("request")).toInteger() != event.details.value(QStringLiteral("request")).toInteger()
        || half->value(QStringLiteral("nonce")).toString() != enrollment.value(QStringLiteral("nonce")).toString())
        return forged(event, tr("the enrollment half B is for another enrollment"));
    added.signingJwk = {};
    added.boxPublic.clear();
    added.enrolling = true;
    added.enrollmentA = enrollment.value(QStringLiteral("aJwk")).toObject();
    added.enrollmentB = half->value(QStringLiteral("bJwk")).toObject();
    added.enrollmentNonce = enrollment.value(QStringLiteral("nonce")).toString();
    added.enrollmentRequest = event.details.value(QStringLiteral("request")).toInteger();
    return {};
}

Status RosterBuilder::applyEnrollment(const AuditEvent& event)
{
    auto current = m_roster.m_current.find(event.subject);
    if (current == m_roster.m_current.end() || !current->enrolling || event.actor != event.subject)
        return forged(event, tr("%1 is not waiting to enroll").arg(event.subject));
    // The new key signs for itself (the officer holds it); both half keys sign the same payload
    // (the officer holds both halves). Any one of them missing makes it a forgery.
    const QString self = event.details.value(RosterStatement::detailsKey()).toString();
    Result<QJsonObject> claimed = RosterStatement::unverifiedPayload(self.toUtf8());
    if (!claimed.ok())
        return forged(event, claimed.message());
    const QJsonObject newJwk = claimed->value(QStringLiteral("signingJwk")).toObject();
    Result<QJsonObject> bySelf = RosterStatement::verify(self.toUtf8(), newJwk);
    Result<QJsonObject> byA = RosterStatement::verify(
        event.details.value(QStringLiteral("halfA")).toString().toUtf8(), current->enrollmentA);
    Result<QJsonObject> byB = RosterStatement::verify(
        event.details.value(QStringLiteral("halfB")).toString().toUtf8(), current->enrollmentB);
    if (!bySelf.ok())
        return forged(event, bySelf.message());
    if (!byA.ok() || !byB.ok())
        return forged(event, tr("it is not signed with both enrollment halves"));
    const QJsonObject& payload = *bySelf;
    if (*byA != payload || *byB != payload || payload.value(QStringLiteral("kind")).toString() != QLatin1String("enrollment")
        || payload.value(QStringLiteral("vault")).toString() != m_roster.m_vaultId
        || payload.value(QStringLiteral("officer")).toString() != event.subject
        || payload.value(QStringLiteral("request")).toInteger() != current->enrollmentRequest
        || payload.value(QStringLiteral("nonce")).toString() != current->enrollmentNonce
        || !Jwk::fromJson(newJwk).ok())
        return forged(event, tr("the enrollment statements do not agree"));
    current->signingJwk = newJwk;
    current->boxPublic = payload.value(QStringLiteral("box")).toString();
    current->enrolling = false;
    for (auto it = m_roster.m_history.rbegin(); it != m_roster.m_history.rend(); ++it) {
        if (it->name == event.subject && !it->removed) {
            it->signingJwk = current->signingJwk;
            it->boxPublic = current->boxPublic;
            it->enrolling = false;
            break;
        }
    }
    return {};
}

void RosterBuilder::markRemoved(const AuditEvent& event)
{
    m_roster.m_current.remove(event.subject);
    for (RosterMember& m : m_roster.m_history) {
        if (m.name == event.subject && !m.removed) {
            m.removed = true;
            m.removedAt = event.at;
        }
    }
}

} // namespace keyward::core
