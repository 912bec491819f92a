// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCountersign.h"

#include "audit/AuditLog.h"
#include "common/Base64Url.h"
#include "common/PlainText.h"
#include "jose/Jwk.h"
#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/OfficerCredential.h"
#include "vault/OfficerStore.h"
#include "vault/Roster.h"
#include "vault/Vault.h"

#include <QJsonDocument>

namespace keyward::core {

namespace {

QByteArray compactBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Compact JWS (EdDSA) by the countersigning officer over the review as it stands, the note and
// the time: anyone can check it later with the officer's public JWK, like request decisions.
Result<QByteArray> signCountersignature(const Vault& vault, const Review& review, const OfficerCredential& officer,
                                        const QDateTime& at, const QString& note)
{
    Result<Jwk> key = Jwk::fromJson(officer.officer().signingJwk);
    if (!key.ok())
        return key.error();
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                              { QStringLiteral("typ"), QStringLiteral("keyward-countersign+jwt") },
                              { QStringLiteral("kid"), key->thumbprintBase64Url() } };
    const QJsonObject reviewObject { { QStringLiteral("id"), review.id },
                                     { QStringLiteral("kind"), review.kind },
                                     { QStringLiteral("subject"), review.subject },
                                     { QStringLiteral("keySet"), review.keySet },
                                     { QStringLiteral("openedBy"), review.openedBy },
                                     { QStringLiteral("openedAt"), KeyStore::formatTime(review.openedAt) },
                                     { QStringLiteral("reason"), review.reason } };
    const QJsonObject payload { { QStringLiteral("v"), 1 },
                                { QStringLiteral("vault"), vault.vaultId() },
                                { QStringLiteral("review"), reviewObject },
                                { QStringLiteral("officer"), officer.officer().name },
                                { QStringLiteral("at"), KeyStore::formatTime(at) },
                                { QStringLiteral("note"), note } };
    const QByteArray input = base64url::encode(compactBytes(header)) + '.' + base64url::encode(compactBytes(payload));
    Result<QByteArray> signature = officer.sign(input);
    if (!signature.ok())
        return signature.error();
    return input + '.' + base64url::encode(*signature);
}

// The countersigning officer as the roster holds them (a vault from before signed rosters: the
// officers table, which then is all there is). Refused when the credential's key is not theirs.
Result<Officer> rosterOfficer(Database& db, const Roster& roster, const OfficerCredential& officer)
{
    const QString name = officer.officer().name;
    Officer me = officer.officer();
    if (roster.isSigned()) {
        const RosterMember* member = roster.member(name);
        if (!member || member->enrolling || member->signingJwk != officer.officer().signingJwk)
            return Error(ErrorCode::Refused,
                         ReviewCountersign::tr("%1 is not an officer of this vault in the signed roster.").arg(name));
        me.roles = member->roles;
        me.signingJwk = member->signingJwk;
        return me;
    }
    Result<std::optional<Officer>> row = OfficerStore(db).find(name);
    if (!row.ok())
        return row.error();
    if (!row->has_value() || (*row)->signingJwk != officer.officer().signingJwk)
        return Error(ErrorCode::Refused, ReviewCountersign::tr("%1 is not an officer of this vault.").arg(name));
    return **row;
}

} // namespace

Result<Review> ReviewCountersign::run(Vault& vault, qint64 reviewId, const OfficerCredential& officer,
                                      const QString& note)
{
    if (vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    // The countersigning officer acts here, so they sign the head too (the signed log, issue #12).
    const AuditLog::LentSigner signsHead(
        vault.audit(), HeadSigner { officer.officer().name, [&officer](QByteArrayView p) { return officer.sign(p); } });
    ReviewStore reviews(db);
    Result<std::optional<Review>> found = reviews.byId(reviewId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, tr("There is no review %1.").arg(reviewId));
    Review review = **found;
    if (!review.isOpen())
        return Error(ErrorCode::Refused, tr("Review %1 was already countersigned by %2.").arg(reviewId).arg(review.countersignedBy));
    // Who countersigns and with which roles is what the signed roster says now, under this write
    // lock; the officers table is only a cache one officer could have edited (issue #12).
    Result<Roster> roster = vault.roster();
    if (!roster.ok())
        return roster.error();
    Result<Officer> signer = rosterOfficer(db, *roster, officer);
    if (!signer.ok())
        return signer.error();
    const Officer& me = *signer;
    if (me.name == review.openedBy)
        return Error(ErrorCode::Refused, tr("%1 opened review %2 and cannot countersign it: a second officer must.")
                                             .arg(me.name)
                                             .arg(reviewId));
    if (!me.hasRole(Role::Approver) && !me.hasRole(Role::Admin))
        return Error(ErrorCode::Refused, tr("Countersigning a review needs the approver or admin role; %1 holds neither.")
                                             .arg(me.name));
    const QString trimmed = note.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::Refused, tr("A countersignature needs a note saying what was reviewed."));
    KEYWARD_TRY(PlainText::check(trimmed, tr("The note"), PlainText::Lines::Multi));

    const QDateTime now = vault.clock().now().toUTC();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    Result<QByteArray> jws = signCountersignature(vault, review, officer, at, trimmed);
    if (!jws.ok())
        return jws.error();
    const QJsonObject details { { QStringLiteral("review"), reviewId },
                                { QStringLiteral("kind"), review.kind },
                                { QStringLiteral("keySet"), review.keySet },
                                { QStringLiteral("openedBy"), review.openedBy },
                                { QStringLiteral("note"), trimmed },
                                { QStringLiteral("jws"), QString::fromLatin1(*jws) },
                                { QStringLiteral("officerJwk"), me.signingJwk } };
    Result<AuditEvent> event = vault.audit().record(me.name, QStringLiteral("review.countersigned"), review.subject,
                                                    details, [&](Database&) {
                                                        return reviews.countersign(reviewId, me.name, at, trimmed, *jws);
                                                    });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    review.countersignedBy = me.name;
    review.countersignedAt = at;
    review.note = trimmed;
    review.signature = *jws;
    return review;
}

} // namespace keyward::core
