// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RegisterKeyDialog.h"
#include "ui_RegisterKeyDialog.h"

#include "keys/ImportKeyCommand.h"
#include "vault/Vault.h"

#include <QPushButton>

namespace keyward::ui {

namespace {

core::NewKeyParams readParams(const Ui::RegisterKeyDialog& ui)
{
    core::NewKeyParams params;
    params.keySet = ui.keySetCombo->currentText().trimmed();
    if (const int use = ui.useCombo->currentData().toInt(); use >= 0)
        params.use = core::KeyUse(use);
    params.kid = ui.kidEdit->text().trimmed();
    params.owner = ui.ownerEdit->text().trimmed();
    params.environment = ui.environmentCombo->currentText().trimmed();
    params.expiresAt = ui.expiresEdit->dateTime().toUTC();
    return params;
}

} // namespace

RegisterKeyDialog::RegisterKeyDialog(core::Vault& vault, core::KeyProvider& provider, const QStringList& keySets,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterKeyDialog>())
    , m_vault(vault)
    , m_provider(provider)
{
    m_ui->setupUi(this);
    okButton()->setObjectName(QStringLiteral("registerButton"));
    okButton()->setText(tr("&Register"));
    m_ui->inputEdit->setObjectName(QStringLiteral("registerInputEdit"));
    m_ui->hintLabel->setObjectName(QStringLiteral("registerHintLabel"));
    m_ui->keySetCombo->addItems(keySets);
    m_ui->keySetCombo->setCurrentText(keySets.isEmpty() ? QStringLiteral("partners") : keySets.constFirst());
    m_ui->useCombo->addItem(tr("from the key (its use or alg)"), -1);
    m_ui->useCombo->addItem(tr("sig — verify their signatures"), int(core::KeyUse::Sig));
    m_ui->useCombo->addItem(tr("enc — encrypt to them"), int(core::KeyUse::Enc));
    m_ui->environmentCombo->addItems({ QStringLiteral("prod"), QStringLiteral("test") });
    m_ui->expiresEdit->setTimeSpec(Qt::UTC);
    m_ui->expiresEdit->setDateTime(m_vault.clock().now().addDays(365));
    connect(m_ui->inputEdit, &QPlainTextEdit::textChanged, this, &RegisterKeyDialog::validate);
    for (QLineEdit* edit : { m_ui->kidEdit, m_ui->ownerEdit })
        connect(edit, &QLineEdit::textChanged, this, &RegisterKeyDialog::validate);
    for (QComboBox* combo : { m_ui->keySetCombo, m_ui->useCombo, m_ui->environmentCombo })
        connect(combo, &QComboBox::currentTextChanged, this, &RegisterKeyDialog::validate);
    connect(m_ui->expiresEdit, &QDateTimeEdit::dateTimeChanged, this, &RegisterKeyDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegisterKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RegisterKeyDialog::reject);
    validate();
}

RegisterKeyDialog::~RegisterKeyDialog() = default;

void RegisterKeyDialog::setKeySet(const QString& keySet) { m_ui->keySetCombo->setCurrentText(keySet); }

QPushButton* RegisterKeyDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString RegisterKeyDialog::hint() const { return m_ui->hintLabel->text(); }

void RegisterKeyDialog::validate()
{
    m_ui->previewList->clear();
    const QByteArray input = m_ui->inputEdit->toPlainText().trimmed().toUtf8();
    QString hint;
    int registrable = 0;
    if (input.isEmpty()) {
        hint = tr("Paste a public JWK, JWK Set, SPKI PEM or certificate.");
    } else if (m_ui->ownerEdit->text().trimmed().isEmpty()) {
        hint = tr("Name the owner: who holds the private part of this key.");
    } else {
        core::RegisterPublicKeyCommand command(m_vault, m_provider, readParams(*m_ui), input);
        const core::Status checked = command.validate();
        for (const core::ImportKeyCommand::Outcome& outcome : command.outcomes()) {
            if (outcome.status) {
                ++registrable;
                m_ui->previewList->addItem(tr("✓ %1 (%2 %3, %4)").arg(outcome.record.kid, outcome.record.keyType,
                                                                      outcome.record.curveOrSize,
                                                                      core::keyUseName(outcome.record.use)));
            } else {
                m_ui->previewList->addItem(tr("✗ %1 — %2").arg(outcome.kid, outcome.status.message()));
            }
        }
        if (registrable == 0)
            hint = checked ? tr("Nothing here can be registered.") : checked.message();
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
    okButton()->setEnabled(hint.isEmpty());
}

void RegisterKeyDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    core::RegisterPublicKeyCommand command(m_vault, m_provider, readParams(*m_ui),
                                           m_ui->inputEdit->toPlainText().trimmed().toUtf8());
    const core::Status done = command.run();
    const QList<core::KeyRecord> registered = command.imported();
    if (registered.isEmpty()) {
        m_ui->messageWidget->showMessage(tr("<b>Nothing was registered.</b> %1").arg(done.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        validate();
        return;
    }
    Q_EMIT keysRegistered(registered);
    QDialog::accept();
}

} // namespace keyward::ui
