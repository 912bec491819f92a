// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTrustSource.h"

#include "trust/TrustMap.h"

#include <QSet>

namespace keyward::core {

// The same workloads TrustMap::defaultOverlap counts — those trusting the set or pinning any of
// its kids — so the rotation's overlap and the trust map page never disagree.
Result<QList<TrustingWorkload>> DatabaseTrustSource::workloadsTrusting(const KeyRecord& key) const
{
    Result<TrustMap> map = TrustMapLoader::loadForKeySet(m_db, key.keySet);
    if (!map.ok())
        return map.error();
    QSet<int> seen;
    QList<TrustingWorkload> result;
    const int set = map->keySetIndex(key.keySet);
    for (int k : map->keysInSet(set)) {
        for (int w : map->declaredTrusters(k)) {
            if (seen.contains(w))
                continue;
            seen.insert(w);
            const Workload& workload = map->workloads().at(w);
            result.append(TrustingWorkload { workload.name, workload.cacheTtlSecs, workload.maxTokenTtlSecs });
        }
    }
    std::sort(result.begin(), result.end(), [](const TrustingWorkload& a, const TrustingWorkload& b) { return a.name < b.name; });
    return result;
}

} // namespace keyward::core
