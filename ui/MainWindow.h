// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"

#include <QHash>
#include <QMainWindow>

#include <chrono>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class ChainMonitor;
class IdleWatcher;
class NavigationRail;
class Page;
class VaultChangeWatcher;

// The one main window (SPEC §11): navigation rail, page stack, toolbar with the current page's
// actions and the global search, status bar with vault, officer, auto-lock countdown and chain.
// It never locks the vault itself: it asks (lockRequested) and its owner tears it down.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Page ids, also used by links ("page:<id>").
    static inline const QString OverviewId = QStringLiteral("overview");
    static inline const QString KeysId = QStringLiteral("keys");
    static inline const QString RequestsId = QStringLiteral("requests");
    static inline const QString TrustId = QStringLiteral("trust");
    static inline const QString SamplesId = QStringLiteral("samples");
    static inline const QString AuditId = QStringLiteral("audit");
    static inline const QString OfficersId = QStringLiteral("officers");

    // autoLockAfter 0 disables auto-lock.
    MainWindow(core::Vault& vault, KdfProvider kdf, std::chrono::milliseconds autoLockAfter,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString& id);
    QString currentPageId() const;
    Page* page(const QString& id) const { return m_pages.value(id); }
    ChainMonitor* chainMonitor() const { return m_chain; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    VaultChangeWatcher* changeWatcher() const { return m_changes; }

Q_SIGNALS:
    // Ctrl+L / the Lock action.
    void lockRequested();
    // No input for the configured idle time.
    void autoLockRequested();
    // The vault can no longer be used as unlocked (another program re-keyed it); `why` says so.
    void lockRequiredBecause(const QString& why);
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& id, const QIcon& icon, const QString& text, Page* page);
    void buildToolBar();
    void buildStatusBar();
    void onPageChanged();
    void refreshAll();
    void refreshAfterChangeElsewhere();
    void updateStatus();
    void updateAutoLock(int secondsLeft);

    core::Vault& m_vault;
    ChainMonitor* m_chain;
    IdleWatcher* m_idle;
    VaultChangeWatcher* m_changes;
    NavigationRail* m_rail;
    QStackedWidget* m_stack;
    QHash<QString, Page*> m_pages;
    QList<QAction*> m_shownPageActions;
    QAction* m_pageActionsEnd = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_lockAction = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_actionsMenu = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_officerLabel = nullptr;
    QLabel* m_autoLockLabel = nullptr;
    QLabel* m_chainLabel = nullptr;
};

} // namespace keyward::ui
