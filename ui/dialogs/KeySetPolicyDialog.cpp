// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/KeySetPolicyDialog.h"
#include "ui_KeySetPolicyDialog.h"

#include "RequestService.h"
#include "keys/KeyStore.h"
#include "keys/SetKeySetPolicyCommand.h"
#include "requests/OfficerRequestDrafts.h"
#include "vault/Vault.h"

#include <QPushButton>

namespace keyward::ui {

namespace {

constexpr qint64 kDay = core::KeySetPolicy::kDay;

} // namespace

KeySetPolicyDialog::KeySetPolicyDialog(RequestService& requests, const QString& keySet, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeySetPolicyDialog>())
    , m_requests(requests)
    , m_vault(requests.vault())
{
    m_ui->setupUi(this);
    okButton()->setObjectName(QStringLiteral("savePolicyButton"));
    okButton()->setText(tr("&Save policy"));
    m_ui->hintLabel->setObjectName(QStringLiteral("policyHintLabel"));
    m_ui->environmentCombo->addItems({ QStringLiteral("prod"), QStringLiteral("test") });
    const core::KeyStore store(m_vault.database());
    if (auto sets = store.keySets()) {
        for (const core::KeySet& set : sets.value())
            m_ui->keySetCombo->addItem(set.name);
    }
    connect(m_ui->keySetCombo, &QComboBox::currentTextChanged, this, &KeySetPolicyDialog::loadSet);
    for (QSpinBox* spin : { m_ui->cryptoperiodSpin, m_ui->warnFirstSpin, m_ui->warnFinalSpin, m_ui->maxTtlSpin,
                            m_ui->skewSpin, m_ui->overlapSpin })
        connect(spin, &QSpinBox::valueChanged, this, &KeySetPolicyDialog::validate);
    connect(m_ui->environmentCombo, &QComboBox::currentTextChanged, this, &KeySetPolicyDialog::validate);
    connect(m_ui->bundleKidEdit, &QLineEdit::textChanged, this, &KeySetPolicyDialog::validate);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &KeySetPolicyDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KeySetPolicyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &KeySetPolicyDialog::reject);
    const QString initial = keySet.isEmpty() && m_ui->keySetCombo->count() > 0 ? m_ui->keySetCombo->itemText(0) : keySet;
    m_ui->keySetCombo->setCurrentText(initial);
    loadSet(initial);
}

KeySetPolicyDialog::~KeySetPolicyDialog() = default;

QPushButton* KeySetPolicyDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString KeySetPolicyDialog::hint() const { return m_ui->hintLabel->text(); }

void KeySetPolicyDialog::loadSet(const QString& name)
{
    const core::KeyStore store(m_vault.database());
    auto found = store.keySet(name.trimmed());
    m_exists = found && found->has_value();
    // An unknown name starts from the default policy: saving creates the set.
    const core::KeySet set = m_exists ? **found : core::KeySet { name.trimmed(), core::KeySetPolicy(), QString() };
    m_loaded = set;
    const QSignalBlocker blockers[] = { QSignalBlocker(m_ui->cryptoperiodSpin), QSignalBlocker(m_ui->warnFirstSpin),
                                        QSignalBlocker(m_ui->warnFinalSpin), QSignalBlocker(m_ui->maxTtlSpin),
                                        QSignalBlocker(m_ui->skewSpin), QSignalBlocker(m_ui->overlapSpin),
                                        QSignalBlocker(m_ui->environmentCombo), QSignalBlocker(m_ui->bundleKidEdit) };
    m_ui->cryptoperiodSpin->setValue(int(set.policy.cryptoperiodSecs / kDay));
    m_ui->warnFirstSpin->setValue(int(set.policy.warnFirstSecs / kDay));
    m_ui->warnFinalSpin->setValue(int(set.policy.warnFinalSecs / kDay));
    m_ui->maxTtlSpin->setValue(int(set.policy.maxTokenTtlSecs / 60));
    m_ui->skewSpin->setValue(int(set.policy.clockSkewSecs));
    m_ui->overlapSpin->setValue(int(set.policy.minOverlapSecs / kDay));
    m_ui->environmentCombo->setCurrentText(set.policy.defaultEnvironment);
    m_ui->bundleKidEdit->setText(set.bundleSigningKid);
    validate();
}

