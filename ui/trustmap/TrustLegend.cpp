// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustLegend.h"

#include "models/KeyTableModel.h"
#include "trustmap/TrustGraphStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace keyward::ui::trustmap {

namespace {

QPixmap swatch(const QColor& fill, const QPen& border)
{
    QPixmap pixmap(28, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(2, 2, 24, 10), 2, 2);
    return pixmap;
}

QPixmap line(const QPen& pen)
{
    QPixmap pixmap(28, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.drawLine(QPointF(1, 7), QPointF(27, 7));
    return pixmap;
}

} // namespace

TrustLegend::TrustLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trustLegend"));
    setAccessibleName(tr("Legend"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    int row = 0;
    const auto add = [&](const QPixmap& pixmap, const QString& text) {
        auto* icon = new QLabel(this);
        icon->setPixmap(pixmap);
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1);
        ++row;
    };
    for (core::KeyState state : core::allKeyStates())
        add(swatch(
                style::tint(style::stateColor(state), 0.3), QPen(style::stateColor(state).darker(120), 1.5)),
            tr("Kid: %1").arg(KeyTableModel::stateText(state)));
    add(swatch(QColor(0xfc, 0xec, 0xea), QPen(style::staleColor, 1.8)), tr("Workload with stale trust"));
    add(line(style::edgePen(style::EdgeStyle::Declared, false)), tr("Declared trust, not observed"));
    add(line(style::edgePen(style::EdgeStyle::Observed, false)), tr("Observed, not declared"));
    add(line(style::edgePen(style::EdgeStyle::DeclaredAndObserved, false)), tr("Declared and observed"));
    add(swatch(style::breaksFill, QPen(style::breaksColor, 2)), tr("Breaks if the selected kid vanishes"));
    add(swatch(style::exposedFill, QPen(style::exposedColor, 2)), tr("Exposed if the selected kid leaks"));
    grid->setColumnStretch(1, 1);
}

} // namespace keyward::ui::trustmap
