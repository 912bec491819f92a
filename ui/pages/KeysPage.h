// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"

#include <QStringList>

#include <memory>

class QAction;
class QComboBox;
class QMenu;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace keyward::core {
class Vault;
struct Request;
}

namespace keyward::ui {

class KeyDetailPane;
class KeyFilterProxyModel;
class KeyTableModel;
class KeyTimelineView;
class MessageWidget;
class RequestService;

// The key inventory (SPEC §3, §11): search as you type, filters, the table with its detail pane,
// a timeline per key set, and the Generate / Import / Register / Revoke / Key set policy actions.
// The table's and the detail pane's context menu asks for two-person requests (SPEC §4): rotation
// (a wizard), retirement, destruction and private export, each enabled where the key's state
// allows it. Files dropped on the page open the import flow.
class KeysPage : public Page {
    Q_OBJECT
public:
    KeysPage(core::Vault& vault, QWidget* parent = nullptr);
    ~KeysPage() override;

    QList<QAction*> pageActions() const override;
    bool isSearchable() const override { return true; }
    void setSearchText(const QString& text) override;
    void refresh() override;

    KeyTableModel* model() const { return m_model; }
    KeyFilterProxyModel* proxy() const { return m_proxy; }
    MessageWidget* messageWidget() const { return m_message; }
    // Selects the key in the table (clearing filters that hide it); false when it is not listed.
    bool selectKey(const QString& keySet, const QString& kid);
    // The menu the table and the detail pane show on right click (actions enabled per key).
    QMenu* keyMenu() const { return m_keyMenu; }

public Q_SLOTS:
    void generateKey();
    void importKeys(const QStringList& files = {});
    void registerKey();
    void revokeSelectedKey();
    void editKeySetPolicy();
    void requestRotation();
    void requestRetirement();
    void requestDestruction();
    void requestPrivateExport();

Q_SIGNALS:
    void vaultChanged();
    // A request was submitted from this page (the Requests page shows it).
    void requestSubmitted(qint64 requestId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // `revealHidden`: clear the filters that hide the key (an explicit choice); a refresh keeps them.
    void showStaleRefusal(const QString& message);
    bool selectKeyRow(const QString& keySet, const QString& kid, bool revealHidden);
    QWidget* buildFilterRow();
    QWidget* buildTableTab();
    void fillFilterCombos();
    void applyFilters();
    void onSelectionChanged();
    void updateTimeline();
    void updateActions();
    void afterChange(const QString& keySet, const QString& kid, const QString& message);
    QString selectedKeySet() const;
    void openKeyRequestDialog(int kind, const char* objectName);
    void afterRequest(const core::Request& request);
    void showKeyMenu(QWidget* from, const QPoint& pos);

    core::Vault& m_vault;
    const std::unique_ptr<RequestService> m_requests;
    KeyTableModel* m_model;
    KeyFilterProxyModel* m_proxy;
    MessageWidget* m_message;
    QLineEdit* m_search;
    QComboBox* m_setFilter;
    QComboBox* m_stateFilter;
    QComboBox* m_useFilter;
    QComboBox* m_ownerFilter;
    QComboBox* m_expiringFilter;
    QTabWidget* m_tabs;
    QTableView* m_table;
    KeyDetailPane* m_detail;
    KeyTimelineView* m_timeline;
    QAction* m_generateAction;
    QAction* m_importAction;
    QAction* m_registerAction;
    QAction* m_revokeAction;
    QAction* m_policyAction;
    QAction* m_rotateAction;
    QAction* m_retireAction;
    QAction* m_destroyAction;
    QAction* m_exportAction;
    QMenu* m_keyMenu;
};

} // namespace keyward::ui
