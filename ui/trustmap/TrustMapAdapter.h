// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustmap/TrustGraphData.h"

#include <QDateTime>

#include <memory>

namespace keyward::core {
class TrustMap;
}

namespace keyward::ui::trustmap {

// Turns the core's trust snapshot into what the graph draws: a node per key set, kid and
// workload, membership edges, and kid → workload edges for declared and observed trust. Trust
// declared by set in a kid that left service (retired, revoked, destroyed) is not drawn: the set's
// JWKS no longer carries it; observed use or a pin of such a kid is (that is stale trust).
// The blast radius is asked of the snapshot when a kid is clicked; `map` must outlive the data.
TrustGraphData toGraphData(const std::shared_ptr<const core::TrustMap>& map, const QDateTime& now);

} // namespace keyward::ui::trustmap
