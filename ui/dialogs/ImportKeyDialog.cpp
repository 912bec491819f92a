// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ImportKeyDialog.h"
#include "ui_ImportKeyDialog.h"

#include "keys/ImportKeyCommand.h"
#include "keys/KeyInput.h"
#include "vault/Vault.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>

namespace keyward::ui {

ImportKeyDialog::ImportKeyDialog(core::Vault& vault, core::KeyProvider& provider, const QStringList& keySets,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportKeyDialog>())
    , m_vault(vault)
    , m_provider(provider)
    , m_validateTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    okButton()->setObjectName(QStringLiteral("importButton"));
    okButton()->setText(tr("&Import"));
    m_ui->hintLabel->setObjectName(QStringLiteral("importHintLabel"));
    m_ui->progressBar->hide();
    m_ui->keySetCombo->addItems(keySets);
    m_ui->keySetCombo->setCurrentText(keySets.isEmpty() ? QStringLiteral("default") : keySets.constFirst());
    m_ui->useCombo->addItem(tr("from the key (its use or alg)"), -1);
    m_ui->useCombo->addItem(tr("sig — signatures"), int(core::KeyUse::Sig));
    m_ui->useCombo->addItem(tr("enc — encryption"), int(core::KeyUse::Enc));
    m_ui->environmentCombo->addItems({ QStringLiteral("prod"), QStringLiteral("test") });
    m_ui->expiresEdit->setTimeSpec(Qt::UTC);
    m_ui->expiresEdit->setDateTime(m_vault.clock().now().addDays(365));

    // Decrypting a PKCS#8 file runs scrypt/PBKDF2: validate after a typing pause, not per key.
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &ImportKeyDialog::validate);
    for (QLineEdit* edit : { m_ui->passphraseEdit, m_ui->algEdit, m_ui->kidEdit, m_ui->ownerEdit })
        connect(edit, &QLineEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : { m_ui->keySetCombo, m_ui->useCombo, m_ui->environmentCombo })
        connect(combo, &QComboBox::currentTextChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_ui->expiresEdit, &QDateTimeEdit::dateTimeChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &ImportKeyDialog::chooseFiles);
    connect(m_ui->removeFileButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->fileList->currentRow();
        if (row >= 0 && row < m_inputs.size()) {
            m_inputs.removeAt(row);
            inputsChanged();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportKeyDialog::reject);
    inputsChanged();
}

ImportKeyDialog::~ImportKeyDialog() = default;

QPushButton* ImportKeyDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString ImportKeyDialog::hint() const { return m_ui->hintLabel->text(); }

void ImportKeyDialog::setKeySet(const QString& keySet) { m_ui->keySetCombo->setCurrentText(keySet); }

void ImportKeyDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import keys"), QString(),
        tr("Key files (*.jwk *.jwks *.json *.pem *.key *.p8 *.crt *.cer *.der);;All files (*)"));
    addFiles(files);
}

void ImportKeyDialog::addFiles(const QStringList& paths)
{
    QStringList unreadable;
    for (const QString& path : paths) {
        QFile file(path);
        if (QFileInfo(path).size() > core::KeyInput::kMaxInputBytes || !file.open(QIODevice::ReadOnly)) {
            unreadable << QFileInfo(path).fileName();
            continue;
        }
        m_inputs.append({ QFileInfo(path).fileName(), file.readAll(), false });
    }
    if (!unreadable.isEmpty())
        m_ui->messageWidget->showMessage(tr("Not read (missing, unreadable or over 4 MiB): %1")
                                             .arg(unreadable.join(QStringLiteral(", ")).toHtmlEscaped()),
                                         MessageWidget::Type::Warning);
    inputsChanged();
}

void ImportKeyDialog::addData(const QString& name, const QByteArray& data)
{
    m_inputs.append({ name, data, false });
    inputsChanged();
}

void ImportKeyDialog::inputsChanged()
{
    m_ui->fileList->clear();
    bool anyEncrypted = false;
    for (Input& input : m_inputs) {
        input.needsPassphrase = core::KeyInput::needsPassphrase(input.data);
        anyEncrypted = anyEncrypted || input.needsPassphrase;
        m_ui->fileList->addItem(input.needsPassphrase ? tr("%1 (encrypted)").arg(input.name) : input.name);
    }
    m_ui->passphraseLabel->setVisible(anyEncrypted);
    m_ui->passphraseEdit->setVisible(anyEncrypted);
    // A kid given here can name one key only.
    m_ui->kidEdit->setEnabled(m_inputs.size() <= 1);
    m_ui->removeFileButton->setEnabled(!m_inputs.isEmpty());
    validateNow();
}

void ImportKeyDialog::validateNow()
{
    m_validateTimer->stop();
    validate();
}

