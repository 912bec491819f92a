// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTreeHead.h"

#include "audit/AuditEvent.h"
#include "common/Base64Url.h"
#include "evidence/EvidenceFiles.h"
#include "jose/StrictJson.h"
#include "vault/RosterStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core {

TreeHead TreeHead::make(const QString& vault, const QString& fingerprint, qint64 size, const MerkleHash& root,
                        const QDateTime& at, const QByteArray& prevHex)
{
    return TreeHead { vault, fingerprint, AuditEvent::formatTime(at), size, merkleHex(root), prevHex };
}

QJsonObject TreeHead::payload() const
{
    return QJsonObject { { QStringLiteral("v"), 1 },
                         { QStringLiteral("kind"), QStringLiteral("keyward-tree-head") },
                         { QStringLiteral("vault"), vault },
                         { QStringLiteral("fingerprint"), fingerprint },
                         { QStringLiteral("size"), size },
                         { QStringLiteral("root"), QString::fromLatin1(rootHex) },
                         { QStringLiteral("at"), at },
                         { QStringLiteral("prev"), QString::fromLatin1(prevHex) } };
}

std::optional<TreeHead> TreeHead::fromPayload(const QJsonObject& p)
{
    if (p.value(QStringLiteral("v")).toInt() != 1 || p.value(QStringLiteral("kind")).toString() != QLatin1String("keyward-tree-head")
        || !p.value(QStringLiteral("size")).isDouble() || p.size() != 8)
        return std::nullopt;
    TreeHead head { p.value(QStringLiteral("vault")).toString(), p.value(QStringLiteral("fingerprint")).toString(),
                    p.value(QStringLiteral("at")).toString(), p.value(QStringLiteral("size")).toInteger(),
                    p.value(QStringLiteral("root")).toString().toLatin1(), p.value(QStringLiteral("prev")).toString().toLatin1() };
    MerkleHash ignored;
    if (head.size <= 0 || !head.root(ignored))
        return std::nullopt;
    return head;
}

std::optional<TreeHead> TreeHead::fromCheckpointDetails(QByteArrayView detailsJson)
{
    const QJsonObject details = QJsonDocument::fromJson(detailsJson.toByteArray()).object();
    return fromPayload(details.value(QStringLiteral("head")).toObject());
}

QByteArray TreeHead::payloadBytes() const
{
    return EvidenceFiles::compact(payload());
}

QByteArray TreeHead::payloadDigest() const
{
    return EvidenceFiles::sha256Hex(payloadBytes());
}

QJsonObject TreeHead::officerHeader(const QJsonObject& officerJwk)
{
    return QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                         { QStringLiteral("typ"), QStringLiteral("keyward-tree-head+jwt") },
                         { QStringLiteral("kid"), RosterStatement::thumbprint(officerJwk) } };
}

QJsonObject TreeHead::checkpointDetails(const QByteArray& compactJws) const
{
    return QJsonObject { { QStringLiteral("head"), payload() }, { QStringLiteral("jws"), QString::fromLatin1(compactJws) } };
}

Result<QByteArray> TreeHead::signCompact(const QJsonObject& officerJwk, const Signer& signer) const
{
    return EvidenceFiles::signCompact(officerHeader(officerJwk), payloadBytes(), signer);
}

namespace {

Result<QJsonObject> signatureEntry(const QByteArray& payloadSegment, const QJsonObject& officerJwk,
                                   const TreeHead::Signer& signer)
{
    const QByteArray protectedSegment = base64url::encode(EvidenceFiles::compact(TreeHead::officerHeader(officerJwk)));
    Result<QByteArray> signature = signer(protectedSegment + '.' + payloadSegment);
    if (!signature.ok())
        return signature.error();
    return QJsonObject { { QStringLiteral("protected"), QString::fromLatin1(protectedSegment) },
                         { QStringLiteral("signature"), QString::fromLatin1(base64url::encode(*signature)) } };
}

} // namespace

Result<QByteArray> TreeHead::signGeneral(const QJsonObject& officerJwk, const Signer& signer) const
{
    const QByteArray payloadSegment = base64url::encode(payloadBytes());
    Result<QJsonObject> entry = signatureEntry(payloadSegment, officerJwk, signer);
    if (!entry.ok())
        return entry.error();
    return QJsonDocument(QJsonObject { { QStringLiteral("payload"), QString::fromLatin1(payloadSegment) },
                                       { QStringLiteral("signatures"), QJsonArray { *entry } } })
        .toJson(QJsonDocument::Indented);
}

Result<QByteArray> TreeHead::addSignature(const QByteArray& treeHeadJson, const QJsonObject& officerJwk, const Signer& signer)
{
    Result<QJsonObject> object = strictjson::parseObject(treeHeadJson);
    if (!object.ok())
        return Error(ErrorCode::Malformed, tr("treehead.json is not JSON: %1").arg(object.message()));
    const QByteArray payloadSegment = object->value(QStringLiteral("payload")).toString().toLatin1();
    QJsonArray signatures = object->value(QStringLiteral("signatures")).toArray();
    const QByteArray ownHeader = base64url::encode(EvidenceFiles::compact(officerHeader(officerJwk)));
    for (const QJsonValue& existing : std::as_const(signatures)) {
        if (existing.toObject().value(QStringLiteral("protected")).toString().toLatin1() == ownHeader)
            return Error(ErrorCode::Refused, tr("You already signed this tree head: a second officer must co-sign it."));
    }
    Result<QJsonObject> entry = signatureEntry(payloadSegment, officerJwk, signer);
    if (!entry.ok())
        return entry.error();
    signatures.append(*entry);
    object->insert(QStringLiteral("signatures"), signatures);
    return QJsonDocument(*object).toJson(QJsonDocument::Indented);
}

} // namespace keyward::core
