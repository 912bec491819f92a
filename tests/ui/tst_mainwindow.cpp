// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window: officers and audit pages over a real vault, chain status,
// page navigation, Ctrl+F / Ctrl+L and auto-lock. Set KEYWARD_SCREENSHOT_DIR to also save PNGs.
#include "UiTestSupport.h"

#include "ChainMonitor.h"
#include "storage/Database.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "dialogs/AddOfficerDialog.h"
#include "models/AuditEventModel.h"
#include "models/OfficerModel.h"
#include "pages/AuditPage.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/MessageWidget.h"
#include "widgets/Appearance.h"
#include "widgets/NavigationRail.h"
#include "widgets/ThemeColours.h"
#include "widgets/OfficerForm.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

// A vault of its own and a main window over it, shown.
struct OpenWindow {
    TestVault tv;
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<MainWindow> window;

    bool open(std::chrono::milliseconds autoLock = 0ms, bool withApprover = true, bool active = false)
    {
        vault = tv.create(withApprover);
        if (!vault)
            return false;
        window = std::make_unique<MainWindow>(*vault, fixedKdf(core::KdfParams::forTests()), autoLock);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        if (active) { // shortcuts go to the active window
            window->activateWindow();
            return QTest::qWaitForWindowActive(window.get());
        }
        return true;
    }
};

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsOfficersAuditEventsAndChainStatus();
    void brokenChainIsShownWithItsEvent();
    void railNavigatesAndLaterPagesSayWhatTheyWillDo();
    void globalSearchFiltersCurrentPage();
    void ctrlLRequestsLock();
    void viewHighContrastRecoloursTheWindow();
    void autoLockFiresAfterIdleTime();
    void inputResetsAutoLock();
    void addOfficerDialogAddsOfficer();
    void bootstrapVaultAsksForApprover();
};

