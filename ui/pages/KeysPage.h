// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"

#include <QStringList>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace keyward::core {
class KeyProvider;
class Vault;
}

namespace keyward::ui {

class KeyDetailPane;
class KeyFilterProxyModel;
class KeyTableModel;
class KeyTimelineView;
class MessageWidget;

// The key inventory (SPEC §3, §11): search as you type, filters, the table with its detail pane,
// a timeline per key set, and the Generate / Import / Register / Revoke / Key set policy actions.
// Files dropped on the page open the import flow.
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

public Q_SLOTS:
    void generateKey();
    void importKeys(const QStringList& files = {});
    void registerKey();
    void revokeSelectedKey();
    void editKeySetPolicy();

Q_SIGNALS:
    void vaultChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildFilterRow();
    QWidget* buildTableTab();
    void fillFilterCombos();
    void applyFilters();
    void onSelectionChanged();
    void updateTimeline();
    void updateActions();
    void afterChange(const QString& keySet, const QString& kid, const QString& message);
    QString selectedKeySet() const;

    core::Vault& m_vault;
    const std::unique_ptr<core::KeyProvider> m_provider;
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
};

} // namespace keyward::ui
