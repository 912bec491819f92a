// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A signed tree head of the audit log (issue #15): payload, compact JSON with sorted members,
//   {"at","fingerprint","kind":"keyward-tree-head","prev","root","size","v":1,"vault"}
// `root` is the RFC 6962 root (hex) of the first `size` events, `prev` the SHA-256 (hex) of the
// previous head's payload bytes ("" for the first). Officers sign it with their personal key:
// compact JWS inside each "audit.checkpoint" event, general JWS JSON (one signature per officer)
// as an export's treehead.json. Header {"alg":"EdDSA","typ":"keyward-tree-head+jwt","kid":<RFC
// 7638 thumbprint of the officer's signing JWK>}.

#include "common/Result.h"
#include "evidence/MerkleTree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace keyward::core {

struct TreeHead {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::TreeHead)
public:
    QString vault, fingerprint, at;
    qint64 size = 0;
    QByteArray rootHex, prevHex;

    using Signer = std::function<Result<QByteArray>(QByteArrayView)>;

    static TreeHead make(const QString& vault, const QString& fingerprint, qint64 size, const MerkleHash& root,
                         const QDateTime& at, const QByteArray& prevHex);
    static std::optional<TreeHead> fromPayload(const QJsonObject& payload);
    static std::optional<TreeHead> fromCheckpointDetails(QByteArrayView detailsJson);

    QJsonObject payload() const;
    QByteArray payloadBytes() const;
    QByteArray payloadDigest() const; // hex SHA-256 of payloadBytes()
    bool root(MerkleHash& out) const { return merkleFromHex(rootHex, out); }

    static QJsonObject officerHeader(const QJsonObject& officerJwk);
    QJsonObject checkpointDetails(const QByteArray& compactJws) const; // {"head": payload, "jws": …}
    Result<QByteArray> signCompact(const QJsonObject& officerJwk, const Signer& signer) const;
    // treehead.json with the one signature of `officerJwk`.
    Result<QByteArray> signGeneral(const QJsonObject& officerJwk, const Signer& signer) const;
    // treehead.json with one more signature; refused when that officer already signed.
    static Result<QByteArray> addSignature(const QByteArray& treeHeadJson, const QJsonObject& officerJwk,
                                           const Signer& signer);
};

} // namespace keyward::core
