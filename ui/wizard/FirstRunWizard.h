// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "vault/Vault.h"

#include <QWizard>

#include <memory>

namespace keyward::ui {

class OfficerPage;

// Shown when no vault exists at the chosen location: creates the vault with its first officer
// and the bootstrap's second officer (an approver), then hands the unlocked vault over.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    FirstRunWizard(const core::VaultLocation& location, const core::Clock& clock, KdfProvider kdf,
                   QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // The vault, unlocked as the first officer, once the wizard was accepted.
    std::unique_ptr<core::Vault> takeVault();
    bool hasVault() const { return m_vault != nullptr; }
    bool isCreating() const { return m_creating; }

    QString firstOfficerName() const { return m_firstName; }
    void setFirstOfficer(const QString& name, const QList<core::Role>& roles, core::SecureBytes passphrase);
    void startCreation(const QString& secondName, const QList<core::Role>& secondRoles,
                       core::SecureBytes secondPassphrase);

public Q_SLOTS:
    void reject() override;

private:
    void setBusy(bool busy);

    core::VaultLocation m_location;
    const core::Clock& m_clock;
    KdfProvider m_kdf;
    OfficerPage* m_secondPage;

    QString m_firstName;
    QList<core::Role> m_firstRoles;
    core::SecureBytes m_firstPassphrase;
    bool m_creating = false;
    std::unique_ptr<core::Vault> m_vault;
};

} // namespace keyward::ui
