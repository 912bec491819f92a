// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When a key that left primary may be retired (SPEC §4): a successor is primary in its (set, use)
// and the overlap since the handover has passed. Overlap = longest JWKS cache TTL + longest token
// TTL + clock skew of the workloads trusting the set or kid, or the set's minimum overlap when
// none are registered. For encryption keys, a passing test-decrypt over their archived samples
// (SampleCheck) once samples exist.

#include "common/Result.h"
#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace keyward::core {

class Database;

// What the trust map (SPEC §5) knows about who trusts a key. The trust-map issue adds the
// database-backed source; until then no workload is registered anywhere.
struct TrustingWorkload {
    QString name;
    qint64 cacheTtlSecs = 0;
    qint64 maxTokenTtlSecs = 0;
};
class TrustSource {
public:
    virtual ~TrustSource() = default;
    virtual Result<QList<TrustingWorkload>> workloadsTrusting(const KeyRecord& key) const = 0;
};
class NoWorkloadsRegistered final : public TrustSource {
public:
    Result<QList<TrustingWorkload>> workloadsTrusting(const KeyRecord&) const override { return QList<TrustingWorkload> {}; }
};

class RetirementGate {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RetirementGate)
public:
    // The overlap in seconds and a sentence explaining where it came from (shown to officers).
    struct Overlap {
        qint64 secs = 0;
        QString explanation;
    };
    static Result<Overlap> overlapFor(const KeyRecord& key, const KeySetPolicy& policy, const TrustSource& trust);

    // Ok when `key` may be retired at `now`; Refused naming what is missing (no successor primary,
    // still primary, retireAfter in the future — with the date —, wrong state).
    static Status check(Database& db, const KeyRecord& key, const QDateTime& now);

    // Refused while the rotation that took over from `key` has not converged (SPEC §5, the trust
    // map), listing each blocking workload and when it clears (RetirementGateTrust.cpp).
    static Status checkTrustConvergence(Database& db, const KeyRecord& key, const QDateTime& now);
};

} // namespace keyward::core
