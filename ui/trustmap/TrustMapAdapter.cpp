// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustMapAdapter.h"

#include "trust/TrustMap.h"

#include <QSet>

namespace keyward::ui::trustmap {

namespace {

bool inService(core::KeyState state)
{
    return state == core::KeyState::Pending || state == core::KeyState::Active
        || state == core::KeyState::Grace;
}

} // namespace

TrustGraphData toGraphData(const std::shared_ptr<const core::TrustMap>& map, const QDateTime& now)
{
    TrustGraphData data;
    const auto& sets = map->keySets();
    const auto& keys = map->keys();
    const auto& workloads = map->workloads();
    data.nodes.reserve(sets.size() + keys.size() + workloads.size());
    data.edges.reserve(keys.size() + qsizetype(map->edges().size()));

    QHash<QString, int> setNode;
    for (int i = 0; i < sets.size(); ++i) {
        GraphNode node;
        node.kind = NodeKind::KeySet;
        node.label = sets[i].name;
        node.keySet = sets[i].name;
        node.source = i;
        setNode.insert(sets[i].name, data.addNode(std::move(node)));
    }
    QSet<int> staleKeys;
    QSet<int> staleWorkloads;
    for (const core::StaleTrust& stale : map->staleTrust()) {
        staleKeys.insert(stale.key);
        staleWorkloads.insert(stale.workload);
    }
    QSet<int> converging;
    for (const core::Convergence& c : map->unconvergedRotations(now))
        converging.insert(c.predecessor);

    const int firstKid = int(data.nodes.size());
    for (int i = 0; i < keys.size(); ++i) {
        const core::TrustKey& key = keys[i];
        GraphNode node;
        node.kind = NodeKind::Kid;
        node.label = key.kid;
        node.keySet = key.keySet;
        node.detail = core::keyUseName(key.use) + QStringLiteral(" · ") + key.environment;
        node.state = key.state;
        node.primary = key.primary;
        node.stale = staleKeys.contains(i);
        node.converging = converging.contains(i);
        node.source = i;
        const int kidNode = data.addNode(std::move(node));
        int set = setNode.value(key.keySet, -1);
        if (set < 0) { // a kid whose set has no policy row: still drawn under its set name
            GraphNode setNodeValue;
            setNodeValue.kind = NodeKind::KeySet;
            setNodeValue.label = key.keySet;
            setNodeValue.keySet = key.keySet;
            set = data.addNode(std::move(setNodeValue));
            setNode.insert(key.keySet, set);
        }
        data.edges.append({ set, kidNode, true, false, false, {} });
    }
    for (int i = 0; i < workloads.size(); ++i) {
        const core::Workload& w = workloads[i];
        GraphNode node;
        node.kind = NodeKind::Workload;
        node.label = w.name;
        node.detail = w.owner.isEmpty() ? w.environment : w.owner + QStringLiteral(" · ") + w.environment;
        node.stale = staleWorkloads.contains(i);
        node.source = i;
        data.addNode(std::move(node));
    }
    // Sets without a policy row were appended after the kids: node indices of kids and workloads
    // are then not contiguous, so map through `source` instead of arithmetic.
    QList<int> kidNodeOf(keys.size(), -1);
    QList<int> workloadNodeOf(workloads.size(), -1);
    for (int n = firstKid; n < data.nodes.size(); ++n) {
        const GraphNode& node = data.nodes[n];
        if (node.kind == NodeKind::Kid)
            kidNodeOf[node.source] = n;
        else if (node.kind == NodeKind::Workload)
            workloadNodeOf[node.source] = n;
    }
    for (const core::TrustEdge& edge : map->edges()) {
        const bool drawnDeclared = edge.pinned || (edge.declaredBySet && inService(keys[edge.key].state));
        if (!drawnDeclared && !edge.observed())
            continue;
        data.edges.append({ kidNodeOf[edge.key], workloadNodeOf[edge.workload], drawnDeclared,
            edge.observed(), edge.pinned, edge.lastSeen });
    }
    // The lambda keeps the snapshot alive and maps core indexes back to graph nodes.
    QList<int> keyOfNode(data.nodes.size(), -1);
    for (int i = 0; i < kidNodeOf.size(); ++i)
        keyOfNode[kidNodeOf[i]] = i;
    data.computeBlast = [map, keyOfNode = std::move(keyOfNode), workloadNodeOf](int node) {
        GraphBlast blast;
        const int key = keyOfNode.value(node, -1);
        if (key < 0)
            return blast;
        const core::BlastRadius radius = map->blastRadius(key);
        for (const core::WorkloadImpact& impact : radius.breaks)
            if (impact.workload >= 0)
                blast.breaks.append(workloadNodeOf[impact.workload]);
        for (const core::WorkloadImpact& impact : radius.exposed)
            if (impact.workload >= 0)
                blast.exposed.append(workloadNodeOf[impact.workload]);
        return blast;
    };
    return data;
}

} // namespace keyward::ui::trustmap
