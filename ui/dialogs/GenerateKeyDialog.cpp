// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/GenerateKeyDialog.h"
#include "ui_GenerateKeyDialog.h"

#include "BackgroundTask.h"
#include "jose/KeyGenerator.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyStore.h"
#include "vault/Vault.h"

#include <QPushButton>

#include <optional>

namespace keyward::ui {

namespace {

// A new key is new key material, so a kid that names a key in any set is refused at admission
// (SPEC §3); say so while typing rather than after the key pair was made.
QString kidUsedElsewhere(core::Vault& vault, const QString& kid)
{
    if (kid.isEmpty())
        return {};
    const core::KeyStore store(vault.database());
    auto elsewhere = store.byKidAnySet(kid);
    if (!elsewhere || elsewhere->isEmpty())
        return {};
    return GenerateKeyDialog::tr("The kid \"%1\" already names a key in key set %2; a kid is never reused for other "
                                 "key material.")
        .arg(kid, elsewhere->constFirst().keySet);
}

} // namespace

GenerateKeyDialog::GenerateKeyDialog(core::Vault& vault, core::KeyProvider& provider, const QStringList& keySets,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GenerateKeyDialog>())
    , m_vault(vault)
    , m_provider(provider)
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->busyBar->setAccessibleName(tr("Generating the key"));
    okButton()->setObjectName(QStringLiteral("generateButton"));
    okButton()->setText(tr("&Generate"));
    m_ui->hintLabel->setObjectName(QStringLiteral("generateHintLabel"));

    m_ui->keySetCombo->addItems(keySets);
    m_ui->keySetCombo->setCurrentText(keySets.isEmpty() ? QStringLiteral("default") : keySets.constFirst());
    m_ui->useCombo->addItem(tr("sig — signatures (JWS)"), int(core::KeyUse::Sig));
    m_ui->useCombo->addItem(tr("enc — encryption (JWE)"), int(core::KeyUse::Enc));
    m_ui->environmentCombo->addItems({ QStringLiteral("prod"), QStringLiteral("test") });

    const QDateTime now = m_vault.clock().now();
    for (QDateTimeEdit* edit : { m_ui->activatesEdit, m_ui->expiresEdit })
        edit->setTimeSpec(Qt::UTC);
    m_ui->activatesEdit->setDateTime(now.addDays(1));
    m_ui->activatesEdit->setEnabled(false);
    m_ui->expiresEdit->setDateTime(now.addDays(365));

    fillAlgs();
    connect(m_ui->useCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillAlgs();
        validate();
    });
    connect(m_ui->algCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillSizes();
        validate();
    });
    connect(m_ui->activateNowCheck, &QCheckBox::toggled, this, [this](bool now) {
        m_ui->activatesEdit->setEnabled(!now);
        validate();
    });
    for (QLineEdit* edit : { m_ui->kidEdit, m_ui->ownerEdit, m_ui->tagsEdit, m_ui->notesEdit })
        connect(edit, &QLineEdit::textChanged, this, &GenerateKeyDialog::validate);
    for (QComboBox* combo : { m_ui->keySetCombo, m_ui->environmentCombo, m_ui->sizeCombo })
        connect(combo, &QComboBox::currentTextChanged, this, &GenerateKeyDialog::validate);
    for (QDateTimeEdit* edit : { m_ui->activatesEdit, m_ui->expiresEdit })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &GenerateKeyDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GenerateKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GenerateKeyDialog::reject);
    validate();
}

GenerateKeyDialog::~GenerateKeyDialog() = default;

QPushButton* GenerateKeyDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString GenerateKeyDialog::hint() const { return okButton()->isEnabled() ? QString() : m_ui->hintLabel->text(); }

void GenerateKeyDialog::setKeySet(const QString& keySet) { m_ui->keySetCombo->setCurrentText(keySet); }

void GenerateKeyDialog::fillAlgs()
{
    const auto use = core::KeyUse(m_ui->useCombo->currentData().toInt());
    const QString previous = m_ui->algCombo->currentText();
    const QSignalBlocker blocker(m_ui->algCombo);
    m_ui->algCombo->clear();
    // The core list already leaves out what new keys may not use (RSA1_5, none, HS*).
    m_ui->algCombo->addItems(core::GenerateKeyCommand::generatableAlgs(use));
    const int keep = m_ui->algCombo->findText(previous);
    const QString preferred = use == core::KeyUse::Sig ? QStringLiteral("ES256") : QStringLiteral("ECDH-ES+A256KW");
    m_ui->algCombo->setCurrentIndex(keep >= 0 ? keep : std::max(0, m_ui->algCombo->findText(preferred)));
    fillSizes();
}

