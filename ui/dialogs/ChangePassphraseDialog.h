// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;

// A new passphrase, typed twice with its strength shown, and the current one (issue #12: every
// officer changes their own passphrase). Shared by the change-passphrase and enrollment dialogs.
class NewPassphraseFields : public QObject {
    Q_OBJECT
public:
    // Adds the new passphrase, its repetition and its strength as rows of `form`.
    NewPassphraseFields(QWidget* parent, QFormLayout* form, const QString& passphraseLabel);
    static QLineEdit* secretEdit(QWidget* parent, const QString& objectName);
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    // Empty when both fields hold the same acceptable passphrase, else what to fix.
    QString problem() const;
    QByteArray take(); // the passphrase as UTF-8; both fields are cleared

Q_SIGNALS:
    void changed();

private:
    void update();
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QProgressBar* m_bar;
    QLabel* m_label;
};

// Vault → Change passphrase…: re-seals only the current officer's keyslot (Vault::changePassphrase).
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    ChangePassphraseDialog(core::Vault& vault, KdfProvider kdf, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* changeButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();

    core::Vault& m_vault;
    KdfProvider m_kdf;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    NewPassphraseFields* m_fields;
    MessageWidget* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace keyward::ui
