// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward::core {
class AuditLog;
}

namespace keyward::ui {

class AuditEventModel;
class ChainMonitor;
class MessageWidget;

// The audit log: the chain status as a banner, every event in a searchable, sortable table
// (read page by page), and "Verify chain" to re-check every link.
class AuditPage : public Page {
    Q_OBJECT
public:
    AuditPage(const core::AuditLog& log, ChainMonitor& chain, QWidget* parent = nullptr);

    QList<QAction*> pageActions() const override;
    bool isSearchable() const override { return true; }
    void setSearchText(const QString& text) override;
    void refresh() override;

    AuditEventModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    void showChainStatus();

    ChainMonitor& m_chain;
    AuditEventModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageWidget* m_banner;
    MessageWidget* m_loadError;
    QLineEdit* m_search;
    QTableView* m_table;
    QAction* m_verifyAction;
    QAction* m_refreshAction;
};

} // namespace keyward::ui
