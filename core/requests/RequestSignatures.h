// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an approver signs (SPEC §4 "a signature by the approver's personal key over the canonical
// request"), and how anyone re-verifies it later with only the officer's public JWK.
//
// Canonical request: compact JSON, members sorted (QJsonObject order), of
//   {"v":1,"vault":<vault id>,"id","kind","subject","keySet","requester","reason","effect",
//    "createdAt","expiresAt","requiredApprovals"}.
// Decision JWS: compact, protected header {"alg":"EdDSA","typ":"keyward-decision+jwt",
//   "kid":<RFC 7638 thumbprint of the officer's signing JWK>}, payload = compact JSON
//   {"request":<canonical request object>,"verdict":"approve"|"reject","officer","at","why"}.

#include "common/Result.h"
#include "requests/Request.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace keyward::core {

class OfficerCredential;

class RequestSignatures {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RequestSignatures)
public:
    static QJsonObject canonicalObject(const Request& request, const QString& vaultId);
    static QByteArray canonicalBytes(const Request& request, const QString& vaultId);

    static Result<RequestDecision> sign(const Request& request, const QString& vaultId,
                                        const OfficerCredential& officer, RequestDecision::Verdict verdict,
                                        const QDateTime& at, const QString& why = QString());
    // The JWS verifies with `decision.officerJwk` (which must equal `officerJwk` when given, the
    // key on record for that officer) and its payload is exactly this request's canonical form
    // with this decision's verdict, officer, time and why. IntegrityFailure otherwise.
    static Status verify(const Request& request, const QString& vaultId, const RequestDecision& decision,
                         const QJsonObject& officerJwk = QJsonObject());

    // The requester's own signature at submission (issue #12): compact JWS, header typ
    // "keyward-request+jwt", payload = the canonical request. Officer changes carry it, so the
    // roster can check that an admin the roster holds asked for them, not only that one approved.
    static Result<QByteArray> signAsRequester(const Request& request, const QString& vaultId,
                                              const QJsonObject& requesterJwk,
                                              const std::function<Result<QByteArray>(QByteArrayView)>& signer);
    // The canonical request `jws` was signed over, when it verifies with `requesterJwk`.
    static Result<QJsonObject> verifyRequester(QByteArrayView jws, const QJsonObject& requesterJwk);
};

} // namespace keyward::core
