// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ChangePassphraseDialog.h"

#include "PassphraseStrength.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace keyward::ui {

namespace {

core::SecureBytes secureFrom(QByteArray bytes)
{
    return core::SecureBytes::takeFrom(bytes);
}

} // namespace

QLineEdit* NewPassphraseFields::secretEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

NewPassphraseFields::NewPassphraseFields(QWidget* parent, QFormLayout* form, const QString& passphraseLabel)
    : QObject(parent)
    , m_passphrase(secretEdit(parent, QStringLiteral("newPassphraseEdit")))
    , m_repeat(secretEdit(parent, QStringLiteral("repeatPassphraseEdit")))
    , m_bar(new QProgressBar(parent))
    , m_label(new QLabel(parent))
{
    form->addRow(passphraseLabel, m_passphrase);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(tr("Strength:"), m_bar);
    form->addRow(QString(), m_label);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    connect(m_passphrase, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    update();
}

QString NewPassphraseFields::problem() const
{
    const QString passphrase = m_passphrase->text();
    if (passphrase.size() < PassphraseStrength::MinimumLength)
        return tr("The new passphrase needs at least %1 characters.").arg(PassphraseStrength::MinimumLength);
    if (m_repeat->text() != passphrase)
        return tr("The two new passphrases differ.");
    return QString();
}

QByteArray NewPassphraseFields::take()
{
    QByteArray bytes = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_repeat->clear();
    return bytes;
}

void NewPassphraseFields::update()
{
    const QString passphrase = m_passphrase->text();
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
    m_bar->setValue(passphrase.isEmpty() ? 0 : std::max(5, strength.percent()));
    m_label->setText(passphrase.isEmpty() ? QString() : strength.label());
    Q_EMIT changed();
}

ChangePassphraseDialog::ChangePassphraseDialog(core::Vault& vault, KdfProvider kdf, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_kdf(std::move(kdf))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose a new passphrase for %1. Only your own keyslot changes; the other officers "
                                "keep theirs.")
                                 .arg(vault.currentOfficer().name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("changePassphraseMessage"));
    layout->addWidget(m_message);
    auto* form = new QFormLayout();
    m_current = NewPassphraseFields::secretEdit(this, QStringLiteral("currentPassphraseEdit"));
    form->addRow(tr("&Current passphrase:"), m_current);
    m_fields = new NewPassphraseFields(this, form, tr("&New passphrase:"));
    m_new = m_fields->passphraseEdit();
    m_repeat = m_fields->repeatEdit();
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    changeButton()->setText(tr("C&hange passphrase"));
    changeButton()->setObjectName(QStringLiteral("changePassphraseButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &NewPassphraseFields::changed, this, &ChangePassphraseDialog::updateButtons);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButtons);
    updateButtons();
}

QPushButton* ChangePassphraseDialog::changeButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ChangePassphraseDialog::updateButtons()
{
    const QString problem = m_fields->problem();
    changeButton()->setEnabled(!m_current->text().isEmpty() && problem.isEmpty());
    changeButton()->setToolTip(problem);
}

void ChangePassphraseDialog::accept()
{
    if (!changeButton()->isEnabled())
        return;
    const core::SecureBytes current = secureFrom(m_current->text().toUtf8());
    m_current->clear();
    const core::SecureBytes next = secureFrom(m_fields->take());
    const core::Status changed = m_vault.changePassphrase(current, next, m_kdf());
    if (!changed.ok()) {
        m_message->showMessage(tr("<b>The passphrase was not changed.</b> %1").arg(changed.message().toHtmlEscaped()),
                               MessageWidget::Type::Error);
        return;
    }
    QDialog::accept();
}

} // namespace keyward::ui