core::KeySet KeySetPolicyDialog::keySet() const
{
    core::KeySet set;
    set.name = m_ui->keySetCombo->currentText().trimmed();
    set.policy.cryptoperiodSecs = m_ui->cryptoperiodSpin->value() * kDay;
    set.policy.warnFirstSecs = m_ui->warnFirstSpin->value() * kDay;
    set.policy.warnFinalSecs = m_ui->warnFinalSpin->value() * kDay;
    set.policy.maxTokenTtlSecs = qint64(m_ui->maxTtlSpin->value()) * 60;
    set.policy.clockSkewSecs = m_ui->skewSpin->value();
    set.policy.minOverlapSecs = m_ui->overlapSpin->value() * kDay;
    set.policy.defaultEnvironment = m_ui->environmentCombo->currentText().trimmed();
    set.bundleSigningKid = m_ui->bundleKidEdit->text().trimmed();
    return set;
}

core::Status KeySetPolicyDialog::check(const core::KeySet& set) const
{
    if (!m_exists)
        return core::SetKeySetPolicyCommand(m_vault, set).validate();
    KEYWARD_TRY(core::SetKeySetPolicyCommand::checkPolicy(set.policy));
    if (set.policy == m_loaded.policy && set.bundleSigningKid == m_loaded.bundleSigningKid)
        return core::Error(core::ErrorCode::InvalidArgument, tr("Change a value first: this is the policy %1 has now.").arg(set.name));
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty())
        return core::Error(core::ErrorCode::InvalidArgument, tr("Enter the reason for the change; the approver signs it."));
    if (auto draft = core::OfficerRequestDrafts::policyChange(set, reason); !draft)
        return draft.error();
    return {};
}

void KeySetPolicyDialog::validate()
{
    const core::KeySet set = keySet();
    // Creating a set governs no key yet and stays a direct act; changing a policy moves every
    // key's flags and overlaps, so it is a two-person request (SPEC §4).
    m_ui->reasonLabel->setVisible(m_exists);
    m_ui->reasonEdit->setVisible(m_exists);
    okButton()->setText(m_exists ? tr("&Request change") : tr("&Create key set"));
    m_ui->effectLabel->setText(
        m_exists ? tr("This requests a change of the policy of %1. Nothing changes until a different officer with the "
                      "approver role approves; then the flags of its keys are recomputed at once, and keys already "
                      "issued keep their expiry.")
                       .arg(set.name.toHtmlEscaped())
                 : tr("Saving creates the key set %1 with this policy (audited).").arg(set.name.toHtmlEscaped()));
    const core::Status valid = check(set);
    m_ui->hintLabel->setText(valid ? QString() : valid.message());
    m_ui->hintLabel->setVisible(!valid);
    okButton()->setEnabled(valid.ok());
}

void KeySetPolicyDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const core::KeySet set = keySet();
    if (m_exists) {
        auto draft = core::OfficerRequestDrafts::policyChange(set, m_ui->reasonEdit->text().trimmed());
        auto submitted = draft ? m_requests.engine().submit(std::move(draft).value()) : core::Result<core::Request>(draft.error());
        if (!submitted) {
            m_ui->messageWidget->showMessage(
                tr("<b>The change was not requested.</b> %1").arg(submitted.message().toHtmlEscaped()),
                MessageWidget::Type::Error);
            return;
        }
        Q_EMIT requestSubmitted(submitted.value());
        QDialog::accept();
        return;
    }
    core::SetKeySetPolicyCommand command(m_vault, set);
    if (const core::Status done = command.run(); !done) {
        m_ui->messageWidget->showMessage(tr("<b>The key set was not created.</b> %1").arg(done.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        return;
    }
    Q_EMIT policySaved(set.name, command.created());
    QDialog::accept();
}

} // namespace keyward::ui
