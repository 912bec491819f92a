// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class AddOfficerDialog;
}

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class OfficerForm;

// Adds an officer through Vault::addOfficer. The new officer types their own passphrase here
// (SPEC §2). Until the approvals issue, an admin adds officers alone; so did the bootstrap.
class AddOfficerDialog : public QDialog {
    Q_OBJECT
public:
    AddOfficerDialog(core::Vault& vault, KdfProvider kdf, QWidget* parent = nullptr);
    ~AddOfficerDialog() override;

    OfficerForm* form() const;
    QPushButton* addButton() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void officerAdded(const QString& name);

private:
    void setBusy(bool busy);
    void updateButtons();

    const std::unique_ptr<Ui::AddOfficerDialog> m_ui;
    core::Vault& m_vault;
    KdfProvider m_kdf;
    bool m_busy = false;
};

} // namespace keyward::ui
