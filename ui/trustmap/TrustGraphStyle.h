// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The trust map's colours and pens, shared by the graph items and the legend so both say the
// same. Kid colours are the Keys page's state colours (KeyTableModel::stateColor).

#include "trustmap/TrustGraphData.h"

#include <QColor>
#include <QPen>

namespace keyward::ui::trustmap::style {

enum class EdgeStyle { Membership, Declared, Observed, DeclaredAndObserved };

QColor stateColor(core::KeyState state);
QColor tint(const QColor& color, qreal amount);
QColor nodeFill(const GraphNode& node);
QColor nodeBorder(const GraphNode& node);
QPen edgePen(EdgeStyle style, bool lowDetail);
EdgeStyle edgeStyle(const GraphNode& from, const GraphEdge& edge);

inline const QColor selectedColor { 0x1f, 0x5f, 0xbf };
inline const QColor breaksColor { 0xc0, 0x39, 0x2b };
inline const QColor breaksFill { 0xf9, 0xd9, 0xd5 };
inline const QColor exposedColor { 0xb0, 0x7d, 0x00 };
inline const QColor exposedFill { 0xfd, 0xf0, 0xc8 };
inline const QColor matchFill { 0xff, 0xf3, 0x8a };
inline const QColor staleColor { 0xc0, 0x39, 0x2b };
inline const QColor textColor { 0x22, 0x2b, 0x33 };
inline const QColor mutedText { 0x55, 0x60, 0x6b };

} // namespace keyward::ui::trustmap::style
