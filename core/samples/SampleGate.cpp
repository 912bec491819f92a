// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleGate.h"

#include "audit/AuditEvent.h"
#include "keys/KeyStore.h"
#include "requests/KeyRequestSupport.h"
#include "samples/SampleStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace keyward::core::samples {
namespace {

constexpr int kNamedInMessage = 5;

// The key's newest lifecycle event: a run must be newer than what last changed the key.
Result<QDateTime> lastChange(Database& db, const KeyRecord& key)
{
    Result<Statement> stmt = db.prepare(QStringLiteral("SELECT max(at) FROM audit_events WHERE subject = ? AND substr(action, 1, 4) = 'key.'"));
    KEYWARD_TRY(stmt);
    stmt->bind(1, key.kid);
    Result<bool> row = stmt->step();
    KEYWARD_TRY(row);
    const QDateTime at = *row && !stmt->columnIsNull(0) ? QDateTime::fromString(stmt->columnText(0), Qt::ISODateWithMs) : QDateTime();
    return at.isValid() ? at : key.createdAt;
}

// Can this key still decrypt a sample for the archive (SPEC §3: enc keys keep decrypt-only access
// when retired; a revoked key's data must be presumed exposed, so it does not count)?
bool stillDecrypts(const KeyRecord& key)
{
    return key.use == KeyUse::Enc && key.hasPrivate
        && (key.state == KeyState::Active || key.state == KeyState::Grace || key.state == KeyState::Retired);
}

Status refusal(const QString& lead, const QList<SampleGate::Blocking>& blocking, const QString& remedy)
{
    QStringList named;
    for (int i = 0; i < blocking.size() && i < kNamedInMessage; ++i)
        named << QStringLiteral("%1 (%2)").arg(blocking.at(i).file, blocking.at(i).why);
    QString text = lead + QLatin1Char(' ') + named.join(QStringLiteral("; "));
    if (blocking.size() > kNamedInMessage)
        text += SampleGate::tr(" and %1 more").arg(blocking.size() - kNamedInMessage);
    return Error(ErrorCode::Refused, text + QStringLiteral(". ") + remedy);
}

} // namespace

Result<QList<SampleGate::Blocking>> SampleGate::blockingRetirement(Database& db, const KeyRecord& key)
{
    QList<Blocking> blocking;
    if (key.use != KeyUse::Enc)
        return blocking;
    // The samples, the key's last change and the runs, from one moment of the vault.
    Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
    KEYWARD_TRY(snapshot);
    SampleStore store(db);
    Result<QList<SampleRow>> samples = store.byKid(key.kid);
    KEYWARD_TRY(samples);
    if (samples->isEmpty())
        return blocking;
    Result<QDateTime> since = lastChange(db, key);
    KEYWARD_TRY(since);
    Result<QMap<qint64, SampleOutcomeRow>> latest = store.latestOutcomes(*since);
    KEYWARD_TRY(latest);
    for (const SampleRow& s : std::as_const(*samples)) {
        auto it = latest->constFind(s.id);
        if (it == latest->constEnd())
            blocking.append({s.digest, s.sourcePath, tr("not tested since %1").arg(KeyRequestSupport::displayTime(*since))});
        else if (!sampleDecrypts(it->outcome))
            blocking.append({s.digest, s.sourcePath, tr("last test: %1").arg(sampleOutcomeName(it->outcome))});
    }
    return blocking;
}

Result<QList<SampleGate::Blocking>> SampleGate::blockingDestruction(Database& db, const KeyRecord& key)
{
    QList<Blocking> blocking;
    if (key.use != KeyUse::Enc)
        return blocking;
    Result<ReadTransaction> snapshot = ReadTransaction::begin(db); // the samples and the keys from one moment
    KEYWARD_TRY(snapshot);
    Result<QList<SampleRow>> samples = SampleStore(db).byKid(key.kid);
    KEYWARD_TRY(samples);
    KeyStore keys(db);
    QHash<QString, bool> otherDecrypts; // kid → some other vault key with it can decrypt
    for (const SampleRow& s : std::as_const(*samples)) {
        bool covered = false;
        for (const QString& kid : s.summary.kids) {
            if (kid == key.kid)
                continue;
            if (!otherDecrypts.contains(kid)) {
                Result<QList<KeyRecord>> records = keys.byKidAnySet(kid);
                KEYWARD_TRY(records);
                bool any = false;
                for (const KeyRecord& r : std::as_const(*records))
                    any = any || stillDecrypts(r);
                otherDecrypts.insert(kid, any);
            }
            covered = covered || otherDecrypts.value(kid);
        }
        if (!covered)
            blocking.append({s.digest, s.sourcePath, tr("encrypted to %1 alone").arg(key.kid)});
    }
    return blocking;
}

Status SampleGate::checkRetirement(Database& db, const KeyRecord& key)
{
    Result<QList<Blocking>> blocking = blockingRetirement(db, key);
    KEYWARD_TRY(blocking);
    if (blocking->isEmpty())
        return {};
    return refusal(tr("Key \"%1\" cannot be retired: %n of its archived samples have no passing test-decrypt since its last change:", nullptr,
                      int(blocking->size()))
                       .arg(key.kid),
                   *blocking, tr("Run `samples test --kid %1` (or re-wrap the failing samples) first.").arg(key.kid));
}

Status SampleGate::checkDestruction(Database& db, const KeyRecord& key, const QStringList& shredSamples)
{
    Result<QList<Blocking>> blocking = blockingDestruction(db, key);
    KEYWARD_TRY(blocking);
    QList<Blocking> unnamed;
    for (const Blocking& b : std::as_const(*blocking)) {
        if (!shredSamples.contains(b.digest))
            unnamed.append(b);
    }
    if (unnamed.isEmpty())
        return {};
    return refusal(tr("Destroying key \"%1\" would make %n archived sample(s) unreadable for good:", nullptr, int(unnamed.size())).arg(key.kid),
                   unnamed,
                   tr("Re-wrap them to a successor key first, or request the destruction as a crypto-shred that names them (--shred-sample DIGEST)."));
}

} // namespace keyward::core::samples
