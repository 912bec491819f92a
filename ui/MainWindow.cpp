// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackupAction.h"
#include "ChainMonitor.h"
#include "EvidenceMenu.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "IdleWatcher.h"
#include "VaultChangeWatcher.h"
#include "pages/AuditPage.h"
#include "pages/KeysPage.h"
#include "pages/OfficersPage.h"
#include "pages/OverviewPage.h"
#include "pages/RequestsPage.h"
#include "pages/TrustMapPage.h"
#include "pages/SamplesPage.h"
#include "vault/Vault.h"
#include "widgets/Appearance.h"
#include "widgets/LanguageMenu.h"
#include "widgets/MessageWidget.h"
#include "widgets/NavigationRail.h"
#include "widgets/ThemeColours.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace keyward::ui {

namespace {

QIcon icon(const char* name) { return themedIcon(name); }

} // namespace

MainWindow::MainWindow(core::Vault& vault, KdfProvider kdf, std::chrono::milliseconds autoLockAfter,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_chain(new ChainMonitor(vault.audit(), this))
    , m_idle(new IdleWatcher(QCoreApplication::instance(), autoLockAfter, this))
    , m_changes(new VaultChangeWatcher(vault, this))
    , m_rail(new NavigationRail(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Keyward").arg(QDir(vault.location().dir).dirName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg"))); // the app icon keeps its colours
    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    // The window's message bar, above the pages, for results of window-wide actions (backup).
    auto* messageBar = new MessageWidget(central);
    messageBar->setObjectName(QStringLiteral("windowMessageBar"));
    auto* column = new QVBoxLayout();
    column->addWidget(messageBar);
    column->addWidget(m_stack, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->setObjectName(QStringLiteral("vaultMenu"));
    vaultMenu->addAction(new BackupAction(vault, messageBar, this));
    auto* changePassphrase = vaultMenu->addAction(tr("Change &passphrase…"));
    changePassphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    connect(changePassphrase, &QAction::triggered, this, [this, &vault, kdf, messageBar] {
        ChangePassphraseDialog dialog(vault, kdf, this);
        if (dialog.exec() == QDialog::Accepted)
            messageBar->showMessage(tr("Your passphrase is changed."), MessageWidget::Type::Positive);
    });
    QMenu* viewMenu = menuBar()->addMenu(tr("V&iew"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto* languageMenu = new LanguageMenu(viewMenu);
    viewMenu->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::languageChosen, messageBar,
            [messageBar](const QString& message) { messageBar->showMessage(message, MessageWidget::Type::Information); });
    auto* highContrast = new appearance::HighContrastAction(viewMenu);
    highContrast->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    viewMenu->addAction(highContrast);
    connect(highContrast, &appearance::HighContrastAction::switched, this, [this, messageBar](const QString& message) {
        refreshAll(); // texts coloured at refresh take the new palette's tones
        messageBar->showMessage(message, MessageWidget::Type::Information);
    });
    // Keyboard reach (issue 16): every page under Go with Alt+1…, the current page's toolbar
    // actions under Actions (toolbar buttons take no Tab focus), Lock under Vault.
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));
    menuBar()->addMenu(new EvidenceMenu(vault, this));

    auto* overview = new OverviewPage(vault, *m_chain, m_stack);
    addPage(OverviewId, icon("overview"), tr("Overview"), overview);
    auto* keys = new KeysPage(vault, m_stack);
    addPage(KeysId, icon("keys"), tr("Keys"), keys);
    connect(keys, &KeysPage::vaultChanged, this, &MainWindow::refreshAll);
    auto* requests = new RequestsPage(vault, m_stack);
    addPage(RequestsId, icon("requests"), tr("Requests"), requests);
    connect(requests, &RequestsPage::vaultChanged, this, &MainWindow::refreshAll);
    auto* trust = new TrustMapPage(vault, m_stack);
    addPage(TrustId, icon("trustmap"), tr("Trust map"), trust);
    connect(trust, &TrustMapPage::vaultChanged, this, &MainWindow::refreshAll);
    connect(trust, &TrustMapPage::busyChanged, this, [this](bool busy) { busy ? m_idle->stop() : m_idle->start(); });
    connect(trust, &TrustMapPage::summaryChanged, this, [this, trust, overview] {
        // Stale trust waits on the Trust map page (SPEC §11 badge); the Overview names it.
        m_rail->setBadge(TrustId, trust->summary().staleCount);
        overview->setTrustSummary(trust->summary());
    });
    auto* samples = new SamplesPage(vault, m_stack);
    addPage(SamplesId, icon("samples"), tr("Samples"), samples);
    connect(samples, &SamplesPage::vaultChanged, this, &MainWindow::refreshAll);
    addPage(AuditId, icon("audit"), tr("Audit"), new AuditPage(vault.audit(), *m_chain, m_stack));
    auto* officers = new OfficersPage(vault, std::move(kdf), m_stack);
    addPage(OfficersId, icon("officers"), tr("Officers"), officers);
    connect(officers, &OfficersPage::vaultChanged, this, &MainWindow::refreshAll);

    buildToolBar();
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_lockAction);
    buildStatusBar();
    connect(m_rail, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    connect(m_chain, &ChainMonitor::statusChanged, this, &MainWindow::updateStatus);
    connect(m_idle, &IdleWatcher::secondsLeftChanged, this, &MainWindow::updateAutoLock);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::autoLockRequested);
    connect(m_changes, &VaultChangeWatcher::changedElsewhere, this, &MainWindow::refreshAfterChangeElsewhere);
    connect(m_changes, &VaultChangeWatcher::rekeyedElsewhere, this, &MainWindow::lockRequiredBecause);

    refreshAll();
    m_rail->selectPage(OverviewId);
    m_idle->start();
    m_changes->start();
    updateAutoLock(m_idle->secondsLeft());
    // Verify once the window is up: with a long chain the officer sees the window first.
    QTimer::singleShot(0, m_chain, &ChainMonitor::verify);
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& id, const QIcon& pageIcon, const QString& text, Page* page)
{
    m_rail->addPage(id, pageIcon, text);
    QAction* go = m_goMenu->addAction(pageIcon, text);
    go->setObjectName(QStringLiteral("go_%1").arg(id));
    if (m_rail->count() <= 9)
        go->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + m_rail->count())));
    connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    m_stack->addWidget(page);
    m_pages.insert(id, page);
    connect(page, &Page::navigateRequested, this, &MainWindow::showPage);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pageActionsEnd = bar->addSeparator();

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (auto* page = qobject_cast<Page*>(m_stack->currentWidget()); page && page->isSearchable())
            page->setSearchText(text);
    });

    auto* find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_lockAction = new QAction(icon("lock"), tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the vault now (Ctrl+L)"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    bar->addSeparator();
    bar->addAction(m_lockAction);
}

