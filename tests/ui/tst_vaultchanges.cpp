// SPDX-License-Identifier: GPL-3.0-or-later
// The window and a second program on the same vault: the real keyward-cli (built in this tree)
// changes the vault while the main window is unlocked. The window notices without a restart,
// keeps the officer's place, refuses an action on a key that changed underneath, and locks with
// a reason when the vault was re-keyed elsewhere.
#include "KeysPageFixture.h"

#include "ChainMonitor.h"
#include "MainWindow.h"
#include "VaultChangeWatcher.h"
#include "audit/AuditLog.h"
#include "RequestService.h"
#include "RequestTestSupport.h"
#include "dialogs/ApprovalDialog.h"
#include "pages/RequestsPage.h"
#include "requests/OfficerRequestDrafts.h"
#include "dialogs/RevokeKeyDialog.h"
#include "dialogs/RotationWizard.h"
#include "requests/RequestEngine.h"
#include "keys/ReviewStore.h"
#include "keys/RevokeKeyCommand.h"
#include "models/ReviewTableModel.h"
#include "vault/KeySlots.h"
#include "widgets/MessageWidget.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QWizard>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

const QString PaySet = QStringLiteral("payments-api");
const QString PaySig = QStringLiteral("pay-sig-1");

struct TwoPrograms {
    TestVault tv;
    std::unique_ptr<core::Vault> vault = tv.create();
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        if (!vault || !generate(*vault, PaySet, PaySig, QStringLiteral("payments-team"), QStringLiteral("ES256"))
            || !generate(*vault, PaySet, QStringLiteral("pay-enc-1"), QStringLiteral("payments-team"),
                QStringLiteral("ECDH-ES+A128KW")))
            return false;
        writeFile(QStringLiteral("alice.pw"), QByteArray(AlicePassphrase) + '\n');
        writeFile(QStringLiteral("bob.pw"), QByteArray(BobPassphrase) + '\n');
        window = std::make_unique<MainWindow>(*vault, fixedKdf(core::KdfParams::forTests()), std::chrono::milliseconds(0));
        // Quicker than the default so the test does not wait long; the same timer and poll.
        window->changeWatcher()->start(std::chrono::milliseconds(100));
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(tv.dir.filePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    }

