// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RevokeKeyDialog.h"
#include "ui_RevokeKeyDialog.h"

#include "StaleState.h"
#include "keys/RevokeKeyCommand.h"
#include "vault/Vault.h"

#include <QPushButton>

namespace keyward::ui {

RevokeKeyDialog::RevokeKeyDialog(core::Vault& vault, const core::KeyRecord& key, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeKeyDialog>())
    , m_vault(vault)
    , m_key(key)
{
    m_ui->setupUi(this);
    okButton()->setObjectName(QStringLiteral("revokeButton"));
    okButton()->setText(tr("&Revoke now"));
    m_ui->reasonEdit->setObjectName(QStringLiteral("revokeReasonEdit"));
    m_ui->hintLabel->setObjectName(QStringLiteral("revokeHintLabel"));

    QStringList effects;
    effects << tr("It leaves the JWKS of <b>%1</b> at once; verifiers stop trusting it on their next fetch.")
                   .arg(key.keySet.toHtmlEscaped());
    if (key.primary)
        effects << tr("It stops being the primary %1 key: <b>%2 has no primary %1 key</b> until another is made primary.")
                       .arg(core::keyUseName(key.use), key.keySet.toHtmlEscaped());
    effects << (key.use == core::KeyUse::Sig ? tr("Signatures it made are flagged when verified.")
                                             : tr("Tokens encrypted to it are flagged when decrypted."));
    effects << tr("A revoked key is never reactivated.");
    effects << tr("You act alone: a break-glass review opens, and a second officer must countersign it.");
    m_ui->effectLabel->setText(tr("<p><b>Revoke %1 in %2?</b></p><ul><li>%3</li></ul>")
                                   .arg(key.kid.toHtmlEscaped(), key.keySet.toHtmlEscaped(),
                                        effects.join(QStringLiteral("</li><li>"))));
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &RevokeKeyDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RevokeKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RevokeKeyDialog::reject);
    validate();
}

RevokeKeyDialog::~RevokeKeyDialog() = default;

QPushButton* RevokeKeyDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString RevokeKeyDialog::hint() const { return okButton()->isEnabled() ? QString() : m_ui->hintLabel->text(); }

QString RevokeKeyDialog::effectText() const { return m_ui->effectLabel->text(); }

void RevokeKeyDialog::validate()
{
    // The command checks the role, the reason and the state machine (a destroyed key cannot be
    // revoked; a revoked one is already revoked): its words explain a disabled button.
    const core::RevokeKeyCommand command(
        m_vault, { m_key.kid, m_key.keySet, m_ui->reasonEdit->toPlainText().trimmed(), core::KeyPrecondition::of(m_key) });
    const core::Status valid = command.validate();
    m_ui->hintLabel->setText(valid ? QString() : valid.message());
    m_ui->hintLabel->setVisible(!valid);
    okButton()->setEnabled(valid.ok());
}

void RevokeKeyDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    // The key as the officer saw it when the dialog opened: re-checked inside the write.
    core::RevokeKeyCommand command(
        m_vault, { m_key.kid, m_key.keySet, m_ui->reasonEdit->toPlainText().trimmed(), core::KeyPrecondition::of(m_key) });
    if (const core::Status done = command.run(); !done) {
        if (const QString stale = keyChangedElsewhere(m_vault.database(), m_key); !stale.isEmpty()) {
            Q_EMIT refusedAsStale(stale);
            QDialog::reject();
            return;
        }
        m_ui->messageWidget->showMessage(tr("<b>%1 was not revoked.</b> %2").arg(m_key.kid.toHtmlEscaped(), done.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        validate();
        return;
    }
    Q_EMIT keyRevoked(command.result(), command.reviewId());
    QDialog::accept();
}

} // namespace keyward::ui
