// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustmap/TrustGraphData.h"
#include "trustmap/TrustGraphLayout.h"

#include <QGraphicsScene>

namespace keyward::ui::trustmap {

class EdgeLayerItem;
class NodeItem;

// How a node is drawn after a selection or a search.
enum class Mark : quint8 {
    Normal,
    Dimmed, // not part of what the officer is looking at
    Selected,
    Related, // the selected node's set, kids or workloads
    Breaks, // blast radius: breaks if the selected kid vanished
    Exposed, // blast radius: exposed if the selected kid leaked
    Match, // matches the search text
};

// The trust graph as a scene: one item per node (so clicks, tooltips and the BSP index work per
// node) and ONE item that paints every edge, because 50,000 edge items would cost more to index
// and sort than to draw. Selection and search only rewrite the marks and repaint.
class TrustGraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit TrustGraphScene(QObject* parent = nullptr);
    ~TrustGraphScene() override;

    void setGraph(TrustGraphData data, const LayoutOptions& options = {});
    const TrustGraphData& graph() const { return m_data; }
    const GraphLayout& graphLayout() const { return m_layout; }
    QGraphicsItem* nodeItem(int node) const;
    int nodeAt(const QPointF& scenePos) const;

    int selectedNode() const { return m_selected; }
    void selectNode(int node); // -1 clears
    Mark mark(int node) const { return m_marks.value(node, Mark::Normal); }
    QList<int> nodesMarked(Mark mark) const;
    bool isEdgeHighlighted(int edge) const { return m_edgeHighlight.value(edge, false); }
    bool hasFocusSet() const { return m_selected >= 0 || !m_search.isEmpty(); }

    // Marks the nodes whose label, set or detail contains `text`; returns them top to bottom,
    // column by column.
    QList<int> setSearchText(const QString& text);
    const QList<int>& searchMatches() const { return m_matches; }

    // Keyboard walk: Up/Down inside a column, Left/Right to the nearest connected node beside it.
    int neighbourNode(int node, int key) const;
    // A sentence naming the node and, for a kid, its blast radius (tooltip, accessible text).
    QString describe(int node) const;

Q_SIGNALS:
    void selectedNodeChanged(int node);

private:
    void updateMarks();

    TrustGraphData m_data;
    GraphLayout m_layout;
    QList<NodeItem*> m_items;
    EdgeLayerItem* m_edges = nullptr;
    QList<Mark> m_marks;
    QList<bool> m_edgeHighlight;
    int m_selected = -1;
    QString m_search;
    QList<int> m_matches;
};

} // namespace keyward::ui::trustmap
