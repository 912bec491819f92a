// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>

namespace keyward::ui::trustmap {

class TrustGraphScene;

// One node box. It holds only its index: the text, colours and mark come from the scene, so a
// map of 15,000 nodes keeps one copy of its data.
class NodeItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 1301 };

    NodeItem(int node, const QRectF& rect);
    int type() const override { return Type; }
    int node() const { return m_node; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int m_node;
    QRectF m_rect;
};

// Every edge in one item: culled against the exposed rectangle, batched per pen, dropped when
// zoomed far out (only the selected kid's edges stay), drawn without antialiasing when small.
class EdgeLayerItem final : public QGraphicsItem {
public:
    EdgeLayerItem(QList<QLineF> lines, const QRectF& bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Below this level of detail only highlighted edges are drawn.
    static constexpr qreal MinimumEdgeDetail = 0.12;
    // Below this level of detail node labels are dropped.
    static constexpr qreal MinimumLabelDetail = 0.45;

private:
    QList<QLineF> m_lines; // indexed like the scene's edges
    QRectF m_bounds;
};

} // namespace keyward::ui::trustmap
