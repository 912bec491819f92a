// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "DemoVaultSeeder.h"
#include "MainWindow.h"
#include "RequestService.h"
#include "dialogs/CustodianDutiesDialog.h"
#include "dialogs/UnlockDialog.h"
#include "evidence/AuditCheckpoint.h"
#include "keys/KeyActivation.h"
#include "pages/KeysPage.h"
#include "widgets/MessageWidget.h"
#include "wizard/FirstRunWizard.h"

#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

namespace keyward::ui {

AppController::AppController(const core::Clock& clock, KdfProvider kdf, UnlockDelayPolicy delays,
                             AppOptions options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_kdf(std::move(kdf))
    , m_delays(delays)
    , m_options(std::move(options))
    , m_checkpointTimer(new QTimer(this))
{
    // A vault left open for days still shows a fresh head (stale ones are flagged by verify).
    m_checkpointTimer->setInterval(kCheckpointTick);
    connect(m_checkpointTimer, &QTimer::timeout, this, &AppController::recordDueCheckpoint);
}

AppController::~AppController()
{
    delete m_window;
    delete m_duties;
    delete m_unlock;
    delete m_wizard;
    if (m_vault)
        m_vault->lock();
}

FirstRunWizard* AppController::wizard() const { return m_wizard; }
UnlockDialog* AppController::unlockDialog() const { return m_unlock; }
CustodianDutiesDialog* AppController::dutiesDialog() const { return m_duties; }
MainWindow* AppController::mainWindow() const { return m_window; }

bool AppController::start()
{
    if (m_options.demo) {
        if (!prepareDemo())
            return false;
    } else {
        m_location = core::VaultLocation::resolve(m_options.vaultPath);
    }
    // Either file present means a vault is (or was) here: the unlock dialog explains a damaged
    // one instead of the wizard trying to create over it.
    if (QFile::exists(m_location.databasePath()) || QFile::exists(m_location.keySlotsPath()))
        showUnlock(QString(), QString());
    else
        showWizard();
    return true;
}

bool AppController::prepareDemo()
{
    m_demoDir = std::make_unique<QTemporaryDir>();
    if (!m_demoDir->isValid()) {
        m_error = tr("Could not create a temporary folder for the demo vault: %1").arg(m_demoDir->errorString());
        return false;
    }
    m_location.dir = m_demoDir->filePath(QStringLiteral("demo.keyward"));
    const core::Status seeded = DemoVaultSeeder(m_clock).seed(m_location);
    if (!seeded) {
        m_error = tr("Could not create the demo vault: %1").arg(seeded.message());
        return false;
    }
    // Officers added during the demo get the same cheap cost as the seeded ones.
    m_kdf = fixedKdf(DemoVaultSeeder::demoKdf());
    return true;
}

void AppController::showWizard()
{
    m_wizard = new FirstRunWizard(m_location, m_clock, m_kdf);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::accepted, this, [this] { unlocked(m_wizard->takeVault()); });
    connect(m_wizard, &QDialog::rejected, this, &AppController::quit);
    m_wizard->show();
}

void AppController::showUnlock(const QString& notice, const QString& officer)
{
    m_unlock = new UnlockDialog(m_location, m_clock, m_delays);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock->offerEnrollment(m_kdf);
    if (m_options.demo) {
        QList<UnlockDialog::DemoCredential> credentials;
        for (const DemoVaultSeeder::DemoOfficer& o : DemoVaultSeeder::officers())
            credentials.append({ o.name, o.passphrase, core::roleNames(o.roles).join(QStringLiteral(", ")) });
        m_unlock->setDemoCredentials(credentials);
    }
    if (!officer.isEmpty())
        m_unlock->selectOfficer(officer);
    if (!notice.isEmpty())
        m_unlock->showNotice(notice);
    connect(m_unlock, &QDialog::accepted, this, [this] { unlocked(m_unlock->takeVault()); });
    connect(m_unlock, &QDialog::rejected, this, &AppController::quit);
    m_unlock->show();
}

void AppController::unlocked(std::unique_ptr<core::Vault> vault)
{
    if (!vault) {
        quit();
        return;
    }
    m_vault = std::move(vault);
    if (m_vault->currentOfficer().custodianAcknowledged)
        showMainWindow();
    else
        askCustodianDuties();
}

void AppController::askCustodianDuties()
{
    m_duties = new CustodianDutiesDialog(m_vault->currentOfficer().name);
    m_duties->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_duties, &QDialog::accepted, this, [this] {
        const core::Status acknowledged = m_vault->acknowledgeCustodianDuties();
        if (!acknowledged) {
            lock(tr("Your acknowledgement could not be recorded: %1").arg(acknowledged.message().toHtmlEscaped()));
            return;
        }
        showMainWindow();
    });
    connect(m_duties, &QDialog::rejected, this, [this] {
        lock(tr("Vault locked: custodian duties must be acknowledged before you can work with it."));
    });
    m_duties->show();
}

