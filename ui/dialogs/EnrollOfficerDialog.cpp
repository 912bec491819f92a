// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EnrollOfficerDialog.h"

#include "dialogs/ChangePassphraseDialog.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

core::SecureBytes take(QLineEdit* edit)
{
    QByteArray bytes = edit->text().toUtf8();
    edit->clear();
    return core::SecureBytes::takeFrom(bytes);
}

} // namespace

EnrollOfficerDialog::EnrollOfficerDialog(const core::VaultLocation& location, const core::Clock& clock, KdfProvider kdf,
                                         QWidget* parent)
    : QDialog(parent), m_location(location), m_clock(clock), m_kdf(std::move(kdf))
{
    setObjectName(QStringLiteral("enrollOfficerDialog"));
    setWindowTitle(tr("Enroll as a new officer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your addition was approved. Enter half A (from the officer who requested it) and "
                                "half B (from the officer who approved it), then choose your own passphrase: nobody "
                                "else knows it, and your personal signing key is made now, on this computer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new MessageWidget(this);
    layout->addWidget(m_message);
    auto* form = new QFormLayout();
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("enrollOfficerBox"));
    if (const auto names = core::Vault::enrollingOfficers(location); names.ok())
        m_officer->addItems(*names);
    m_halfA = NewPassphraseFields::secretEdit(this, QStringLiteral("halfAEdit"));
    m_halfB = NewPassphraseFields::secretEdit(this, QStringLiteral("halfBEdit"));
    form->addRow(tr("&Officer:"), m_officer);
    form->addRow(tr("Half &A:"), m_halfA);
    form->addRow(tr("Half &B:"), m_halfB);
    m_fields = new NewPassphraseFields(this, form, tr("&Your passphrase:"));
    m_passphrase = m_fields->passphraseEdit();
    m_repeat = m_fields->repeatEdit();
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    enrollButton()->setText(tr("&Enroll"));
    enrollButton()->setObjectName(QStringLiteral("enrollButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollOfficerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &NewPassphraseFields::changed, this, &EnrollOfficerDialog::updateButtons);
    connect(m_halfA, &QLineEdit::textChanged, this, &EnrollOfficerDialog::updateButtons);
    connect(m_halfB, &QLineEdit::textChanged, this, &EnrollOfficerDialog::updateButtons);
    if (m_officer->count() == 0)
        m_message->showMessage(tr("Nobody is waiting to enroll in this vault."), MessageWidget::Type::Information);
    updateButtons();
}

EnrollOfficerDialog::~EnrollOfficerDialog() = default;

void EnrollOfficerDialog::selectOfficer(const QString& name)
{
    const int index = m_officer->findText(name);
    if (index >= 0)
        m_officer->setCurrentIndex(index);
}

QPushButton* EnrollOfficerDialog::enrollButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void EnrollOfficerDialog::updateButtons()
{
    // One half alone is refused by the core too; the button says so before anything runs.
    QString problem;
    if (m_officer->currentText().isEmpty())
        problem = tr("Nobody is waiting to enroll.");
    else if (m_halfA->text().trimmed().isEmpty() || m_halfB->text().trimmed().isEmpty())
        problem = tr("Enrolling needs both halves.");
    else
        problem = m_fields->problem();
    enrollButton()->setEnabled(problem.isEmpty());
    enrollButton()->setToolTip(problem);
}

void EnrollOfficerDialog::accept()
{
    if (!enrollButton()->isEnabled())
        return;
    const QString name = m_officer->currentText();
    const core::SecureBytes halfA = take(m_halfA);
    const core::SecureBytes halfB = take(m_halfB);
    QByteArray typed = m_fields->take();
    const core::SecureBytes passphrase = core::SecureBytes::takeFrom(typed);
    core::Result<std::unique_ptr<core::Vault>> enrolled
        = core::Vault::enroll(m_location, name, halfA, halfB, passphrase, m_kdf(), m_clock);
    if (!enrolled.ok()) {
        m_message->showMessage(tr("<b>%1 is not enrolled.</b> %2 Enter both halves and your passphrase again.")
                                   .arg(name.toHtmlEscaped(), enrolled.message().toHtmlEscaped()),
                               MessageWidget::Type::Error);
        return;
    }
    m_vault = std::move(enrolled).value();
    QDialog::accept();
}

} // namespace keyward::ui
