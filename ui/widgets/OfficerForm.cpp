// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/OfficerForm.h"
#include "widgets/ThemeColours.h"
#include "ui_OfficerForm.h"

#include "PassphraseStrength.h"
#include "SecretInput.h"

#include <QRegularExpression>

namespace keyward::ui {

using core::Role;

OfficerForm::OfficerForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OfficerForm>())
{
    m_ui->setupUi(this);
    theme::setTone(m_ui->problemLabel, theme::Tone::Danger);
    m_ui->strengthBar->setAccessibleName(tr("Passphrase strength"));
    for (QLineEdit* edit : { m_ui->nameEdit, m_ui->passphraseEdit, m_ui->confirmEdit })
        connect(edit, &QLineEdit::textChanged, this, &OfficerForm::updateFeedback);
    for (QCheckBox* check :
         { m_ui->roleAdminCheck, m_ui->roleKeyOfficerCheck, m_ui->roleApproverCheck, m_ui->roleAuditorCheck })
        connect(check, &QCheckBox::toggled, this, &OfficerForm::updateFeedback);
    updateFeedback();
}

OfficerForm::~OfficerForm() = default;

QString OfficerForm::name() const { return m_ui->nameEdit->text().trimmed(); }

QList<Role> OfficerForm::roles() const
{
    QList<Role> roles;
    if (m_ui->roleAdminCheck->isChecked())
        roles.append(Role::Admin);
    if (m_ui->roleKeyOfficerCheck->isChecked())
        roles.append(Role::KeyOfficer);
    if (m_ui->roleApproverCheck->isChecked())
        roles.append(Role::Approver);
    if (m_ui->roleAuditorCheck->isChecked())
        roles.append(Role::Auditor);
    return roles;
}

void OfficerForm::setRoles(const QList<Role>& roles)
{
    m_ui->roleAdminCheck->setChecked(roles.contains(Role::Admin));
    m_ui->roleKeyOfficerCheck->setChecked(roles.contains(Role::KeyOfficer));
    m_ui->roleApproverCheck->setChecked(roles.contains(Role::Approver));
    m_ui->roleAuditorCheck->setChecked(roles.contains(Role::Auditor));
}

void OfficerForm::requireRole(Role role)
{
    QCheckBox* check = nullptr;
    switch (role) {
    case Role::Admin:
        check = m_ui->roleAdminCheck;
        break;
    case Role::KeyOfficer:
        check = m_ui->roleKeyOfficerCheck;
        break;
    case Role::Approver:
        check = m_ui->roleApproverCheck;
        break;
    case Role::Auditor:
        check = m_ui->roleAuditorCheck;
        break;
    }
    check->setChecked(true);
    check->setEnabled(false);
    check->setToolTip(tr("Required for this officer"));
}

void OfficerForm::setTakenNames(const QStringList& names)
{
    m_takenNames = names;
    updateFeedback();
}

void OfficerForm::setInputEnabled(bool enabled)
{
    m_ui->nameEdit->setEnabled(enabled);
    m_ui->passphraseEdit->setEnabled(enabled);
    m_ui->confirmEdit->setEnabled(enabled);
    for (QCheckBox* check :
         { m_ui->roleAdminCheck, m_ui->roleKeyOfficerCheck, m_ui->roleApproverCheck, m_ui->roleAuditorCheck }) {
        // A required role stays locked (it was disabled with a tooltip by requireRole).
        if (check->toolTip().isEmpty())
            check->setEnabled(enabled);
    }
}

void OfficerForm::setAsksPassphrase(bool asks)
{
    m_asksPassphrase = asks;
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->passphraseLabel, m_ui->passphraseEdit,
                                                             m_ui->confirmLabel, m_ui->confirmEdit, m_ui->strengthCaption,
                                                             m_ui->strengthBar, m_ui->strengthLabel })
        widget->setVisible(asks);
    updateFeedback();
}

QString OfficerForm::problem() const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    const QString officer = name();
    if (officer.isEmpty())
        return tr("Enter the officer's name.");
    if (!validName.match(officer).hasMatch())
        return tr("A name uses letters, digits, '.', '_' or '-' and starts with a letter or digit.");
    if (m_takenNames.contains(officer, Qt::CaseInsensitive))
        return tr("An officer named \"%1\" already exists.").arg(officer);
    if (roles().isEmpty())
        return tr("Choose at least one role.");
    if (!m_asksPassphrase)
        return {};
    const QString passphrase = m_ui->passphraseEdit->text();
    if (passphrase.isEmpty())
        return tr("Type a passphrase.");
    if (passphrase.size() < PassphraseStrength::MinimumLength)
        return tr("The passphrase needs at least %n character(s).", nullptr, PassphraseStrength::MinimumLength);
    if (m_ui->confirmEdit->text() != passphrase)
        return tr("The two passphrases differ.");
    return {};
}

core::SecureBytes OfficerForm::takePassphrase()
{
    core::SecureBytes secret = takeSecret(m_ui->passphraseEdit);
    m_ui->confirmEdit->clear();
    return secret;
}

void OfficerForm::updateFeedback()
{
    const QString passphrase = m_ui->passphraseEdit->text();
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
    m_ui->strengthBar->setValue(passphrase.isEmpty() ? 0 : std::max(5, strength.percent()));
    m_ui->strengthLabel->setText(passphrase.isEmpty() ? QString() : strength.label());
    // Only show a problem once the officer has started typing: an untouched form is not an error.
    const bool touched = !m_ui->nameEdit->text().isEmpty() || !passphrase.isEmpty();
    m_ui->problemLabel->setText(touched ? problem() : QString());
    Q_EMIT changed();
}

} // namespace keyward::ui
