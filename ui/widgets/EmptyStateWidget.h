// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace keyward::ui {

// Shown where a page has nothing to show yet: says what the page is for and what comes next,
// instead of leaving an empty table or inventing example data.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    EmptyStateWidget(const QIcon& icon, const QString& title, const QString& description,
                     QWidget* parent = nullptr);

    QString title() const;
    QString description() const;

private:
    QLabel* m_title;
    QLabel* m_description;
};

} // namespace keyward::ui
