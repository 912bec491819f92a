// SPDX-License-Identifier: GPL-3.0-or-later
// The whole GUI flow as AppController runs it: wizard or unlock, custodian duties on a first
// unlock, the main window, locking (Ctrl+L and idle) back to the unlock dialog, and --demo.
#include "UiTestSupport.h"

#include "AppController.h"
#include "ChainMonitor.h"
#include "audit/AuditLog.h"
#include "DemoVaultSeeder.h"
#include "MainWindow.h"
#include "VaultChangeWatcher.h"
#include "dialogs/CustodianDutiesDialog.h"
#include "dialogs/UnlockDialog.h"
#include "vault/KeySlots.h"
#include "widgets/MessageWidget.h"
#include "wizard/FirstRunWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

class TestAppController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noVaultStartsWizard();
    void unlockAcknowledgeLockAndUnlockAgain();
    void declinedDutiesLockTheVault();
    void idleTimeLocksBackToUnlockDialog();
    void rekeyByAnotherProgramLocksWithTheReason();
    void demoVaultShowsItsOfficers();
    void anOpenVaultIsCheckpointedDaily();

private:
    static std::unique_ptr<AppController> controllerFor(TestVault& tv, std::chrono::milliseconds autoLock);
    static void unlockAs(UnlockDialog* dialog, const QString& officer, const QString& passphrase);
    // controllerFor(), started and unlocked as alice; null when it would not start.
    static std::unique_ptr<AppController> unlockedAsAlice(TestVault& tv, std::chrono::milliseconds autoLock);
};

std::unique_ptr<AppController> TestAppController::controllerFor(TestVault& tv, std::chrono::milliseconds autoLock)
{
    AppOptions options;
    options.vaultPath = tv.location.dir;
    options.autoLockAfter = autoLock;
    return std::make_unique<AppController>(tv.clock, fixedKdf(core::KdfParams::forTests()),
                                           UnlockDelayPolicy(10ms, 10ms), options);
}

std::unique_ptr<AppController> TestAppController::unlockedAsAlice(TestVault& tv, std::chrono::milliseconds autoLock)
{
    auto controller = controllerFor(tv, autoLock);
    if (!controller->start())
        return nullptr;
    unlockAs(controller->unlockDialog(), QStringLiteral("alice"), QString::fromLatin1(AlicePassphrase));
    return controller;
}

void TestAppController::unlockAs(UnlockDialog* dialog, const QString& officer, const QString& passphrase)
{
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectOfficer(officer);
    QCOMPARE(child<QComboBox>(dialog, "officerCombo")->currentText(), officer);
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), passphrase);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
}

void TestAppController::noVaultStartsWizard()
{
    TestVault tv;
    AppOptions options;
    options.vaultPath = tv.location.dir;
    AppController controller(tv.clock, fixedKdf(core::KdfParams::forTests()), UnlockDelayPolicy(10ms, 10ms), options);
    QSignalSpy finished(&controller, &AppController::finished);
    QVERIFY(controller.start());
    QVERIFY(controller.wizard());
    QVERIFY(controller.wizard()->isVisible());
    QVERIFY(!controller.unlockDialog());
    controller.wizard()->reject();
    QCOMPARE(finished.count(), 1);
}