void AppController::runDueWork()
{
    m_dueReport.reset();
    m_dueProblem = false;
    QStringList lines;
    // Activation first: a key that became active today may already be the one due work looks at.
    if (auto activated = core::activateDueKeys(*m_vault); !activated) {
        m_dueProblem = true;
        lines << tr("Due keys could not be activated: %1").arg(activated.message().toHtmlEscaped());
    } else if (!activated->isEmpty()) {
        lines << tr("%n pending key(s) whose activation time had come became active.", nullptr, int(activated->size()));
    }
    RequestService requests(*m_vault);
    auto report = core::DueWork::run(*m_vault, requests.engine());
    if (!report) {
        m_dueProblem = true;
        lines << tr("The due work could not run: %1").arg(report.message().toHtmlEscaped());
    } else {
        m_dueReport = report.value();
        for (const core::Request& drafted : std::as_const(report->drafted))
            lines << tr("Rotation request #%1 was drafted for %2 in %3: it reached the end of its cryptoperiod and "
                        "waits for an approver.")
                         .arg(drafted.id)
                         .arg(drafted.subject.toHtmlEscaped(), drafted.keySet.toHtmlEscaped());
        for (const core::Request& executed : std::as_const(report->executed))
            lines << tr("Scheduled destruction #%1 ran: the private part of %2 in %3 was erased.")
                         .arg(executed.id)
                         .arg(executed.subject.toHtmlEscaped(), executed.keySet.toHtmlEscaped());
        if (!report->expired.isEmpty()) {
            QStringList ids;
            for (const core::Request& expired : std::as_const(report->expired))
                ids << QStringLiteral("#%1").arg(expired.id);
            lines << tr("%n request(s) expired without approval: %1.", nullptr, int(ids.size())).arg(ids.join(QStringLiteral(", ")));
        }
        for (const QString& note : std::as_const(report->notes)) {
            m_dueProblem = true;
            lines << note.toHtmlEscaped();
        }
    }
    m_dueMessage = lines.isEmpty() ? QString() : lines.join(QStringLiteral("<br>"));
}

void AppController::showDueWork()
{
    if (m_dueMessage.isEmpty() || !m_window)
        return;
    // The Keys page's message bar is where keys and their requests are looked after; the status
    // bar tells the officer on whichever page the window opens.
    if (auto* keys = qobject_cast<KeysPage*>(m_window->page(MainWindow::KeysId)))
        keys->messageWidget()->showMessage(
            tr("<b>Done on unlock:</b><br>%1<br><a href=\"page:requests\">Open Requests</a>").arg(m_dueMessage),
            m_dueProblem ? MessageWidget::Type::Warning : MessageWidget::Type::Information);
    const int drafted = m_dueReport ? int(m_dueReport->drafted.size()) : 0;
    const int executed = m_dueReport ? int(m_dueReport->executed.size()) : 0;
    const int expired = m_dueReport ? int(m_dueReport->expired.size()) : 0;
    //: Status bar after unlock: %1, %2 and %3 are the three counts translated just below.
    m_window->statusBar()->showMessage(tr("On unlock: %1, %2, %3 — details on the Keys page.")
                                           .arg(tr("%n rotation(s) drafted", nullptr, drafted),
                                                tr("%n destruction(s) run", nullptr, executed),
                                                tr("%n request(s) expired", nullptr, expired)),
                                       60000);
}

void AppController::showMainWindow()
{
    runDueWork();
    m_window = new MainWindow(*m_vault, m_kdf, m_options.autoLockAfter);
    // Queued: the window is deleted by lock(), which must not run inside the window's own signal.
    connect(m_window, &MainWindow::lockRequested, this, [this] { lock(tr("The vault was locked.")); },
            Qt::QueuedConnection);
    connect(
        m_window, &MainWindow::autoLockRequested, this,
        [this] {
            const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(m_options.autoLockAfter).count();
            lock(minutes > 0 ? tr("Locked after %1 min without activity.").arg(minutes)
                             : tr("Locked after a period without activity."));
        },
        Qt::QueuedConnection);
    connect(m_window, &MainWindow::lockRequiredBecause, this, &AppController::lock, Qt::QueuedConnection);
    connect(m_window, &MainWindow::closed, this, &AppController::quit, Qt::QueuedConnection);
    m_window->show();
    showDueWork();
    m_checkpointTimer->start();
}

void AppController::recordDueCheckpoint()
{
    if (!m_vault || !m_window)
        return;
    const core::Result<bool> recorded
        = core::AuditCheckpoint::recordIfDue(*m_vault, core::AuditCheckpoint::Occasion::Daily);
    // Busy or a clock behind the log: the next tick tries again; the window's own checks report the rest.
    if (!recorded.ok())
        qWarning("keyward: the daily audit checkpoint was not recorded: %s", qPrintable(recorded.message()));
}

void AppController::lock(const QString& notice)
{
    m_checkpointTimer->stop();
    const QString officer = m_vault ? m_vault->currentOfficer().name : QString();
    // The window and its pages hold references into the vault: they go first.
    delete m_window;
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
    showUnlock(notice, officer);
}

void AppController::quit()
{
    m_checkpointTimer->stop();
    delete m_window;
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
    Q_EMIT finished(0);
}

} // namespace keyward::ui
