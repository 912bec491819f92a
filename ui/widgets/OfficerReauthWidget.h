// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Who are you, and prove it now": the officer chooses themself and types their own passphrase
// (SPEC §4 re-authentication at the moment of approval). Shared by the approval and the
// countersign dialogs, so the vault may be unlocked by one officer while another decides.

#include "common/Result.h"
#include "vault/Officer.h"
#include "vault/OfficerCredential.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;

class OfficerReauthWidget : public QWidget {
    Q_OBJECT
public:
    explicit OfficerReauthWidget(QWidget* parent = nullptr);
    // A passphrase typed but never used (the dialog was closed) is wiped too.
    ~OfficerReauthWidget() override;

    // Every officer is listed (a refusal then names the rule instead of hiding the officer);
    // `preselect` is chosen when present.
    void setOfficers(const QList<core::Officer>& officers, const QString& preselect);
    void setOfficerLabel(const QString& text);
    void setInputEnabled(bool enabled);

    QString officer() const;
    bool hasPassphrase() const;
    QComboBox* officerCombo() const { return m_officer; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }

    // Moves the passphrase out of the field (cleared at once) and asks the vault to unwrap the
    // chosen officer's personal key with it. The secret is wiped when this returns.
    core::Result<core::OfficerCredential> authenticate(core::Vault& vault);
    // What to tell the officer when authenticate() failed (rich text).
    static QString failureText(const core::Error& error, const QString& officer);

    // authenticate(), then `act` with the credential, which is destroyed (with the personal key
    // it holds) as soon as `act` returns. Nothing when the officer could not be authenticated:
    // `message` then says why.
    template <typename Act>
    auto actAs(core::Vault& vault, MessageWidget* message, Act&& act)
        -> std::optional<decltype(act(std::declval<const core::OfficerCredential&>()))>
    {
        const QString name = officer();
        auto credential = authenticate(vault);
        if (!credential) {
            showFailure(message, credential.error(), name);
            return std::nullopt;
        }
        return act(credential.value());
    }

Q_SIGNALS:
    void changed();

private:
    static void showFailure(MessageWidget* message, const core::Error& error, const QString& officer);

    QLabel* m_officerLabel;
    QComboBox* m_officer;
    QLineEdit* m_passphrase;
};

} // namespace keyward::ui
