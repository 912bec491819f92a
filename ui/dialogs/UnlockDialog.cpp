// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/UnlockDialog.h"
#include "ui_UnlockDialog.h"

#include "BackgroundTask.h"
#include "dialogs/EnrollOfficerDialog.h"
#include "SecretInput.h"
#include "widgets/ThemeColours.h"

#include <QDir>
#include <QIcon>

#include <chrono>

namespace keyward::ui {

namespace {

// Vault::open runs on a worker thread; its move-only result travels back through this box.
struct UnlockJob {
    core::VaultLocation location;
    QString officer;
    core::SecureBytes passphrase;
    const core::Clock* clock = nullptr;
    std::optional<core::Result<std::unique_ptr<core::Vault>>> result;
};

} // namespace

UnlockDialog::UnlockDialog(const core::VaultLocation& location, const core::Clock& clock,
                           UnlockDelayPolicy delays, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
    , m_location(location)
    , m_clock(clock)
    , m_delays(delays)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/keyward.svg")).pixmap(48, 48));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // Long paths are elided in the middle (the folder name stays visible); the tooltip has all of it.
    const QString path = QDir::toNativeSeparators(location.dir);
    m_ui->locationLabel->setText(m_ui->locationLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 400));
    m_ui->locationLabel->setToolTip(path);
    theme::setTone(m_ui->locationLabel, theme::Tone::Muted);
    m_ui->demoHintLabel->hide();
    m_ui->busyBar->hide();
    m_ui->busyBar->setAccessibleName(tr("Unlocking"));

    m_waitTimer.setSingleShot(true);
    m_countdownTimer.setInterval(std::chrono::milliseconds(200));
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        m_countdownTimer.stop();
        if (!m_failureText.isEmpty())
            m_ui->messageWidget->showMessage(m_failureText, MessageWidget::Type::Error);
        updateButtons();
        m_ui->passphraseEdit->setFocus();
    });
    connect(&m_countdownTimer, &QTimer::timeout, this, &UnlockDialog::updateWaitCountdown);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    loadOfficers();
    updateButtons();
    m_ui->passphraseEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::offerEnrollment(KdfProvider kdf)
{
    m_kdf = std::move(kdf);
    const auto waiting = core::Vault::enrollingOfficers(m_location);
    if (!waiting.ok() || waiting->isEmpty() || m_enrollButton)
        return;
    m_enrollButton = new QPushButton(tr("&Enroll…"), this);
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_enrollButton->setToolTip(tr("First run of a new officer: enroll with both halves and choose your passphrase."));
    m_ui->buttonLayout->insertWidget(0, m_enrollButton);
    connect(m_enrollButton, &QPushButton::clicked, this, &UnlockDialog::enroll);
}

