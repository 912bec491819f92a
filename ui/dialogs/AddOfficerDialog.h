// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "common/SecureBytes.h"
#include "requests/Request.h"
#include "vault/KdfParams.h"
#include "vault/Role.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class AddOfficerDialog;
}

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class OfficerForm;
class RequestService;

// Adds an officer. The new officer types their own passphrase here (SPEC §2). During the bootstrap
// (no approver besides the creator yet) the officer is added at once through Vault::addOfficer;
// afterwards adding is a two-person request (OfficerRequestDrafts::officerAdd): the new keyslot is
// sealed now and waits in the request until a different officer approves.
class AddOfficerDialog : public QDialog {
    Q_OBJECT
public:
    AddOfficerDialog(RequestService& requests, KdfProvider kdf, QWidget* parent = nullptr);
    ~AddOfficerDialog() override;

    OfficerForm* form() const;
    QPushButton* addButton() const;
    bool isBusy() const { return m_busy; }
    // True after the bootstrap: OK submits a request instead of adding the officer.
    bool submitsRequest() const { return m_asRequest; }
    // After a request was submitted: half A of the new officer's enrollment, shown once.
    QLineEdit* halfAEdit() const { return m_halfA; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void officerAdded(const QString& name);
    void requestSubmitted(const core::Request& request);

private:
    void setBusy(bool busy);
    void updateButtons();

    void finish(const QString& name, const QList<core::Role>& roles, const core::SecureBytes& passphrase,
                const core::KdfParams& params);

    const std::unique_ptr<Ui::AddOfficerDialog> m_ui;
    RequestService& m_requests;
    core::Vault& m_vault;
    KdfProvider m_kdf;
    bool m_asRequest = false;
    bool m_submitted = false;
    QLineEdit* m_halfA = nullptr;
    bool m_busy = false;
};

} // namespace keyward::ui
