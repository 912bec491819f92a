// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustGraphScene.h"

#include "models/KeyTableModel.h"
#include "trustmap/TrustGraphItems.h"

#include <algorithm>

namespace keyward::ui::trustmap {

TrustGraphScene::TrustGraphScene(QObject* parent)
    : QGraphicsScene(parent)
{
    setObjectName(QStringLiteral("trustGraphScene"));
}

TrustGraphScene::~TrustGraphScene() = default;

void TrustGraphScene::setGraph(TrustGraphData data, const LayoutOptions& options)
{
    // A scene-wide clear deletes the items at once instead of unindexing them one by one.
    clear();
    m_items.clear();
    m_data = std::move(data);
    m_layout = layOut(m_data, options);
    m_marks = QList<Mark>(m_data.nodes.size(), Mark::Normal);
    m_edgeHighlight = QList<bool>(m_data.edges.size(), false);
    m_selected = -1;
    m_matches.clear();

    const QRectF bounds = m_layout.bounds.adjusted(-40, -40, 40, 40);
    setSceneRect(bounds);
    QList<QLineF> lines;
    lines.reserve(m_data.edges.size());
    for (const GraphEdge& edge : std::as_const(m_data.edges)) {
        const QRectF& from = m_layout.rects[edge.from];
        const QRectF& to = m_layout.rects[edge.to];
        lines.append(QLineF(from.right(), from.center().y(), to.left(), to.center().y()));
    }
    m_edges = new EdgeLayerItem(std::move(lines), m_layout.bounds);
    addItem(m_edges);
    m_items.reserve(m_data.nodes.size());
    for (int i = 0; i < m_data.nodes.size(); ++i) {
        auto* item = new NodeItem(i, m_layout.rects[i]);
        m_items.append(item);
        addItem(item);
    }
    if (!m_search.isEmpty())
        setSearchText(m_search);
}

QGraphicsItem* TrustGraphScene::nodeItem(int node) const
{
    return m_items.value(node);
}

int TrustGraphScene::nodeAt(const QPointF& scenePos) const
{
    // The column is known from x; inside it the rows are sorted by y: a binary search, no item query.
    for (const QList<int>& column : m_layout.layers) {
        if (column.isEmpty())
            continue;
        const QRectF first = m_layout.rects[column.first()];
        if (scenePos.x() < first.left() || scenePos.x() > first.right())
            continue;
        const auto it = std::lower_bound(column.begin(), column.end(), scenePos.y(),
            [&](int node, qreal y) { return m_layout.rects[node].bottom() < y; });
        if (it != column.end() && m_layout.rects[*it].contains(scenePos))
            return *it;
    }
    return -1;
}

void TrustGraphScene::selectNode(int node)
{
    if (node < -1 || node >= m_data.nodes.size())
        node = -1;
    if (node == m_selected)
        return;
    m_selected = node;
    updateMarks();
    Q_EMIT selectedNodeChanged(node);
}

QList<int> TrustGraphScene::nodesMarked(Mark mark) const
{
    QList<int> nodes;
    for (int i = 0; i < m_marks.size(); ++i)
        if (m_marks[i] == mark)
            nodes.append(i);
    return nodes;
}

QList<int> TrustGraphScene::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    m_matches.clear();
    if (!m_search.isEmpty()) {
        for (const QList<int>& column : m_layout.layers)
            for (int node : column) {
                const GraphNode& n = m_data.nodes[node];
                if (n.label.contains(m_search, Qt::CaseInsensitive)
                    || n.keySet.contains(m_search, Qt::CaseInsensitive)
                    || n.detail.contains(m_search, Qt::CaseInsensitive))
                    m_matches.append(node);
            }
    }
    updateMarks();
    return m_matches;
}

