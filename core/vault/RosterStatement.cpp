// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterStatement.h"

#include "common/Base64Url.h"
#include "crypto/Digest.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"

#include <QJsonDocument>

namespace keyward::core {

namespace {

const QString kRosterTyp = QStringLiteral("keyward-roster+jwt");

QByteArray compactRosterJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString RosterStatement::detailsKey()
{
    return QStringLiteral("roster");
}

QString RosterStatement::thumbprint(const QJsonObject& jwk)
{
    Result<Jwk> key = Jwk::fromJson(jwk);
    return key.ok() ? key->thumbprintBase64Url() : QString();
}

QString RosterStatement::fingerprint(const QString& vaultId, const QJsonObject& genesisJwk)
{
    const QByteArray input = "keyward-vault-fingerprint|" + vaultId.toUtf8() + '|' + thumbprint(genesisJwk).toUtf8();
    return QString::fromLatin1(base64url::encode(digest::sha256(input)));
}

Result<QByteArray> RosterStatement::sign(const QJsonObject& statement, const QJsonObject& signerJwk,
                                         const Signer& signer)
{
    const QString kid = thumbprint(signerJwk);
    if (kid.isEmpty())
        return Error(ErrorCode::VaultDamaged, tr("The signing key for the roster statement is unusable."));
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                               { QStringLiteral("typ"), kRosterTyp },
                               { QStringLiteral("kid"), kid } };
    const QByteArray signingInput = base64url::encode(compactRosterJson(header)) + '.' + base64url::encode(compactRosterJson(statement));
    Result<QByteArray> signature = signer(signingInput);
    if (!signature.ok())
        return signature.error();
    return signingInput + '.' + base64url::encode(*signature);
}

Result<QJsonObject> RosterStatement::unverifiedPayload(QByteArrayView jws)
{
    Result<Jws> parsed = Jws::parse(jws);
    if (!parsed.ok())
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement does not parse (%1).").arg(parsed.message()));
    const QJsonDocument document = QJsonDocument::fromJson(parsed->payload());
    if (!document.isObject())
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement has no JSON object as its payload."));
    return document.object();
}

Result<QJsonObject> RosterStatement::verify(QByteArrayView jws, const QJsonObject& signerJwk)
{
    Result<Jwk> key = Jwk::fromJson(signerJwk);
    if (!key.ok())
        return Error(ErrorCode::IntegrityFailure, tr("The roster key of the signer is unusable (%1).").arg(key.message()));
    Result<Jws> parsed = Jws::parse(jws);
    if (!parsed.ok())
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement does not parse (%1).").arg(parsed.message()));
    if (parsed->serialization() != Jws::Serialization::Compact || parsed->signatures().size() != 1)
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement is not a compactRosterJson JWS."));
    const JoseHeader& header = parsed->signatures().first().header;
    if (header.joined().value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA")
        || header.joined().value(QStringLiteral("typ")).toString() != kRosterTyp
        || header.kid() != key->thumbprintBase64Url())
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement's header is not that of this signer."));
    if (const Status signature = parsed->verifySignature(0, *key); !signature.ok())
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement's signature does not verify."));
    const QJsonDocument document = QJsonDocument::fromJson(parsed->payload());
    if (!document.isObject())
        return Error(ErrorCode::IntegrityFailure, tr("A roster statement has no JSON object as its payload."));
    return document.object();
}

} // namespace keyward::core
