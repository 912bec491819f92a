// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustGraphView.h"

#include "trustmap/TrustGraphItems.h"
#include "trustmap/TrustGraphScene.h"
#include "trustmap/TrustGraphStyle.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace keyward::ui::trustmap {

namespace {

constexpr qreal MaximumZoom = 4.0;
constexpr qreal ZoomStep = 1.25;

} // namespace

TrustGraphView::TrustGraphView(TrustGraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("trustGraphView"));
    setAccessibleName(tr("Trust map graph"));
    setAccessibleDescription(
        tr("Key sets, their kids and the workloads that trust them. Arrow keys move between "
           "nodes; plus and minus zoom; 0 fits the map."));
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setRenderHint(QPainter::Antialiasing);
    setBackgroundBrush(style::canvasColor);
    // Highlights repaint the one edge item anyway: repaint the viewport once, skip region sums.
    setViewportUpdateMode(FullViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    connect(scene, &TrustGraphScene::selectedNodeChanged, this, &TrustGraphView::onSelectionChanged);
}

qreal TrustGraphView::zoom() const
{
    return transform().m11();
}

void TrustGraphView::zoomBy(qreal factor)
{
    const QRectF all = sceneRect();
    const qreal fit = all.isEmpty()
        ? 1.0
        : std::min(viewport()->width() / all.width(), viewport()->height() / all.height());
    const qreal target = std::clamp(zoom() * factor, std::min(fit, 1.0) * 0.5, MaximumZoom);
    scale(target / zoom(), target / zoom());
}

void TrustGraphView::zoomIn()
{
    zoomBy(ZoomStep);
}

void TrustGraphView::zoomOut()
{
    zoomBy(1 / ZoomStep);
}

void TrustGraphView::fitAll()
{
    m_pending = isVisible() ? Pending::Nothing : Pending::FitAll;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1)
        actualSize(); // a small map at its natural size, not blown up
}

void TrustGraphView::showOverview()
{
    m_pending = isVisible() ? Pending::Nothing : Pending::Overview;
    const QRectF all = sceneRect();
    if (all.isEmpty())
        return;
    const qreal fitScale = std::min(viewport()->width() / all.width(), viewport()->height() / all.height());
    if (fitScale >= EdgeLayerItem::MinimumEdgeDetail) {
        fitAll();
        m_pending = isVisible() ? Pending::Nothing : Pending::Overview;
        return;
    }
    const qreal widthScale = std::min<qreal>(1.0, viewport()->width() / all.width());
    resetTransform();
    scale(widthScale, widthScale);
    centerOn(QPointF(all.center().x(), all.top() + viewport()->height() / widthScale / 2));
}

void TrustGraphView::actualSize()
{
    resetTransform();
    if (m_scene->selectedNode() >= 0)
        centerOnNode(m_scene->selectedNode());
}

void TrustGraphView::centerOnNode(int node)
{
    if (QGraphicsItem* item = m_scene->nodeItem(node))
        centerOn(item);
}

void TrustGraphView::wheelEvent(QWheelEvent* event)
{
    // Shift + wheel keeps scrolling; the plain wheel zooms around the mouse, as on a map.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomBy(std::pow(ZoomStep, delta / 120.0));
    event->accept();
}

void TrustGraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Escape:
        if (m_scene->selectedNode() >= 0) {
            m_scene->selectNode(-1);
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End: {
        if (event->modifiers() & Qt::ControlModifier)
            break; // Ctrl + arrows scroll
        const int next = m_scene->neighbourNode(m_scene->selectedNode(), event->key());
        if (next >= 0) {
            m_scene->selectNode(next);
            ensureVisible(m_scene->nodeItem(next), 60, 60);
        }
        return;
    }
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TrustGraphView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TrustGraphView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click (not a drag that panned) selects what is under the mouse, or clears on empty space.
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    m_scene->selectNode(m_scene->nodeAt(mapToScene(event->position().toPoint())));
}

void TrustGraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!isVisible())
        return;
    if (m_pending == Pending::FitAll)
        fitAll();
    else if (m_pending == Pending::Overview)
        showOverview();
}

bool TrustGraphView::viewportEvent(QEvent* event)
{
    // Tooltips per node without a tooltip string on each of 15,000 items.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_scene->describe(m_scene->nodeAt(mapToScene(help->pos())));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void TrustGraphView::onSelectionChanged(int node)
{
    const QString description = m_scene->describe(node);
    setAccessibleDescription(
        description.isEmpty() ? tr("Nothing selected. Arrow keys move between nodes.") : description);
}

} // namespace keyward::ui::trustmap
