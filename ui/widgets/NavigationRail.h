// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace keyward::ui {

// The left-hand page list of the main window (KeePassXC/XCA style): icon, text and an optional
// badge with a count of things waiting on that page (pending approvals, expiring keys ...).
class NavigationRail : public QListWidget {
    Q_OBJECT
public:
    static constexpr int BadgeRole = Qt::UserRole + 1;
    static constexpr int PageIdRole = Qt::UserRole + 2;

    explicit NavigationRail(QWidget* parent = nullptr);

    void addPage(const QString& id, const QIcon& icon, const QString& text);
    int rowOf(const QString& id) const;
    QString currentPageId() const;
    void selectPage(const QString& id);

    // 0 hides the badge.
    void setBadge(const QString& id, int count);
    int badge(const QString& id) const;

    QSize sizeHint() const override;

private:
    void applyStyle();
};

} // namespace keyward::ui
