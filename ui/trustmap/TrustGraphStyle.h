// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The trust map's colours and pens, shared by the graph items and the legend so both say the
// same. Kid colours are the Keys page's state colours (KeyTableModel::stateColor).

#include "trustmap/TrustGraphData.h"

#include <QColor>
#include <QPen>

namespace keyward::ui::trustmap::style {

enum class EdgeStyle { Membership, Declared, Observed, DeclaredAndObserved };

// The map is drawn on a light canvas whatever the palette (it is exported as a picture too): its
// colours are chosen against it, lines and marks at 3:1 or more (tst_theme checks).
inline const QColor canvasColor { 0xfd, 0xfe, 0xff };
QColor stateColor(core::KeyState state);
QColor tint(const QColor& color, qreal amount);
QColor nodeFill(const GraphNode& node);
QColor nodeBorder(const GraphNode& node);
QPen edgePen(EdgeStyle style, bool lowDetail);
EdgeStyle edgeStyle(const GraphNode& from, const GraphEdge& edge);

inline const QColor selectedColor { 0x1f, 0x5f, 0xbf };
inline const QColor breaksColor { 0xc0, 0x39, 0x2b };
inline const QColor breaksFill { 0xf9, 0xd9, 0xd5 };
inline const QColor exposedColor { 0xa0, 0x72, 0x00 };
inline const QColor exposedFill { 0xfd, 0xf0, 0xc8 };
inline const QColor matchFill { 0xff, 0xf3, 0x8a };
inline const QColor staleColor { 0xc0, 0x39, 0x2b };
inline const QColor matchColor { 0x9a, 0x7a, 0x00 };
inline const QColor textColor { 0x22, 0x2b, 0x33 };
inline const QColor mutedText { 0x55, 0x60, 0x6b };

} // namespace keyward::ui::trustmap::style