    // keyward-cli as `officer`, on this vault, at the test clock's time; empty on success, else
    // what it said.
    QString cli(const QString& officer, QStringList arguments)
    {
        arguments << QStringLiteral("--vault") << tv.location.dir << QStringLiteral("--as") << officer
                  << QStringLiteral("--passphrase-file") << tv.dir.filePath(officer + QStringLiteral(".pw"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
        env.insert(QStringLiteral("KEYWARD_TEST_NOW"), tv.clock.now().toString(Qt::ISODate));
        env.remove(QStringLiteral("KEYWARD_PASSPHRASE_FILE"));
        env.remove(QStringLiteral("KEYWARD_VAULT"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEYWARD_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return QStringLiteral("keyward-cli did not finish");
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return {};
        return QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(process.readAllStandardError()));
    }

    KeysPage* keysPage() const { return qobject_cast<KeysPage*>(window->page(MainWindow::KeysId)); }

    // The Keys page with pay-sig-1 selected and `actionName` triggered on it, as an officer would.
    KeysPage* actOnPaySig(const char* actionName) const
    {
        window->showPage(MainWindow::KeysId);
        KeysPage* page = keysPage();
        auto* action = page->findChild<QAction*>(QString::fromLatin1(actionName));
        if (!page->selectKey(PaySet, PaySig) || !action || !QTest::qWaitFor([action] { return action->isEnabled(); }))
            return nullptr;
        action->trigger();
        return page;
    }

    // bob revokes pay-sig-1 from keyward-cli; empty on success.
    QString cliRevokesPaySig()
    {
        return cli(QStringLiteral("bob"),
            { QStringLiteral("key"), QStringLiteral("revoke"), PaySig, QStringLiteral("--reason"),
                QStringLiteral("leaked in CI logs") });
    }
};

const QString StaleMessage = QStringLiteral("Key pay-sig-1 was changed by another Keyward program since you opened this "
                                            "dialog (it is now revoked). Nothing was changed; review it and try again.");

} // namespace

class TestVaultChanges : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyGeneratedByCliAppearsWithoutRestart();
    void revokeOfAKeyChangedElsewhereIsRefused();
    void rotationOfAKeyChangedElsewhereIsNotRequested();
    void rekeyElsewhereLocksWithAReason();
    void ownRekeyDoesNotLock();
    void reviewSelectionSurvivesAChangeElsewhere();
};

void TestVaultChanges::keyGeneratedByCliAppearsWithoutRestart()
{
    TwoPrograms f;
    QVERIFY(f.start());
    f.window->showPage(MainWindow::KeysId);
    KeysPage* page = f.keysPage();
    // Enough keys for the table to scroll; the officer scrolled away from the top.
    for (int i = 0; i < 40; ++i)
        QVERIFY(generate(*f.vault, QStringLiteral("bulk"), QStringLiteral("bulk-%1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("ops"), QStringLiteral("EdDSA")));
    page->refresh();
    QVERIFY(page->selectKey(PaySet, PaySig));
    QTRY_VERIFY(page->findChild<KeyDetailPane*>(QStringLiteral("keyDetailPane"))->key());
    QScrollBar* scroll = child<QTableView>(page, "keysTable")->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 10);
    scroll->setValue(scroll->maximum() / 2);
    const int scrolledTo = scroll->value();
    // The chain was verified once at start; the status bar counts its events.
    QTRY_VERIFY(f.window->chainMonitor()->hasVerified());
    const qint64 eventsBefore = f.window->chainMonitor()->status().eventCount;
    QCOMPARE(page->model()->rowOf(PaySet, QStringLiteral("cli-sig-1")), -1);

    const QString failed = f.cli(QStringLiteral("alice"),
        { QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"), PaySet, QStringLiteral("--use"),
            QStringLiteral("sig"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--owner"),
            QStringLiteral("payments-team"), QStringLiteral("--expires"), QStringLiteral("2026-06-30"),
            QStringLiteral("--kid"), QStringLiteral("cli-sig-1") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // No restart, no click: the window notices the other program's commit.
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(PaySet, QStringLiteral("cli-sig-1")) >= 0, 10000);
    // The officer's place is kept: the same key is still selected and shown.
    auto* detail = page->findChild<KeyDetailPane*>(QStringLiteral("keyDetailPane"));
    QVERIFY(detail->key());
    QCOMPARE(detail->key()->kid, PaySig);
    QCOMPARE(scroll->value(), scrolledTo);
    // The chain was verified again and the status bar says so.
    QTRY_VERIFY(f.window->chainMonitor()->status().eventCount > eventsBefore);
    QVERIFY(f.window->chainMonitor()->status().intact);
    QVERIFY(child<QLabel>(f.window.get(), "chainStatusLabel")->text().contains(
        QLocale().toString(f.window->chainMonitor()->status().eventCount)));
}

void TestVaultChanges::revokeOfAKeyChangedElsewhereIsRefused()
{
    TwoPrograms f;
    QVERIFY(f.start());
    KeysPage* page = f.actOnPaySig("revokeKeyAction");
    QVERIFY(page);
    QPointer<RevokeKeyDialog> dialog = page->findChild<RevokeKeyDialog*>(QStringLiteral("revokeKeyDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "revokeReasonEdit"), QStringLiteral("key seen in a paste site"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());

    // Meanwhile bob revokes the same key from keyward-cli.
    const QString failed = f.cliRevokesPaySig();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    core::ReviewStore reviews(f.vault->database());
    QCOMPARE(reviews.openReviews().value().size(), 1);
    const qint64 eventsBefore = f.vault->audit().count().value();

    // alice confirms what she saw: refused, with the reason, and nothing is applied.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QString message = page->messageWidget()->text();
    QVERIFY2(message.contains(StaleMessage), qPrintable(message));
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Warning);
    QCOMPARE(f.vault->audit().count().value(), eventsBefore);
    const auto open = reviews.openReviews().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().openedBy, QStringLiteral("bob")); // bob's act, not a second one by alice
    // The page shows the key as it is now.
    QTRY_COMPARE(page->proxy()
                     ->mapFromSource(page->model()->index(page->model()->rowOf(PaySet, PaySig), KeyTableModel::StateColumn))
                     .data()
                     .toString(),
        QStringLiteral("revoked"));
    grabIfAsked(f.window.get(), QStringLiteral("keys-stale-revoke.png"));
}

void TestVaultChanges::rotationOfAKeyChangedElsewhereIsNotRequested()
{
    TwoPrograms f;
    QVERIFY(f.start());
    KeysPage* page = f.actOnPaySig("requestRotationAction");
    QVERIFY(page);
    QPointer<RotationWizard> wizard = page->findChild<RotationWizard*>(QStringLiteral("rotationWizard"));
    QVERIFY(wizard);
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "reasonEdit"), QStringLiteral("scheduled rotation"));
    // Reason, successor (same parameters), overlap: on to the summary.
    for (int step = 0; step < 3; ++step)
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RotationWizard::SummaryPageId));

    const QString failed = f.cliRevokesPaySig();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    QVERIFY2(page->messageWidget()->text().contains(StaleMessage), qPrintable(page->messageWidget()->text()));
    // No rotation of a revoked key waits for an approver.
    RequestService service(*f.vault);
    const auto pending = service.engine().list({ core::RequestState::Pending });
    QVERIFY(pending);
    QVERIFY(pending->isEmpty());
}

void TestVaultChanges::rekeyElsewhereLocksWithAReason()
{
    TwoPrograms f;
    QVERIFY(f.start());
    QSignalSpy lock(f.window.get(), &MainWindow::lockRequiredBecause);
    // What an officer removal by another program leaves on disk: keyslots.json one generation on
    // (here only the number moves; this window's key would open nothing after a real re-key).
    auto slots = core::KeySlotFile::load(f.tv.location.keySlotsPath());
    QVERIFY(slots);
    slots->generation += 1;
    QVERIFY(slots->save(f.tv.location.keySlotsPath()));
    QTRY_COMPARE_WITH_TIMEOUT(lock.count(), 1, 10000);
    QVERIFY(lock.constFirst().constFirst().toString().contains(QStringLiteral("re-keyed this vault")));
    QVERIFY(!f.window->changeWatcher()->isActive()); // asked once, not every tick
}

void TestVaultChanges::ownRekeyDoesNotLock()
{
    // alice (admin) and bob (approver) with carol (auditor), added while the vault was not yet
    // operational; alice asks to remove carol, bob approves in this window: the vault re-keys.
    TestVault tv;
    std::unique_ptr<core::Vault> vault = tv.create(false);
    QVERIFY(vault);
    QVERIFY(vault->addOfficer(QStringLiteral("carol"), { core::Role::Auditor }, secret("carol staple lantern"),
        core::KdfParams::forTests()));
    QVERIFY(vault->addOfficer(QStringLiteral("bob"), { core::Role::Approver }, secret(BobPassphrase),
        core::KdfParams::forTests()));
    MainWindow window(*vault, fixedKdf(core::KdfParams::forTests()), std::chrono::milliseconds(0));
    window.changeWatcher()->start(std::chrono::milliseconds(50));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy lock(&window, &MainWindow::lockRequiredBecause);
    const qint64 generationBefore = core::KeySlotFile::load(tv.location.keySlotsPath())->generation;

    auto* page = qobject_cast<RequestsPage*>(window.page(MainWindow::RequestsId));
    auto draft = core::OfficerRequestDrafts::officerRemoval(QStringLiteral("carol"), QStringLiteral("left the company"));
    QVERIFY(draft);
    const auto submitted = page->engine().submit(std::move(draft).value());
    QVERIFY(submitted);
    page->refresh();
    window.showPage(MainWindow::RequestsId);
    page->showTab(RequestsPage::Tab::Mine);
    QVERIFY(page->selectRequest(submitted->id));
    page->decideSelected();
    auto* dialog = page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));
    QTRY_VERIFY(page->messageWidget()->text().contains(QStringLiteral("applied")));

    // The generation moved, by this window's own hand: it goes on working, unlocked.
    QCOMPARE(core::KeySlotFile::load(tv.location.keySlotsPath())->generation, generationBefore + 1);
    for (int look = 0; look < 3; ++look) { // the timer's next looks, without the wait
        window.changeWatcher()->poll();
        QCoreApplication::processEvents();
    }
    QCOMPARE(lock.count(), 0);
    QVERIFY(window.changeWatcher()->isActive());
    QVERIFY(vault->officers());
    QCOMPARE(vault->officers()->size(), 2);
}

