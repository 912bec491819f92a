// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionCheck.h"

#include "audit/AuditEvent.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/StrictJson.h"
#include "vault/Roster.h"

#include <QJsonDocument>

namespace keyward::core {

bool DecisionCheck::isDecision(QByteArrayView action)
{
    return action == "request.approved" || action == "request.rejected";
}

QString DecisionCheck::problem(QByteArrayView line, const Roster& roster, const QString& vaultId)
{
    const std::optional<AuditEvent> event = AuditEvent::fromJson(QJsonDocument::fromJson(line.toByteArray()).object());
    if (!event)
        return tr("The decision event is not an audit event.");
    const qint64 seq = event->seq;
    const QString what = event->action == QLatin1String("request.approved") ? tr("approval") : tr("rejection");
    Result<Jws> jws = Jws::parse(event->details.value(QStringLiteral("jws")).toString().toLatin1());
    if (!jws.ok() || jws->serialization() != Jws::Serialization::Compact || jws->signatures().size() != 1)
        return tr("Event %1: the %2 carries no decision signature (compact JWS).").arg(seq).arg(what);
    const JoseHeader& header = jws->signatures().first().header;
    Result<QJsonObject> payload = strictjson::parseObject(jws->payload());
    if (header.joined().value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA")
        || header.joined().value(QStringLiteral("typ")).toString() != QLatin1String("keyward-decision+jwt")
        || !payload.ok())
        return tr("Event %1: the %2's signature is not a Keyward decision.").arg(seq).arg(what);
    const QString officer = payload->value(QStringLiteral("officer")).toString();
    // The key the roster held for that officer then: a decision stays valid after its officer left.
    const QJsonObject rosterJwk = roster.signingKeyAt(officer, event->at);
    if (rosterJwk.isEmpty())
        return tr("Event %1: the %2 is signed as %3, who was not an officer in the signed roster at that time: it "
                  "was forged.")
            .arg(seq)
            .arg(what, officer);
    Result<Jwk> key = Jwk::fromJson(rosterJwk);
    if (!key.ok() || header.kid() != key->thumbprintBase64Url() || !jws->verifySignature(0, *key).ok())
        return tr("Event %1: the %2 by %3 does not verify with the key the signed roster held for %3 then: the "
                  "decision was forged or changed after it was signed.")
            .arg(seq)
            .arg(what, officer);
    const QJsonObject request = payload->value(QStringLiteral("request")).toObject();
    const QString verdict = event->action == QLatin1String("request.approved") ? QStringLiteral("approve")
                                                                                : QStringLiteral("reject");
    if (officer != event->actor || payload->value(QStringLiteral("verdict")).toString() != verdict
        || request.value(QStringLiteral("vault")).toString() != vaultId
        || QStringLiteral("request-%1").arg(request.value(QStringLiteral("id")).toInteger()) != event->subject)
        return tr("Event %1: the %2 signed by %3 is for another request, verdict or officer than the event records: "
                  "a signature was moved onto it.")
            .arg(seq)
            .arg(what, officer);
    return QString();
}

} // namespace keyward::core
