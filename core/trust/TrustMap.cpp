// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustMap.h"

#include <QSet>

#include <algorithm>

namespace keyward::core {

QString refreshModeName(RefreshMode mode)
{
    return mode == RefreshMode::OnUnknownKid ? QStringLiteral("on-unknown-kid") : QStringLiteral("poll");
}

std::optional<RefreshMode> refreshModeFromName(const QString& name)
{
    if (name == QLatin1String("poll"))
        return RefreshMode::Poll;
    if (name == QLatin1String("on-unknown-kid"))
        return RefreshMode::OnUnknownKid;
    return std::nullopt;
}

QString trustReasonName(TrustReason reason)
{
    switch (reason) {
    case TrustReason::Pinned: return QStringLiteral("pinned");
    case TrustReason::SetTrust: return QStringLiteral("set-trust");
    case TrustReason::ObservedUse: return QStringLiteral("observed-use");
    case TrustReason::NotRefreshed: return QStringLiteral("not-refreshed");
    case TrustReason::PinsPredecessor: return QStringLiteral("pins-predecessor");
    case TrustReason::TokenLifetime: return QStringLiteral("token-lifetime");
    }
    return QString();
}

static quint64 edgeKey(int workload, int key)
{
    return (quint64(quint32(workload)) << 32) | quint32(key);
}

TrustMap::TrustMap(QList<TrustKeySet> sets, QList<TrustKey> keys, QList<Workload> workloads,
                   const QList<Observation>& observations)
    : m_sets(std::move(sets))
    , m_keys(std::move(keys))
    , m_workloads(std::move(workloads))
{
    buildIndexes();
    for (const Observation& o : observations)
        addObserved(o.workload, o.kid, o.at, o.at, 1);
}

void TrustMap::buildIndexes()
{
    m_setIndex.reserve(m_sets.size());
    for (int i = 0; i < m_sets.size(); ++i)
        m_setIndex.insert(m_sets.at(i).name, i);
    m_workloadIndex.reserve(m_workloads.size());
    for (int i = 0; i < m_workloads.size(); ++i)
        m_workloadIndex.insert(m_workloads.at(i).name, i);
    m_kidIndex.reserve(m_keys.size());
    m_setKeys.assign(m_sets.size(), {});
    for (int i = 0; i < m_keys.size(); ++i) {
        m_kidIndex.insert(m_keys.at(i).kid, i);
        const int set = m_setIndex.value(m_keys.at(i).keySet, -1);
        if (set >= 0)
            m_setKeys[set].append(i);
    }
    m_keyEdges.assign(m_keys.size(), {});
    m_workloadEdges.assign(m_workloads.size(), {});
    m_setTrusters.assign(m_sets.size(), {});
    for (int w = 0; w < m_workloads.size(); ++w) {
        const Workload& workload = m_workloads.at(w);
        for (const QString& setName : workload.trustedSets) {
            const int set = m_setIndex.value(setName, -1);
            if (set < 0)
                continue;
            m_setTrusters[set].append(w);
            for (int key : std::as_const(m_setKeys[set]))
                m_edges[edgeFor(w, key)].declaredBySet = true;
        }
        for (const QString& kid : workload.pinnedKids) {
            const auto range = m_kidIndex.equal_range(kid);
            for (auto it = range.first; it != range.second; ++it)
                m_edges[edgeFor(w, *it)].pinned = true;
        }
    }
}

int TrustMap::edgeFor(int workload, int key)
{
    const quint64 k = edgeKey(workload, key);
    const auto found = m_edgeIndex.constFind(k);
    if (found != m_edgeIndex.cend())
        return *found;
    const int index = int(m_edges.size());
    TrustEdge edge;
    edge.workload = workload;
    edge.key = key;
    m_edges.push_back(edge);
    m_edgeIndex.insert(k, index);
    m_keyEdges[key].append(index);
    m_workloadEdges[workload].append(index);
    return index;
}

void TrustMap::addObserved(const QString& workload, const QString& kid, const QDateTime& firstSeen,
                           const QDateTime& lastSeen, qint64 count)
{
    const int w = workloadIndex(workload);
    if (w < 0)
        return;
    const auto range = m_kidIndex.equal_range(kid);
    int key = -1;
    for (auto it = range.first; it != range.second; ++it) {
        // A kid in several sets: the one the workload declares wins, else the first.
        if (key < 0 || m_edgeIndex.contains(edgeKey(w, *it)))
            key = *it;
    }
    addObservedKey(w, key, firstSeen, lastSeen, count);
}

void TrustMap::addObservedKey(int workload, int key, const QDateTime& firstSeen, const QDateTime& lastSeen, qint64 count)
{
    if (workload < 0 || key < 0 || workload >= m_workloads.size() || key >= m_keys.size())
        return;
    TrustEdge& edge = m_edges[edgeFor(workload, key)];
    if (!edge.firstSeen.isValid() || firstSeen < edge.firstSeen)
        edge.firstSeen = firstSeen;
    if (!edge.lastSeen.isValid() || lastSeen > edge.lastSeen)
        edge.lastSeen = lastSeen;
    edge.seenCount += count;
}

int TrustMap::keySetIndex(const QString& name) const
{
    return m_setIndex.value(name, -1);
}

int TrustMap::workloadIndex(const QString& name) const
{
    return m_workloadIndex.value(name, -1);
}

int TrustMap::keyIndex(const QString& kid, const QString& keySet) const
{
    const auto range = m_kidIndex.equal_range(kid);
    int found = -1;
    for (auto it = range.first; it != range.second; ++it) {
        if (keySet.isEmpty() || m_keys.at(*it).keySet == keySet)
            found = found < 0 ? *it : std::min(found, *it);
    }
    return found;
}

QList<int> TrustMap::keysInSet(int keySet) const
{
    return keySet >= 0 && keySet < int(m_setKeys.size()) ? m_setKeys[keySet] : QList<int> {};
}

QList<int> TrustMap::edgesOfKey(int key) const
{
    return key >= 0 && key < int(m_keyEdges.size()) ? m_keyEdges[key] : QList<int> {};
}

QList<int> TrustMap::edgesOfWorkload(int workload) const
{
    return workload >= 0 && workload < int(m_workloadEdges.size()) ? m_workloadEdges[workload] : QList<int> {};
}

const KeySetPolicy* TrustMap::policyFor(int key) const
{
    if (key < 0 || key >= m_keys.size())
        return nullptr;
    const int set = keySetIndex(m_keys.at(key).keySet);
    return set < 0 ? nullptr : &m_sets.at(set).policy;
}

qint64 TrustMap::tokenTtlFor(int workload, const KeySetPolicy& policy) const
{
    const qint64 own = m_workloads.at(workload).maxTokenTtlSecs;
    return own > 0 ? own : policy.maxTokenTtlSecs;
}

QList<int> TrustMap::declaredTrusters(int key) const
{
    QList<int> result;
    for (int e : edgesOfKey(key)) {
        if (m_edges[e].declared())
            result.append(m_edges[e].workload);
    }
    std::sort(result.begin(), result.end(),
        [this](int a, int b) { return m_workloads.at(a).name < m_workloads.at(b).name; });
    return result;
}

static bool inService(KeyState state)
{
    return state == KeyState::Pending || state == KeyState::Active || state == KeyState::Grace;
}

BlastRadius TrustMap::blastRadius(int key) const
{
    BlastRadius radius;
    radius.key = key;
    if (key < 0 || key >= m_keys.size())
        return radius;
    const TrustKey& k = m_keys.at(key);
    for (int e : edgesOfKey(key)) {
        const TrustEdge& edge = m_edges[e];
        // The strongest reason wins: a pin is configuration, an observation is fact, set trust
        // only matters while the kid is in the set's JWKS.
        std::optional<TrustReason> breaks;
        std::optional<TrustReason> exposed;
        if (edge.pinned) {
            breaks = TrustReason::Pinned;
            exposed = TrustReason::Pinned;
        } else if (edge.observed()) {
            breaks = TrustReason::ObservedUse;
            exposed = TrustReason::ObservedUse;
        } else if (edge.declaredBySet && inService(k.state)) {
            exposed = TrustReason::SetTrust;
            if (k.primary)
                breaks = TrustReason::SetTrust;
        }
        if (breaks)
            radius.breaks.append(WorkloadImpact { edge.workload, *breaks, edge.lastSeen });
        if (exposed)
            radius.exposed.append(WorkloadImpact { edge.workload, *exposed, edge.lastSeen });
    }
    const auto byName = [this](const WorkloadImpact& a, const WorkloadImpact& b) {
        return m_workloads.at(a.workload).name < m_workloads.at(b.workload).name;
    };
    std::sort(radius.breaks.begin(), radius.breaks.end(), byName);
    std::sort(radius.exposed.begin(), radius.exposed.end(), byName);
    return radius;
}

QList<StaleTrust> TrustMap::staleTrust() const
{
    QList<StaleTrust> result;
    for (const TrustEdge& edge : m_edges) {
        const TrustKey& k = m_keys.at(edge.key);
        if (inService(k.state))
            continue;
        if (edge.observed() && (!k.leftServiceAt.isValid() || edge.lastSeen >= k.leftServiceAt))
            result.append(StaleTrust { edge.workload, edge.key, TrustReason::ObservedUse, edge.lastSeen });
        else if (edge.pinned)
            result.append(StaleTrust { edge.workload, edge.key, TrustReason::Pinned, edge.lastSeen });
    }
    std::sort(result.begin(), result.end(), [this](const StaleTrust& a, const StaleTrust& b) {
        const QString& wa = m_workloads.at(a.workload).name;
        const QString& wb = m_workloads.at(b.workload).name;
        return wa != wb ? wa < wb : m_keys.at(a.key).kid < m_keys.at(b.key).kid;
    });
    return result;
}

Convergence TrustMap::convergence(int key, const QDateTime& now) const
{
    Convergence result;
    result.predecessor = key;
    const KeySetPolicy* policy = policyFor(key);
    if (!policy)
        return result;
    const TrustKey& p = m_keys.at(key);
    const int set = keySetIndex(p.keySet);
    const int successor = p.successorKid.isEmpty() ? -1 : keyIndex(p.successorKid, p.keySet);
    result.successor = successor;

    qint64 longestToken = policy->maxTokenTtlSecs;
    QSet<int> considered;
    if (successor >= 0) {
        const TrustKey& s = m_keys.at(successor);
        result.publishedAt = s.publishedAt;
        result.handoverAt = p.handoverAt.isValid() ? p.handoverAt : std::max(s.publishedAt, p.publishedAt);
        for (int w : std::as_const(m_setTrusters[set])) {
            considered.insert(w);
            const Workload& workload = m_workloads.at(w);
            longestToken = std::max(longestToken, tokenTtlFor(w, *policy));
            // Refreshed after the successor's publication: observed using it, fetched on the
            // first token naming it (on-unknown-kid), or its cache expired since publication.
            QDateTime clears = workload.refresh == RefreshMode::OnUnknownKid
                ? result.handoverAt
                : result.publishedAt.addSecs(workload.cacheTtlSecs);
            const int e = m_edgeIndex.value(edgeKey(w, successor), -1);
            if (e >= 0 && m_edges[e].observed() && m_edges[e].lastSeen >= result.publishedAt)
                clears = std::min(clears, std::max(m_edges[e].firstSeen, result.publishedAt));
            result.all.append(ConvergenceBlocker { w, TrustReason::NotRefreshed, clears });
        }
    } else {
        result.handoverAt = p.publishedAt;
    }
    // Workloads that pin the leaving kid and nothing that replaces it break when it goes.
    for (int e : edgesOfKey(key)) {
        const TrustEdge& edge = m_edges[e];
        if (!edge.pinned || considered.contains(edge.workload))
            continue;
        const Workload& workload = m_workloads.at(edge.workload);
        if (successor >= 0 && workload.pinnedKids.contains(m_keys.at(successor).kid))
            continue;
        longestToken = std::max(longestToken, tokenTtlFor(edge.workload, *policy));
        result.all.append(ConvergenceBlocker { edge.workload, TrustReason::PinsPredecessor, QDateTime() });
    }
    // Tokens signed just before the handover stay valid for the longest token TTL, give or take skew.
    QDateTime tokensClear = result.handoverAt.addSecs(longestToken + policy->clockSkewSecs);
    if (successor < 0) {
        // Never handed over: it signed (or was encrypted to) nothing unless use was observed, and
        // then the last observed use starts the token lifetime.
        tokensClear = result.handoverAt;
        for (int e : edgesOfKey(key)) {
            if (m_edges[e].observed())
                tokensClear = std::max(tokensClear, m_edges[e].lastSeen.addSecs(longestToken + policy->clockSkewSecs));
        }
    }
    result.all.append(ConvergenceBlocker { -1, TrustReason::TokenLifetime, tokensClear });

    std::sort(result.all.begin(), result.all.end(), [this](const ConvergenceBlocker& a, const ConvergenceBlocker& b) {
        if (a.clearsAt.isValid() != b.clearsAt.isValid())
            return a.clearsAt.isValid();
        if (a.clearsAt != b.clearsAt)
            return a.clearsAt < b.clearsAt;
        const QString na = a.workload < 0 ? QString() : m_workloads.at(a.workload).name;
        const QString nb = b.workload < 0 ? QString() : m_workloads.at(b.workload).name;
        return na < nb;
    });
    bool never = false;
    for (const ConvergenceBlocker& blocker : std::as_const(result.all)) {
        if (!blocker.clearsAt.isValid())
            never = true;
        else if (!result.convergedAt.isValid() || blocker.clearsAt > result.convergedAt)
            result.convergedAt = blocker.clearsAt;
        if (!blocker.clearsAt.isValid() || blocker.clearsAt > now)
            result.blockers.append(blocker);
    }
    if (never)
        result.convergedAt = QDateTime();
    result.converged = result.blockers.isEmpty();
    return result;
}

QList<Convergence> TrustMap::unconvergedRotations(const QDateTime& now) const
{
    QList<Convergence> result;
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).state != KeyState::Grace)
            continue;
        Convergence c = convergence(i, now);
        if (!c.converged)
            result.append(std::move(c));
    }
    return result;
}

