// SPDX-License-Identifier: GPL-3.0-or-later
// The trust map's layered layout on hand-built graphs: columns in order, no two nodes of a column
// overlapping, kids grouped under their set, crossings removed where an order without them exists,
// and the crossing count itself.

#include "trustmap/TrustGraphLayout.h"
#include "trustmap/TrustGraphScene.h"

#include <QGraphicsItem>
#include <QRandomGenerator>
#include <QTest>

using namespace keyward;
using namespace keyward::ui::trustmap;

namespace {

int add(TrustGraphData& data, NodeKind kind, const QString& label, const QString& set = {})
{
    GraphNode node;
    node.kind = kind;
    node.label = label;
    node.keySet = kind == NodeKind::KeySet ? label : set;
    return data.addNode(node);
}

void link(TrustGraphData& data, int from, int to)
{
    GraphEdge edge;
    edge.from = from;
    edge.to = to;
    edge.declared = true;
    data.edges.append(edge);
}

// A random map: `sets` sets of `kidsPerSet` kids, `workloads` workloads trusting a few kids each.
TrustGraphData randomMap(int sets, int kidsPerSet, int workloads, int edgesPerWorkload, quint32 seed)
{
    QRandomGenerator random(seed);
    TrustGraphData data;
    QList<int> kids;
    for (int s = 0; s < sets; ++s) {
        const QString set = QStringLiteral("set-%1").arg(s);
        const int setNode = add(data, NodeKind::KeySet, set);
        for (int k = 0; k < kidsPerSet; ++k) {
            const int kid = add(data, NodeKind::Kid, QStringLiteral("kid-%1-%2").arg(s).arg(k), set);
            link(data, setNode, kid);
            kids.append(kid);
        }
    }
    for (int w = 0; w < workloads; ++w) {
        const int workload = add(data, NodeKind::Workload, QStringLiteral("workload-%1").arg(w));
        for (int e = 0; e < edgesPerWorkload; ++e)
            link(data, kids[random.bounded(int(kids.size()))], workload);
    }
    return data;
}

} // namespace

class TstTrustMapLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsCrossings()
    {
        // Upper 0→lower 1 and upper 1→lower 0 cross once; parallel edges never.
        QCOMPARE(countCrossings({ { 0, 1 }, { 1, 0 } }, 2), 1);
        QCOMPARE(countCrossings({ { 0, 0 }, { 1, 1 }, { 2, 2 } }, 3), 0);
        QCOMPARE(countCrossings({ { 0, 2 }, { 1, 1 }, { 2, 0 } }, 3), 3);
        // Edges sharing an end do not cross.
        QCOMPARE(countCrossings({ { 0, 0 }, { 0, 1 }, { 1, 1 } }, 2), 0);
    }

    void columnsAreOrderedAndRowsNeverOverlap()
    {
        const TrustGraphData data = randomMap(12, 6, 80, 3, 7);
        const GraphLayout layout = layOut(data);
        QCOMPARE(layout.rects.size(), data.nodes.size());
        // Columns left to right: sets, kids, workloads.
        for (int column = 0; column < 2; ++column)
            for (int a : layout.layers[column])
                for (int b : layout.layers[column + 1])
                    QVERIFY(layout.rects[a].right() < layout.rects[b].left());
        for (const QList<int>& column : layout.layers) {
            for (int i = 1; i < column.size(); ++i) {
                const QRectF& above = layout.rects[column[i - 1]];
                const QRectF& below = layout.rects[column[i]];
                QVERIFY2(above.bottom() <= below.top(), "rows of one column overlap or are out of order");
                QCOMPARE(above.left(), below.left());
            }
        }
        QCOMPARE(
            layout.layers[0].size() + layout.layers[1].size() + layout.layers[2].size(), data.nodes.size());
        for (const QRectF& rect : layout.rects)
            QVERIFY(layout.bounds.contains(rect));
    }

    void kidsStayGroupedUnderTheirSet()
    {
        const TrustGraphData data = randomMap(8, 5, 40, 4, 11);
        const GraphLayout layout = layOut(data);
        // The kids' column lists each set's kids contiguously, in the order of the sets' column.
        QStringList setsSeen;
        for (int kid : layout.layers[1]) {
            const QString set = data.nodes[kid].keySet;
            if (setsSeen.isEmpty() || setsSeen.last() != set) {
                QVERIFY2(!setsSeen.contains(set), qPrintable(set + QStringLiteral(" is split")));
                setsSeen.append(set);
            }
        }
        QStringList setOrder;
        for (int set : layout.layers[0])
            setOrder.append(data.nodes[set].label);
        QCOMPARE(setsSeen, setOrder);
        // Each set sits beside its kids: between its first and last kid's rows.
        for (int set : layout.layers[0]) {
            qreal top = 1e18, bottom = -1e18;
            for (const GraphEdge& edge : data.edges)
                if (edge.from == set) {
                    top = std::min(top, layout.rects[edge.to].top());
                    bottom = std::max(bottom, layout.rects[edge.to].bottom());
                }
            QVERIFY(layout.rects[set].center().y() >= top && layout.rects[set].center().y() <= bottom);
        }
    }

    void sweepsUntangleAPlanarMap()
    {
        // Workloads named against the kids' order: by name they would cross; a crossing-free
        // order exists and the sweeps find it.
        TrustGraphData data;
        const int set = add(data, NodeKind::KeySet, QStringLiteral("s"));
        QList<int> kids;
        for (int k = 0; k < 5; ++k) {
            kids.append(add(data, NodeKind::Kid, QStringLiteral("k%1").arg(k), QStringLiteral("s")));
            link(data, set, kids.last());
        }
        for (int w = 0; w < 5; ++w)
            link(data, kids[4 - w], add(data, NodeKind::Workload, QStringLiteral("w%1").arg(w)));
        const GraphLayout layout = layOut(data);
        QCOMPARE(layout.crossings, 0);
    }

    void sweepsNeverMakeItWorse()
    {
        TrustGraphData data = randomMap(20, 5, 150, 3, 3);
        LayoutOptions none;
        none.sweeps = 0;
        const qint64 before = layOut(data, none).crossings;
        const qint64 after = layOut(data).crossings;
        QVERIFY2(after <= before, qPrintable(QStringLiteral("%1 > %2").arg(after).arg(before)));
        QVERIFY(after < before); // on a random map they do improve it
    }

    void sceneFindsNodesByPosition()
    {
        TrustGraphScene scene;
        scene.setGraph(randomMap(3, 4, 10, 2, 5));
        for (int node = 0; node < scene.graph().nodes.size(); ++node) {
            const QRectF rect = scene.graphLayout().rects[node];
            QCOMPARE(scene.nodeAt(rect.center()), node);
            QCOMPARE(scene.nodeItem(node)->sceneBoundingRect().center(), rect.center());
        }
        QCOMPARE(scene.nodeAt(scene.sceneRect().topLeft()), -1);
    }
};

QTEST_MAIN(TstTrustMapLayout)
#include "tst_trustmaplayout.moc"
