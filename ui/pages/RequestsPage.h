// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RequestFilterProxyModel.h"
#include "pages/Page.h"

#include <memory>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace keyward::core {
struct Request;
class RequestEngine;
struct Review;
class Vault;
} // namespace keyward::core

namespace keyward::ui {

class MessageWidget;
class RequestDetailPane;
class RequestService;
class RequestTableModel;
class ReviewTableModel;

// The two-person rule at work (SPEC §4, §11): requests waiting for the unlocked officer's
// decision, the officer's own requests, the history, and the reviews of acts done alone that a
// second officer countersigns. Deciding happens in the approval dialog, where the deciding officer
// re-authenticates — so one officer may have unlocked the vault while another approves.
class RequestsPage : public Page {
    Q_OBJECT
public:
    enum class Tab { WaitingForMe, Mine, History, Reviews };

    explicit RequestsPage(core::Vault& vault, QWidget* parent = nullptr);
    ~RequestsPage() override;

    QList<QAction*> pageActions() const override;
    bool isSearchable() const override { return true; }
    void setSearchText(const QString& text) override;
    void refresh() override;

    core::RequestEngine& engine() const;
    RequestTableModel* model() const { return m_model; }
    RequestFilterProxyModel* proxy() const { return m_proxy; }
    ReviewTableModel* reviewModel() const { return m_reviews; }
    RequestDetailPane* detailPane() const { return m_detail; }
    MessageWidget* messageWidget() const { return m_message; }

    void showTab(Tab tab);
    Tab currentTab() const;
    // Selects the request in the current view; false when the view does not list it.
    bool selectRequest(qint64 id);
    bool selectReview(qint64 id);
    // Requests waiting for the unlocked officer plus open reviews they may countersign.
    int badgeCount() const;
    int waitingForMeCount() const;
    int openReviewCount() const;

public Q_SLOTS:
    // Opens the approval dialog (window-modal, not blocking) for the selected pending request.
    void decideSelected();
    void cancelSelected();
    void countersignSelected();

Q_SIGNALS:
    void vaultChanged();

private:
    QWidget* buildRequestView();
    QWidget* buildReviewView();
    void onTabChanged(int index);
    void onRequestSelectionChanged();
    void updateActions();
    void updateTabTexts();
    void afterChange(const QString& message, bool warning = false);
    const core::Request* selectedRequest() const;
    const core::Review* selectedReview() const;

    core::Vault& m_vault;
    const std::unique_ptr<RequestService> m_service;
    RequestTableModel* m_model;
    RequestFilterProxyModel* m_proxy;
    ReviewTableModel* m_reviews;
    QSortFilterProxyModel* m_reviewProxy;
    MessageWidget* m_message;
    QTabBar* m_tabs;
    QLineEdit* m_search;
    QStackedWidget* m_views;
    QTableView* m_table;
    QTableView* m_reviewTable;
    RequestDetailPane* m_detail;
    QAction* m_decideAction;
    QAction* m_cancelAction;
    QAction* m_countersignAction;
};

} // namespace keyward::ui