void MainWindow::buildStatusBar()
{
    m_vaultLabel = new QLabel(QDir::toNativeSeparators(m_vault.location().dir), this);
    m_vaultLabel->setObjectName(QStringLiteral("vaultPathLabel"));
    m_vaultLabel->setToolTip(tr("Vault folder"));
    m_officerLabel = new QLabel(this);
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    m_autoLockLabel = new QLabel(this);
    m_autoLockLabel->setObjectName(QStringLiteral("autoLockLabel"));
    m_chainLabel = new QLabel(this);
    m_chainLabel->setObjectName(QStringLiteral("chainStatusLabel"));
    statusBar()->addWidget(m_vaultLabel, 1);
    statusBar()->addPermanentWidget(m_officerLabel);
    statusBar()->addPermanentWidget(m_autoLockLabel);
    statusBar()->addPermanentWidget(m_chainLabel);
    updateStatus();
}

void MainWindow::showPage(const QString& id) { m_rail->selectPage(id); }

QString MainWindow::currentPageId() const { return m_rail->currentPageId(); }

void MainWindow::onPageChanged()
{
    auto* page = m_pages.value(m_rail->currentPageId());
    if (!page)
        return;
    m_stack->setCurrentWidget(page);
    QToolBar* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    for (QAction* action : std::as_const(m_shownPageActions))
        bar->removeAction(action);
    m_shownPageActions = page->pageActions();
    bar->insertActions(m_pageActionsEnd, m_shownPageActions);
    m_pageActionsEnd->setVisible(!m_shownPageActions.isEmpty());
    m_actionsMenu->clear();
    m_actionsMenu->addActions(m_shownPageActions);
    m_actionsMenu->setEnabled(!m_shownPageActions.isEmpty());

    // The search belongs to the page it was typed on.
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_search->setEnabled(page->isSearchable());
    m_search->setPlaceholderText(page->isSearchable() ? tr("Search %1 (Ctrl+F)").arg(m_rail->currentItem()->text())
                                                      : tr("Nothing to search on this page"));
}

void MainWindow::refreshAll()
{
    m_changes->acceptOwnChanges(); // this window's own re-key (officer removal) is not a stranger's
    for (Page* page : std::as_const(m_pages))
        page->refresh();
    // Requests waiting for the unlocked officer's decision and acts done alone awaiting a
    // countersignature (SPEC §11 badges).
    if (auto* requests = qobject_cast<RequestsPage*>(m_pages.value(RequestsId))) {
        m_rail->setBadge(RequestsId, requests->badgeCount());
        if (auto* overview = qobject_cast<OverviewPage*>(m_pages.value(OverviewId)))
            overview->setRequestCounts(requests->waitingForMeCount(), requests->openReviewCount());
    }
    // Something waits on the Officers page while the vault lacks its approver.
    m_rail->setBadge(OfficersId, m_vault.isOperational() ? 0 : 1);
    updateStatus();
}

void MainWindow::refreshAfterChangeElsewhere()
{
    // Keep the officer's place: selections come back through each page's refresh, scroll here.
    VaultChangeWatcher::keepingScrollPositions(m_stack, [this] { refreshAll(); });
    m_chain->verify(); // the other program appended events: the status bar tells the chain's state
}

void MainWindow::updateStatus()
{
    const core::Officer& me = m_vault.currentOfficer();
    m_officerLabel->setText(tr("Unlocked as %1 (%2)").arg(me.name, core::roleNames(me.roles).join(QStringLiteral(", "))));
    m_chainLabel->setText(m_chain->summary());
    const bool broken = m_chain->hasVerified() && !m_chain->status().intact;
    m_chainLabel->setStyleSheet(broken ? theme::colourStyle(theme::Tone::Danger) + QStringLiteral(" font-weight: bold;")
                                        : QString());
    m_rail->setBadge(AuditId, broken ? 1 : 0);
}

void MainWindow::updateAutoLock(int secondsLeft)
{
    if (m_idle->timeout().count() <= 0) {
        m_autoLockLabel->setText(tr("Auto-lock off"));
        return;
    }
    const int minutes = secondsLeft / 60;
    const int seconds = secondsLeft % 60;
    //: Status bar: time left before the vault locks itself, as m:ss.
    m_autoLockLabel->setText(tr("Locks in %1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0')));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    Q_EMIT closed();
}

} // namespace keyward::ui