void TestVaultChanges::reviewSelectionSurvivesAChangeElsewhere()
{
    TwoPrograms f;
    QVERIFY(f.start());
    // alice revoked pay-sig-1 here: its break-glass review is selected on the Reviews tab.
    core::RevokeKeyCommand revoke(*f.vault, { PaySig, PaySet, QStringLiteral("found in a log") });
    QVERIFY(revoke.run());
    auto* page = qobject_cast<RequestsPage*>(f.window->page(MainWindow::RequestsId));
    page->refresh();
    f.window->showPage(MainWindow::RequestsId);
    page->showTab(RequestsPage::Tab::Reviews);
    QVERIFY(page->selectReview(revoke.reviewId()));

    // bob revokes pay-enc-1 from keyward-cli: a second review arrives, the first stays selected.
    const QString failed = f.cli(QStringLiteral("bob"),
        { QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-enc-1"), QStringLiteral("--reason"),
            QStringLiteral("same leak") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE_WITH_TIMEOUT(page->reviewModel()->rowCount(), 2, 10000);
    auto* table = child<QTableView>(page, "reviewsTable");
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    QVERIFY(proxy);
    QCOMPARE(page->reviewModel()->reviewAt(proxy->mapToSource(selected.constFirst()).row()).id, revoke.reviewId());
}

QTEST_MAIN(TestVaultChanges)
#include "tst_vaultchanges.moc"
