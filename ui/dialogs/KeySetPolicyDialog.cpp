// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/KeySetPolicyDialog.h"
#include "ui_KeySetPolicyDialog.h"

#include "keys/KeyStore.h"
#include "keys/SetKeySetPolicyCommand.h"
#include "vault/Vault.h"

#include <QPushButton>

namespace keyward::ui {

namespace {

constexpr qint64 kDay = core::KeySetPolicy::kDay;

} // namespace

KeySetPolicyDialog::KeySetPolicyDialog(core::Vault& vault, const QString& keySet, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeySetPolicyDialog>())
    , m_vault(vault)
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

void KeySetPolicyDialog::validate()
{
    const core::KeySet set = keySet();
    m_ui->effectLabel->setText(
        m_exists ? tr("Saving changes the policy of %1 (an admin's act, audited with before and after). Flags of its keys "
                      "are recomputed at once; keys already issued keep their expiry.")
                       .arg(set.name)
                 : tr("Saving creates the key set %1 with this policy (audited).").arg(set.name));
    const core::SetKeySetPolicyCommand command(m_vault, set);
    const core::Status valid = command.validate();
    m_ui->hintLabel->setText(valid ? QString() : valid.message());
    m_ui->hintLabel->setVisible(!valid);
    okButton()->setEnabled(valid.ok());
}

void KeySetPolicyDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const core::KeySet set = keySet();
    core::SetKeySetPolicyCommand command(m_vault, set);
    if (const core::Status done = command.run(); !done) {
        m_ui->messageWidget->showMessage(tr("<b>The policy was not saved.</b> %1").arg(done.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        return;
    }
    Q_EMIT policySaved(set.name, command.created());
    QDialog::accept();
}

} // namespace keyward::ui
