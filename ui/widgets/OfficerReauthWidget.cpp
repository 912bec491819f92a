// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/OfficerReauthWidget.h"

#include "BackgroundTask.h"
#include "SecretInput.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

#include <algorithm>
#include <memory>
#include <optional>

namespace keyward::ui {

namespace {

// What the worker and the GUI thread share. The worker touches only this (never the widget,
// which may be gone by the time it ends); the last owner to let go wipes the secrets.
struct ReauthJob {
    OfficerReauthWidget::Unwrapper unwrap;
    QString keySlotsPath;
    QString vaultId;
    QString officer;
    core::SecureBytes passphrase;
    std::optional<core::Result<core::UnwrappedOfficerSlot>> unwrapped;
};

} // namespace

OfficerReauthWidget::OfficerReauthWidget(QWidget* parent)
    : QWidget(parent)
    , m_officerLabel(new QLabel(tr("&Approving officer:"), this))
    , m_officer(new QComboBox(this))
    , m_passphrase(new QLineEdit(this))
    , m_busyLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_unwrap(&core::OfficerReauthentication::unwrap)
{
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_officer->setObjectName(QStringLiteral("officerCombo"));
    m_officer->setAccessibleName(tr("Officer"));
    m_officerLabel->setBuddy(m_officer);
    layout->addRow(m_officerLabel, m_officer);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the chosen officer"));
    m_passphrase->setPlaceholderText(tr("Their own passphrase, typed now"));
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    layout->addRow(passphraseLabel, m_passphrase);

    // Argon2id takes about half a second at production cost: an indeterminate bar says it is
    // working while the window stays live.
    auto* busyRow = new QWidget(this);
    busyRow->setObjectName(QStringLiteral("reauthBusyRow"));
    auto* busyLayout = new QHBoxLayout(busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(QStringLiteral("reauthProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Checking the passphrase"));
    m_busyLabel->setObjectName(QStringLiteral("reauthBusyLabel"));
    busyLayout->addWidget(m_progress);
    busyLayout->addWidget(m_busyLabel, 1);
    layout->addRow(QString(), busyRow);
    busyRow->hide();

    connect(m_officer, &QComboBox::currentIndexChanged, this, [this] {
        // A passphrase typed for another officer must not be tried for this one: wiped.
        const core::SecureBytes discarded = takeSecret(m_passphrase);
        Q_EMIT changed();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &OfficerReauthWidget::changed);
}

OfficerReauthWidget::~OfficerReauthWidget()
{
    const core::SecureBytes discarded = takeSecret(m_passphrase);
}

void OfficerReauthWidget::setOfficers(const QList<core::Officer>& officers, const QString& preselect)
{
    const QSignalBlocker blocker(m_officer);
    m_officer->clear();
    for (const core::Officer& officer : officers) {
        //: An officer in the re-authentication combo: name — roles.
        m_officer->addItem(
            tr("%1 — %2").arg(officer.name, core::roleNames(officer.roles).join(QStringLiteral(", "))),
            officer.name);
    }
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(preselect)));
}

void OfficerReauthWidget::setOfficerLabel(const QString& text)
{
    m_officerLabel->setText(text);
}

void OfficerReauthWidget::setInputEnabled(bool enabled)
{
    m_inputEnabled = enabled;
    m_officer->setEnabled(enabled && !m_busy);
    m_passphrase->setEnabled(enabled && !m_busy);
}

void OfficerReauthWidget::setUnwrapper(Unwrapper unwrapper)
{
    m_unwrap = std::move(unwrapper);
}

QString OfficerReauthWidget::officer() const
{
    return m_officer->currentData().toString();
}

bool OfficerReauthWidget::hasPassphrase() const
{
    return !m_passphrase->text().isEmpty();
}

void OfficerReauthWidget::setBusy(bool busy, const QString& officer)
{
    if (busy)
        m_busyLabel->setText(tr("Checking %1's passphrase…").arg(officer));
    m_progress->parentWidget()->setVisible(busy);
    if (m_busy == busy)
        return;
    m_busy = busy;
    setInputEnabled(m_inputEnabled);
    Q_EMIT busyChanged(busy);
}

void OfficerReauthWidget::actAs(core::Vault& vault, MessageWidget* message, Act act)
{
    if (m_busy)
        return;
    auto job = std::make_shared<ReauthJob>();
    job->unwrap = m_unwrap;
    job->keySlotsPath = vault.location().keySlotsPath();
    job->vaultId = vault.vaultId();
    job->officer = officer();
    job->passphrase = takeSecret(m_passphrase);
    const quint64 attempt = ++m_attempt;
    setBusy(true, job->officer);
    runInBackground(
        this,
        [job] {
            job->unwrapped.emplace(job->unwrap(job->keySlotsPath, job->vaultId, job->officer, job->passphrase));
            job->passphrase.clear();
        },
        [this, job, attempt, vault = &vault, message, act = std::move(act)] {
            if (attempt != m_attempt)
                return; // abandoned: the dialog was closed meanwhile
            setBusy(false);
            // The fast half reads the officers table: only here, on the vault's own thread.
            core::Result<core::OfficerCredential> credential
                = core::OfficerReauthentication::complete(*vault, std::move(*job->unwrapped));
            job->unwrapped.reset();
            if (!credential) {
                message->showMessage(failureText(credential.error(), job->officer), MessageWidget::Type::Error);
                m_passphrase->setFocus(); // disabled while checking, it lost the focus: type again here
                Q_EMIT changed();
                return;
            }
            act(credential.value());
        });
}

void OfficerReauthWidget::hideEvent(QHideEvent* event)
{
    // Closing the dialog while the passphrase is being checked withdraws the decision: whatever
    // the worker finds is dropped, never signed behind the officer's back.
    if (m_busy) {
        ++m_attempt;
        setBusy(false);
    }
    QWidget::hideEvent(event);
}

QString OfficerReauthWidget::failureText(const core::Error& error, const QString& officer)
{
    if (error.code == core::ErrorCode::AuthenticationFailed)
        return tr("<b>Wrong passphrase for %1.</b> Nothing was signed. Check the officer and Caps Lock, then "
                  "type the passphrase again.")
            .arg(officer.toHtmlEscaped());
    return tr("<b>%1 could not be authenticated.</b> %2")
        .arg(officer.toHtmlEscaped(), error.message.toHtmlEscaped());
}

} // namespace keyward::ui
