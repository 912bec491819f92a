// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetirementGate.h"

#include "keys/KeyStore.h"
#include "requests/KeyRequestSupport.h"
#include "samples/SampleGate.h"
#include "storage/Database.h"

#include <algorithm>

namespace keyward::core {

Result<RetirementGate::Overlap> RetirementGate::overlapFor(const KeyRecord& key, const KeySetPolicy& policy,
                                                           const TrustSource& trust)
{
    Result<QList<TrustingWorkload>> workloads = trust.workloadsTrusting(key);
    if (!workloads.ok())
        return workloads.error();
    if (workloads->isEmpty()) {
        return Overlap { policy.minOverlapSecs,
            tr("No workload trusting key set %1 is registered, so the set's minimum overlap of %2 applies.")
                .arg(key.keySet, KeyRequestSupport::displayDuration(policy.minOverlapSecs)) };
    }
    // A verifier may hold the old JWKS for its cache TTL and then accept a token signed just
    // before the handover for the token's lifetime, give or take the clock skew.
    const TrustingWorkload* longestCache = &workloads->constFirst();
    const TrustingWorkload* longestToken = &workloads->constFirst();
    const auto tokenTtl = [&](const TrustingWorkload& w) { return w.maxTokenTtlSecs > 0 ? w.maxTokenTtlSecs : policy.maxTokenTtlSecs; };
    for (const TrustingWorkload& workload : std::as_const(*workloads)) {
        if (workload.cacheTtlSecs > longestCache->cacheTtlSecs)
            longestCache = &workload;
        if (tokenTtl(workload) > tokenTtl(*longestToken))
            longestToken = &workload;
    }
    const qint64 secs = longestCache->cacheTtlSecs + tokenTtl(*longestToken) + policy.clockSkewSecs;
    return Overlap { secs,
        tr("Longest JWKS cache TTL %1 (%2) + longest token TTL %3 (%4) + clock skew %5 = %6.")
            .arg(KeyRequestSupport::displayDuration(longestCache->cacheTtlSecs), longestCache->name,
                KeyRequestSupport::displayDuration(tokenTtl(*longestToken)), longestToken->name,
                KeyRequestSupport::displayDuration(policy.clockSkewSecs), KeyRequestSupport::displayDuration(secs)) };
}

Status RetirementGate::check(Database& db, const KeyRecord& key, const QDateTime& now)
{
    const bool retirable = key.state == KeyState::Grace || (key.state == KeyState::Active && !key.primary);
    if (key.state == KeyState::Active && key.primary)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is the primary %2 key of key set %3; rotate it first so a successor takes over.")
                .arg(key.kid, keyUseName(key.use), key.keySet));
    if (!retirable)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" is %2; only a key in grace, or an active key that is not primary, can be retired.")
                .arg(key.kid, keyStateName(key.state)));

    Result<std::optional<KeyRecord>> primary = KeyStore(db).primaryFor(key.keySet, key.use);
    if (!primary.ok())
        return primary.error();
    if (!primary->has_value() || (*primary)->id == key.id)
        return Error(ErrorCode::Refused,
            tr("Key set %1 has no primary %2 key to take over from \"%3\"; rotate to a successor before retiring it.")
                .arg(key.keySet, keyUseName(key.use), key.kid));

    if (key.state == KeyState::Grace && key.retireAfter.isValid() && now < key.retireAfter)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" may be retired from %2 on, when the overlap after its successor \"%3\" took over has passed.")
                .arg(key.kid, KeyRequestSupport::displayTime(key.retireAfter), (*primary)->kid));

    KEYWARD_TRY(checkTrustConvergence(db, key, now));

    // Encryption keys: a passing test-decrypt over the key's archived samples (SPEC §6), newer
    // than the key's last change, before it leaves service.
    return samples::SampleGate::checkRetirement(db, key);
}

} // namespace keyward::core
