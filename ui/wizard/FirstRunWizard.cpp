// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FirstRunWizard.h"

#include "BackgroundTask.h"
#include "wizard/OfficerPage.h"
#include "wizard/VaultCreationJob.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QIcon>

namespace keyward::ui {

FirstRunWizard::FirstRunWizard(const core::VaultLocation& location, const core::Clock& clock, KdfProvider kdf,
                               QWidget* parent)
    : QWizard(parent)
    , m_location(location)
    , m_clock(clock)
    , m_kdf(std::move(kdf))
    , m_secondPage(nullptr)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Create a Keyward vault"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/keyward.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(new WelcomePage(location.dir, this));
    addPage(new OfficerPage(OfficerPage::Kind::First, this));
    m_secondPage = new OfficerPage(OfficerPage::Kind::Second, this);
    addPage(m_secondPage);
    resize(660, 520);
}

FirstRunWizard::~FirstRunWizard() = default;

std::unique_ptr<core::Vault> FirstRunWizard::takeVault() { return std::move(m_vault); }

void FirstRunWizard::setFirstOfficer(const QString& name, const QList<core::Role>& roles,
                                     core::SecureBytes passphrase)
{
    m_firstName = name;
    m_firstRoles = roles;
    m_firstPassphrase = std::move(passphrase);
}

void FirstRunWizard::startCreation(const QString& secondName, const QList<core::Role>& secondRoles,
                                   core::SecureBytes secondPassphrase)
{
    auto job = std::make_shared<VaultCreationJob>();
    job->location = m_location;
    // A clone: if creation fails only the second officer retypes, the first page keeps its secret.
    job->first = { m_firstName, m_firstRoles, m_firstPassphrase.clone() };
    job->second = { secondName, secondRoles, std::move(secondPassphrase) };
    job->kdf = m_kdf;
    job->clock = &m_clock;
    setBusy(true);
    runInBackground(this, [job] { job->run(); },
                    [this, job] {
                        setBusy(false);
                        if (job->error) {
                            m_secondPage->showError(
                                tr("The vault could not be created: %1").arg(job->error->message));
                            return;
                        }
                        m_firstPassphrase.clear();
                        m_vault = std::move(job->vault);
                        accept();
                    });
}

void FirstRunWizard::reject()
{
    // The worker is writing the vault: cancelling now would leave half of it behind.
    if (m_creating)
        return;
    QWizard::reject();
}

void FirstRunWizard::setBusy(bool busy)
{
    m_creating = busy;
    m_secondPage->setBusy(busy);
    for (WizardButton which : { BackButton, CancelButton })
        button(which)->setEnabled(!busy);
}

} // namespace keyward::ui