void TestAppController::unlockAcknowledgeLockAndUnlockAgain()
{
    TestVault tv;
    QVERIFY(tv.createLocked(false));
    const auto owner = controllerFor(tv, 0ms);
    AppController& controller = *owner;
    QVERIFY(controller.start());
    QVERIFY(!controller.wizard());
    unlockAs(controller.unlockDialog(), QStringLiteral("bob"), QString::fromLatin1(BobPassphrase));

    // bob's first unlock: the custodian duties come first, Acknowledge waits for the tick.
    QTRY_VERIFY(controller.dutiesDialog() && controller.dutiesDialog()->isVisible());
    CustodianDutiesDialog* duties = controller.dutiesDialog();
    QVERIFY(!controller.mainWindow());
    QVERIFY(!duties->acknowledgeButton()->isEnabled());
    grabIfAsked(duties, QStringLiteral("custodian-duties.png"));
    QTest::mouseClick(child<QCheckBox>(duties, "acceptCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(duties->acknowledgeButton()->isEnabled());
    QTest::mouseClick(duties->acknowledgeButton(), Qt::LeftButton);
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    QVERIFY(controller.vault());
    QVERIFY(controller.vault()->currentOfficer().custodianAcknowledged);

    controller.mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(controller.mainWindow()));
    // Ctrl+L: the window goes, the vault is locked and released, the unlock dialog returns with bob.
    QTest::keyClick(controller.mainWindow(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!controller.mainWindow());
    QVERIFY(!controller.vault());
    QTRY_VERIFY(controller.unlockDialog() && controller.unlockDialog()->isVisible());
    QCOMPARE(child<QComboBox>(controller.unlockDialog(), "officerCombo")->currentText(), QStringLiteral("bob"));
    QVERIFY(child<MessageWidget>(controller.unlockDialog(), "messageWidget")->text().contains(QStringLiteral("locked")));

    // Second unlock: acknowledged already, straight to the main window.
    unlockAs(controller.unlockDialog(), QStringLiteral("bob"), QString::fromLatin1(BobPassphrase));
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    QVERIFY(!controller.dutiesDialog());

    // The acknowledgement is in the audit log.
    const auto events = controller.vault()->audit().events(1, 1000);
    QVERIFY(events);
    bool found = false;
    for (const core::AuditEvent& e : events.value())
        found |= e.actor == QLatin1String("bob") && e.action == QLatin1String("officer.acknowledged");
    QVERIFY(found);
}

// The window stays open for days: the hourly tick records the daily checkpoint once one is due
// (AuditCheckpoint decides), and no other.
void TestAppController::anOpenVaultIsCheckpointedDaily()
{
    TestVault tv;
    QVERIFY(tv.createLocked(true));
    const auto owner = unlockedAsAlice(tv, 0ms);
    QVERIFY(owner);
    AppController& controller = *owner;
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    const auto last = [&] {
        const qint64 count = controller.vault()->audit().count().value();
        return controller.vault()->audit().events(count, 1).value().first();
    };
    const qint64 before = controller.vault()->audit().count().value();
    controller.recordDueCheckpoint(); // an hour later: not due
    QCOMPARE(controller.vault()->audit().count().value(), before);
    tv.clock.advanceSecs(25 * 3600);
    controller.recordDueCheckpoint();
    QCOMPARE(controller.vault()->audit().count().value(), before + 1);
    QCOMPARE(last().action, QStringLiteral("audit.checkpoint"));
    QCOMPARE(last().details.value(QStringLiteral("occasion")).toString(), QStringLiteral("daily"));
    QVERIFY(controller.vault()->audit().verify().intact);
}

void TestAppController::declinedDutiesLockTheVault()
{
    TestVault tv;
    QVERIFY(tv.createLocked(false));
    const auto owner = unlockedAsAlice(tv, 0ms);
    QVERIFY(owner);
    AppController& controller = *owner;
    QTRY_VERIFY(controller.dutiesDialog() && controller.dutiesDialog()->isVisible());
    QTest::mouseClick(child<QPushButton>(controller.dutiesDialog(), "declineButton"), Qt::LeftButton);
    QTRY_VERIFY(controller.unlockDialog() && controller.unlockDialog()->isVisible());
    QVERIFY(!controller.vault());
    QVERIFY(!controller.mainWindow());
    QVERIFY(child<MessageWidget>(controller.unlockDialog(), "messageWidget")->text().contains(QStringLiteral("custodian")));
}

void TestAppController::idleTimeLocksBackToUnlockDialog()
{
    TestVault tv;
    QVERIFY(tv.createLocked(true));
    const auto owner = unlockedAsAlice(tv, 400ms);
    QVERIFY(owner);
    AppController& controller = *owner;
    QTRY_VERIFY(controller.mainWindow());
    // No input: the window goes by itself and the vault is locked.
    QTRY_VERIFY_WITH_TIMEOUT(!controller.mainWindow(), 5000);
    QVERIFY(!controller.vault());
    QTRY_VERIFY(controller.unlockDialog() && controller.unlockDialog()->isVisible());
    QVERIFY(child<MessageWidget>(controller.unlockDialog(), "messageWidget")->text().contains(QStringLiteral("without activity")));
}

void TestAppController::rekeyByAnotherProgramLocksWithTheReason()
{
    TestVault tv;
    QVERIFY(tv.createLocked(true));
    const auto owner = unlockedAsAlice(tv, 0ms);
    QVERIFY(owner);
    AppController& controller = *owner;
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    // Another program removed an officer and re-keyed: keyslots.json is one generation on.
    auto slots = core::KeySlotFile::load(tv.location.keySlotsPath());
    QVERIFY(slots);
    slots->generation += 1;
    QVERIFY(slots->save(tv.location.keySlotsPath()));
    controller.mainWindow()->changeWatcher()->poll(); // the timer's next look, without the wait
    // Locked, with the reason instead of "damaged" errors.
    QTRY_VERIFY(!controller.mainWindow());
    QVERIFY(!controller.vault());
    QTRY_VERIFY(controller.unlockDialog() && controller.unlockDialog()->isVisible());
    const QString notice = child<MessageWidget>(controller.unlockDialog(), "messageWidget")->text();
    QVERIFY2(notice.contains(QStringLiteral("Another Keyward program removed an officer and re-keyed this vault")),
        qPrintable(notice));
}

void TestAppController::demoVaultShowsItsOfficers()
{
    core::ManualClock clock;
    AppOptions options;
    options.demo = true;
    options.autoLockAfter = 0ms;
    // A KdfProvider that must not be used: the demo uses its own cheap parameters.
    bool calibrated = false;
    AppController controller(clock, [&calibrated] { calibrated = true; return core::KdfParams::forTests(); },
                             UnlockDelayPolicy(10ms, 10ms), options);
    QVERIFY(controller.start());
    QVERIFY(controller.location().dir.contains(QStringLiteral("demo.keyward")));
    QVERIFY(controller.location().exists());
    UnlockDialog* unlock = controller.unlockDialog();
    QVERIFY(unlock);
    auto* hint = child<QLabel>(unlock, "demoHintLabel");
    QVERIFY(hint->isVisible());
    const auto officers = DemoVaultSeeder::officers();
    QCOMPARE(officers.size(), 3);
    for (const auto& officer : officers) {
        QVERIFY(hint->text().contains(officer.name));
        QVERIFY(hint->text().contains(officer.passphrase));
    }
    QCOMPARE(child<QComboBox>(unlock, "officerCombo")->count(), 3);
    grabIfAsked(unlock, QStringLiteral("unlock-demo.png"));

    unlockAs(unlock, QStringLiteral("carol"), officers.at(2).passphrase);
    QTRY_VERIFY(controller.dutiesDialog());
    QVERIFY(controller.vault()->currentOfficer().hasRole(core::Role::Auditor));
    QVERIFY(controller.vault()->isOperational());

    // The demo's main window: three officers, their events in an intact chain.
    QTest::mouseClick(child<QCheckBox>(controller.dutiesDialog(), "acceptCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(controller.dutiesDialog()->acknowledgeButton(), Qt::LeftButton);
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    MainWindow* window = controller.mainWindow();
    window->resize(1100, 640);
    QTRY_VERIFY(window->chainMonitor()->hasVerified());
    QVERIFY(window->chainMonitor()->status().intact);
    window->showPage(MainWindow::OfficersId);
    QCOMPARE(child<QTableView>(window, "officersTable")->model()->rowCount(), 3);
    grabIfAsked(window, QStringLiteral("demo-officers.png"));
    window->showPage(MainWindow::AuditId);
    QTRY_VERIFY(child<QTableView>(window, "auditTable")->model()->rowCount() >= 5);
    grabIfAsked(window, QStringLiteral("demo-audit.png"));
    window->showPage(MainWindow::OverviewId);
    grabIfAsked(window, QStringLiteral("demo-overview.png"));
    QVERIFY(!calibrated);
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
