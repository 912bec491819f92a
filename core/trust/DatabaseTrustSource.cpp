// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTrustSource.h"

#include "trust/WorkloadStore.h"

namespace keyward::core {

Result<QList<TrustingWorkload>> DatabaseTrustSource::workloadsTrusting(const KeyRecord& key) const
{
    Result<QList<Workload>> workloads = WorkloadStore(m_db).trusting(key.keySet, key.kid);
    if (!workloads.ok())
        return workloads.error();
    QList<TrustingWorkload> result;
    for (const Workload& w : std::as_const(*workloads))
        result.append(TrustingWorkload { w.name, w.cacheTtlSecs, w.maxTokenTtlSecs });
    return result;
}

} // namespace keyward::core