void TrustGraphScene::updateMarks()
{
    std::fill(m_marks.begin(), m_marks.end(), hasFocusSet() ? Mark::Dimmed : Mark::Normal);
    std::fill(m_edgeHighlight.begin(), m_edgeHighlight.end(), false);
    for (int node : std::as_const(m_matches))
        m_marks[node] = Mark::Match;
    if (m_selected < 0 && !m_matches.isEmpty()) {
        // Without a selection the matches' own edges stay visible: who trusts what was found.
        for (int i = 0; i < m_data.edges.size(); ++i)
            m_edgeHighlight[i]
                = m_marks[m_data.edges[i].from] == Mark::Match || m_marks[m_data.edges[i].to] == Mark::Match;
    }
    if (m_selected >= 0) {
        for (int i = 0; i < m_data.edges.size(); ++i) {
            const GraphEdge& edge = m_data.edges[i];
            if (edge.from != m_selected && edge.to != m_selected)
                continue;
            m_edgeHighlight[i] = true;
            m_marks[edge.from == m_selected ? edge.to : edge.from] = Mark::Related;
        }
        const GraphBlast blast = m_data.blastOf(m_selected);
        for (int workload : blast.exposed)
            m_marks[workload] = Mark::Exposed;
        for (int workload : blast.breaks)
            m_marks[workload] = Mark::Breaks;
        m_marks[m_selected] = Mark::Selected;
    }
    update();
}

int TrustGraphScene::neighbourNode(int node, int key) const
{
    if (node < 0 || node >= m_data.nodes.size()) {
        for (const QList<int>& column : m_layout.layers)
            if (!column.isEmpty())
                return column.first();
        return -1;
    }
    const int layer = TrustGraphData::layerOf(m_data.nodes[node].kind);
    const QList<int>& column = m_layout.layers[layer];
    const qsizetype at = column.indexOf(node);
    if (key == Qt::Key_Up)
        return at > 0 ? column[at - 1] : node;
    if (key == Qt::Key_Down)
        return at + 1 < column.size() ? column[at + 1] : node;
    if (key == Qt::Key_Home)
        return column.first();
    if (key == Qt::Key_End)
        return column.last();
    const int target = key == Qt::Key_Left ? layer - 1 : key == Qt::Key_Right ? layer + 1 : -1;
    if (target < 0 || target > 2 || m_layout.layers[target].isEmpty())
        return node;
    // The connected node nearest in height; with none, the nearest node of that column.
    const qreal y = m_layout.rects[node].center().y();
    int best = -1;
    qreal bestDistance = 0;
    const auto consider = [&](int candidate) {
        const qreal distance = std::abs(m_layout.rects[candidate].center().y() - y);
        if (best < 0 || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    };
    for (const GraphEdge& edge : m_data.edges) {
        if (edge.from == node && TrustGraphData::layerOf(m_data.nodes[edge.to].kind) == target)
            consider(edge.to);
        else if (edge.to == node && TrustGraphData::layerOf(m_data.nodes[edge.from].kind) == target)
            consider(edge.from);
    }
    if (best < 0)
        for (int candidate : m_layout.layers[target])
            consider(candidate);
    return best;
}

QString TrustGraphScene::describe(int node) const
{
    if (node < 0 || node >= m_data.nodes.size())
        return {};
    const GraphNode& n = m_data.nodes[node];
    switch (n.kind) {
    case NodeKind::KeySet:
        return tr("Key set %1").arg(n.label);
    case NodeKind::Workload:
        return (
            n.stale ? tr("Workload %1 (%2), still using a retired or revoked kid") : tr("Workload %1 (%2)"))
            .arg(n.label, n.detail);
    case NodeKind::Kid: {
        const GraphBlast blast = m_data.blastOf(node);
        //: Kid summary: kid, key set, state, then how many workloads break / are exposed.
        return tr("Kid %1 in %2, %3%4: %n workload(s) break if it vanishes", nullptr,
                   int(blast.breaks.size()))
                   .arg(n.label, n.keySet, KeyTableModel::stateText(n.state),
                       n.primary ? tr(", primary") : QString())
            + tr(", %n exposed if it leaks", nullptr, int(blast.exposed.size()));
    }
    }
    return {};
}

} // namespace keyward::ui::trustmap
