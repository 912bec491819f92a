// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "pages/Page.h"

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward::core {
class Vault;
struct Officer;
struct Request;
}

namespace keyward::ui {

class MessageWidget;
class OfficerModel;
class RequestService;

// The officers with their roles and signing keys. "Add officer" adds the bootstrap's second officer
// at once; afterwards adding, removing an officer and changing roles are two-person requests
// (SPEC §2, §4) submitted from here.
class OfficersPage : public Page {
    Q_OBJECT
public:
    OfficersPage(core::Vault& vault, KdfProvider kdf, QWidget* parent = nullptr);
    ~OfficersPage() override;

    QList<QAction*> pageActions() const override;
    bool isSearchable() const override { return true; }
    void setSearchText(const QString& text) override;
    void refresh() override;

    OfficerModel* model() const { return m_model; }

public Q_SLOTS:
    // Opens the Add officer dialog (window-modal, not blocking, so an auto-lock can close it).
    void addOfficer();
    // For the selected officer: a removal or role-change request.
    void requestRemoval();
    void changeRoles();
    // The current officer's half (A as requester, B as approver) of the selected enrolling
    // officer's enrollment, shown for handing over (issue #12).
    void showEnrollmentHalf();

Q_SIGNALS:
    void vaultChanged();
    void requestSubmitted(qint64 requestId);

private:
    void updateState();
    const core::Officer* selectedOfficer() const;
    void openOfficerRequest(int kind, const char* objectName);
    void afterRequest(const core::Request& request);

    core::Vault& m_vault;
    KdfProvider m_kdf;
    const std::unique_ptr<RequestService> m_requests;
    OfficerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageWidget* m_message;
    QLabel* m_fingerprint = nullptr;
    QLineEdit* m_search;
    QTableView* m_table;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_rolesAction;
    QAction* m_halfAction;
};

} // namespace keyward::ui
