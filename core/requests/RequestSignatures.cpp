// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSignatures.h"

#include "common/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "keys/KeyStore.h"
#include "vault/OfficerCredential.h"

#include <QJsonDocument>

namespace keyward::core {

namespace {

const QString kTyp = QStringLiteral("keyward-decision+jwt");
const QString kRequestTyp = QStringLiteral("keyward-request+jwt");

QByteArray compactJsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString verdictName(RequestDecision::Verdict verdict)
{
    return verdict == RequestDecision::Verdict::Approve ? QStringLiteral("approve") : QStringLiteral("reject");
}

QByteArray payloadFor(const Request& request, const QString& vaultId, RequestDecision::Verdict verdict,
                      const QString& officer, const QDateTime& at, const QString& why)
{
    return compactJsonBytes(QJsonObject { { QStringLiteral("request"), RequestSignatures::canonicalObject(request, vaultId) },
                                 { QStringLiteral("verdict"), verdictName(verdict) },
                                 { QStringLiteral("officer"), officer },
                                 { QStringLiteral("at"), KeyStore::formatTime(at) },
                                 { QStringLiteral("why"), why } });
}

} // namespace

QJsonObject RequestSignatures::canonicalObject(const Request& request, const QString& vaultId)
{
    return QJsonObject {
        { QStringLiteral("v"), 1 },
        { QStringLiteral("vault"), vaultId },
        { QStringLiteral("id"), request.id },
        { QStringLiteral("kind"), requestKindName(request.kind) },
        { QStringLiteral("subject"), request.subject },
        { QStringLiteral("keySet"), request.keySet },
        { QStringLiteral("requester"), request.requester },
        { QStringLiteral("reason"), request.reason },
        { QStringLiteral("effect"), request.effect },
        { QStringLiteral("createdAt"), KeyStore::formatTime(request.createdAt) },
        { QStringLiteral("expiresAt"), KeyStore::formatTime(request.expiresAt) },
        { QStringLiteral("requiredApprovals"), request.requiredApprovals },
    };
}

QByteArray RequestSignatures::canonicalBytes(const Request& request, const QString& vaultId)
{
    return compactJsonBytes(canonicalObject(request, vaultId));
}

Result<RequestDecision> RequestSignatures::sign(const Request& request, const QString& vaultId,
                                                const OfficerCredential& officer, RequestDecision::Verdict verdict,
                                                const QDateTime& at, const QString& why)
{
    const QJsonObject officerJwk = officer.officer().signingJwk;
    Result<Jwk> publicKey = Jwk::fromJson(officerJwk);
    if (!publicKey.ok())
        return Error(ErrorCode::VaultDamaged,
                     tr("The signing key on record for %1 is unusable: %2").arg(officer.officer().name, publicKey.message()));
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                               { QStringLiteral("typ"), kTyp },
                               { QStringLiteral("kid"), publicKey->thumbprintBase64Url() } };
    const QByteArray signingInput = base64url::encode(compactJsonBytes(header)) + '.'
        + base64url::encode(payloadFor(request, vaultId, verdict, officer.officer().name, at, why));
    Result<QByteArray> signature = officer.sign(signingInput);
    if (!signature.ok())
        return signature.error();

    RequestDecision decision;
    decision.verdict = verdict;
    decision.officer = officer.officer().name;
    decision.at = at;
    decision.why = why;
    decision.jws = signingInput + '.' + base64url::encode(*signature);
    decision.officerJwk = officerJwk;
    return decision;
}

Status RequestSignatures::verify(const Request& request, const QString& vaultId, const RequestDecision& decision,
                                 const QJsonObject& officerJwk)
{
    const QString who = decision.officer;
    const auto broken = [&](const QString& what) {
        return Error(ErrorCode::IntegrityFailure,
                     tr("The %1 by %2 on request %3 does not verify: %4.")
                         .arg(verdictName(decision.verdict), who)
                         .arg(request.id)
                         .arg(what));
    };
    if (!officerJwk.isEmpty() && officerJwk != decision.officerJwk)
        return broken(tr("it was signed with another key than the one on record for %1").arg(who));
    Result<Jwk> key = Jwk::fromJson(decision.officerJwk);
    if (!key.ok())
        return broken(tr("the stored public key is unusable (%1)").arg(key.message()));
    Result<Jws> jws = Jws::parse(decision.jws);
    if (!jws.ok())
        return broken(tr("the signature does not parse (%1)").arg(jws.message()));
    if (jws->serialization() != Jws::Serialization::Compact || jws->signatures().size() != 1)
        return broken(tr("it is not a compact JWS"));
    const JoseHeader& header = jws->signatures().first().header;
    if (header.joined().value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA")
        || header.joined().value(QStringLiteral("typ")).toString() != kTyp
        || header.kid() != key->thumbprintBase64Url())
        return broken(tr("its header is not that of a Keyward decision by this key"));
    if (const Status signature = jws->verifySignature(0, *key); !signature.ok())
        return broken(signature.message());
    // The signature is good; now it must be over this request as stored and this decision.
    if (jws->payload() != payloadFor(request, vaultId, decision.verdict, decision.officer, decision.at, decision.why))
        return broken(tr("the request or the decision was changed after signing"));
    return {};
}

Result<QByteArray> RequestSignatures::signAsRequester(const Request& request, const QString& vaultId,
                                                     const QJsonObject& requesterJwk,
                                                     const std::function<Result<QByteArray>(QByteArrayView)>& signer)
{
    // The same compact-JWS shape as roster statements, with the request's own typ.
    Result<Jwk> key = Jwk::fromJson(requesterJwk);
    if (!key.ok())
        return Error(ErrorCode::VaultDamaged,
                     tr("The signing key on record for %1 is unusable: %2").arg(request.requester, key.message()));
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                               { QStringLiteral("typ"), kRequestTyp },
                               { QStringLiteral("kid"), key->thumbprintBase64Url() } };
    const QByteArray signingInput
        = base64url::encode(compactJsonBytes(header)) + '.' + base64url::encode(canonicalBytes(request, vaultId));
    Result<QByteArray> signature = signer(signingInput);
    if (!signature.ok())
        return signature.error();
    return signingInput + '.' + base64url::encode(*signature);
}

Result<QJsonObject> RequestSignatures::verifyRequester(QByteArrayView jws, const QJsonObject& requesterJwk)
{
    const auto broken = [](const QString& what) {
        return Error(ErrorCode::IntegrityFailure, tr("The requester's signature does not verify: %1.").arg(what));
    };
    Result<Jwk> key = Jwk::fromJson(requesterJwk);
    if (!key.ok())
        return broken(key.message());
    Result<Jws> parsed = Jws::parse(jws);
    if (!parsed.ok() || parsed->serialization() != Jws::Serialization::Compact || parsed->signatures().size() != 1)
        return broken(tr("it is not a compact JWS"));
    const JoseHeader& header = parsed->signatures().first().header;
    if (header.joined().value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA")
        || header.joined().value(QStringLiteral("typ")).toString() != kRequestTyp
        || header.kid() != key->thumbprintBase64Url())
        return broken(tr("its header is not that of a Keyward request by this key"));
    if (const Status signature = parsed->verifySignature(0, *key); !signature.ok())
        return broken(signature.message());
    const QJsonDocument document = QJsonDocument::fromJson(parsed->payload());
    if (!document.isObject())
        return broken(tr("its payload is not a request"));
    return document.object();
}

} // namespace keyward::core
