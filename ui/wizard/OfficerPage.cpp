// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OfficerPage.h"

#include "widgets/MessageWidget.h"
#include "widgets/OfficerForm.h"
#include "wizard/FirstRunWizard.h"
#include "widgets/ThemeColours.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace keyward::ui {

using core::Role;

OfficerPage::OfficerPage(Kind kind, FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_kind(kind)
    , m_wizard(wizard)
    , m_form(new OfficerForm(this))
    , m_message(new MessageWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    m_message->setObjectName(QStringLiteral("creationMessage"));
    layout->addWidget(m_message);
    if (kind == Kind::First) {
        setObjectName(QStringLiteral("firstOfficerPage"));
        setTitle(tr("First officer"));
        setSubTitle(tr("You: the officer who sets up the vault. Admin and key officer are usual roles."));
        m_form->setRoles({ Role::Admin, Role::KeyOfficer });
    } else {
        setObjectName(QStringLiteral("secondOfficerPage"));
        setTitle(tr("Second officer (approver)"));
        setSubTitle(tr("A different person who approves the first officer's requests."));
        auto* note = new QLabel(tr("<b>Hand the keyboard to the second officer now.</b> They type their own "
                                   "passphrase below; nobody else, including you, should know it."),
                                this);
        note->setObjectName(QStringLiteral("secondOfficerNote"));
        note->setWordWrap(true);
        note->setStyleSheet(theme::noteStyle(theme::Tone::Warning));
        layout->addWidget(note);
        m_form->requireRole(Role::Approver);
    }
    m_form->setObjectName(QStringLiteral("officerForm"));
    layout->addWidget(m_form);
    layout->addStretch();

    if (kind == Kind::Second) {
        m_progressLabel = new QLabel(tr("Measuring how hard this computer can make passphrase guessing, then "
                                        "creating the vault. This takes a moment…"),
                                     this);
        m_progressLabel->setObjectName(QStringLiteral("creationStatusLabel"));
        m_progressLabel->setWordWrap(true);
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("creationProgress"));
        m_progress->setRange(0, 0); // busy: Argon2 gives no progress reports
        m_progress->setAccessibleName(tr("Creating the vault"));
        layout->addWidget(m_progressLabel);
        layout->addWidget(m_progress);
        m_progressLabel->hide();
        m_progress->hide();
        setFinalPage(true);
        setButtonText(QWizard::FinishButton, tr("&Create vault"));
    }
    connect(m_form, &OfficerForm::changed, this, &QWizardPage::completeChanged);
}

void OfficerPage::initializePage()
{
    if (m_kind == Kind::Second)
        m_form->setTakenNames({ m_wizard->firstOfficerName() });
}

bool OfficerPage::isComplete() const { return m_form->isValid() && !m_wizard->isCreating(); }

bool OfficerPage::validatePage()
{
    if (m_kind == Kind::First) {
        m_wizard->setFirstOfficer(m_form->name(), m_form->roles(), m_form->takePassphrase());
        return true;
    }
    // Finish is pressed twice in effect: once by the officer (starts the creation, which runs in
    // the background), then by the wizard itself when the vault exists.
    if (m_wizard->hasVault())
        return true;
    if (m_wizard->isCreating())
        return false;
    m_message->hideMessage();
    m_wizard->startCreation(m_form->name(), m_form->roles(), m_form->takePassphrase());
    return false;
}

void OfficerPage::setBusy(bool busy)
{
    if (!m_progress)
        return;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_form->setInputEnabled(!busy);
    Q_EMIT completeChanged();
}

void OfficerPage::showError(const QString& message) { m_message->showMessage(message, MessageWidget::Type::Error); }

} // namespace keyward::ui
