// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"
#include "vault/Role.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OfficerForm;
}

namespace keyward::ui {

// Name, roles and a new passphrase typed twice — shared by the first-run wizard's two officer
// pages and the Add officer dialog. Validates as the officer types; problem() says what is missing.
class OfficerForm : public QWidget {
    Q_OBJECT
public:
    explicit OfficerForm(QWidget* parent = nullptr);
    ~OfficerForm() override;

    QString name() const;
    QList<core::Role> roles() const;
    void setRoles(const QList<core::Role>& roles);
    // The role is ticked and cannot be unticked (the bootstrap's second officer must approve).
    void requireRole(core::Role role);
    // Names already taken in the vault (or by an earlier wizard page).
    void setTakenNames(const QStringList& names);
    void setInputEnabled(bool enabled);
    // Without the passphrase fields: an officer added by request chooses it when enrolling.
    void setAsksPassphrase(bool asks);

    bool isValid() const { return problem().isEmpty(); }
    // Empty when valid, otherwise the first thing the officer has to fix.
    QString problem() const;

    // Moves the passphrase into secure memory and clears both fields.
    core::SecureBytes takePassphrase();

Q_SIGNALS:
    void changed();

private:
    void updateFeedback();

    const std::unique_ptr<Ui::OfficerForm> m_ui;
    QStringList m_takenNames;
    bool m_asksPassphrase = true;
};

} // namespace keyward::ui
