// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "vault/Vault.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace keyward::ui {

class MessageWidget;
class NewPassphraseFields;

// The new officer's first run (issue #12): both enrollment halves (A from the requester, B from the
// approver) and a passphrase of their own choosing; Vault::enroll makes their keyslot and signing
// key and unlocks the vault as them (takeVault()).
class EnrollOfficerDialog : public QDialog {
    Q_OBJECT
public:
    EnrollOfficerDialog(const core::VaultLocation& location, const core::Clock& clock, KdfProvider kdf,
                        QWidget* parent = nullptr);
    ~EnrollOfficerDialog() override;

    void selectOfficer(const QString& name);
    QComboBox* officerBox() const { return m_officer; }
    QLineEdit* halfAEdit() const { return m_halfA; }
    QLineEdit* halfBEdit() const { return m_halfB; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* enrollButton() const;

    std::unique_ptr<core::Vault> takeVault() { return std::move(m_vault); }

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();

    core::VaultLocation m_location;
    const core::Clock& m_clock;
    KdfProvider m_kdf;
    QComboBox* m_officer;
    QLineEdit* m_halfA;
    QLineEdit* m_halfB;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    NewPassphraseFields* m_fields;
    MessageWidget* m_message;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<core::Vault> m_vault;
};

} // namespace keyward::ui
