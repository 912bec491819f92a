// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts every table page is built from, so all pages look and behave alike.

#include <QString>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace keyward::ui::pageparts {

QLabel* title(const QString& text, QWidget* parent);
// A detail pane's heading (the selected key or request): bold, a little larger, selectable.
void styleDetailTitle(QLabel* label);
// A filter field wired to `proxy` (case-insensitive, every column).
QLineEdit* filterEdit(const char* objectName, const QString& placeholder, const QString& accessibleName,
                      QSortFilterProxyModel* proxy, QWidget* parent);
void setUpProxy(QSortFilterProxyModel* proxy, QAbstractItemModel* source, int sortRole);
// Read-only, sortable, whole-row selection over `proxy`, sorted by `sortColumn` ascending.
// `accessibleName` is what a screen reader calls the table (its columns are read from the header).
QTableView* tableView(const char* objectName, QSortFilterProxyModel* proxy, int sortColumn, QWidget* parent,
                      const QString& accessibleName = QString());

} // namespace keyward::ui::pageparts