void TestMainWindow::showsOfficersAuditEventsAndChainStatus()
{
    OpenWindow f;
    QVERIFY(f.open(0ms, true, false));
    MainWindow& window = *f.window;
    core::Vault* vault = f.vault.get();
    TestVault& tv = f.tv;
    QCOMPARE(window.currentPageId(), MainWindow::OverviewId);

    // The chain is verified once the window is up; status bar and overview follow.
    QTRY_VERIFY(window.chainMonitor()->hasVerified());
    QVERIFY(window.chainMonitor()->status().intact);
    auto* chainLabel = child<QLabel>(&window, "chainStatusLabel");
    QVERIFY(chainLabel->text().contains(QStringLiteral("intact")));
    QVERIFY(child<QLabel>(&window, "officerLabel")->text().contains(QStringLiteral("alice")));
    QVERIFY(child<QLabel>(&window, "officerLabel")->text().contains(QStringLiteral("admin")));
    QCOMPARE(child<QLabel>(&window, "vaultPathLabel")->text(), QDir::toNativeSeparators(tv.location.dir));
    QVERIFY(child<QLabel>(&window, "officersCard")->text().contains(QStringLiteral(">2<")));
    QVERIFY(child<QLabel>(&window, "chainCard")->text().contains(QStringLiteral("Intact")));
    QVERIFY(child<QLabel>(&window, "autoLockLabel")->text().contains(QStringLiteral("off")));
    grabIfAsked(&window, QStringLiteral("main-overview.png"));

    window.showPage(MainWindow::OfficersId);
    auto* officers = child<QTableView>(&window, "officersTable");
    QVERIFY(officers->isVisible());
    QCOMPARE(officers->model()->rowCount(), 2);
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown << officers->model()->index(row, OfficerModel::RolesColumn).data().toString();
    shown.sort();
    QCOMPARE(shown, QStringList({ QStringLiteral("admin, key-officer"), QStringLiteral("approver") }));
    grabIfAsked(&window, QStringLiteral("main-officers.png"));

    window.showPage(MainWindow::AuditId);
    auto* audit = child<QTableView>(&window, "auditTable");
    QVERIFY(audit->isVisible());
    const auto count = vault->audit().count();
    QVERIFY(count);
    QTRY_COMPARE(qint64(audit->model()->rowCount()), count.value());
    QCOMPARE(audit->model()->index(0, AuditEventModel::ActionColumn).data().toString(), QStringLiteral("vault.created"));
    auto* banner = child<MessageWidget>(&window, "chainBanner");
    QCOMPARE(banner->type(), MessageWidget::Type::Positive);
    QVERIFY(banner->text().contains(QStringLiteral("intact")));
    grabIfAsked(&window, QStringLiteral("main-audit.png"));

    // "Verify chain" re-checks and reports the same answer after a new event is appended.
    QVERIFY(vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.event"), QStringLiteral("x"), {}));
    auto* verify = window.findChild<QAction*>(QStringLiteral("verifyChainAction"));
    QVERIFY(verify);
    QSignalSpy spy(window.chainMonitor(), &ChainMonitor::statusChanged);
    verify->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(window.chainMonitor()->status().eventCount, count.value() + 1);
    QVERIFY(window.chainMonitor()->status().intact);
    // The page's actions are in the toolbar while the page is shown.
    QVERIFY(!verify->associatedObjects().isEmpty());
}

void TestMainWindow::brokenChainIsShownWithItsEvent()
{
    OpenWindow f;
    QVERIFY(f.open());
    MainWindow& window = *f.window;
    QTRY_VERIFY(window.chainMonitor()->hasVerified());
    QVERIFY(window.chainMonitor()->status().intact);
    // Someone edits an event behind Keyward's back; "Verify chain" finds it.
    QVERIFY(f.vault->database().exec(QStringLiteral("UPDATE audit_events SET subject = 'mallory' WHERE seq = 2")));
    window.showPage(MainWindow::AuditId);
    window.findChild<QAction*>(QStringLiteral("verifyChainAction"))->trigger();
    const core::ChainStatus& status = window.chainMonitor()->status();
    QVERIFY(!status.intact);
    QCOMPARE(status.firstBadSeq, 2);
    auto* banner = child<MessageWidget>(&window, "chainBanner");
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY(banner->text().contains(QStringLiteral("broken at event 2")));
    QVERIFY(child<QLabel>(&window, "chainStatusLabel")->text().contains(QStringLiteral("broken at event 2")));
    QVERIFY(child<QLabel>(&window, "chainCard")->text().contains(QStringLiteral("Broken")));
    QCOMPARE(child<NavigationRail>(&window, "navigationRail")->badge(MainWindow::AuditId), 1);
    // The event itself is marked in the table.
    auto* audit = child<QTableView>(&window, "auditTable");
    QTRY_VERIFY(audit->model()->rowCount() >= 2);
    QVERIFY(audit->model()->index(1, AuditEventModel::SeqColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(audit->model()->index(1, AuditEventModel::SubjectColumn).data().toString(), QStringLiteral("mallory"));
    grabIfAsked(&window, QStringLiteral("main-audit-broken.png"));
}

void TestMainWindow::railNavigatesAndLaterPagesSayWhatTheyWillDo()
{
    OpenWindow f;
    QVERIFY(f.open(0ms, true, false));
    MainWindow& window = *f.window;
    auto* rail = child<NavigationRail>(&window, "navigationRail");
    auto* stack = child<QStackedWidget>(&window, "pageStack");
    QCOMPARE(rail->count(), 7);
    const QStringList expected { QStringLiteral("Overview"), QStringLiteral("Keys"), QStringLiteral("Requests"),
                                 QStringLiteral("Trust map"), QStringLiteral("Samples"), QStringLiteral("Audit"),
                                 QStringLiteral("Officers") };
    for (int row = 0; row < rail->count(); ++row)
        QCOMPARE(rail->item(row)->text(), expected.at(row));

    // Keys and Requests are real pages now: their search fields are there and no "later release"
    // placeholder.
    for (const auto& [id, search] : { std::pair(MainWindow::KeysId, "keySearchEdit"),
                                      std::pair(MainWindow::RequestsId, "requestSearchEdit") }) {
        const QRect rect = rail->visualItemRect(rail->item(rail->rowOf(id)));
        QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPageId(), id);
        QVERIFY2(stack->currentWidget()->findChild<QLineEdit*>(QString::fromLatin1(search)), qPrintable(id));
        QVERIFY(!stack->currentWidget()->findChild<EmptyStateWidget*>(QStringLiteral("emptyState")));
        QVERIFY(child<QLineEdit>(&window, "globalSearchEdit")->isEnabled());
    }
    {
        // The trust map is a real page: its graph, searchable through the window's search.
        const QRect rect = rail->visualItemRect(rail->item(rail->rowOf(MainWindow::TrustId)));
        QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPageId(), MainWindow::TrustId);
        QVERIFY(stack->currentWidget()->findChild<QGraphicsView*>(QStringLiteral("trustGraphView")));
        QVERIFY(!stack->currentWidget()->findChild<EmptyStateWidget*>(QStringLiteral("emptyState")));
        QVERIFY(child<QLineEdit>(&window, "globalSearchEdit")->isEnabled());
    }
    {
        // The Samples page is a real page (issue #14).
        const QRect rect = rail->visualItemRect(rail->item(rail->rowOf(MainWindow::SamplesId)));
        QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPageId(), MainWindow::SamplesId);
        QVERIFY(stack->currentWidget()->findChild<QWidget*>(QStringLiteral("samplesTable")));
    }
    // Overview links lead to the page that resolves them.
    window.showPage(MainWindow::OverviewId);
    QVERIFY(child<QLabel>(&window, "officersCard")->text().contains(QStringLiteral("page:officers")));
    Q_EMIT window.page(MainWindow::OverviewId)->navigateRequested(MainWindow::AuditId);
    QCOMPARE(window.currentPageId(), MainWindow::AuditId);
    grabIfAsked(&window, QStringLiteral("main-keys-upcoming.png"));

    rail->setBadge(MainWindow::KeysId, 3);
    QCOMPARE(rail->badge(MainWindow::KeysId), 3);
    QVERIFY(rail->item(rail->rowOf(MainWindow::KeysId))->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("3")));
}

