// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace keyward::ui::trustmap {

class TrustGraphScene;

// The trust graph's view: the wheel and Ctrl +/- zoom, a drag pans, a click selects the node
// under the mouse, arrows walk the nodes (Enter keeps the selection, Escape clears it), 0 fits
// the whole map. Its accessible description follows the selection, for screen readers.
class TrustGraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TrustGraphView(TrustGraphScene* scene, QWidget* parent = nullptr);

    TrustGraphScene* graphScene() const { return m_scene; }
    qreal zoom() const;
    void zoomBy(qreal factor);
    void centerOnNode(int node);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void actualSize();
    // The first view of a map: all of it when its labels or edges stay visible that way; a big map
    // is shown at the width of the view from its top instead of as a sliver.
    void showOverview();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void onSelectionChanged(int node);

    TrustGraphScene* m_scene;
    QPoint m_pressPos;
    enum class Pending { Nothing, FitAll, Overview };
    Pending m_pending = Pending::Nothing; // asked while hidden: done once the viewport has its size
};

} // namespace keyward::ui::trustmap
