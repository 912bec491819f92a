// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/OfficerReauthWidget.h"

#include "SecretInput.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace keyward::ui {

OfficerReauthWidget::OfficerReauthWidget(QWidget* parent)
    : QWidget(parent)
    , m_officerLabel(new QLabel(tr("&Approving officer:"), this))
    , m_officer(new QComboBox(this))
    , m_passphrase(new QLineEdit(this))
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
    m_officer->setEnabled(enabled);
    m_passphrase->setEnabled(enabled);
}

QString OfficerReauthWidget::officer() const
{
    return m_officer->currentData().toString();
}

bool OfficerReauthWidget::hasPassphrase() const
{
    return !m_passphrase->text().isEmpty();
}

core::Result<core::OfficerCredential> OfficerReauthWidget::authenticate(core::Vault& vault)
{
    const core::SecureBytes passphrase = takeSecret(m_passphrase);
    // The Argon2 of a re-authentication takes about half a second: show it is working.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto credential = vault.authenticateOfficer(officer(), passphrase);
    QGuiApplication::restoreOverrideCursor();
    return credential;
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

void OfficerReauthWidget::showFailure(
    MessageWidget* message, const core::Error& error, const QString& officer)
{
    message->showMessage(failureText(error, officer), MessageWidget::Type::Error);
}

} // namespace keyward::ui