void TestMainWindow::globalSearchFiltersCurrentPage()
{
    OpenWindow f;
    QVERIFY(f.open(0ms, true, true));
    MainWindow& window = *f.window;
    window.showPage(MainWindow::OfficersId);
    auto* search = child<QLineEdit>(&window, "globalSearchEdit");
    QVERIFY(search->isEnabled());
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("approver"));
    auto* officers = child<QTableView>(&window, "officersTable");
    QCOMPARE(officers->model()->rowCount(), 1);
    QCOMPARE(officers->model()->index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("bob"));
    // Another page starts unfiltered.
    window.showPage(MainWindow::AuditId);
    QVERIFY(search->text().isEmpty());
    QTest::keyClicks(search, QStringLiteral("vault.created"));
    auto* audit = child<QTableView>(&window, "auditTable");
    QTRY_COMPARE(audit->model()->rowCount(), 1);
}

void TestMainWindow::ctrlLRequestsLock()
{
    OpenWindow f;
    QVERIFY(f.open(0ms, true, true));
    MainWindow& window = *f.window;
    QSignalSpy spy(&window, &MainWindow::lockRequested);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
}

// The rail's Keys icon as drawn: the colour standing out most from the rail's background.
static QColor railIconInk(NavigationRail* rail)
{
    const QRect item = rail->visualItemRect(rail->item(rail->rowOf(MainWindow::KeysId)));
    const QImage image = rail->viewport()->grab(QRect(item.left(), item.top(), 40, item.height())).toImage();
    const QColor background = image.pixelColor(1, 1);
    QColor ink = background;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (theme::contrastRatio(image.pixelColor(x, y), background) > theme::contrastRatio(ink, background))
                ink = image.pixelColor(x, y);
    return ink;
}

void TestMainWindow::viewHighContrastRecoloursTheWindow()
{
    // View ▸ High contrast (Ctrl+Alt+H) switches the whole window at once: the rail's icons are
    // repainted white on black, the choice is stored for the next start, and it switches back.
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    OpenWindow f;
    QVERIFY(f.open(0ms, true, true));
    MainWindow& window = *f.window;
    auto* rail = window.findChild<NavigationRail*>();
    auto* action = window.findChild<QAction*>(QStringLiteral("highContrastAction"));
    QVERIFY(action);
    QVERIFY(!action->isChecked());
    const QColor before = railIconInk(rail);
    QVERIFY2(theme::relativeLuminance(before) < 0.2, qPrintable(before.name()));

    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(action->isChecked());
    QVERIFY(theme::isHighContrast(QApplication::palette()));
    QVERIFY(appearance::highContrastChosen());
    QApplication::processEvents();
    const QColor after = railIconInk(rail);
    QCOMPARE(after, QColor(Qt::white));
    QVERIFY(child<MessageWidget>(&window, "windowMessageBar")->isVisible());
    grabIfAsked(&window, QStringLiteral("main-window-high-contrast.png"));

    action->trigger();
    QVERIFY(!theme::isHighContrast(QApplication::palette()));
    QVERIFY(!appearance::highContrastChosen());
    QApplication::processEvents();
    QCOMPARE(railIconInk(rail), before);
}

