// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "UnlockDelayPolicy.h"
#include "requests/DueWork.h"
#include "vault/Vault.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QTemporaryDir;
class QTimer;

namespace keyward::ui {

class CustodianDutiesDialog;
class FirstRunWizard;
class MainWindow;
class UnlockDialog;

struct AppOptions {
    QString vaultPath; // --vault; empty: $KEYWARD_VAULT, then the default location
    bool demo = false; // --demo: a throwaway vault in a temporary folder
    std::chrono::milliseconds autoLockAfter = std::chrono::minutes(5); // 0: never
};

// Decides what the officer sees: no vault → first-run wizard; a vault → unlock dialog; then the
// custodian-duties acknowledgement on a first unlock, then the main window. Before the window
// opens, the due work runs (SPEC §4): pending keys whose time came activate, overdue requests
// expire, due destructions run and keys at the end of their cryptoperiod get a rotation request
// drafted; what it did is shown in the Keys page's message bar and the status bar. Locking
// (Ctrl+L or idle) closes the window, wipes the vault's keys and returns to the unlock dialog.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(const core::Clock& clock, KdfProvider kdf, UnlockDelayPolicy delays, AppOptions options,
                  QObject* parent = nullptr);
    ~AppController() override;

    // Shows the first window. False (with errorString) when a demo vault could not be made.
    bool start();
    QString errorString() const { return m_error; }

    const core::VaultLocation& location() const { return m_location; }
    core::Vault* vault() const { return m_vault.get(); }
    // The window on screen, or null (for tests).
    FirstRunWizard* wizard() const;
    UnlockDialog* unlockDialog() const;
    CustodianDutiesDialog* dutiesDialog() const;
    MainWindow* mainWindow() const;
    // What the due work did at the last unlock (empty before the first), and how it was told.
    const std::optional<core::DueReport>& lastDueReport() const { return m_dueReport; }
    QString lastDueMessage() const { return m_dueMessage; }
    // Every hour while the main window is open: records the daily audit checkpoint when core says
    // one is due (AuditCheckpoint, issue #15). Public for tests.
    static constexpr std::chrono::hours kCheckpointTick { 1 };
    void recordDueCheckpoint();

public Q_SLOTS:
    void lock(const QString& notice = QString());

Q_SIGNALS:
    // The officer quit (closed the window or the unlock dialog).
    void finished(int exitCode);

private:
    bool prepareDemo();
    void showWizard();
    void showUnlock(const QString& notice, const QString& officer);
    void unlocked(std::unique_ptr<core::Vault> vault);
    void askCustodianDuties();
    void showMainWindow();
    void runDueWork();
    void showDueWork();
    void quit();

    const core::Clock& m_clock;
    KdfProvider m_kdf;
    UnlockDelayPolicy m_delays;
    AppOptions m_options;
    core::VaultLocation m_location;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<core::Vault> m_vault;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<UnlockDialog> m_unlock;
    QPointer<CustodianDutiesDialog> m_duties;
    QPointer<MainWindow> m_window;
    QString m_error;
    QTimer* m_checkpointTimer = nullptr;
    std::optional<core::DueReport> m_dueReport;
    QString m_dueMessage;
    bool m_dueProblem = false;
};

} // namespace keyward::ui
