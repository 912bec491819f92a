// SPDX-License-Identifier: GPL-3.0-or-later
// Vault → Back up vault… in the real main window: the chosen folder receives a copy that checks
// whole, the message bar says where it went; a cancelled choice does nothing; a refused folder
// (inside the vault) is reported in the message bar, not in a modal box.

#include "UiTestSupport.h"

#include "BackupAction.h"
#include "MainWindow.h"
#include "vault/VaultBackup.h"
#include "widgets/MessageWidget.h"

#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

class TestBackupAction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void menuEntryBacksUpAndReports()
    {
        TestVault tv;
        std::unique_ptr<core::Vault> vault = tv.create();
        QVERIFY(vault);
        MainWindow window(*vault, fixedKdf(core::KdfParams::forTests()), 0ms);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* menu = child<QMenu>(&window, "vaultMenu");
        QVERIFY(menu);
        auto* action = child<BackupAction>(&window, "backupVaultAction");
        QVERIFY(action);
        QVERIFY(menu->actions().contains(action));
        QVERIFY(action->text().contains(QStringLiteral("Back up vault")));
        auto* bar = child<MessageWidget>(&window, "windowMessageBar");
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        // Cancelled: nothing happens.
        action->setFolderChooser([](QWidget*) { return QString(); });
        action->trigger();
        QVERIFY(!bar->isVisible());

        const QString out = tv.dir.filePath(QStringLiteral("backup"));
        action->setFolderChooser([out](QWidget*) { return out; });
        action->trigger();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageWidget::Type::Positive);
        QVERIFY2(bar->text().contains(QStringLiteral("backup")), qPrintable(bar->text()));
        core::Result<core::BackupCheck> checked
            = core::VaultBackup::check(out, QStringLiteral("bob"), secret(BobPassphrase), tv.clock);
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.message()));
        grabIfAsked(&window, QStringLiteral("backup-done.png"));

        // A folder inside the vault is refused, in the message bar.
        action->setFolderChooser([&tv](QWidget*) { return tv.location.dir + QStringLiteral("/copy"); });
        action->trigger();
        QCOMPARE(bar->type(), MessageWidget::Type::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("inside the vault folder")), qPrintable(bar->text()));
    }
};

QTEST_MAIN(TestBackupAction)
#include "tst_backup_action.moc"
