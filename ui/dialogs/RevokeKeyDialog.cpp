// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RevokeKeyDialog.h"
#include "ui_RevokeKeyDialog.h"

#include "RequestService.h"
#include "StaleState.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/RevokeAndRotateCommand.h"
#include "vault/Vault.h"

#include <QPushButton>

namespace keyward::ui {

RevokeKeyDialog::RevokeKeyDialog(RequestService& requests, const core::KeyRecord& key, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeKeyDialog>())
    , m_requests(requests)
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
        effects << tr("It stops being the primary %1 key: <b>%2 has no primary %1 key</b> until a rotation to a "
                      "successor is approved by a second officer.")
                       .arg(core::keyUseName(key.use), key.keySet.toHtmlEscaped());
    effects << (key.use == core::KeyUse::Sig ? tr("Signatures it made are flagged when verified.")
                                             : tr("Tokens encrypted to it are flagged when decrypted."));
    effects << tr("A revoked key is never reactivated.");
    effects << tr("You act alone: a break-glass review opens, and a second officer must countersign it.");
    m_ui->effectLabel->setText(tr("<p><b>Revoke %1 in %2?</b></p><ul><li>%3</li></ul>")
                                   .arg(key.kid.toHtmlEscaped(), key.keySet.toHtmlEscaped(),
                                        effects.join(QStringLiteral("</li><li>"))));
    fillSuccessors();
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &RevokeKeyDialog::validate);
    connect(m_ui->rotateCheck, &QCheckBox::toggled, this, &RevokeKeyDialog::validate);
    connect(m_ui->rotateCombo, &QComboBox::currentIndexChanged, this, &RevokeKeyDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RevokeKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RevokeKeyDialog::reject);
    validate();
}

RevokeKeyDialog::~RevokeKeyDialog() = default;

QPushButton* RevokeKeyDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString RevokeKeyDialog::hint() const { return okButton()->isEnabled() ? QString() : m_ui->hintLabel->text(); }

QString RevokeKeyDialog::effectText() const { return m_ui->effectLabel->text(); }

void RevokeKeyDialog::fillSuccessors()
{
    // Only revoking the primary leaves a set that needs a rotation; for any other key the option
    // would have nothing to hand over, so it is not offered.
    m_ui->rotateCheck->setVisible(m_key.primary);
    m_ui->rotateCombo->setVisible(m_key.primary);
    if (!m_key.primary)
        return;
    core::Result<QList<core::KeyRecord>> eligible
        = core::RevokeAndRotateCommand::eligibleSuccessors(m_requests.vault().database(), m_key);
    if (eligible.ok()) {
        for (const core::KeyRecord& other : std::as_const(*eligible)) {
            //: A successor offered in the revoke dialog: kid, alg and state ("active" or "pending").
            m_ui->rotateCombo->addItem(tr("%1 (%2, %3)").arg(other.kid, other.alg.isEmpty() ? tr("no alg pinned") : other.alg,
                                                              core::keyStateName(other.state)),
                                       other.kid);
        }
    }
    // Empty data: a successor generated at approval with this key's parameters.
    m_ui->rotateCombo->addItem(tr("a new key like this one"), QString());
    m_ui->rotateCombo->setEnabled(false);
}

core::RevokeKeyCommand::Params RevokeKeyDialog::revokeParams() const
{
    return { m_key.kid, m_key.keySet, m_ui->reasonEdit->toPlainText().trimmed(), core::KeyPrecondition::of(m_key) };
}

bool RevokeKeyDialog::rotating() const { return m_key.primary && m_ui->rotateCheck->isChecked(); }

void RevokeKeyDialog::validate()
{
    m_ui->rotateCombo->setEnabled(rotating());
    // The commands check the role, the reason and the state machine (a destroyed key cannot be
    // revoked; a revoked one is already revoked) and, with a rotation, the successor and whether
    // a second officer could approve it: their words explain a disabled button.
    const core::RevokeKeyCommand::Params revoke = revokeParams();
    core::Status valid;
    if (rotating()) {
        const QString successor = m_ui->rotateCombo->currentData().toString();
        const core::RevokeAndRotateCommand command(m_requests.vault(), m_requests.engine(),
                                                   { revoke, successor, successor.isEmpty() });
        valid = command.validate();
    } else {
        valid = core::RevokeKeyCommand(m_requests.vault(), revoke).validate();
    }
    m_ui->hintLabel->setText(valid ? QString() : valid.message());
    m_ui->hintLabel->setVisible(!valid);
    okButton()->setEnabled(valid.ok());
    okButton()->setText(rotating() ? tr("&Revoke and request rotation") : tr("&Revoke now"));
}

void RevokeKeyDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const auto refused = [this](const core::Status& done) {
        // The key changed underneath (another Keyward program): nothing was done; the page says
        // what changed instead of this dialog repeating a refusal about a key it no longer shows.
        if (const QString stale = keyChangedElsewhere(m_requests.vault().database(), m_key); !stale.isEmpty()) {
            Q_EMIT refusedAsStale(stale);
            QDialog::reject();
            return;
        }
        m_ui->messageWidget->showMessage(
            tr("<b>%1 was not revoked.</b> %2").arg(m_key.kid.toHtmlEscaped(), done.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        validate();
    };
    // The key as the officer saw it when the dialog opened: re-checked inside the write.
    const core::RevokeKeyCommand::Params revoke = revokeParams();
    if (rotating()) {
        const QString successor = m_ui->rotateCombo->currentData().toString();
        core::RevokeAndRotateCommand command(m_requests.vault(), m_requests.engine(), { revoke, successor, successor.isEmpty() });
        if (const core::Status done = command.run(); !done)
            return refused(done);
        Q_EMIT keyRevoked(command.result(), command.reviewId());
        Q_EMIT rotationRequested(command.request());
    } else {
        core::RevokeKeyCommand command(m_requests.vault(), revoke);
        if (const core::Status done = command.run(); !done)
            return refused(done);
        Q_EMIT keyRevoked(command.result(), command.reviewId());
    }
    QDialog::accept();
}

} // namespace keyward::ui
