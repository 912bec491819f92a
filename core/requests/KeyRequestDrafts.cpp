// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyRequestDrafts.h"

#include "common/PlainText.h"
#include "keys/KeySetPolicy.h"
#include "keys/KeyStore.h"

#include <QJsonArray>

namespace keyward::core {

namespace {

constexpr qint64 kMinDestructionWaitSecs = 1 * KeySetPolicy::kDay;
constexpr qint64 kMaxDestructionWaitSecs = 30 * KeySetPolicy::kDay;

// What every key request shares: a kid, an optional set and a stated reason.
Result<RequestDraft> baseDraft(RequestKind kind, const QString& kid, const QString& keySet, const QString& reason)
{
    if (kid.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, KeyRequestDrafts::tr("Name the key (kid) the request is about."));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, KeyRequestDrafts::tr("Every request needs a reason the approver can read."));
    // Also checked at submission; here so the request dialogs say it while the reason is typed.
    KEYWARD_TRY(PlainText::check(reason.trimmed(), KeyRequestDrafts::tr("The reason"), PlainText::Lines::Multi));
    RequestDraft draft;
    draft.kind = kind;
    draft.subject = kid.trimmed();
    draft.keySet = keySet.trimmed();
    draft.reason = reason.trimmed();
    draft.effect.insert(QStringLiteral("kid"), draft.subject);
    if (!draft.keySet.isEmpty())
        draft.effect.insert(QStringLiteral("keySet"), draft.keySet);
    return draft;
}

} // namespace

Result<RequestDraft> KeyRequestDrafts::rotation(const RotationParams& params)
{
    Result<RequestDraft> draft = baseDraft(RequestKind::Rotate, params.kid, params.keySet, params.reason);
    if (!draft.ok())
        return draft;
    static const QStringList categories { QStringLiteral("scheduled"), QStringLiteral("incident"),
        QStringLiteral("offboarding"), QStringLiteral("expiry") };
    if (!categories.contains(params.reasonCategory))
        return Error(ErrorCode::InvalidArgument,
            tr("A rotation's reason is one of scheduled, incident, offboarding or expiry, not \"%1\".")
                .arg(params.reasonCategory));
    if (params.overlapSecs < 0)
        return Error(ErrorCode::InvalidArgument, tr("The overlap cannot be negative."));

    QJsonObject successor;
    const bool newParams = !params.alg.isEmpty() || !params.size.isEmpty() || !params.successorKid.isEmpty()
        || !params.owner.isEmpty() || !params.environment.isEmpty() || params.expiresAt.isValid();
    if (!params.prePublishedKid.isEmpty()) {
        if (newParams)
            return Error(ErrorCode::InvalidArgument,
                tr("Either name a pre-published successor or give parameters for a new key, not both."));
        if (params.prePublishedKid == params.kid)
            return Error(ErrorCode::InvalidArgument, tr("A key cannot succeed itself."));
        successor = QJsonObject { { QStringLiteral("kid"), params.prePublishedKid }, { QStringLiteral("prePublished"), true } };
    } else {
        successor = QJsonObject { { QStringLiteral("alg"), params.alg }, { QStringLiteral("size"), params.size },
            { QStringLiteral("owner"), params.owner.trimmed() }, { QStringLiteral("environment"), params.environment },
            { QStringLiteral("expiresAt"), KeyStore::formatTime(params.expiresAt) },
            { QStringLiteral("sameAsPredecessor"), !newParams } };
        if (!params.successorKid.isEmpty())
            successor.insert(QStringLiteral("kid"), params.successorKid);
    }
    draft->effect.insert(QStringLiteral("reasonCategory"), params.reasonCategory);
    draft->effect.insert(QStringLiteral("overlapSecs"), params.overlapSecs);
    draft->effect.insert(QStringLiteral("successor"), successor);
    return draft;
}

Result<RequestDraft> KeyRequestDrafts::retirement(const QString& kid, const QString& keySet, const QString& reason)
{
    return baseDraft(RequestKind::Retire, kid, keySet, reason);
}

Result<RequestDraft> KeyRequestDrafts::destruction(const QString& kid, const QString& keySet, const QString& reason,
                                                   qint64 waitSecs, const QStringList& shredSamples)
{
    if (waitSecs < kMinDestructionWaitSecs || waitSecs > kMaxDestructionWaitSecs)
        return Error(ErrorCode::InvalidArgument, tr("The waiting period before a destruction is 1 to 30 days."));
    Result<RequestDraft> draft = baseDraft(RequestKind::Destroy, kid, keySet, reason);
    if (draft.ok())
        draft->effect.insert(QStringLiteral("waitSecs"), waitSecs);
    if (draft.ok() && !shredSamples.isEmpty())
        draft->effect.insert(QStringLiteral("shredSamples"), QJsonArray::fromStringList(shredSamples));
    return draft;
}

Result<RequestDraft> KeyRequestDrafts::privateExport(const QString& kid, const QString& keySet, const QString& reason,
                                                     const QString& format, const QJsonObject& recipientJwk)
{
    if (format != QLatin1String("pkcs8") && format != QLatin1String("jwe"))
        return Error(ErrorCode::InvalidArgument,
            tr("A private key is exported as \"pkcs8\" (encrypted PKCS#8) or \"jwe\" (a JWE-wrapped JWK), never in clear."));
    if (format == QLatin1String("jwe") && recipientJwk.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A JWE export needs the recipient's public JWK."));
    if (format == QLatin1String("pkcs8") && !recipientJwk.isEmpty())
        return Error(ErrorCode::InvalidArgument,
            tr("A PKCS#8 export is encrypted with a passphrase given when it is collected, not to a recipient key."));
    Result<RequestDraft> draft = baseDraft(RequestKind::ExportPrivate, kid, keySet, reason);
    if (!draft.ok())
        return draft;
    draft->effect.insert(QStringLiteral("format"), format);
    if (!recipientJwk.isEmpty())
        draft->effect.insert(QStringLiteral("recipientJwk"), recipientJwk);
    return draft;
}

} // namespace keyward::core
