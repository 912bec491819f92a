// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The trust map (SPEC §5) as one read-only snapshot: key sets, their kids, the workloads that
// trust them (declared: by set or by a pinned kid) and what was observed (first/last seen per
// workload and kid). Built once from the vault in one read snapshot (TrustMapLoader) or by hand
// (tests, benchmarks); every query below is answered from memory, so the GUI can ask on every
// click and `trust show` stays in milliseconds with 50,000 edges.
//
// Indexes (int) point into keys(), workloads(), keySets() and edges() of the same map; they are
// stable for the life of the snapshot and meaningless across snapshots (use kid/name there).

#include "common/Result.h"
#include "keys/KeySetPolicy.h"
#include "keys/KeyState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace keyward::core {

// How a workload notices new kids (SPEC §5): it polls the JWKS every cache TTL, or it fetches the
// JWKS as soon as a token names a kid it has not seen (and otherwise keeps its cache for the TTL).
enum class RefreshMode { Poll, OnUnknownKid };
QString refreshModeName(RefreshMode mode); // "poll" | "on-unknown-kid"
std::optional<RefreshMode> refreshModeFromName(const QString& name);

// A registered workload (service, gateway, job).
struct Workload {
    qint64 id = 0; // database row id; 0 for hand-built maps
    QString name; // unique
    QString owner;
    QString environment = QStringLiteral("prod");
    QStringList trustedSets; // key set names
    QStringList pinnedKids; // kids trusted one by one, whatever set they are in
    qint64 cacheTtlSecs = 0; // JWKS cache lifetime
    RefreshMode refresh = RefreshMode::Poll;
    qint64 maxTokenTtlSecs = 0; // 0: the key set's policy applies
    QString notes;

    bool operator==(const Workload&) const = default;
};

// One kid as the trust map needs it (a slice of KeyRecord).
struct TrustKey {
    QString kid;
    QString keySet;
    KeyUse use = KeyUse::Sig;
    KeyState state = KeyState::Active;
    bool primary = false;
    QString environment;
    QDateTime publishedAt; // when it entered the JWKS (activation, or creation)
    QDateTime handoverAt; // when its successor took over as primary (invalid: not rotated away)
    QDateTime retireAfter; // grace: the overlap end the rotation computed
    QDateTime leftServiceAt; // when it was retired, revoked or destroyed (invalid: in service or unknown)
    QString predecessorKid;
    QString successorKid;
};

struct TrustKeySet {
    QString name;
    KeySetPolicy policy;
};

// One observation line as imported (SPEC §5: `workload, kid, event, at`).
struct Observation {
    QString workload;
    QString kid;
    QString event; // free text from the log: "verify", "decrypt", "fetch", ...
    QDateTime at;
};

// Workload → kid. Declared (the workload trusts the kid's set, or pins the kid) and/or observed.
struct TrustEdge {
    int workload = -1; // index into workloads()
    int key = -1; // index into keys()
    bool declaredBySet = false;
    bool pinned = false;
    QDateTime firstSeen; // invalid: never observed
    QDateTime lastSeen;
    qint64 seenCount = 0;

    bool declared() const { return declaredBySet || pinned; }
    bool observed() const { return lastSeen.isValid(); }
};

// Why a workload is in a blast radius or blocks a convergence; machine names in --json.
enum class TrustReason {
    Pinned, // pins this kid
    SetTrust, // trusts the kid's set while the kid is published
    ObservedUse, // was observed using the kid
    NotRefreshed, // has not refreshed since the successor's publication (convergence)
    PinsPredecessor, // pins the kid that is to leave (convergence: never clears by itself)
    TokenLifetime, // tokens signed before the handover may still be valid (convergence)
};
QString trustReasonName(TrustReason reason);

struct WorkloadImpact {
    int workload = -1; // index into workloads(); -1 for TokenLifetime
    TrustReason reason = TrustReason::SetTrust;
    QDateTime lastSeen; // when observed
};

struct BlastRadius {
    int key = -1;
    // Would fail if the kid vanished now: pins it, is observed using it, or trusts its set while it
    // is the primary that new tokens are signed with (or encrypted to).
    QList<WorkloadImpact> breaks;
    // Would accept tokens forged with the kid if it leaked (or expose data encrypted to it):
    // every workload that trusts it, declared or observed.
    QList<WorkloadImpact> exposed;
};

// A workload still using a retired, revoked or destroyed kid: observed after it left service, or
// pinning it.
struct StaleTrust {
    int workload = -1;
    int key = -1;
    TrustReason reason = TrustReason::ObservedUse; // ObservedUse or Pinned
    QDateTime lastSeen;
};

struct ConvergenceBlocker {
    int workload = -1; // -1: the token lifetime, not a workload
    TrustReason reason = TrustReason::NotRefreshed;
    QDateTime clearsAt; // invalid: does not clear by itself (pinned predecessor)
};