DefaultOverlap TrustMap::defaultOverlap(const QString& keySet) const
{
    DefaultOverlap overlap;
    const int set = keySetIndex(keySet);
    if (set < 0)
        return overlap;
    const KeySetPolicy& policy = m_sets.at(set).policy;
    QList<int> trusters = m_setTrusters[set];
    // Workloads pinning a kid of the set trust it too.
    for (int key : std::as_const(m_setKeys[set])) {
        for (int e : std::as_const(m_keyEdges[key])) {
            if (m_edges[e].pinned && !trusters.contains(m_edges[e].workload))
                trusters.append(m_edges[e].workload);
        }
    }
    if (trusters.isEmpty()) {
        overlap.secs = policy.minOverlapSecs;
        overlap.explanation = tr("No workload trusting key set %1 is registered, so the set's minimum overlap applies.")
                                  .arg(keySet);
        return overlap;
    }
    std::sort(trusters.begin(), trusters.end(),
        [this](int a, int b) { return m_workloads.at(a).name < m_workloads.at(b).name; });
    overlap.fromWorkloads = true;
    overlap.skewSecs = policy.clockSkewSecs;
    overlap.cacheWorkload = trusters.first();
    overlap.tokenWorkload = trusters.first();
    overlap.cacheTtlSecs = m_workloads.at(overlap.cacheWorkload).cacheTtlSecs;
    overlap.tokenTtlSecs = tokenTtlFor(overlap.tokenWorkload, policy);
    for (int w : std::as_const(trusters)) {
        if (m_workloads.at(w).cacheTtlSecs > overlap.cacheTtlSecs) {
            overlap.cacheTtlSecs = m_workloads.at(w).cacheTtlSecs;
            overlap.cacheWorkload = w;
        }
        if (tokenTtlFor(w, policy) > overlap.tokenTtlSecs) {
            overlap.tokenTtlSecs = tokenTtlFor(w, policy);
            overlap.tokenWorkload = w;
        }
    }
    overlap.secs = overlap.cacheTtlSecs + overlap.tokenTtlSecs + overlap.skewSecs;
    overlap.explanation = tr("Longest JWKS cache TTL %1 s (%2) + longest token TTL %3 s (%4) + clock skew %5 s = %6 s.")
                              .arg(overlap.cacheTtlSecs)
                              .arg(m_workloads.at(overlap.cacheWorkload).name)
                              .arg(overlap.tokenTtlSecs)
                              .arg(m_workloads.at(overlap.tokenWorkload).name)
                              .arg(overlap.skewSecs)
                              .arg(overlap.secs);
    return overlap;
}

} // namespace keyward::core
