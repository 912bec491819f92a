// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Who are you, and prove it now": the officer chooses themself and types their own passphrase
// (SPEC §4 re-authentication at the moment of approval). Shared by the approval and the
// countersign dialogs, so the vault may be unlocked by one officer while another decides.

#include "common/Result.h"
#include "vault/Officer.h"
#include "vault/OfficerCredential.h"
#include "vault/OfficerReauthentication.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;

class OfficerReauthWidget : public QWidget {
    Q_OBJECT
public:
    // The slow half of the re-authentication (Argon2id), run on the thread pool. Tests replace it
    // to hold the worker at a known point; it must touch nothing but its arguments.
    using Unwrapper = std::function<core::Result<core::UnwrappedOfficerSlot>(
        const QString& keySlotsPath, const QString& vaultId, const QString& officer, const core::SecureBytes& passphrase)>;
    // Runs on the GUI thread with the officer's credential, which is destroyed (with the personal
    // key it holds) as soon as it returns.
    using Act = std::function<void(const core::OfficerCredential&)>;

    explicit OfficerReauthWidget(QWidget* parent = nullptr);
    // A passphrase typed but never used (the dialog was closed) is wiped too.
    ~OfficerReauthWidget() override;

    // Every officer is listed (a refusal then names the rule instead of hiding the officer);
    // `preselect` is chosen when present.
    void setOfficers(const QList<core::Officer>& officers, const QString& preselect);
    void setOfficerLabel(const QString& text);
    void setInputEnabled(bool enabled);
    void setUnwrapper(Unwrapper unwrapper);

    QString officer() const;
    bool hasPassphrase() const;
    // True from actAs until the credential was handed over or refused.
    bool isBusy() const { return m_busy; }
    QComboBox* officerCombo() const { return m_officer; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QProgressBar* busyIndicator() const { return m_progress; }

    // Moves the passphrase out of the field (cleared at once), derives the chosen officer's key on
    // the thread pool while a busy indicator shows — the window keeps running — and then, back on
    // this thread, checks the officer on record and runs `act` with their credential. When the
    // officer could not be authenticated, `message` says why and `act` does not run. If this widget
    // is hidden (its dialog closed) or destroyed meanwhile, nothing runs; the passphrase and the
    // unwrapped key are wiped when the worker ends either way. busyChanged(false) follows in every
    // case but destruction.
    void actAs(core::Vault& vault, MessageWidget* message, Act act);
    // What to tell the officer when authenticating failed (rich text).
    static QString failureText(const core::Error& error, const QString& officer);

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void setBusy(bool busy, const QString& officer = QString());

    QLabel* m_officerLabel;
    QComboBox* m_officer;
    QLineEdit* m_passphrase;
    QLabel* m_busyLabel;
    QProgressBar* m_progress;
    Unwrapper m_unwrap;
    bool m_busy = false;
    bool m_inputEnabled = true;
    // Bumped when a running re-authentication is abandoned, so its late result is dropped.
    quint64 m_attempt = 0;
};

} // namespace keyward::ui