void UnlockDialog::enroll()
{
    EnrollOfficerDialog dialog(m_location, m_clock, m_kdf, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_vault = dialog.takeVault();
    accept();
}

void UnlockDialog::loadOfficers()
{
    const auto officers = core::Vault::slotOfficers(m_location);
    if (!officers) {
        m_damaged = true;
        m_ui->messageWidget->setCloseButtonVisible(false);
        m_ui->messageWidget->showMessage(
            tr("<b>This vault cannot be opened.</b> %1<br>Nothing was changed. Restore the vault folder "
               "from a backup, or start Keyward with --vault to choose another one.")
                .arg(officers.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        return;
    }
    m_ui->officerCombo->addItems(officers.value());
}

void UnlockDialog::setDemoCredentials(const QList<DemoCredential>& credentials)
{
    QString rows;
    for (const DemoCredential& c : credentials) {
        rows += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td><code>%2</code>&nbsp;&nbsp;</td>"
                               "<td style='color:%4'>%3</td></tr>")
                    .arg(c.officer.toHtmlEscaped(), c.passphrase.toHtmlEscaped(), c.roles.toHtmlEscaped(),
                         theme::colour(theme::Tone::Muted).name());
    }
    m_ui->demoHintLabel->setText(tr("<b>Demo vault</b> — a throwaway vault in a temporary folder, deleted when "
                                    "Keyward exits. Its officers and passphrases:")
                                 + QStringLiteral("<table style='margin-top:4px'>%1</table>").arg(rows));
    m_ui->demoHintLabel->setStyleSheet(theme::noteStyle(theme::Tone::Info));
    m_ui->demoHintLabel->show();
}

void UnlockDialog::selectOfficer(const QString& officer)
{
    const int index = m_ui->officerCombo->findText(officer);
    if (index >= 0)
        m_ui->officerCombo->setCurrentIndex(index);
}

void UnlockDialog::showNotice(const QString& text)
{
    if (!m_damaged)
        m_ui->messageWidget->showMessage(text, MessageWidget::Type::Information);
}

std::unique_ptr<core::Vault> UnlockDialog::takeVault() { return std::move(m_vault); }

void UnlockDialog::tryUnlock()
{
    if (m_unlocking || m_damaged || isWaiting() || m_ui->officerCombo->currentText().isEmpty())
        return;
    auto job = std::make_shared<UnlockJob>();
    job->location = m_location;
    job->officer = m_ui->officerCombo->currentText();
    job->passphrase = takeSecret(m_ui->passphraseEdit);
    job->clock = &m_clock;
    m_unlocking = true;
    m_ui->busyBar->show();
    m_ui->messageWidget->showMessage(tr("Unlocking as %1…").arg(job->officer.toHtmlEscaped()),
                                     MessageWidget::Type::Information);
    updateButtons();
    runInBackground(
        this,
        [job] {
            job->result.emplace(core::Vault::open(job->location, job->officer, job->passphrase, *job->clock));
            job->passphrase.clear();
        },
        [this, job] { finishUnlock(std::move(*job->result), job->officer); });
}

void UnlockDialog::finishUnlock(core::Result<std::unique_ptr<core::Vault>> result, const QString& officer)
{
    m_unlocking = false;
    m_ui->busyBar->hide();
    if (result) {
        m_failures = 0;
        m_vault = std::move(result).value();
        m_ui->messageWidget->hideMessage();
        updateButtons();
        accept();
        return;
    }
    switch (result.code()) {
    case core::ErrorCode::AuthenticationFailed:
        ++m_failures;
        m_failureText = tr("<b>Wrong passphrase for %1.</b> Check the officer and Caps Lock, then try again.")
                            .arg(officer.toHtmlEscaped());
        m_waitTimer.start(m_delays.delayAfter(m_failures));
        m_countdownTimer.start();
        updateWaitCountdown();
        break;
    case core::ErrorCode::VaultDamaged:
        m_failureText.clear();
        m_ui->messageWidget->showMessage(
            tr("<b>The vault is damaged.</b> %1<br>Nothing was changed. Restore it from a backup.")
                .arg(result.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        break;
    case core::ErrorCode::NewerSchema:
        m_failureText.clear();
        m_ui->messageWidget->showMessage(
            tr("<b>This vault was written by a newer Keyward.</b> %1<br>Update Keyward to open it; nothing "
               "was changed.")
                .arg(result.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        break;
    default:
        m_failureText.clear();
        m_ui->messageWidget->showMessage(
            tr("<b>The vault could not be unlocked.</b> %1").arg(result.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        break;
    }
    updateButtons();
}

void UnlockDialog::updateWaitCountdown()
{
    const int seconds = int((m_waitTimer.remainingTime() + 999) / 1000);
    //: Shown after a wrong passphrase while the unlock button waits.
    m_ui->messageWidget->showMessage(m_failureText + QStringLiteral("<br>")
                                         + tr("You can try again in %1 s.").arg(qMax(seconds, 1)),
                                     MessageWidget::Type::Error);
}

void UnlockDialog::updateButtons()
{
    const bool idle = !m_unlocking && !isWaiting() && !m_damaged;
    m_ui->unlockButton->setEnabled(idle && !m_ui->passphraseEdit->text().isEmpty()
                                   && m_ui->officerCombo->count() > 0);
    m_ui->passphraseEdit->setEnabled(!m_unlocking && !m_damaged);
    m_ui->officerCombo->setEnabled(!m_unlocking && !m_damaged);
}

} // namespace keyward::ui
