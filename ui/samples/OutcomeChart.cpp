// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeChart.h"

#include "samples/SampleOutcome.h"

#include <QPainter>

namespace keyward::ui {
namespace {

constexpr int kRowHeight = 22;
constexpr int kChartLabelWidth = 140;
constexpr int kChartLegendHeight = 24;

} // namespace

OutcomeChart::OutcomeChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("outcomeChart"));
    setMinimumHeight(kChartLegendHeight + kRowHeight);
}

void OutcomeChart::setCounts(const QMap<QString, QMap<QString, int>>& counts)
{
    m_counts = counts;
    setMinimumHeight(kChartLegendHeight + kRowHeight * std::max<int>(1, int(m_counts.size())) + 8);
    updateGeometry();
    update();
}

QColor OutcomeChart::colorFor(const QString& outcome)
{
    if (outcome == QLatin1String("ok"))
        return QColor(0x2e, 0x9e, 0x5b);
    if (outcome == QLatin1String("key-retired"))
        return QColor(0x8f, 0xc9, 0x6b);
    if (outcome == QLatin1String("key-revoked") || outcome == QLatin1String("key-destroyed"))
        return QColor(0xc6, 0x28, 0x28);
    if (outcome == QLatin1String("unknown-kid") || outcome == QLatin1String("missing-kid"))
        return QColor(0xe0, 0x8e, 0x0b);
    if (outcome == QLatin1String("integrity-failure"))
        return QColor(0x8e, 0x24, 0xaa);
    return QColor(0x60, 0x7d, 0x8b);
}

QSize OutcomeChart::sizeHint() const
{
    return QSize(480, minimumHeight());
}

void OutcomeChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Legend: only the outcomes that occur.
    QStringList present;
    for (core::samples::SampleOutcome o : core::samples::allSampleOutcomes()) {
        const QString name = core::samples::sampleOutcomeName(o);
        for (const auto& perKid : m_counts) {
            if (perKid.value(name) > 0) {
                present << name;
                break;
            }
        }
    }
    int x = 4;
    const QFontMetrics fm = fontMetrics();
    for (const QString& name : std::as_const(present)) {
        p.fillRect(QRect(x, 6, 12, 12), colorFor(name));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(x + 16, 16, name);
        x += 16 + fm.horizontalAdvance(name) + 14;
    }
    int max = 1;
    for (const auto& perKid : m_counts) {
        int total = 0;
        for (int n : perKid)
            total += n;
        max = std::max(max, total);
    }
    const int barWidth = std::max(40, width() - kChartLabelWidth - 60);
    int y = kChartLegendHeight;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it, y += kRowHeight) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(4, y, kChartLabelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(it.key().isEmpty() ? tr("(no kid)") : it.key(), Qt::ElideMiddle, kChartLabelWidth - 8));
        int left = kChartLabelWidth;
        int total = 0;
        for (const QString& name : std::as_const(present)) {
            const int n = it.value().value(name);
            if (n <= 0)
                continue;
            total += n;
            const int w = std::max(2, barWidth * n / max);
            p.fillRect(QRect(left, y + 4, w, kRowHeight - 8), colorFor(name));
            left += w;
        }
        p.drawText(QRect(left + 6, y, 60, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, QString::number(total));
    }
}

} // namespace keyward::ui
