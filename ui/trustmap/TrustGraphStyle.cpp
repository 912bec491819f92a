// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustGraphStyle.h"

#include "models/KeyTableModel.h"

namespace keyward::ui::trustmap::style {

QColor stateColor(core::KeyState state)
{
    QPalette canvas(canvasColor);
    canvas.setColor(QPalette::Window, canvasColor);
    canvas.setColor(QPalette::Base, canvasColor);
    canvas.setColor(QPalette::WindowText, textColor);
    return KeyTableModel::stateColor(state, canvas);
}

QColor tint(const QColor& color, qreal amount)
{
    // A pale version of a state colour: dark text stays readable on every state.
    return QColor::fromRgbF(
        1 - (1 - color.redF()) * amount, 1 - (1 - color.greenF()) * amount, 1 - (1 - color.blueF()) * amount);
}

QColor nodeFill(const GraphNode& node)
{
    switch (node.kind) {
    case NodeKind::KeySet:
        return QColor(0xe6, 0xec, 0xf3);
    case NodeKind::Kid:
        return tint(stateColor(node.state), node.state == core::KeyState::Destroyed ? 0.35 : 0.22);
    case NodeKind::Workload:
        return node.stale ? QColor(0xfc, 0xec, 0xea) : QColor(0xfb, 0xfc, 0xfd);
    }
    return Qt::white;
}

QColor nodeBorder(const GraphNode& node)
{
    switch (node.kind) {
    case NodeKind::KeySet:
        return QColor(0x5b, 0x6b, 0x7d);
    case NodeKind::Kid:
        return stateColor(node.state).darker(120);
    case NodeKind::Workload:
        return node.stale ? staleColor : QColor(0x7a, 0x87, 0x94);
    }
    return Qt::gray;
}

QPen edgePen(EdgeStyle style, bool lowDetail)
{
    // Dashes cost a lot to rasterise for thousands of lines: far out, observed trust is a lighter
    // solid line instead.
    switch (style) {
    case EdgeStyle::Membership:
        return QPen(QColor(0x80, 0x8c, 0x99), 1.2); // quieter than trust, still 3:1
    case EdgeStyle::Declared:
        return QPen(QColor(0x6f, 0x7c, 0x8a), 1.2);
    case EdgeStyle::Observed: {
        QPen pen(QColor(0x2f, 0x80, 0x9a), 1.4, lowDetail ? Qt::SolidLine : Qt::DashLine);
        return pen;
    }
    case EdgeStyle::DeclaredAndObserved:
        return QPen(QColor(0x2f, 0x80, 0x9a), 1.8);
    }
    return QPen(Qt::gray);
}

EdgeStyle edgeStyle(const GraphNode& from, const GraphEdge& edge)
{
    if (from.kind == NodeKind::KeySet)
        return EdgeStyle::Membership;
    if (edge.declared && edge.observed)
        return EdgeStyle::DeclaredAndObserved;
    return edge.observed ? EdgeStyle::Observed : EdgeStyle::Declared;
}

} // namespace keyward::ui::trustmap::style
