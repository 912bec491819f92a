// SPDX-License-Identifier: GPL-3.0-or-later
// The due work AppController runs on unlock (SPEC §4): a primary key past its cryptoperiod gets a
// rotation request drafted by the officer who unlocked, shown in the Keys page's message bar, and
// only once — the next unlock finds the open request and drafts nothing.
#include "KeysPageFixture.h"

#include "AppController.h"
#include "MainWindow.h"
#include "RequestService.h"
#include "dialogs/UnlockDialog.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

class TestUnlockDueWork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unlockDraftsRotationOfKeyPastItsCryptoperiod();
};

namespace {

bool unlockAs(UnlockDialog* dialog, const QString& officer, const char* passphrase)
{
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return false;
    dialog->selectOfficer(officer);
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromLatin1(passphrase));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    return true;
}

} // namespace

void TestUnlockDueWork::unlockDraftsRotationOfKeyPastItsCryptoperiod()
{
    TestVault tv;
    {
        auto vault = tv.create();
        QVERIFY(vault);
        QVERIFY(vault->acknowledgeCustodianDuties());
        QVERIFY(generate(*vault, QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"), QStringLiteral("payments-team"),
                         QStringLiteral("ES256")));
        vault->lock();
    }
    // 95 days later: past the default 90-day cryptoperiod, not yet expired (180 days).
    tv.clock.advanceDays(95);

    AppOptions options;
    options.vaultPath = tv.location.dir;
    options.autoLockAfter = 0ms;
    AppController controller(tv.clock, fixedKdf(core::KdfParams::forTests()), UnlockDelayPolicy(10ms, 10ms), options);
    QVERIFY(controller.start());
    QVERIFY(unlockAs(controller.unlockDialog(), QStringLiteral("alice"), AlicePassphrase));
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());

    QVERIFY(controller.lastDueReport().has_value());
    const core::DueReport& report = *controller.lastDueReport();
    QCOMPARE(report.drafted.size(), 1);
    const core::Request& drafted = report.drafted.constFirst();
    QCOMPARE(drafted.kind, core::RequestKind::Rotate);
    QCOMPARE(drafted.subject, QStringLiteral("pay-sig-1"));
    QCOMPARE(drafted.requester, QStringLiteral("alice"));
    QCOMPARE(drafted.state, core::RequestState::Pending);

    // Told on the Keys page's message bar and in the status bar.
    MainWindow* window = controller.mainWindow();
    auto* keys = qobject_cast<KeysPage*>(window->page(MainWindow::KeysId));
    QVERIFY(keys);
    QVERIFY(keys->messageWidget()->isVisibleTo(keys));
    QVERIFY2(keys->messageWidget()->text().contains(QStringLiteral("#%1").arg(drafted.id)), qPrintable(keys->messageWidget()->text()));
    QVERIFY(keys->messageWidget()->text().contains(QLatin1String("pay-sig-1")));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("1 rotation")));
    RequestService service(*controller.vault());
    auto pending = service.engine().list({ core::RequestState::Pending });
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);

    // Lock and unlock again: the open request is found, nothing is drafted twice.
    controller.lock();
    QVERIFY(unlockAs(controller.unlockDialog(), QStringLiteral("alice"), AlicePassphrase));
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    QVERIFY(controller.lastDueReport().has_value());
    QVERIFY(controller.lastDueReport()->drafted.isEmpty());
    RequestService again(*controller.vault());
    pending = again.engine().list({ core::RequestState::Pending });
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
}

QTEST_MAIN(TestUnlockDueWork)
#include "tst_unlockduework.moc"
