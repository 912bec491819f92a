// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustGraphItems.h"

#include "models/KeyTableModel.h"
#include "trustmap/TrustGraphScene.h"
#include "trustmap/TrustGraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <array>

namespace keyward::ui::trustmap {

namespace {

TrustGraphScene* graphScene(const QGraphicsItem* item)
{
    return static_cast<TrustGraphScene*>(item->scene());
}

QColor markedFill(const GraphNode& node, Mark mark)
{
    switch (mark) {
    case Mark::Breaks:
        return style::breaksFill;
    case Mark::Exposed:
        return style::exposedFill;
    case Mark::Match:
        return style::matchFill;
    default:
        return style::nodeFill(node);
    }
}

QPen markedBorder(const GraphNode& node, Mark mark)
{
    switch (mark) {
    case Mark::Selected:
        return QPen(style::selectedColor, 3);
    case Mark::Related:
        return QPen(style::selectedColor, 1.6);
    case Mark::Breaks:
        return QPen(style::breaksColor, 2.2);
    case Mark::Exposed:
        return QPen(style::exposedColor, 2.2);
    case Mark::Match:
        return QPen(style::matchColor, 1.8);
    default:
        return QPen(style::nodeBorder(node), node.stale ? 1.8 : 1);
    }
}

} // namespace

NodeItem::NodeItem(int node, const QRectF& rect)
    : m_node(node)
    , m_rect(rect)
{
    setPos(rect.topLeft());
    m_rect.moveTopLeft({ 0, 0 });
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton); // the view selects on click, so a drag still pans
}

QRectF NodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const TrustGraphScene* scene = graphScene(this);
    const GraphNode& node = scene->graph().nodes[m_node];
    const Mark mark = scene->mark(m_node);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (mark == Mark::Dimmed)
        painter->setOpacity(0.4);

    // Far out a node is a few pixels: one filled rectangle, no border, no text.
    if (lod < EdgeLayerItem::MinimumEdgeDetail) {
        painter->fillRect(m_rect,
            mark == Mark::Normal || mark == Mark::Dimmed ? style::nodeBorder(node)
                                                         : markedBorder(node, mark).color());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= EdgeLayerItem::MinimumLabelDetail);
    painter->setPen(markedBorder(node, mark));
    painter->setBrush(markedFill(node, mark));
    const qreal radius = node.kind == NodeKind::Workload ? 4 : node.kind == NodeKind::KeySet ? 10 : 3;
    painter->drawRoundedRect(m_rect, radius, radius);
    if (node.kind == NodeKind::Kid) // the state colour as a band, readable on any mark
        painter->fillRect(QRectF(m_rect.left() + 1, m_rect.top() + 1, 6, m_rect.height() - 2),
            style::stateColor(node.state));
    if (lod < EdgeLayerItem::MinimumLabelDetail)
        return;

    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(node.kind == NodeKind::KeySet || node.primary);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    QRectF text = m_rect.adjusted(node.kind == NodeKind::Kid ? 12 : 8, 0, -6, 0);
    QString tag;
    if (node.kind == NodeKind::Kid && node.converging)
        //: Trust map: tag on a key in grace whose rotation has not converged (it may not be retired yet).
        tag = QCoreApplication::translate("keyward::ui::trustmap::NodeItem", "converging");
    else if (node.kind == NodeKind::Kid)
        tag = node.primary ? QStringLiteral("★ ") + KeyTableModel::stateText(node.state)
                           : KeyTableModel::stateText(node.state);
    else if (node.kind == NodeKind::Workload && node.stale)
        //: Trust map: tag on a workload still using a retired or revoked kid.
        tag = QStringLiteral("⚠ ") + QCoreApplication::translate("keyward::ui::trustmap::NodeItem", "stale");
    if (!tag.isEmpty()) {
        QFont small = font;
        small.setBold(false);
        small.setPointSizeF(7.5);
        painter->setFont(small);
        painter->setPen(node.stale ? style::staleColor : node.converging ? style::exposedColor : style::mutedText);
        const qreal tagWidth = QFontMetricsF(small).horizontalAdvance(tag);
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, tag);
        text.setRight(text.right() - tagWidth - 6);
        painter->setFont(font);
    }
    painter->setPen(style::textColor);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(node.label, Qt::ElideMiddle, text.width()));
}

EdgeLayerItem::EdgeLayerItem(QList<QLineF> lines, const QRectF& bounds)
    : m_lines(std::move(lines))
    , m_bounds(bounds)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect, to cull
}

void EdgeLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const TrustGraphScene* scene = graphScene(this);
    const TrustGraphData& data = scene->graph();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool lowDetail = lod < EdgeLayerItem::MinimumLabelDetail;
    const bool drawPlain = lod >= MinimumEdgeDetail;
    const bool focused = scene->hasFocusSet();
    const QRectF exposed = option->exposedRect;

    // Batches: one drawLines per pen instead of one call per edge.
    std::array<QList<QLineF>, 4> plain;
    QList<QLineF> highlighted;
    QList<QColor> highlightColors;
    QList<bool> highlightDashed;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QLineF& line = m_lines[i];
        if (std::max(line.y1(), line.y2()) < exposed.top()
            || std::min(line.y1(), line.y2()) > exposed.bottom() || line.x2() < exposed.left()
            || line.x1() > exposed.right())
            continue;
        const GraphEdge& edge = data.edges[i];
        if (scene->isEdgeHighlighted(i)) {
            highlighted.append(line);
            const Mark target = scene->mark(edge.to);
            highlightColors.append(target == Mark::Breaks ? style::breaksColor
                    : target == Mark::Exposed             ? style::exposedColor
                                                          : style::selectedColor);
            highlightDashed.append(
                style::edgeStyle(data.nodes[edge.from], edge) == style::EdgeStyle::Observed);
        } else if (drawPlain) {
            plain[int(style::edgeStyle(data.nodes[edge.from], edge))].append(line);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, !lowDetail);
    painter->setOpacity(focused ? 0.25 : 1.0);
    for (int s = 0; s < int(plain.size()); ++s) {
        if (plain[s].isEmpty())
            continue;
        QPen pen = style::edgePen(style::EdgeStyle(s), lowDetail);
        pen.setCosmetic(lowDetail); // far out, a hairline instead of a line scaled to nothing
        painter->setPen(pen);
        painter->drawLines(plain[s]);
    }
    painter->setOpacity(1.0);
    for (int i = 0; i < highlighted.size(); ++i) {
        QPen pen(highlightColors[i], lowDetail ? 2 : 2.4);
        pen.setCosmetic(lowDetail);
        if (highlightDashed[i] && !lowDetail)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(highlighted[i]);
    }
}

} // namespace keyward::ui::trustmap
