// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace keyward::ui {

// One page of the main window's stack. The window shows the current page's actions in its
// toolbar and hands the global search text (Ctrl+F) to it.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QList<QAction*> pageActions() const { return {}; }
    virtual bool isSearchable() const { return false; }
    virtual void setSearchText(const QString& text) { Q_UNUSED(text) }
    // Re-reads what the page shows after the vault changed.
    virtual void refresh() { }

Q_SIGNALS:
    // A link on this page asks the window to show another page (ids as in MainWindow).
    void navigateRequested(const QString& pageId);
};

} // namespace keyward::ui