void TestMainWindow::autoLockFiresAfterIdleTime()
{
    OpenWindow f;
    QVERIFY(f.open(300ms, true, false));
    MainWindow& window = *f.window;
    QSignalSpy autoLock(&window, &MainWindow::autoLockRequested);
    QSignalSpy manualLock(&window, &MainWindow::lockRequested);
    QVERIFY(window.idleWatcher()->isActive());
    QVERIFY(child<QLabel>(&window, "autoLockLabel")->text().startsWith(QStringLiteral("Locks in 0:0")));
    QVERIFY(autoLock.wait(3000));
    QCOMPARE(autoLock.count(), 1);
    QCOMPARE(manualLock.count(), 0);
    QVERIFY(!window.idleWatcher()->isActive()); // fires once
}

void TestMainWindow::inputResetsAutoLock()
{
    QWidget target;
    target.show();
    IdleWatcher watcher(QCoreApplication::instance(), 400ms);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.start();
    QElapsedTimer clock;
    clock.start();
    // Keep typing for longer than the idle time: no lock.
    while (clock.elapsed() < 700) {
        QTest::keyClick(&target, Qt::Key_A);
        QTest::qWait(50);
    }
    QCOMPARE(idle.count(), 0);
    QVERIFY(idle.wait(2000));
    QVERIFY(clock.elapsed() >= 700 + 300);
}

void TestMainWindow::addOfficerDialogAddsOfficer()
{
    OpenWindow f;
    QVERIFY(f.open(0ms, true, false));
    MainWindow& window = *f.window;
    TestVault& tv = f.tv;
    window.showPage(MainWindow::OfficersId);
    auto* add = window.findChild<QAction*>(QStringLiteral("addOfficerAction"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    AddOfficerDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AddOfficerDialog*>(QStringLiteral("addOfficerDialog"))) && dialog->isVisible());
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("carol"));
    QTest::mouseClick(child<QWidget>(dialog, "roleAuditorCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    // After the bootstrap adding an officer is a two-person request: it needs the reason bob signs,
    // and carol chooses her passphrase herself when she enrolls (issue #12).
    QVERIFY(!child<QLineEdit>(dialog, "passphraseEdit")->isVisible());
    QVERIFY(dialog->submitsRequest());
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("carol audits the payments keys"));
    QVERIFY2(dialog->addButton()->isEnabled(), qPrintable(dialog->form()->problem()));
    grabIfAsked(dialog, QStringLiteral("add-officer.png"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    // Half A is shown once for alice to hand over; Done closes the dialog.
    QTRY_VERIFY(dialog->halfAEdit() && dialog->halfAEdit()->text().startsWith(QLatin1String("keyward-half-a.")));
    grabIfAsked(dialog, QStringLiteral("add-officer-half-a.png"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<AddOfficerDialog*>(QStringLiteral("addOfficerDialog")));

    // Nothing changes before approval: two officers, a positive note linking to the Requests page.
    QCOMPARE(child<QTableView>(&window, "officersTable")->model()->rowCount(), 2);
    auto* message = child<MessageWidget>(&window, "officersMessage");
    QCOMPARE(message->type(), MessageWidget::Type::Positive);
    QVERIFY(message->text().contains(QLatin1String("page:requests")));
    f.window.reset();
    f.vault->lock();
    f.vault.reset();
    QVERIFY(!tv.open(QStringLiteral("carol"), "carol keeps the ledger"));
}

void TestMainWindow::bootstrapVaultAsksForApprover()
{
    OpenWindow f;
    QVERIFY(f.open(0ms, false, false));
    QVERIFY(!f.vault->isOperational());
    MainWindow& window = *f.window;
    auto* rail = child<NavigationRail>(&window, "navigationRail");
    QCOMPARE(rail->badge(MainWindow::OfficersId), 1);
    QVERIFY(child<QLabel>(&window, "operationalCard")->text().contains(QStringLiteral("approver")));
    window.showPage(MainWindow::OfficersId);
    auto* message = child<MessageWidget>(&window, "officersMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Warning);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