void GenerateKeyDialog::fillSizes()
{
    const QStringList sizes = core::GenerateKeyCommand::sizesFor(m_ui->algCombo->currentText());
    const QSignalBlocker blocker(m_ui->sizeCombo);
    m_ui->sizeCombo->clear();
    m_ui->sizeCombo->addItems(sizes);
    // The core defaults: RSA 3072, P-256, 256-bit dir keys.
    for (const QString& preferred : { QStringLiteral("3072"), QStringLiteral("P-256"), QStringLiteral("256") }) {
        const int index = m_ui->sizeCombo->findText(preferred);
        if (index >= 0)
            m_ui->sizeCombo->setCurrentIndex(index);
    }
    if (sizes.isEmpty()) {
        // Say what the alg fixes rather than leave an empty box.
        const auto spec = core::GenerateKeyCommand::specFor(m_ui->algCombo->currentText());
        if (spec)
            m_ui->sizeCombo->addItem(spec->curve != core::Curve::None ? core::curveName(spec->curve)
                                                                      : tr("%1 bits").arg(spec->bits));
    }
    m_ui->sizeCombo->setEnabled(!sizes.isEmpty());
    m_ui->sizeCombo->setToolTip(sizes.isEmpty() ? tr("%1 fixes its key size").arg(m_ui->algCombo->currentText())
                                                : QString());
}

core::GenerateKeyCommand::Params GenerateKeyDialog::params() const
{
    core::GenerateKeyCommand::Params params;
    params.key.keySet = m_ui->keySetCombo->currentText().trimmed();
    params.key.use = core::KeyUse(m_ui->useCombo->currentData().toInt());
    params.key.alg = m_ui->algCombo->currentText();
    params.key.kid = m_ui->kidEdit->text().trimmed();
    params.key.owner = m_ui->ownerEdit->text().trimmed();
    params.key.environment = m_ui->environmentCombo->currentText().trimmed();
    if (!m_ui->activateNowCheck->isChecked())
        params.key.activatesAt = m_ui->activatesEdit->dateTime().toUTC();
    params.key.expiresAt = m_ui->expiresEdit->dateTime().toUTC();
    for (const QString& tag : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        params.key.tags << tag.trimmed();
    params.key.notes = m_ui->notesEdit->text().trimmed();
    params.size = m_ui->sizeCombo->isEnabled() ? m_ui->sizeCombo->currentText() : QString();
    return params;
}

void GenerateKeyDialog::validate()
{
    if (m_busy)
        return;
    QString hint;
    if (m_ui->ownerEdit->text().trimmed().isEmpty()) {
        hint = tr("Name the owner: the team or person responsible for this key.");
    } else {
        // The command's own checks (names, dates, alg and size, a kid already used in the set).
        const core::GenerateKeyCommand command(m_vault, m_provider, params());
        const core::Status valid = command.validate();
        if (!valid)
            hint = valid.message();
        else
            hint = kidUsedElsewhere(m_vault, params().key.kid);
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
    okButton()->setEnabled(hint.isEmpty());
}

void GenerateKeyDialog::accept()
{
    if (m_busy || !okButton()->isEnabled())
        return;
    const core::GenerateKeyCommand::Params chosen = params();
    const core::GenerateKeyCommand command(m_vault, m_provider, chosen);
    if (const core::Status valid = command.validate(); !valid) {
        m_ui->messageWidget->showMessage(valid.message().toHtmlEscaped(), MessageWidget::Type::Error);
        return;
    }
    const auto spec = core::GenerateKeyCommand::specFor(chosen.key.alg, chosen.size);
    if (!spec) {
        m_ui->messageWidget->showMessage(spec.message().toHtmlEscaped(), MessageWidget::Type::Error);
        return;
    }
    const core::KeySpec keySpec { spec->type, spec->bits, spec->curve };
    auto generated = std::make_shared<std::optional<core::Result<core::Jwk>>>();
    setBusy(true);
    // GenerateKeyCommand::run() does both steps on one thread; split here so only the key pair is
    // made off the GUI thread and the audited insert stays on the thread that owns the database.
    runInBackground(
        this, [generated, keySpec, alg = chosen.key.alg] { generated->emplace(core::KeyGenerator::generate(keySpec, alg)); },
        [this, generated, chosen] {
            setBusy(false);
            const core::Result<core::Jwk>& key = **generated;
            if (!key) {
                m_ui->messageWidget->showMessage(tr("<b>The key was not generated.</b> %1").arg(key.message().toHtmlEscaped()),
                                                 MessageWidget::Type::Error);
                return;
            }
            core::KeyAdmission admission(m_vault, m_provider);
            auto record = admission.admit(*key, chosen.key, QStringLiteral("key.generated"),
                                          QJsonObject { { QStringLiteral("source"), QStringLiteral("generated") } },
                                          core::KeyAdmission::productName());
            if (!record) {
                m_ui->messageWidget->showMessage(tr("<b>The key was refused.</b> %1").arg(record.message().toHtmlEscaped()),
                                                 MessageWidget::Type::Error);
                validate();
                return;
            }
            Q_EMIT keyGenerated(record.value());
            QDialog::accept();
        });
}

void GenerateKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void GenerateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->buttonBox->setEnabled(!busy);
    for (QWidget* field : { static_cast<QWidget*>(m_ui->keySetCombo), static_cast<QWidget*>(m_ui->useCombo),
                            static_cast<QWidget*>(m_ui->algCombo), static_cast<QWidget*>(m_ui->kidEdit),
                            static_cast<QWidget*>(m_ui->ownerEdit) })
        field->setEnabled(!busy);
    if (!busy)
        validate();
}

} // namespace keyward::ui
