// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the trust map page draws (SPEC §5), as plain values: key sets, their kids and the
// workloads that trust them, declared and observed. TrustMapAdapter fills it from the core's trust
// snapshot; the layout, the scene, the table and the tests read only this, so the graph can be
// drawn and measured without a vault.

#include "keys/KeyState.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace keyward::ui::trustmap {

enum class NodeKind { KeySet, Kid, Workload };

struct GraphNode {
    NodeKind kind = NodeKind::Kid;
    QString label; // the set name, the kid, the workload name
    QString keySet; // kids: their set; sets: their own name
    QString detail; // one line for the tooltip and the table (alg, owner, environment)
    core::KeyState state = core::KeyState::Active; // kids only
    bool primary = false; // kids only
    bool stale = false; // workloads still using a retired or revoked kid; kids such a workload uses
    bool converging = false; // grace kids whose rotation has not converged yet
    int source = -1; // the index in the core's snapshot (TrustMap keys, workloads, key sets)
};

// An edge always goes from the left column to the right one: set → kid, kid → workload.
struct GraphEdge {
    int from = -1;
    int to = -1;
    bool declared = false; // membership (set → kid) or registered trust (set trusted or kid pinned)
    bool observed = false; // the workload was seen using the kid
    bool pinned = false; // the workload pins this kid
    QDateTime lastSeen; // observed: the latest observation
};

// The blast radius of one kid (SPEC §5): workloads that would break if it vanished, and workloads
// exposed if it leaked (they accept tokens it signs or decrypt what it sealed).
struct GraphBlast {
    QList<int> breaks;
    QList<int> exposed;
};

struct TrustGraphData {
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    // Blast radius per kid: given (hand-built maps) or computed on demand by the core (a map of
    // 10,000 kids asks only for the one clicked).
    QHash<int, GraphBlast> blast;
    std::function<GraphBlast(int node)> computeBlast;

    int addNode(GraphNode node)
    {
        nodes.append(std::move(node));
        return int(nodes.size() - 1);
    }
    GraphBlast blastOf(int node) const
    {
        if (const auto it = blast.constFind(node); it != blast.cend())
            return *it;
        return computeBlast && node >= 0 && node < nodes.size() && nodes[node].kind == NodeKind::Kid
            ? computeBlast(node)
            : GraphBlast {};
    }
    static int layerOf(NodeKind kind) { return int(kind); }
    int indexOf(NodeKind kind, const QString& label, const QString& keySet = {}) const
    {
        for (int i = 0; i < nodes.size(); ++i)
            if (nodes[i].kind == kind && nodes[i].label == label
                && (keySet.isEmpty() || nodes[i].keySet == keySet))
                return i;
        return -1;
    }
};

} // namespace keyward::ui::trustmap
