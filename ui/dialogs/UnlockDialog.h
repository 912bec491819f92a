// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "UnlockDelayPolicy.h"
#include "vault/Vault.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QPushButton;

namespace Ui {
class UnlockDialog;
}

namespace keyward::ui {

// Officer + passphrase → an unlocked Vault. Wrong passphrases are reported inline and each one
// makes the next attempt wait longer (UnlockDelayPolicy); a damaged or newer vault is named as such.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    struct DemoCredential {
        QString officer;
        QString passphrase;
        QString roles;
    };

    UnlockDialog(const core::VaultLocation& location, const core::Clock& clock, UnlockDelayPolicy delays,
                 QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // A throwaway demo vault: its officers' passphrases are shown on the screen.
    void setDemoCredentials(const QList<DemoCredential>& credentials);
    // Preselects an officer (e.g. the one who was unlocked before an auto-lock).
    void selectOfficer(const QString& officer);
    // A notice shown above the form, e.g. "Locked after 5 minutes without activity".
    void showNotice(const QString& text);

    // Offers "Enroll…" for officers whose addition was approved but who have no passphrase yet
    // (EnrollOfficerDialog): their first run. `kdf` prices their new keyslot.
    void offerEnrollment(KdfProvider kdf);
    QPushButton* enrollButton() const { return m_enrollButton; }
    // Opens the enrollment dialog (modal); on success the dialog is accepted with that vault.
    void enroll();

    std::unique_ptr<core::Vault> takeVault();
    int failedAttempts() const { return m_failures; }
    bool isWaiting() const { return m_waitTimer.isActive(); }
    bool isUnlocking() const { return m_unlocking; }

private:
    void loadOfficers();
    void tryUnlock();
    void finishUnlock(core::Result<std::unique_ptr<core::Vault>> result, const QString& officer);
    void updateWaitCountdown();
    void updateButtons();

    const std::unique_ptr<Ui::UnlockDialog> m_ui;
    core::VaultLocation m_location;
    const core::Clock& m_clock;
    UnlockDelayPolicy m_delays;
    int m_failures = 0;
    bool m_unlocking = false;
    bool m_damaged = false;
    QString m_failureText;
    QTimer m_waitTimer;
    QTimer m_countdownTimer;
    std::unique_ptr<core::Vault> m_vault;
    KdfProvider m_kdf;
    QPushButton* m_enrollButton = nullptr;
};

} // namespace keyward::ui
