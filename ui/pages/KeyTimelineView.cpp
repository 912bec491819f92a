// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/KeyTimelineView.h"

#include "keys/KeyFlags.h"
#include "models/KeyTableModel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <functional>

namespace keyward::ui {

namespace {

constexpr int kLaneHeight = 22;
constexpr int kAxisHeight = 26;
constexpr int kLegendHeight = 30;
constexpr int kLabelWidth = 220;
constexpr int kMargin = 10;

QDateTime laneStart(const core::KeyRecord& key)
{
    return key.createdAt.isValid() ? key.createdAt : key.activatesAt;
}

} // namespace

KeyTimelineView::KeyTimelineView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keyTimelineView"));
    setAccessibleName(tr("Key timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
}

void KeyTimelineView::setKeys(const QList<core::KeyListEntry>& entries,
                              const QHash<QString, core::KeySetPolicy>& policies, const QDateTime& now, int notShown)
{
    m_lanes.clear();
    m_now = now;
    m_hidden = notShown;
    // Group by key set, keeping the given order inside each set.
    QStringList sets;
    QHash<QString, QList<const core::KeyListEntry*>> bySet;
    int shown = 0;
    for (const core::KeyListEntry& entry : entries) {
        if (shown >= kMaxLanes) {
            ++m_hidden;
            continue;
        }
        ++shown;
        if (!bySet.contains(entry.record.keySet))
            sets.append(entry.record.keySet);
        bySet[entry.record.keySet].append(&entry);
    }
    sets.sort();
    m_start = now.addDays(-30);
    m_end = now.addDays(90);
    for (const QString& set : std::as_const(sets)) {
        Lane header;
        header.header = true;
        header.keySet = set;
        m_lanes.append(header);
        const core::KeySetPolicy policy = policies.value(set, core::KeySetPolicy());
        for (const core::KeyListEntry* entry : bySet.value(set)) {
            Lane lane;
            lane.keySet = set;
            lane.key = entry->record;
            lane.cryptoperiodEnd = core::cryptoperiodEnd(entry->record, policy);
            const QDateTime start = laneStart(lane.key);
            if (start.isValid() && start < m_start)
                m_start = start;
            for (const QDateTime& end : { lane.key.expiresAt, lane.cryptoperiodEnd, lane.key.retireAfter }) {
                if (end.isValid() && end > m_end)
                    m_end = end;
            }
            m_lanes.append(lane);
        }
    }
    // A little air on both sides, and never more than five years wide (old archives would
    // squeeze the present into a hairline).
    m_start = std::max(m_start.addDays(-7), now.addYears(-3));
    m_end = std::min(m_end.addDays(14), now.addYears(2));
    updateGeometry();
    update();
}

QSize KeyTimelineView::sizeHint() const
{
    return { 900, kAxisHeight + int(m_lanes.size()) * kLaneHeight + kLegendHeight + 2 * kMargin };
}

QSize KeyTimelineView::minimumSizeHint() const { return { 500, sizeHint().height() }; }

double KeyTimelineView::xFor(const QDateTime& at, double left, double width) const
{
    const double span = double(m_start.msecsTo(m_end));
    if (span <= 0)
        return left;
    const double offset = double(m_start.msecsTo(at)) / span;
    return left + std::clamp(offset, 0.0, 1.0) * width;
}

int KeyTimelineView::laneAt(int y) const
{
    const int index = (y - kMargin - kAxisHeight) / kLaneHeight;
    return y < kMargin + kAxisHeight || index >= m_lanes.size() ? -1 : index;
}

void KeyTimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF chart(kMargin + kLabelWidth, kMargin + kAxisHeight, width() - 2 * kMargin - kLabelWidth,
                       double(m_lanes.size()) * kLaneHeight);
    if (m_lanes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No keys to show on the timeline."));
        return;
    }
    paintAxis(painter, chart);
    for (int i = 0; i < m_lanes.size(); ++i) {
        const QRectF row(kMargin, chart.top() + i * kLaneHeight, width() - 2 * kMargin, kLaneHeight);
        if (i % 2 == 1)
            painter.fillRect(row, palette().color(QPalette::AlternateBase));
        paintLane(painter, m_lanes.at(i), row, chart);
    }
    // The now line over every lane.
    const double nowX = xFor(m_now, chart.left(), chart.width());
    painter.setPen(QPen(QColor(0xd0, 0x3b, 0x3b), 1.5));
    painter.drawLine(QPointF(nowX, chart.top() - 6), QPointF(nowX, chart.bottom()));
    painter.drawText(QRectF(nowX - 40, kMargin - 2, 80, 14), Qt::AlignCenter, tr("now"));
    paintLegend(painter, chart.bottom() + 8);
    if (m_hidden > 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(kMargin, chart.bottom() + 8, kLabelWidth, 20), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%n more key(s) not drawn", nullptr, m_hidden));
    }
}

void KeyTimelineView::paintAxis(QPainter& painter, const QRectF& chart) const
{
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(chart.left(), chart.top() - 1), QPointF(chart.right(), chart.top() - 1));
    // Month ticks; labels every 1, 2, 3, 6 or 12 months, whichever is the first that fits.
    QDate month(m_start.date().year(), m_start.date().month(), 1);
    const double perMonth = chart.width() / std::max(1.0, double(m_start.daysTo(m_end)) / 30.44);
    const QLocale locale;
    const double labelWidth = painter.fontMetrics().horizontalAdvance(locale.toString(QDate(2026, 9, 1), QStringLiteral("MMM yyyy"))) + 12;
    int step = 12;
    for (int candidate : { 1, 2, 3, 6 }) {
        if (perMonth * candidate >= labelWidth) {
            step = candidate;
            break;
        }
    }
    for (; QDateTime(month, QTime(0, 0), Qt::UTC) <= m_end; month = month.addMonths(1)) {
        const QDateTime at(month, QTime(0, 0), Qt::UTC);
        if (at < m_start)
            continue;
        const double x = xFor(at, chart.left(), chart.width());
        painter.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
        if ((month.month() - 1) % step != 0)
            continue;
        painter.setPen(palette().color(QPalette::Text));
        const QString label = month.month() == 1 ? locale.toString(month, QStringLiteral("MMM yyyy"))
                                                 : locale.toString(month, QStringLiteral("MMM"));
        painter.drawText(QRectF(x + 3, chart.top() - kAxisHeight + 6, labelWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

void KeyTimelineView::paintLane(QPainter& painter, const Lane& lane, const QRectF& row, const QRectF& chart) const
{
    if (lane.header) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(row.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, lane.keySet);
        painter.setFont(font());
        return;
    }
    const core::KeyRecord& key = lane.key;
    const QColor color = KeyTableModel::stateColor(key.state);
    painter.setPen(palette().color(QPalette::Text));
    const QString label = (key.primary ? QStringLiteral("★ ") : QStringLiteral("   ")) + key.kid;
    painter.drawText(QRectF(row.left() + 12, row.top(), kLabelWidth - 16, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(label, Qt::ElideMiddle, kLabelWidth - 16));

    const double top = row.top() + 5;
    const double height = row.height() - 10;
    const QDateTime created = laneStart(key);
    const QDateTime activates = key.activatesAt.isValid() && key.activatesAt > created ? key.activatesAt : created;
    const QDateTime expires = key.expiresAt.isValid() ? key.expiresAt : m_end;
    const double x0 = xFor(created, chart.left(), chart.width());
    const double x1 = xFor(activates, chart.left(), chart.width());
    const double x2 = xFor(expires, chart.left(), chart.width());
    // Pending lead-in: created until activation.
    if (x1 > x0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(KeyTableModel::stateColor(core::KeyState::Pending).lighter(150), Qt::Dense4Pattern));
        painter.drawRect(QRectF(x0, top, x1 - x0, height));
    }
    // The key's life: activation to expiry, in its state's colour.
    QColor fill = color;
    fill.setAlpha(key.state == core::KeyState::Retired || key.state == core::KeyState::Destroyed ? 90 : 170);
    painter.setPen(QPen(color.darker(125), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(x1, top, std::max(2.0, x2 - x1), height), 3, 3);
    // Grace window: from now until the key retires.
    if (key.state == core::KeyState::Grace && key.retireAfter.isValid()) {
        const double g0 = xFor(m_now, chart.left(), chart.width());
        const double g1 = xFor(key.retireAfter, chart.left(), chart.width());
        painter.setBrush(QBrush(KeyTableModel::stateColor(core::KeyState::Grace).darker(120), Qt::BDiagPattern));
        painter.drawRect(QRectF(g0, top - 2, std::max(2.0, g1 - g0), height + 4));
    }
    // Expiry: a solid end stop.
    if (key.expiresAt.isValid()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(QPointF(x2, top - 3), QPointF(x2, top + height + 3));
    }
    // Cryptoperiod end: a diamond where rotation is due.
    if (lane.cryptoperiodEnd.isValid()) {
        paintDiamond(painter, QPointF(xFor(lane.cryptoperiodEnd, chart.left(), chart.width()), top + height / 2));
    }
}

void KeyTimelineView::paintLegend(QPainter& painter, double top) const
{
    double x = kMargin + kLabelWidth;
    // Each entry: its marker as drawn in the chart, then its name.
    const auto entry = [&](const std::function<void(const QRectF&)>& marker, const QString& text) {
        marker(QRectF(x, top + 4, 18, 10));
        painter.setPen(palette().color(QPalette::Text));
        const double textWidth = painter.fontMetrics().horizontalAdvance(text) + 4;
        painter.drawText(QRectF(x + 22, top, textWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 22 + textWidth + 14;
    };
    const auto swatch = [&](const QBrush& brush) {
        return [&painter, brush, this](const QRectF& box) {
            painter.setPen(QPen(palette().color(QPalette::Mid), 1));
            painter.setBrush(brush);
            painter.drawRect(box);
        };
    };
    for (core::KeyState state : core::allKeyStates())
        entry(swatch(KeyTableModel::stateColor(state)), KeyTableModel::stateText(state));
    entry(swatch(QBrush(KeyTableModel::stateColor(core::KeyState::Grace).darker(120), Qt::BDiagPattern)), tr("grace window"));
    entry([&](const QRectF& box) { paintDiamond(painter, box.center()); }, tr("cryptoperiod end"));
    entry([&](const QRectF& box) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(QPointF(box.center().x(), box.top() - 2), QPointF(box.center().x(), box.bottom() + 2));
    }, tr("expiry"));
}

void KeyTimelineView::paintDiamond(QPainter& painter, const QPointF& center)
{
    QPainterPath diamond;
    diamond.moveTo(center.x(), center.y() - 6);
    diamond.lineTo(center.x() + 5, center.y());
    diamond.lineTo(center.x(), center.y() + 6);
    diamond.lineTo(center.x() - 5, center.y());
    diamond.closeSubpath();
    painter.setPen(QPen(QColor(0x7a, 0x1f, 0x1f), 1));
    painter.setBrush(QColor(0xf2, 0x8b, 0x3c));
    painter.drawPath(diamond);
}

void KeyTimelineView::mousePressEvent(QMouseEvent* event)
{
    const int index = laneAt(int(event->position().y()));
    if (index >= 0 && !m_lanes.at(index).header)
        Q_EMIT keyClicked(m_lanes.at(index).keySet, m_lanes.at(index).key.kid);
    QWidget::mousePressEvent(event);
}

bool KeyTimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = laneAt(help->pos().y());
        if (index < 0 || m_lanes.at(index).header) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Lane& lane = m_lanes.at(index);
        const auto when = [](const QDateTime& at) {
            return at.isValid() ? core::KeyInventory::formatDateTime(at) : tr("—");
        };
        QToolTip::showText(help->globalPos(),
                           tr("<b>%1</b> (%2)<br>state: %3<br>activates: %4<br>expires: %5<br>cryptoperiod ends: %6")
                               .arg(lane.key.kid.toHtmlEscaped(), lane.keySet.toHtmlEscaped(),
                                    KeyTableModel::stateText(lane.key.state),
                                    when(lane.key.activatesAt.isValid() ? lane.key.activatesAt : lane.key.createdAt),
                                    when(lane.key.expiresAt), when(lane.cryptoperiodEnd)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace keyward::ui
