// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "pages/Page.h"

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;
class OfficerModel;

// The officers with their roles and signing keys, and "Add officer" for admins (and for the
// bootstrap's second officer while the vault has only one).
class OfficersPage : public Page {
    Q_OBJECT
public:
    OfficersPage(core::Vault& vault, KdfProvider kdf, QWidget* parent = nullptr);

    QList<QAction*> pageActions() const override;
    bool isSearchable() const override { return true; }
    void setSearchText(const QString& text) override;
    void refresh() override;

    OfficerModel* model() const { return m_model; }

public Q_SLOTS:
    // Opens the Add officer dialog (window-modal, not blocking, so an auto-lock can close it).
    void addOfficer();

Q_SIGNALS:
    void vaultChanged();

private:
    void updateState();

    core::Vault& m_vault;
    KdfProvider m_kdf;
    OfficerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageWidget* m_message;
    QLineEdit* m_search;
    QTableView* m_table;
    QAction* m_addAction;
};

} // namespace keyward::ui
