// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-kid summary of a test run: one horizontal bar per kid, split by outcome, with counts and a
// legend — drawn with QPainter, so it needs no chart library.

#include <QList>
#include <QMap>
#include <QWidget>

namespace keyward::ui {

class OutcomeChart : public QWidget {
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget* parent = nullptr);

    // kid → outcome name → count.
    void setCounts(const QMap<QString, QMap<QString, int>>& counts);
    const QMap<QString, QMap<QString, int>>& counts() const { return m_counts; }
    static QColor colorFor(const QString& outcome);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QMap<QString, QMap<QString, int>> m_counts;
};

} // namespace keyward::ui
