// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueWork.h"

#include "audit/VaultTime.h"
#include "keys/KeyFlags.h"
#include "keys/KeyStore.h"
#include "keys/PrimaryRule.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/KeyRequestSupport.h"
#include "requests/RequestEngine.h"
#include "requests/RequestStore.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QSet>

namespace keyward::core {

namespace {

QJsonArray requestsJson(const QList<Request>& requests)
{
    QJsonArray array;
    for (const Request& request : requests)
        array.append(request.toJson());
    return array;
}

// Why a primary key is due for rotation now, or empty when it is not. The final expiry warning
// window counts too: a key about to expire must be replaced before it does.
QString dueReason(const KeyRecord& key, const KeySetPolicy& policy, const QDateTime& now, QString& category)
{
    const QDateTime periodEnd = cryptoperiodEnd(key, policy);
    if (periodEnd.isValid() && periodEnd <= now) {
        category = QStringLiteral("scheduled");
        return DueWork::tr("Drafted automatically: key \"%1\" of key set %2 reached the end of its cryptoperiod on %3.")
            .arg(key.kid, key.keySet, KeyRequestSupport::displayTime(periodEnd));
    }
    if (key.expiresAt.isValid() && key.expiresAt.addSecs(-policy.warnFinalSecs) <= now) {
        category = QStringLiteral("expiry");
        return DueWork::tr("Drafted automatically: key \"%1\" of key set %2 expires on %3.")
            .arg(key.kid, key.keySet, KeyRequestSupport::displayTime(key.expiresAt));
    }
    return QString();
}

// A key already published ahead in the same (set, use, environment) takes over rather than a new
// one: relying parties have cached it already.
const KeyRecord* prePublishedSuccessor(const KeyRecord& key, const QList<KeyRecord>& keys)
{
    const KeyRecord* best = nullptr;
    for (const KeyRecord& other : keys) {
        if (other.id == key.id || other.keySet != key.keySet || other.use != key.use || other.environment != key.environment
            || other.state != KeyState::Active || other.primary || !other.hasPrivate)
            continue;
        if (!other.expiresAt.isValid() || other.expiresAt < key.expiresAt)
            continue; // a successor that dies first would be no successor
        if (!best || other.createdAt > best->createdAt)
            best = &other;
    }
    return best;
}

Status noteSetsWithoutPrimary(Vault& vault, const QList<KeyRecord>& keys, const QDateTime& now, DueReport& report)
{
    // A revoked primary leaves its set without one until an approved rotation (no solo primary).
    // Choosing the successor is an officer's call, so nothing is drafted; it is named until asked for.
    const RequestStore requests(vault.database());
    QSet<QString> seen;
    for (const KeyRecord& key : keys) {
        const QString setAndUse = key.keySet + QLatin1Char('/') + keyUseName(key.use);
        if (key.state != KeyState::Revoked || seen.contains(setAndUse))
            continue;
        seen.insert(setAndUse);
        Result<std::optional<KeyRecord>> subject = PrimaryRule::rotationSubject(vault.database(), key.keySet, key.use);
        if (!subject.ok())
            return subject.error();
        if (!subject->has_value() || (*subject)->state != KeyState::Revoked)
            continue; // the set has a primary, or never had one
        Result<QList<Request>> open = requests.openFor(RequestKind::Rotate, (*subject)->kid, key.keySet, now);
        if (!open.ok())
            return open.error();
        if (open->isEmpty())
            report.notes << DueWork::tr("Key set %1 has no primary %2 key since \"%3\" was revoked; request a "
                                        "rotation to a successor (keyward-cli request rotate %3 --successor KID ...).")
                                .arg(key.keySet, keyUseName(key.use), (*subject)->kid);
    }
    return {};
}

} // namespace

QJsonObject DueReport::toJson() const
{
    return QJsonObject {
        { QStringLiteral("expired"), requestsJson(expired) },
        { QStringLiteral("executed"), requestsJson(executed) },
        { QStringLiteral("drafted"), requestsJson(drafted) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
    };
}

Result<DueReport> DueWork::run(Vault& vault, RequestEngine& engine)
{
    DueReport report;
    Result<QList<Request>> expired = engine.expireOverdue();
    if (!expired.ok())
        return expired.error();
    report.expired = *expired;
    Result<QList<Request>> executed = engine.runScheduled();
    if (!executed.ok())
        return executed.error();
    report.executed = *executed;

    // Which keys are due is judged from keys and policies of one moment; the snapshot ends before
    // drafting, and submit re-checks for an open request inside its own write transaction.
    Result<ReadTransaction> snapshot = ReadTransaction::begin(vault.database());
    if (!snapshot.ok())
        return snapshot.error();
    const KeyStore store(vault.database());
    Result<QList<KeyRecord>> keys = store.all(KeyStore::Detail::Summary);
    if (!keys.ok())
        return keys.error();
    Result<QHash<QString, KeySetPolicy>> policies = store.policies();
    if (!policies.ok())
        return policies.error();
    snapshot->end();
    const QDateTime now = VaultTime::effectiveNow(vault);
    const Officer& officer = vault.currentOfficer();
    const bool mayDraft = officer.hasRole(Role::KeyOfficer) || officer.hasRole(Role::Admin);
    const RequestStore requests(vault.database());

    for (const KeyRecord& key : std::as_const(*keys)) {
        if (key.state != KeyState::Active || !key.primary)
            continue;
        QString category;
        const QString reason = dueReason(key, policies->value(key.keySet, KeySetPolicy()), now, category);
        if (reason.isEmpty())
            continue;
        Result<QList<Request>> open = requests.openFor(RequestKind::Rotate, key.kid, key.keySet, now);
        if (!open.ok())
            return open.error();
        if (!open->isEmpty())
            continue; // already asked for: once is enough
        if (!mayDraft) {
            report.notes << tr("Key \"%1\" of key set %2 is due for rotation; a key officer must request it.")
                                .arg(key.kid, key.keySet);
            continue;
        }
        RotationParams params;
        params.kid = key.kid;
        params.keySet = key.keySet;
        params.reasonCategory = category;
        params.reason = reason;
        if (const KeyRecord* successor = prePublishedSuccessor(key, *keys))
            params.prePublishedKid = successor->kid;
        Result<RequestDraft> draft = KeyRequestDrafts::rotation(params);
        if (!draft.ok())
            return draft.error();
        Result<Request> submitted = engine.submit(std::move(draft).value());
        if (!submitted.ok()) {
            report.notes << tr("Key \"%1\" of key set %2 is due for rotation, but no request could be drafted: %3")
                                .arg(key.kid, key.keySet, submitted.message());
            continue;
        }
        report.drafted << *submitted;
    }
    KEYWARD_TRY(noteSetsWithoutPrimary(vault, *keys, now, report));
    return report;
}

} // namespace keyward::core
