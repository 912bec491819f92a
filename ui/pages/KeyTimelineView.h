// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyInventory.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QWidget>

namespace keyward::ui {

// Keys across time, one lane per key grouped by key set (SPEC §11 timeline): the span from
// activation to expiry coloured by state, a pending lead-in, the grace window of a key in grace,
// a marker at the cryptoperiod end, and a vertical "now" line. Hand-painted (STYLE §10): a chart
// of hundreds of lanes is cheaper and clearer drawn than assembled from widgets.
class KeyTimelineView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLanes = 400; // beyond that a timeline stops being readable

    explicit KeyTimelineView(QWidget* parent = nullptr);

    // `entries` in the order to draw them (the page passes what its filters show, at most
    // kMaxLanes); `notShown` keys beyond those are counted under the chart.
    void setKeys(const QList<core::KeyListEntry>& entries, const QHash<QString, core::KeySetPolicy>& policies,
                 const QDateTime& now, int notShown = 0);
    int laneCount() const { return int(m_lanes.size()); }
    int hiddenCount() const { return m_hidden; }
    QDateTime rangeStart() const { return m_start; }
    QDateTime rangeEnd() const { return m_end; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void keyClicked(const QString& keySet, const QString& kid);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override; // tooltips per lane

private:
    struct Lane {
        bool header = false; // a key set's title row
        QString keySet;
        core::KeyRecord key;
        QDateTime cryptoperiodEnd;
    };

    double xFor(const QDateTime& at, double left, double width) const;
    int laneAt(int y) const;
    void paintAxis(QPainter& painter, const QRectF& chart) const;
    void paintLane(QPainter& painter, const Lane& lane, const QRectF& row, const QRectF& chart) const;
    void paintLegend(QPainter& painter, double top) const;
    static void paintDiamond(QPainter& painter, const QPointF& center);

    QList<Lane> m_lanes;
    int m_hidden = 0;
    QDateTime m_now;
    QDateTime m_start;
    QDateTime m_end;
};

} // namespace keyward::ui
