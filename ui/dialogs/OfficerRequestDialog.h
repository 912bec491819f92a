// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/Request.h"
#include "vault/Officer.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QPushButton;

namespace Ui {
class OfficerRequestDialog;
}

namespace keyward::ui {

class RequestService;

// Asks for an officer's removal or a change of their roles (SPEC §2: after the bootstrap every
// officer change is a two-person request). States the exact effect; OK submits through the
// RequestEngine and a refusal of the core is shown here, changing nothing.
class OfficerRequestDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Removal, RoleChange };

    OfficerRequestDialog(RequestService& requests, const core::Officer& officer, Kind kind, QWidget* parent = nullptr);
    ~OfficerRequestDialog() override;

    QPushButton* okButton() const;
    QString hint() const; // why OK is disabled, empty when it is enabled
    QString effectText() const;
    QString messageText() const;
    QList<core::Role> roles() const; // what the role boxes say

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void requestSubmitted(const core::Request& request);

private:
    QList<QPair<core::Role, QCheckBox*>> roleChecks() const;
    void validate();

    const std::unique_ptr<Ui::OfficerRequestDialog> m_ui;
    RequestService& m_requests;
    core::Officer m_officer;
    Kind m_kind;
};

} // namespace keyward::ui
