// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustmap/TrustGraphData.h"

#include <QList>
#include <QRectF>

#include <array>

namespace keyward::ui::trustmap {

struct LayoutOptions {
    std::array<qreal, 3> columnWidths { 170, 230, 210 }; // key sets, kids, workloads
    qreal columnGap = 150;
    qreal nodeHeight = 30;
    qreal rowGap = 8;
    qreal groupGap = 14; // extra space between the kids of two key sets
    int sweeps = 4;
};

struct GraphLayout {
    QList<QRectF> rects; // indexed like TrustGraphData::nodes
    std::array<QList<int>, 3> layers; // node indices per column, top to bottom
    qint64 crossings = 0; // kid → workload crossings of the order kept
    QRectF bounds;
};

// A layered layout (Sugiyama style, without its O(n²) parts): three columns — key sets, kids,
// workloads —, kids kept grouped under their set so membership edges never cross, and the order
// inside each column improved by barycenter sweeps, keeping the sweep with the fewest kid →
// workload crossings (counted in O(E log V)). Rows are then placed at their neighbours' mean
// height and pushed apart in order, in O(n). The whole layout is O(sweeps · E log E).
GraphLayout layOut(const TrustGraphData& data, const LayoutOptions& options = {});

// Crossings between two adjacent columns for the given positions (index within the column).
qint64 countCrossings(const QList<QPair<int, int>>& edgePositions, int lowerCount);

} // namespace keyward::ui::trustmap