core::NewKeyParams ImportKeyDialog::params() const
{
    core::NewKeyParams params;
    params.keySet = m_ui->keySetCombo->currentText().trimmed();
    if (const int use = m_ui->useCombo->currentData().toInt(); use >= 0)
        params.use = core::KeyUse(use);
    params.alg = m_ui->algEdit->text().trimmed();
    if (m_ui->kidEdit->isEnabled())
        params.kid = m_ui->kidEdit->text().trimmed();
    params.owner = m_ui->ownerEdit->text().trimmed();
    params.environment = m_ui->environmentCombo->currentText().trimmed();
    params.expiresAt = m_ui->expiresEdit->dateTime().toUTC();
    return params;
}

void ImportKeyDialog::validate()
{
    if (isBusy())
        return;
    m_ui->previewList->clear();
    QString hint;
    int importable = 0;
    if (m_inputs.isEmpty())
        hint = tr("Add a key file, or drop one here.");
    else if (m_ui->ownerEdit->text().trimmed().isEmpty())
        hint = tr("Name the owner: the team or person responsible for these keys.");
    for (const Input& input : std::as_const(m_inputs)) {
        if (!hint.isEmpty())
            break;
        if (input.needsPassphrase && m_ui->passphraseEdit->text().isEmpty()) {
            m_ui->previewList->addItem(tr("%1: enter the passphrase of this encrypted key").arg(input.name));
            continue;
        }
        core::ImportKeyCommand command(m_vault, m_provider, params(), input.data,
                                       core::SecureBytes::fromView(m_ui->passphraseEdit->text().toUtf8()));
        const core::Status decoded = command.validate();
        if (command.outcomes().isEmpty()) {
            m_ui->previewList->addItem(tr("✗ %1: %2").arg(input.name, decoded.message()));
            continue;
        }
        for (const core::ImportKeyCommand::Outcome& outcome : command.outcomes()) {
            if (outcome.status) {
                ++importable;
                m_ui->previewList->addItem(tr("✓ %1: %2 (%3 %4) → %5 in %6")
                                               .arg(input.name, outcome.record.kid, outcome.record.keyType,
                                                    outcome.record.curveOrSize,
                                                    outcome.record.primary ? tr("active, primary") : tr("not primary"),
                                                    outcome.record.keySet));
            } else {
                m_ui->previewList->addItem(tr("✗ %1: %2 — %3").arg(input.name, outcome.kid, outcome.status.message()));
            }
        }
    }
    if (hint.isEmpty() && importable == 0)
        hint = tr("Nothing here can be imported; the list above says why.");
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
    okButton()->setEnabled(hint.isEmpty());
}

void ImportKeyDialog::accept()
{
    if (isBusy() || !okButton()->isEnabled())
        return;
    m_imported.clear();
    m_refusals.clear();
    m_cancelled = false;
    m_next = 0;
    m_ui->progressBar->setRange(0, int(m_inputs.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    okButton()->setEnabled(false);
    QTimer::singleShot(0, this, &ImportKeyDialog::importNext);
}

void ImportKeyDialog::importNext()
{
    if (m_cancelled || m_next >= m_inputs.size()) {
        finish();
        return;
    }
    const Input& input = m_inputs.at(m_next);
    // Each command writes on this thread, which owns the database; one file per turn of the
    // event loop keeps the window painting and Cancel clickable between files.
    core::ImportKeyCommand command(m_vault, m_provider, params(), input.data,
                                   core::SecureBytes::fromView(m_ui->passphraseEdit->text().toUtf8()));
    const core::Status done = command.run();
    m_imported.append(command.imported());
    for (const core::ImportKeyCommand::Outcome& outcome : command.outcomes()) {
        if (!outcome.status)
            m_refusals << tr("%1: %2 — %3").arg(input.name, outcome.kid, outcome.status.message());
    }
    if (!done && command.outcomes().isEmpty())
        m_refusals << tr("%1: %2").arg(input.name, done.message());
    m_ui->progressBar->setValue(++m_next);
    QTimer::singleShot(0, this, &ImportKeyDialog::importNext);
}

void ImportKeyDialog::finish()
{
    m_next = -1;
    m_ui->progressBar->hide();
    m_ui->passphraseEdit->clear();
    if (m_imported.isEmpty()) {
        m_ui->messageWidget->showMessage(tr("<b>Nothing was imported.</b> %1")
                                             .arg(m_refusals.join(QStringLiteral("; ")).toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        validate();
        return;
    }
    Q_EMIT importFinished(m_imported, m_refusals);
    QDialog::accept();
}

void ImportKeyDialog::reject()
{
    if (isBusy()) {
        m_cancelled = true; // stops after the file being imported
        return;
    }
    QDialog::reject();
}

void ImportKeyDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !isBusy())
        event->acceptProposedAction();
}

void ImportKeyDialog::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace keyward::ui
