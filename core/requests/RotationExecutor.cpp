// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationExecutor.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "jose/JoseAlgorithms.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyStore.h"
#include "keys/KeyTransition.h"
#include "keys/PrimaryRule.h"
#include "requests/KeyRequestSupport.h"
#include "requests/RetirementGate.h"
#include "trust/DatabaseTrustSource.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <algorithm>

namespace keyward::core {

namespace {

constexpr qint64 kMaxOverlapSecs = 365 * KeySetPolicy::kDay;

bool isSuccessorCandidate(const KeyRecord& key)
{
    return !key.primary && (key.state == KeyState::Active || key.state == KeyState::Pending);
}

const QStringList& reasonCategories()
{
    static const QStringList categories { QStringLiteral("scheduled"), QStringLiteral("incident"),
        QStringLiteral("offboarding"), QStringLiteral("expiry") };
    return categories;
}

QString memberText(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString().trimmed();
}

} // namespace

Status RotationExecutor::prepare(Vault& vault, Request& request, QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Result<KeyRecord> found = KeyRequestSupport::resolveSubject(vault, request);
    if (!found.ok())
        return found.error();
    const KeyRecord& key = *found;
    // Normally the current primary is rotated. After a revocation the set has none: the revoked
    // key that was primary is named instead, and the successor takes over with nothing to overlap.
    const bool vacant = key.state != KeyState::Active || !key.primary;
    if (vacant)
        KEYWARD_TRY(PrimaryRule::checkVacantSubject(vault.database(), key));

    QJsonObject& effect = request.effect;
    const QString category = memberText(effect, "reasonCategory");
    if (!reasonCategories().contains(category))
        return Error(ErrorCode::InvalidArgument,
            tr("A rotation's reason is one of scheduled, incident, offboarding or expiry, not \"%1\".").arg(category));
    const qint64 overlap = effect.value(QStringLiteral("overlapSecs")).toInteger(0);
    if (overlap < 0 || overlap > kMaxOverlapSecs)
        return Error(ErrorCode::InvalidArgument, tr("The overlap must be between 0 (computed) and 365 days."));
    effect.insert(QStringLiteral("overlapSecs"), overlap);
    // Signed with the request, so the approver reads that no primary is handed over.
    if (vacant)
        effect.insert(QStringLiteral("predecessorRevoked"), true);
    else
        effect.remove(QStringLiteral("predecessorRevoked"));

    const QJsonObject successor = effect.value(QStringLiteral("successor")).toObject();
    const KeyStore store(vault.database());
    QJsonObject resolved;
    if (successor.value(QStringLiteral("prePublished")).toBool()) {
        const QString kid = memberText(successor, "kid");
        Result<std::optional<KeyRecord>> next = store.byKid(key.keySet, kid);
        if (!next.ok())
            return next.error();
        if (!next->has_value())
            return Error(ErrorCode::NotFound, tr("Key set %1 has no key \"%2\" to take over.").arg(key.keySet, kid));
        const KeyRecord& candidate = **next;
        if (candidate.id == key.id)
            return Error(ErrorCode::Refused, tr("A key cannot succeed itself."));
        // A pending key may take over too (activated early by the approval): in an incident the
        // successor scheduled for later is often the one relying parties already know.
        if (!isSuccessorCandidate(candidate) || candidate.use != key.use)
            return Error(ErrorCode::Refused,
                tr("Key \"%1\" is not a pre-published successor: it must be an active (or pending), non-primary %2 "
                   "key of key set %3.")
                    .arg(kid, keyUseName(key.use), key.keySet));
        if (candidate.environment != key.environment)
            return Error(ErrorCode::Refused,
                tr("Key \"%1\" belongs to environment \"%2\", the key it would replace to \"%3\".")
                    .arg(kid, candidate.environment, key.environment));
        resolved = QJsonObject { { QStringLiteral("kid"), kid }, { QStringLiteral("prePublished"), true },
            { QStringLiteral("thumbprint"), candidate.thumbprint }, { QStringLiteral("alg"), candidate.alg } };
        if (candidate.state == KeyState::Pending)
            resolved.insert(QStringLiteral("activatesEarly"), true);
    } else {
        QString alg = memberText(successor, "alg");
        if (alg.isEmpty())
            alg = key.alg;
        if (alg.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                tr("Key \"%1\" has no alg pinned; name the successor's alg.").arg(key.kid));
        QString size = memberText(successor, "size");
        const QStringList sizes = GenerateKeyCommand::sizesFor(alg);
        if (size.isEmpty() && alg == key.alg && sizes.contains(key.curveOrSize))
            size = key.curveOrSize; // "the predecessor's parameters"
        Result<GenerateKeyCommand::Spec> spec = GenerateKeyCommand::specFor(alg, size);
        if (!spec.ok())
            return spec.error();
        const KeyUse algUse = jose::find(jose::AlgKind::Signature, alg) ? KeyUse::Sig : KeyUse::Enc;
        if (algUse != key.use)
            return Error(ErrorCode::KeyMismatch,
                tr("\"%1\" is not a %2 algorithm, so it cannot succeed key \"%3\".").arg(alg, keyUseName(key.use), key.kid));
        if (size.isEmpty() && !sizes.isEmpty())
            size = spec->curve != Curve::None ? curveName(spec->curve) : QString::number(spec->bits);

        const QString kid = memberText(successor, "kid");
        if (!kid.isEmpty()) {
            if (!KeyAdmission::isValidKid(kid))
                return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a usable kid.").arg(kid));
            Result<std::optional<KeyRecord>> taken = store.byKid(key.keySet, kid);
            if (!taken.ok())
                return taken.error();
            if (taken->has_value())
                return Error(ErrorCode::AlreadyExists, tr("Key set %1 already has a key with kid \"%2\".").arg(key.keySet, kid));
        }
        const QString owner = memberText(successor, "owner").isEmpty() ? key.owner : memberText(successor, "owner");
        const QString environment = memberText(successor, "environment").isEmpty() ? key.environment
                                                                                    : memberText(successor, "environment");
        if (!KeyAdmission::isValidEnvironment(environment))
            return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a valid environment name.").arg(environment));
        const QString expiresText = memberText(successor, "expiresAt");
        if (!expiresText.isEmpty()) {
            const QDateTime expires = KeyStore::parseTime(expiresText);
            if (!expires.isValid() || expires <= VaultTime::effectiveNow(vault))
                return Error(ErrorCode::InvalidArgument,
                    tr("The successor's expiry \"%1\" is not a date in the future.").arg(expiresText));
        }
        const bool same = alg == key.alg && (size.isEmpty() || size == key.curveOrSize) && owner == key.owner
            && environment == key.environment;
        resolved = QJsonObject { { QStringLiteral("alg"), alg }, { QStringLiteral("size"), size },
            { QStringLiteral("owner"), owner }, { QStringLiteral("environment"), environment },
            { QStringLiteral("expiresAt"), expiresText }, { QStringLiteral("sameAsPredecessor"), same } };
        if (!kid.isEmpty())
            resolved.insert(QStringLiteral("kid"), kid);
    }
    effect.insert(QStringLiteral("successor"), resolved);
    return {};
}

Result<QJsonObject> RotationExecutor::execute(ExecutionContext& context, const Request& request,
                                              const QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Vault& vault = context.vault;
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();

    Result<KeyRecord> found = KeyRequestSupport::currentKey(vault, request);
    if (!found.ok())
        return found.error();
    const KeyRecord predecessor = *found;
    // A primary revoked while the request waited leaves the set without one: the approved successor
    // then takes over from the revoked key, as a request filed after the revocation would.
    const bool replacesPrimary = predecessor.state == KeyState::Active && predecessor.primary;
    if (!replacesPrimary && !PrimaryRule::checkVacantSubject(db, predecessor).ok())
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is no longer the primary key of key set %2.").arg(predecessor.kid, predecessor.keySet));

    Result<KeySet> set = KeyRequestSupport::keySetOf(vault, predecessor.keySet);
    if (!set.ok())
        return set.error();
    const QDateTime now = VaultTime::effectiveNow(vault);
    const QJsonObject plan = request.effect.value(QStringLiteral("successor")).toObject();
    KeyStore store(db);
    KeyRecord successor;
    KeyState successorFrom = KeyState::Active;
    const bool generated = !plan.value(QStringLiteral("prePublished")).toBool();
    if (!generated) {
        Result<std::optional<KeyRecord>> next = store.byKid(predecessor.keySet, plan.value(QStringLiteral("kid")).toString());
        if (!next.ok())
            return next.error();
        if (!next->has_value() || !isSuccessorCandidate(**next)
            || (*next)->thumbprint != plan.value(QStringLiteral("thumbprint")).toString())
            return Error(ErrorCode::Refused,
                tr("The pre-published successor \"%1\" is no longer an active (or pending), non-primary key of key "
                   "set %2.")
                    .arg(plan.value(QStringLiteral("kid")).toString(), predecessor.keySet));
        successor = **next;
        if (successor.state == KeyState::Pending) {
            KEYWARD_TRY(KeyStateMachine::checkTransition(KeyState::Pending, KeyState::Active));
            successorFrom = KeyState::Pending;
            successor.state = KeyState::Active;
            successor.activatesAt = now; // it did activate now, ahead of its date
        }
    } else {
        GenerateKeyCommand::Params params;
        params.key.keySet = predecessor.keySet;
        params.key.use = predecessor.use;
        params.key.alg = plan.value(QStringLiteral("alg")).toString();
        params.key.kid = plan.value(QStringLiteral("kid")).toString();
        params.key.owner = plan.value(QStringLiteral("owner")).toString();
        params.key.environment = plan.value(QStringLiteral("environment")).toString();
        const QString expires = plan.value(QStringLiteral("expiresAt")).toString();
        params.key.expiresAt = expires.isEmpty() ? now.addSecs(set->policy.cryptoperiodSecs) : KeyStore::parseTime(expires);
        params.key.tags = predecessor.tags;
        params.key.notes = tr("Successor of \"%1\", generated by rotation request #%2.").arg(predecessor.kid).arg(request.id);
        params.key.approvedRequestId = request.id;
        params.key.executedBy = context.actor;
        params.size = plan.value(QStringLiteral("size")).toString();
        GenerateKeyCommand command(vault, context.keys, params);
        KEYWARD_TRY(command.run());
        successor = command.result();
        if (successor.state != KeyState::Active)
            return Error(ErrorCode::Internal, tr("The generated successor did not become active."));
    }

    QJsonObject auditContext = KeyRequestSupport::auditContext(request, context.actor);
    auditContext.insert(QStringLiteral("successor"), successor.kid);
    KeyRecord oldKey = predecessor;
    qint64 overlapSecs = 0;
    QString explanation;
    QDateTime retireAfter;
    if (!replacesPrimary) {
        // A revoked key stays revoked: no grace, no retirement date, nothing to overlap with.
        explanation = tr("\"%1\" was revoked: it stays revoked and out of every JWKS, so there is no overlap.")
                          .arg(predecessor.kid);
    } else {
        // The gate's overlap, or a longer one when the request asked for it (never shorter: tokens
        // signed just before the handover must keep verifying until they expire).
        const DatabaseTrustSource trust(db);
        Result<RetirementGate::Overlap> gate = RetirementGate::overlapFor(predecessor, set->policy, trust);
        if (!gate.ok())
            return gate.error();
        const qint64 requested = request.effect.value(QStringLiteral("overlapSecs")).toInteger(0);
        overlapSecs = std::max(requested, gate->secs);
        explanation = requested > gate->secs
            ? tr("The request asked for %1, longer than the %2 the retirement gate computes (%3)")
                  .arg(KeyRequestSupport::displayDuration(requested), KeyRequestSupport::displayDuration(gate->secs),
                      gate->explanation)
            : gate->explanation;
        retireAfter = now.addSecs(overlapSecs);

        // Grace first: it clears the predecessor's primary flag, and the database allows one primary
        // per (set, use), so the successor's flag can only be set afterwards.
        Result<KeyRecord> graced = KeyTransition::apply(vault, context.keys,
            KeyTransition::Change { predecessor.id, KeyState::Grace, retireAfter, auditContext, context.actor });
        if (!graced.ok())
            return graced.error();
        oldKey = *graced;
    }
    oldKey.successorKid = successor.kid;
    successor.primary = true;
    successor.predecessorKid = predecessor.kid;
    successor.version = predecessor.version + 1;

    QJsonObject details = auditContext;
    details.insert(QStringLiteral("set"), predecessor.keySet);
    details.insert(QStringLiteral("use"), keyUseName(predecessor.use));
    details.insert(QStringLiteral("predecessor"), predecessor.kid);
    details.insert(QStringLiteral("successor_thumbprint"), successor.thumbprint);
    details.insert(QStringLiteral("successor_version"), successor.version);
    details.insert(QStringLiteral("successor_generated"), generated);
    details.insert(QStringLiteral("reason_category"), request.effect.value(QStringLiteral("reasonCategory")));
    if (retireAfter.isValid())
        details.insert(QStringLiteral("retire_after"), KeyStore::formatTime(retireAfter));
    details.insert(QStringLiteral("overlap_secs"), overlapSecs);
    if (!replacesPrimary)
        details.insert(QStringLiteral("predecessor_state"), keyStateName(predecessor.state));
    if (successorFrom == KeyState::Pending)
        details.insert(QStringLiteral("successor_activated_early"), true);
    const QString actor = context.actor.isEmpty() ? vault.currentOfficer().name : context.actor;
    Result<AuditEvent> event = vault.audit().record(actor, QStringLiteral("key.rotated"), predecessor.kid, details,
        [&](Database&) -> Status {
            KEYWARD_TRY(store.update(oldKey));
            return store.update(successor);
        });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());

    return QJsonObject {
        { QStringLiteral("successorKid"), successor.kid },
        { QStringLiteral("successorThumbprint"), successor.thumbprint },
        { QStringLiteral("successorVersion"), successor.version },
        { QStringLiteral("successorGenerated"), generated },
        { QStringLiteral("retireAfter"), KeyStore::formatTime(retireAfter) },
        { QStringLiteral("overlapSecs"), overlapSecs },
        { QStringLiteral("overlapExplanation"), explanation },
    };
}

} // namespace keyward::core