// Whether the predecessor of a rotation may leave grace (SPEC §5): every workload trusting the
// set refreshed after the successor's publication (observed using it, on-unknown-kid after the
// handover, or its cache TTL elapsed since publication), and the longest token TTL plus skew
// passed since the handover.
struct Convergence {
    int predecessor = -1;
    int successor = -1; // -1: no successor (not rotated)
    QDateTime publishedAt; // the successor's publication
    QDateTime handoverAt;
    QDateTime convergedAt; // when the last blocker clears; invalid while one never clears
    bool converged = false; // at the `now` asked
    QList<ConvergenceBlocker> blockers; // not cleared at `now`, latest clear time last
    QList<ConvergenceBlocker> all; // every workload and the token lifetime, cleared or not
};

// A rotation's default overlap for a set (SPEC §5): longest cache TTL + longest token TTL + skew,
// with the workloads that set each term (-1: none registered; the policy applies).
struct DefaultOverlap {
    qint64 secs = 0;
    qint64 cacheTtlSecs = 0;
    qint64 tokenTtlSecs = 0;
    qint64 skewSecs = 0;
    int cacheWorkload = -1;
    int tokenWorkload = -1;
    bool fromWorkloads = false; // false: no workload trusts the set; the set's minimum overlap
    QString explanation; // translated sentence
};

class TrustMap {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::TrustMap)
public:
    TrustMap() = default;
    // Builds the indexes and edges. Observations naming an unknown workload or kid are skipped
    // (imports report them); several observations of one (workload, kid) aggregate into one edge.
    TrustMap(QList<TrustKeySet> sets, QList<TrustKey> keys, QList<Workload> workloads,
             const QList<Observation>& observations = {});

    // Adds an aggregated observation (first/last seen and a count), as stored by the vault.
    // Unknown names are ignored. Call before queries; queries do not rebuild.
    void addObserved(const QString& workload, const QString& kid, const QDateTime& firstSeen,
                     const QDateTime& lastSeen, qint64 count);
    // The same by indexes (the loader resolves names once).
    void addObservedKey(int workload, int key, const QDateTime& firstSeen, const QDateTime& lastSeen, qint64 count);

    const QList<TrustKeySet>& keySets() const { return m_sets; }
    const QList<TrustKey>& keys() const { return m_keys; }
    const QList<Workload>& workloads() const { return m_workloads; }
    const std::vector<TrustEdge>& edges() const { return m_edges; }

    int keySetIndex(const QString& name) const; // -1 when unknown
    int workloadIndex(const QString& name) const;
    // Kids are unique within a set; when a kid is in several sets give the set.
    int keyIndex(const QString& kid, const QString& keySet = {}) const;
    QList<int> keysInSet(int keySet) const;
    QList<int> edgesOfKey(int key) const; // indexes into edges()
    QList<int> edgesOfWorkload(int workload) const;
    const KeySetPolicy* policyFor(int key) const; // nullptr when the set is unknown
    qint64 tokenTtlFor(int workload, const KeySetPolicy& policy) const;

    BlastRadius blastRadius(int key) const;
    QList<StaleTrust> staleTrust() const;
    // `key` is the predecessor (normally in grace). A key never rotated away converges when
    // nothing trusts it any more: then `successor` is -1 and blockers list what still trusts it.
    Convergence convergence(int key, const QDateTime& now) const;
    // Every key in grace whose convergence is not reached at `now` (Overview, badges).
    QList<Convergence> unconvergedRotations(const QDateTime& now) const;
    DefaultOverlap defaultOverlap(const QString& keySet) const;
    // Workloads that trust `key`'s set or pin it (declared trust), in name order.
    QList<int> declaredTrusters(int key) const;

private:
    void buildIndexes();
    int edgeFor(int workload, int key); // creates when missing

    QList<TrustKeySet> m_sets;
    QList<TrustKey> m_keys;
    QList<Workload> m_workloads;
    std::vector<TrustEdge> m_edges;
    QHash<QString, int> m_setIndex;
    QHash<QString, int> m_workloadIndex;
    QMultiHash<QString, int> m_kidIndex;
    QHash<quint64, int> m_edgeIndex; // (workload << 32 | key) → edge
    std::vector<QList<int>> m_keyEdges;
    std::vector<QList<int>> m_workloadEdges;
    std::vector<QList<int>> m_setKeys;
    std::vector<QList<int>> m_setTrusters; // workloads declaring trust in a set
};

class Database;

// Reads the trust map from the vault in one read snapshot.
class TrustMapLoader {
public:
    static Result<TrustMap> load(Database& db);
    // Only what the facts about `keySet`'s kids need (its keys and policy, the
    // workloads that trust the set, pin one of its kids or were observed using one, and those
    // observations): what `trust show` and the retirement gate read, in milliseconds on a big
    // vault. Other sets' kids are absent, so ask this map about `keySet` only.
    static Result<TrustMap> loadForKeySet(Database& db, const QString& keySet);
};

} // namespace keyward::core
