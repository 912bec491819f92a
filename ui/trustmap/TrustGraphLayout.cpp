// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustGraphLayout.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>

namespace keyward::ui::trustmap {

namespace {

// Neighbour lists of one column towards another, in compressed rows (one allocation each).
struct Adjacency {
    QList<int> start; // size nodes + 1
    QList<int> targets;

    Adjacency(int nodeCount, const QList<QPair<int, int>>& pairs)
        : start(nodeCount + 1, 0)
        , targets(pairs.size())
    {
        for (const auto& [from, to] : pairs)
            ++start[from + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        QList<int> fill(start.begin(), start.end() - 1);
        for (const auto& [from, to] : pairs)
            targets[fill[from]++] = to;
    }
};

// Mean position of a node's neighbours; nodes without neighbours keep `fallback`.
double barycenter(const Adjacency& adjacency, int node, const QList<int>& position, double fallback)
{
    const int begin = adjacency.start[node];
    const int end = adjacency.start[node + 1];
    if (begin == end)
        return fallback;
    double sum = 0;
    for (int i = begin; i < end; ++i)
        sum += position[adjacency.targets[i]];
    return sum / (end - begin);
}

// Stable sort of `column` by key; positions are rewritten to match.
void sortColumn(QList<int>& column, QList<int>& position, const std::function<double(int)>& key)
{
    QList<QPair<double, int>> keyed;
    keyed.reserve(column.size());
    for (int node : std::as_const(column))
        keyed.append({ key(node), node });
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (int i = 0; i < keyed.size(); ++i) {
        column[i] = keyed[i].second;
        position[column[i]] = i;
    }
}

// Places rows at their wished y, in column order, at least `step` apart: the mean of a pass
// pushing down and one pushing up keeps both the order and the spacing.
void spread(const QList<int>& column, QList<double>& y, double step)
{
    const int n = int(column.size());
    if (n == 0)
        return;
    QList<double> down(n), up(n);
    for (int i = 0; i < n; ++i)
        down[i] = i == 0 ? y[column[i]] : std::max(y[column[i]], down[i - 1] + step);
    for (int i = n - 1; i >= 0; --i)
        up[i] = i == n - 1 ? y[column[i]] : std::min(y[column[i]], up[i + 1] - step);
    for (int i = 0; i < n; ++i)
        y[column[i]] = (down[i] + up[i]) / 2;
}

} // namespace

qint64 countCrossings(const QList<QPair<int, int>>& edgePositions, int lowerCount)
{
    // Sort by upper position, then lower; crossings are the inversions among lower positions,
    // counted with a Fenwick tree (Barth, Jünger, Mutzel 2002).
    QList<QPair<int, int>> sorted = edgePositions;
    std::sort(sorted.begin(), sorted.end());
    QList<qint64> tree(lowerCount + 1, 0);
    qint64 crossings = 0;
    qint64 inserted = 0;
    for (const auto& [upper, lower] : std::as_const(sorted)) {
        // Edges already inserted whose lower end is greater than this one cross it.
        qint64 notGreater = 0;
        for (int i = lower + 1; i > 0; i -= i & -i)
            notGreater += tree[i];
        crossings += inserted - notGreater;
        for (int i = lower + 1; i <= lowerCount; i += i & -i)
            ++tree[i];
        ++inserted;
    }
    return crossings;
}

GraphLayout layOut(const TrustGraphData& data, const LayoutOptions& options)
{
    const int n = int(data.nodes.size());
    GraphLayout result;
    result.rects.resize(n);
    auto& [sets, kids, workloads] = result.layers;
    for (int i = 0; i < n; ++i)
        result.layers[TrustGraphData::layerOf(data.nodes[i].kind)].append(i);

    // Initial order: sets by name, kids by set then primary first then kid, workloads by name.
    std::sort(
        sets.begin(), sets.end(), [&](int a, int b) { return data.nodes[a].label < data.nodes[b].label; });
    std::sort(workloads.begin(), workloads.end(),
        [&](int a, int b) { return data.nodes[a].label < data.nodes[b].label; });
    QList<int> position(n, 0);
    for (int i = 0; i < sets.size(); ++i)
        position[sets[i]] = i;

    QList<int> parentSet(n, -1);
    QList<QPair<int, int>> kidToWorkload, workloadToKid, kidToSet, setToKid;
    for (const GraphEdge& edge : data.edges) {
        const NodeKind from = data.nodes[edge.from].kind;
        const NodeKind to = data.nodes[edge.to].kind;
        if (from == NodeKind::KeySet && to == NodeKind::Kid) {
            parentSet[edge.to] = edge.from;
            kidToSet.append({ edge.to, edge.from });
            setToKid.append({ edge.from, edge.to });
        } else if (from == NodeKind::Kid && to == NodeKind::Workload) {
            kidToWorkload.append({ edge.from, edge.to });
            workloadToKid.append({ edge.to, edge.from });
        }
    }
    const Adjacency kidWorkloads(n, kidToWorkload);
    const Adjacency workloadKids(n, workloadToKid);
    const Adjacency setKids(n, setToKid);

    const auto setPosition = [&](int kid) { return parentSet[kid] < 0 ? -1 : position[parentSet[kid]]; };
    std::sort(kids.begin(), kids.end(), [&](int a, int b) {
        const GraphNode& x = data.nodes[a];
        const GraphNode& y = data.nodes[b];
        return std::tuple(setPosition(a), !x.primary, x.label)
            < std::tuple(setPosition(b), !y.primary, y.label);
    });
    for (int i = 0; i < kids.size(); ++i)
        position[kids[i]] = i;
    for (int i = 0; i < workloads.size(); ++i)
        position[workloads[i]] = i;

    const auto crossingsNow = [&] {
        QList<QPair<int, int>> pairs;
        pairs.reserve(kidToWorkload.size());
        for (const auto& [kid, workload] : std::as_const(kidToWorkload))
            pairs.append({ position[kid], position[workload] });
        return countCrossings(pairs, int(workloads.size()));
    };
    // Kids stay grouped under their set: the set's position leads, the barycenter orders inside.
    const auto sortKids = [&](const QList<double>& kidKey) {
        sortColumn(kids, position, [&](int kid) { return setPosition(kid) * 1e9 + kidKey[kid]; });
    };

    QList<double> kidKey(n, 0);
    for (int kid : std::as_const(kids))
        kidKey[kid] = position[kid];
    sortColumn(
        workloads, position, [&](int w) { return barycenter(workloadKids, w, position, position[w]); });
    auto best = result.layers;
    qint64 bestCrossings = crossingsNow();
    for (int sweep = 0; sweep < options.sweeps && bestCrossings > 0; ++sweep) {
        for (int kid : std::as_const(kids))
            kidKey[kid] = barycenter(kidWorkloads, kid, position, position[kid]);
        sortKids(kidKey);
        sortColumn(
            sets, position, [&](int set) { return barycenter(setKids, set, position, position[set]); });
        sortKids(kidKey);
        sortColumn(
            workloads, position, [&](int w) { return barycenter(workloadKids, w, position, position[w]); });
        const qint64 crossings = crossingsNow();
        if (crossings < bestCrossings) {
            bestCrossings = crossings;
            best = result.layers;
        }
    }
    result.layers = best;
    result.crossings = bestCrossings;

    // Coordinates: kids one under the other, a gap between sets; each set beside its kids; each
    // workload at its kids' mean height, pushed apart in order.
    const double step = options.nodeHeight + options.rowGap;
    QList<double> y(n, 0);
    double cursor = 0;
    int previousSet = -2;
    for (int kid : std::as_const(result.layers[1])) {
        if (previousSet != -2 && parentSet[kid] != previousSet)
            cursor += options.groupGap;
        previousSet = parentSet[kid];
        y[kid] = cursor;
        cursor += step;
    }
    for (int set : std::as_const(result.layers[0])) {
        const int begin = setKids.start[set];
        const int end = setKids.start[set + 1];
        double sum = 0;
        for (int i = begin; i < end; ++i)
            sum += y[setKids.targets[i]];
        y[set] = begin == end ? 0 : sum / (end - begin);
    }
    spread(result.layers[0], y, step);
    for (int workload : std::as_const(result.layers[2])) {
        const int begin = workloadKids.start[workload];
        const int end = workloadKids.start[workload + 1];
        double sum = 0;
        for (int i = begin; i < end; ++i)
            sum += y[workloadKids.targets[i]];
        y[workload] = begin == end ? cursor : sum / (end - begin);
    }
    spread(result.layers[2], y, step);

    std::array<qreal, 3> x {};
    for (int column = 1; column < 3; ++column)
        x[column] = x[column - 1] + options.columnWidths[column - 1] + options.columnGap;
    for (int i = 0; i < n; ++i) {
        const int column = TrustGraphData::layerOf(data.nodes[i].kind);
        result.rects[i] = QRectF(x[column], y[i], options.columnWidths[column], options.nodeHeight);
        result.bounds |= result.rects[i];
    }
    return result;
}

} // namespace keyward::ui::trustmap
