// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/OfficerRequestDialog.h"
#include "widgets/ThemeColours.h"
#include "ui_OfficerRequestDialog.h"

#include "RequestService.h"
#include "requests/OfficerRequestDrafts.h"
#include "vault/Vault.h"

#include <QPushButton>

#include <algorithm>

namespace keyward::ui {

namespace {

bool sameRoles(QList<core::Role> a, QList<core::Role> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

OfficerRequestDialog::OfficerRequestDialog(RequestService& requests, const core::Officer& officer, Kind kind,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OfficerRequestDialog>())
    , m_requests(requests)
    , m_officer(officer)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    okButton()->setObjectName(QStringLiteral("submitRequestButton"));
    okButton()->setText(tr("&Submit request"));
    m_ui->hintLabel->setObjectName(QStringLiteral("requestHintLabel"));
    theme::setTone(m_ui->hintLabel, theme::Tone::Danger);
    setWindowTitle(kind == Kind::Removal ? tr("Request removal of %1 — Keyward").arg(officer.name)
                                         : tr("Change roles of %1 — Keyward").arg(officer.name));
    m_ui->rolesGroup->setVisible(kind == Kind::RoleChange);
    for (const auto& [role, check] : roleChecks()) {
        check->setChecked(officer.hasRole(role));
        connect(check, &QCheckBox::toggled, this, &OfficerRequestDialog::validate);
    }
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &OfficerRequestDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OfficerRequestDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OfficerRequestDialog::reject);
    validate();
}

OfficerRequestDialog::~OfficerRequestDialog() = default;

QPushButton* OfficerRequestDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString OfficerRequestDialog::hint() const { return okButton()->isEnabled() ? QString() : m_ui->hintLabel->text(); }

QString OfficerRequestDialog::effectText() const { return m_ui->effectLabel->text(); }

QString OfficerRequestDialog::messageText() const
{
    return m_ui->messageWidget->isVisible() ? m_ui->messageWidget->text() : QString();
}

QList<QPair<core::Role, QCheckBox*>> OfficerRequestDialog::roleChecks() const
{
    return { { core::Role::Admin, m_ui->roleAdminCheck },
             { core::Role::KeyOfficer, m_ui->roleKeyOfficerCheck },
             { core::Role::Approver, m_ui->roleApproverCheck },
             { core::Role::Auditor, m_ui->roleAuditorCheck } };
}

QList<core::Role> OfficerRequestDialog::roles() const
{
    QList<core::Role> checked;
    for (const auto& [role, check] : roleChecks()) {
        if (check->isChecked())
            checked.append(role);
    }
    return checked;
}

void OfficerRequestDialog::validate()
{
    const QString name = m_officer.name.toHtmlEscaped();
    const QString before = core::roleNames(m_officer.roles).join(QStringLiteral(", "));
    QStringList effects;
    if (m_kind == Kind::Removal) {
        effects << tr("On approval %1 (%2) loses access: their keyslot is removed and the vault is re-keyed, so their "
                      "passphrase opens nothing any more.")
                       .arg(name, before.toHtmlEscaped());
        effects << tr("An offboarding review opens: consider rotating the keys %1 could reach.").arg(name);
    } else {
        const QString after = core::roleNames(roles()).join(QStringLiteral(", "));
        effects << tr("On approval the roles of %1 change from <b>%2</b> to <b>%3</b>.")
                       .arg(name, before.toHtmlEscaped(), after.isEmpty() ? tr("none") : after.toHtmlEscaped());
    }
    effects << tr("Nothing changes until a different officer with the approver role approves with their passphrase.");
    m_ui->effectLabel->setText(
        QStringLiteral("<ul><li>%1</li></ul>").arg(effects.join(QStringLiteral("</li><li>"))));

    const QString reason = m_ui->reasonEdit->text().trimmed();
    QString problem;
    if (m_kind == Kind::RoleChange && roles().isEmpty())
        problem = tr("An officer holds at least one role; to take every role away, request their removal.");
    else if (m_kind == Kind::RoleChange && sameRoles(roles(), m_officer.roles))
        problem = tr("Tick or untick a role first: these are the roles %1 holds now.").arg(m_officer.name);
    else if (reason.isEmpty())
        problem = tr("Enter the reason the approver will read and sign.");
    else if (auto draft = m_kind == Kind::Removal ? core::OfficerRequestDrafts::officerRemoval(m_officer.name, reason)
                                                  : core::OfficerRequestDrafts::roleChange(m_officer.name, roles(), reason);
             !draft)
        problem = draft.message();
    m_ui->hintLabel->setText(problem);
    m_ui->hintLabel->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

void OfficerRequestDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const QString reason = m_ui->reasonEdit->text().trimmed();
    auto draft = m_kind == Kind::Removal ? core::OfficerRequestDrafts::officerRemoval(m_officer.name, reason)
                                         : core::OfficerRequestDrafts::roleChange(m_officer.name, roles(), reason);
    // The officer's roles as shown when the dialog opened: re-checked inside the write.
    if (draft)
        draft->expectedRoles = m_officer.roles;
    auto submitted = draft ? m_requests.engine().submit(std::move(draft).value()) : core::Result<core::Request>(draft.error());
    if (!submitted) {
        m_ui->messageWidget->showMessage(tr("<b>The request was not submitted.</b> %1").arg(submitted.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        return;
    }
    Q_EMIT requestSubmitted(submitted.value());
    QDialog::accept();
}

} // namespace keyward::ui
