// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AddOfficerDialog.h"
#include "ui_AddOfficerDialog.h"

#include "BackgroundTask.h"
#include "RequestService.h"
#include "requests/OfficerRequestDrafts.h"
#include "vault/Vault.h"
#include "widgets/ThemeColours.h"

#include <QLineEdit>
#include <QPushButton>

#include <optional>

namespace keyward::ui {

AddOfficerDialog::AddOfficerDialog(RequestService& requests, KdfProvider kdf, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddOfficerDialog>())
    , m_requests(requests)
    , m_vault(requests.vault())
    , m_kdf(std::move(kdf))
    , m_asRequest(requests.vault().isOperational())
{
    core::Vault& vault = m_vault;
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->busyBar->setAccessibleName(tr("Adding the officer"));
    m_ui->handoverLabel->setStyleSheet(theme::noteStyle(theme::Tone::Warning));
    addButton()->setObjectName(QStringLiteral("addOfficerButton"));
    addButton()->setText(m_asRequest ? tr("&Request officer") : tr("&Add officer"));
    m_ui->reasonLabel->setVisible(m_asRequest);
    m_ui->reasonEdit->setVisible(m_asRequest);
    m_ui->requestNoteLabel->setVisible(m_asRequest);
    m_ui->requestNoteLabel->setText(
        tr("Adding an officer is a two-person request. Once a different officer with the approver role approves it, "
           "the new officer enrolls with half A (shown here after you submit) and half B (the approver's), and "
           "chooses their own passphrase then."));
    if (m_asRequest) {
        form()->setAsksPassphrase(false);
        m_ui->handoverLabel->setText(tr("<b>The new officer chooses their own passphrase</b> when they enroll: "
                                        "nobody else ever knows it."));
    }
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &AddOfficerDialog::updateButtons);
    QStringList taken;
    if (const auto officers = vault.officers()) {
        for (const core::Officer& officer : officers.value())
            taken.append(officer.name);
    }
    form()->setTakenNames(taken);
    // Bootstrap: while the vault has no approver besides its creator, suggest the approver role.
    if (!vault.isOperational())
        form()->setRoles({ core::Role::Approver });
    connect(form(), &OfficerForm::changed, this, &AddOfficerDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddOfficerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddOfficerDialog::reject);
    updateButtons();
}

AddOfficerDialog::~AddOfficerDialog() = default;

OfficerForm* AddOfficerDialog::form() const { return m_ui->officerForm; }

QPushButton* AddOfficerDialog::addButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

void AddOfficerDialog::accept()
{
    if (m_submitted) {
        m_halfA->clear();
        QDialog::accept();
        return;
    }
    if (m_busy || !addButton()->isEnabled())
        return;
    if (m_asRequest) {
        finish(form()->name(), form()->roles(), core::SecureBytes(), core::KdfParams());
        return;
    }
    const QString name = form()->name();
    const QList<core::Role> roles = form()->roles();
    auto passphrase = std::make_shared<core::SecureBytes>(form()->takePassphrase());
    auto params = std::make_shared<std::optional<core::KdfParams>>();
    setBusy(true);
    // Only the Argon2 calibration runs off the GUI thread: the vault itself is used from this
    // thread alone, so an auto-lock can never close it under a worker.
    runInBackground(this, [params, kdf = m_kdf] { params->emplace(kdf()); },
                    [this, name, roles, passphrase, params] {
                        finish(name, roles, *passphrase, **params);
                        passphrase->clear();
                    });
}

void AddOfficerDialog::finish(const QString& name, const QList<core::Role>& roles, const core::SecureBytes& passphrase,
                              const core::KdfParams& params)
{
    setBusy(false);
    if (!m_asRequest) {
        const core::Status added = m_vault.addOfficer(name, roles, passphrase, params);
        if (!added) {
            m_ui->messageWidget->showMessage(
                tr("<b>%1 was not added.</b> %2").arg(name.toHtmlEscaped(), added.message().toHtmlEscaped()),
                MessageWidget::Type::Error);
            return;
        }
        Q_EMIT officerAdded(name);
        QDialog::accept();
        return;
    }
    Q_UNUSED(passphrase);
    Q_UNUSED(params);
    core::SecureBytes half;
    auto draft = core::OfficerRequestDrafts::officerEnrollment(m_vault, name, roles, m_ui->reasonEdit->text().trimmed(),
                                                               &half);
    auto submitted = draft ? m_requests.engine().submit(std::move(draft).value()) : core::Result<core::Request>(draft.error());
    if (!submitted) {
        m_ui->messageWidget->showMessage(tr("<b>Adding %1 was not requested.</b> %2")
                                             .arg(name.toHtmlEscaped(), submitted.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        return;
    }
    Q_EMIT requestSubmitted(submitted.value());
    // Half A is shown once, here: the requester hands it to the new officer in person.
    m_submitted = true;
    m_halfA = new QLineEdit(this);
    m_halfA->setObjectName(QStringLiteral("halfAEdit"));
    m_halfA->setReadOnly(true);
    m_halfA->setText(QString::fromLatin1(half.constChars(), half.isize()));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), m_halfA);
    m_ui->messageWidget->showMessage(tr("<b>Request %1 submitted.</b> Give half A below to %2 in person; it is shown "
                                        "only now. The approver gives %2 half B.")
                                         .arg(submitted->id)
                                         .arg(name.toHtmlEscaped()),
                                     MessageWidget::Type::Positive);
    form()->setInputEnabled(false);
    m_ui->reasonEdit->setEnabled(false);
    addButton()->setText(tr("&Done"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
}

void AddOfficerDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void AddOfficerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    form()->setInputEnabled(!busy);
    m_ui->reasonEdit->setEnabled(!busy);
    updateButtons();
}

void AddOfficerDialog::updateButtons()
{
    if (m_submitted) {
        addButton()->setEnabled(true);
        return;
    }
    addButton()->setEnabled(!m_busy && form()->isValid() && (!m_asRequest || !m_ui->reasonEdit->text().trimmed().isEmpty()));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

} // namespace keyward::ui
