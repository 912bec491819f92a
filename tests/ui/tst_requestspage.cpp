// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Requests page in the real main window: the three views, the rail badge, approving
// through the real approval dialog (also while another officer holds the vault unlocked), the
// detail pane's signature check, cancelling, and countersigning a review.
// Set KEYWARD_SCREENSHOT_DIR to also save PNGs.
#include "RequestTestSupport.h"

#include "MainWindow.h"
#include "demo/DemoKeySeeder.h"
#include "demo/DemoRequestSeeder.h"
#include "dialogs/ApprovalDialog.h"
#include "dialogs/CountersignDialog.h"
#include "keys/ReviewStore.h"
#include "models/RequestFilterProxyModel.h"
#include "models/RequestTableModel.h"
#include "models/ReviewTableModel.h"
#include "pages/RequestDetailPane.h"
#include "pages/RequestsPage.h"
#include "storage/Database.h"
#include "widgets/MessageWidget.h"
#include "widgets/NavigationRail.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

namespace {

// A vault where alice asked for a role change; the window is unlocked as `officer`.
struct RequestWindow {
    TestVault tv;
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<MainWindow> window;
    RequestsPage* page = nullptr;
    qint64 requestId = 0;

    bool open(const QString& officer, const char* passphrase)
    {
        {
            auto creating = tv.create();
            if (!creating)
                return false;
            RequestService engine(*creating);
            auto submitted = submitRoleChange(engine.engine());
            if (!submitted) {
                qWarning("submit failed: %s", qPrintable(submitted.message()));
                return false;
            }
            requestId = submitted->id;
            creating->lock();
        }
        vault = tv.open(officer, passphrase);
        if (!vault)
            return false;
        window = std::make_unique<MainWindow>(*vault, fixedKdf(core::KdfParams::forTests()), 0ms);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->showPage(MainWindow::RequestsId);
        page = qobject_cast<RequestsPage*>(window->page(MainWindow::RequestsId));
        return page != nullptr;
    }

    int badge() const
    {
        return child<NavigationRail>(window.get(), "navigationRail")->badge(MainWindow::RequestsId);
    }
    QTableView* table() const { return child<QTableView>(window.get(), "requestsTable"); }

    // Clicks the row showing request `id` in the current view.
    bool clickRequest(qint64 id)
    {
        QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(RequestTableModel::RequestIdRole).toLongLong() == id) {
                const QRect rect = table()->visualRect(model->index(row, RequestTableModel::SummaryColumn));
                QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
                return page->detailPane()->request() && page->detailPane()->request()->id == id;
            }
        }
        return false;
    }

    void clickTab(RequestsPage::Tab tab)
    {
        auto* tabs = child<QTabBar>(window.get(), "requestViewTabs");
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(tab)).center());
    }

    ApprovalDialog* openApprovalDialog()
    {
        window->findChild<QAction*>(QStringLiteral("decideRequestAction"))->trigger();
        auto* dialog = page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    QString stateShown(qint64 id) const
    {
        const int row = page->model()->rowOf(id);
        return row < 0 ? QString()
                       : page->model()->index(row, RequestTableModel::StateColumn).data().toString();
    }
};

} // namespace

class TestRequestsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTheModelTester();
    void approverApprovesFromWaitingForMe();
    void anotherOfficerApprovesAtTheRequestersWorkstation();
    void tamperedRequestShowsABrokenSignature();
    void requesterCancelsTheirRequest();
    void countersignAReviewFromTheReviewsTab();
    void demoVaultShowsEveryState();
};

void TestRequestsPage::modelsPassTheModelTester()
{
    RequestWindow f;
    QVERIFY(f.open(QStringLiteral("bob"), BobPassphrase));
    QAbstractItemModelTester requests(
        f.page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(f.page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester reviews(
        f.page->reviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.page->refresh();
    QCOMPARE(f.page->model()->rowCount(), 1);
    for (RequestFilterProxyModel::View view : { RequestFilterProxyModel::View::Mine,
             RequestFilterProxyModel::View::History, RequestFilterProxyModel::View::WaitingForMe })
        f.page->proxy()->setView(view);
    f.page->proxy()->setSearchText(QStringLiteral("audit log"));
    QCOMPARE(f.page->proxy()->rowCount(), 1);
    f.page->proxy()->setSearchText(QStringLiteral("no such words"));
    QCOMPARE(f.page->proxy()->rowCount(), 0);
}

void TestRequestsPage::approverApprovesFromWaitingForMe()
{
    RequestWindow f;
    QVERIFY(f.open(QStringLiteral("bob"), BobPassphrase));
    // bob holds approver and did not ask: the request waits for him, and the rail says so.
    QCOMPARE(f.badge(), 1);
    QCOMPARE(f.page->currentTab(), RequestsPage::Tab::WaitingForMe);
    QCOMPARE(
        child<QTabBar>(f.window.get(), "requestViewTabs")->tabText(0), QStringLiteral("Waiting for me (1)"));
    QCOMPARE(f.table()->model()->rowCount(), 1);
    QVERIFY(f.clickRequest(f.requestId));
    auto* effect = child<QTableWidget>(f.window.get(), "requestEffectTable");
    QCOMPARE(effect->item(0, 1)->text(), QStringLiteral("approver"));
    QCOMPARE(effect->item(0, 2)->text(), QStringLiteral("approver, auditor"));
    QVERIFY(child<QLabel>(f.window.get(), "requestFactsLabel")
                ->text()
                .contains(QStringLiteral("Expires in 3 days")));
    // The page's actions are in the toolbar.
    auto* decide = f.window->findChild<QAction*>(QStringLiteral("decideRequestAction"));
    QVERIFY(decide->isEnabled());
    QVERIFY(!decide->associatedObjects().isEmpty());

    ApprovalDialog* dialog = f.openApprovalDialog();
    QVERIFY(dialog);
    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));

    // Executed at once; gone from "Waiting for me", in History; the badge dropped.
    QTRY_VERIFY(!f.page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog")));
    QCOMPARE(f.table()->model()->rowCount(), 0);
    QCOMPARE(f.badge(), 0);
    QCOMPARE(child<QTabBar>(f.window.get(), "requestViewTabs")->tabText(0), QStringLiteral("Waiting for me"));
    QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Positive);
    QVERIFY(f.page->messageWidget()->text().contains(QStringLiteral("approved by bob and applied")));
    f.clickTab(RequestsPage::Tab::History);
    QCOMPARE(f.page->currentTab(), RequestsPage::Tab::History);
    QCOMPARE(f.table()->model()->rowCount(), 1);
    QCOMPARE(f.stateShown(f.requestId), QStringLiteral("Executed"));
    QVERIFY(f.clickRequest(f.requestId));
    // bob's approval is listed and its signature verifies against his public key.
    QTreeWidget* decisions = f.page->detailPane()->decisionList();
    QCOMPARE(decisions->topLevelItemCount(), 1);
    QTreeWidgetItem* approval = decisions->topLevelItem(0);
    QCOMPARE(approval->text(RequestDetailPane::OfficerColumn), QStringLiteral("bob"));
    QCOMPARE(approval->text(RequestDetailPane::VerdictColumn), QStringLiteral("Approved"));
    QVERIFY(approval->data(RequestDetailPane::SignatureColumn, Qt::UserRole).toBool());
    QVERIFY(approval->text(RequestDetailPane::SignatureColumn).contains(QStringLiteral("verifies")));
    QVERIFY(!decide->isEnabled());
    grabIfAsked(f.window.get(), QStringLiteral("requests-approved.png"));
}

void TestRequestsPage::anotherOfficerApprovesAtTheRequestersWorkstation()
{
    // alice unlocked the vault and asked; bob walks over and approves at her keyboard.
    RequestWindow f;
    QVERIFY(f.open(QStringLiteral("alice"), AlicePassphrase));
    QCOMPARE(f.badge(), 0); // nothing waits for alice: it is her own request
    QCOMPARE(f.table()->model()->rowCount(), 0);
    f.clickTab(RequestsPage::Tab::Mine);
    QCOMPARE(f.table()->model()->rowCount(), 1);
    QVERIFY(f.table()
                ->model()
                ->index(0, RequestTableModel::RequesterColumn)
                .data()
                .toString()
                .contains(QStringLiteral("(you)")));
    QVERIFY(f.clickRequest(f.requestId));
    ApprovalDialog* dialog = f.openApprovalDialog();
    QVERIFY(dialog);

    // alice chooses herself: the core refuses, the dialog says why and stays open.
    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("alice"), AlicePassphrase));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY2(dialog->messageWidget()->text().contains(QStringLiteral("cannot decide on it")),
        qPrintable(dialog->messageWidget()->text()));
    QCOMPARE(f.stateShown(f.requestId), QStringLiteral("Pending"));

    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));
    QTRY_VERIFY(!f.page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog")));
    QCOMPARE(f.stateShown(f.requestId), QStringLiteral("Executed"));
    // Still alice's session: the status bar did not change hands.
    QVERIFY(child<QLabel>(f.window.get(), "officerLabel")->text().contains(QStringLiteral("alice")));
}

void TestRequestsPage::tamperedRequestShowsABrokenSignature()
{
    RequestWindow f;
    QVERIFY(f.open(QStringLiteral("bob"), BobPassphrase));
    QVERIFY(f.clickRequest(f.requestId));
    ApprovalDialog* dialog = f.openApprovalDialog();
    QVERIFY(dialog);
    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));
    QTRY_VERIFY(!f.page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog")));

    // Someone rewrites the reason behind Keyward's back: bob's signature no longer covers it.
    QVERIFY(f.vault->database().exec(
        QStringLiteral("UPDATE requests SET reason = 'something else' WHERE id = %1").arg(f.requestId)));
    f.page->refresh();
    f.clickTab(RequestsPage::Tab::History);
    QVERIFY(f.clickRequest(f.requestId));
    QTreeWidgetItem* approval = f.page->detailPane()->decisionList()->topLevelItem(0);
    QVERIFY(approval);
    QVERIFY(!approval->data(RequestDetailPane::SignatureColumn, Qt::UserRole).toBool());
    QVERIFY(approval->text(RequestDetailPane::SignatureColumn).contains(QStringLiteral("does not verify")));
}

void TestRequestsPage::requesterCancelsTheirRequest()
{
    RequestWindow f;
    QVERIFY(f.open(QStringLiteral("alice"), AlicePassphrase));
    f.clickTab(RequestsPage::Tab::Mine);
    QVERIFY(f.clickRequest(f.requestId));
    auto* cancel = f.window->findChild<QAction*>(QStringLiteral("cancelRequestAction"));
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QCOMPARE(f.stateShown(f.requestId), QStringLiteral("Cancelled"));
    QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Positive);
    QCOMPARE(f.page->engine().byId(f.requestId)->state, core::RequestState::Cancelled);
}

void TestRequestsPage::countersignAReviewFromTheReviewsTab()
{
    RequestWindow f;
    QVERIFY(f.open(QStringLiteral("bob"), BobPassphrase));
    QVERIFY(openBreakGlassReview(*f.vault, f.tv.clock.now()).id != 0);
    f.page->refresh();
    QCOMPARE(f.page->openReviewCount(), 1);
    QCOMPARE(f.page->badgeCount(), 2); // the request and the review both wait for bob

    f.clickTab(RequestsPage::Tab::Reviews);
    auto* reviews = child<QTableView>(f.window.get(), "reviewsTable");
    QVERIFY(reviews->isVisible());
    QCOMPARE(reviews->model()->rowCount(), 1);
    QTest::mouseClick(reviews->viewport(), Qt::LeftButton, {},
        reviews->visualRect(reviews->model()->index(0, ReviewTableModel::SubjectColumn)).center());
    auto* countersign = f.window->findChild<QAction*>(QStringLiteral("countersignReviewAction"));
    QVERIFY(countersign->isEnabled());
    countersign->trigger();
    auto* dialog = f.page->findChild<CountersignDialog*>(QStringLiteral("countersignDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(
        child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("confirmed with the security team"));
    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog->countersignButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));
    QTRY_VERIFY(!f.page->findChild<CountersignDialog*>(QStringLiteral("countersignDialog")));
    QCOMPARE(f.page->openReviewCount(), 0);
    QCOMPARE(f.badge(), 1);
    QVERIFY(reviews->model()
                ->index(0, ReviewTableModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("bob")));
    QVERIFY(!countersign->isEnabled());
}

void TestRequestsPage::demoVaultShowsEveryState()
{
    // The --demo requests, made through the real engine with bob's signed approvals, seen by bob.
    TestVault tv;
    {
        auto alice = tv.create();
        QVERIFY(alice);
        QVERIFY(core::seedDemoKeys(*alice, tv.clock));
        const core::Status seeded
            = core::seedDemoRequests(*alice, QStringLiteral("bob"), secret(BobPassphrase));
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        alice->lock();
    }
    auto vault = tv.open(QStringLiteral("bob"), BobPassphrase);
    QVERIFY(vault);
    MainWindow window(*vault, fixedKdf(core::KdfParams::forTests()), 0ms);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The Overview counts what waits, each a link to the Requests page.
    QVERIFY(child<QLabel>(&window, "requestsCard")->text().contains(QStringLiteral(">2<")));
    QVERIFY(child<QLabel>(&window, "requestsCard")->text().contains(QStringLiteral("page:requests")));
    QVERIFY(child<QLabel>(&window, "reviewsCard")->text().contains(QStringLiteral(">1<")));
    grabIfAsked(&window, QStringLiteral("requests-overview.png"));
    window.showPage(MainWindow::RequestsId);
    auto* page = qobject_cast<RequestsPage*>(window.page(MainWindow::RequestsId));
    QVERIFY(page);
    auto* table = child<QTableView>(&window, "requestsTable");

    // Two wait for bob (a rotation and a retirement); the break-glass revocation waits too.
    QCOMPARE(page->waitingForMeCount(), 2);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(page->openReviewCount() >= 1);
    QCOMPARE(
        child<NavigationRail>(&window, "navigationRail")->badge(MainWindow::RequestsId), page->badgeCount());
    qint64 rotation = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()
                ->index(row, RequestTableModel::SummaryColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Rotate")))
            rotation = table->model()->index(row, 0).data(RequestTableModel::RequestIdRole).toLongLong();
    }
    QVERIFY(rotation != 0);
    table->selectRow(
        table->model()->index(0, 0).data(RequestTableModel::RequestIdRole).toLongLong() == rotation ? 0 : 1);
    QCOMPARE(page->detailPane()->request()->id, rotation);
    // The pre-published successor takes over as primary; the predecessor goes to grace.
    auto* effect = child<QTableWidget>(&window, "requestEffectTable");
    QVERIFY(effect->rowCount() >= 2);
    QCOMPARE(effect->item(0, 1)->text(), QStringLiteral("pay-2025-q3"));
    QVERIFY(effect->item(0, 2)->text().contains(QStringLiteral("pay-2025-q4")));
    QVERIFY(effect->item(1, 2)->text().startsWith(QStringLiteral("grace")));
    grabIfAsked(&window, QStringLiteral("requests-page.png"));

    // History: executed, rejected, approved (scheduled destruction) and expired.
    QTest::mouseClick(child<QTabBar>(&window, "requestViewTabs"), Qt::LeftButton, {},
        child<QTabBar>(&window, "requestViewTabs")->tabRect(int(RequestsPage::Tab::History)).center());
    QStringList states;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        states << table->model()->index(row, RequestTableModel::StateColumn).data().toString();
    QVERIFY2(states.contains(QStringLiteral("Executed")) && states.contains(QStringLiteral("Rejected"))
            && states.contains(QStringLiteral("Expired")),
        qPrintable(states.join(u',')));
    QVERIFY(std::any_of(
        states.cbegin(), states.cend(), [](const QString& s) { return s == QStringLiteral("Scheduled"); }));
    // The scheduled destruction can still be stopped, by bob too.
    table->selectRow(states.indexOf(QStringLiteral("Scheduled")));
    auto* cancel = window.findChild<QAction*>(QStringLiteral("cancelRequestAction"));
    QVERIFY(cancel->isEnabled());
    const qint64 destruction = page->detailPane()->request()->id;
    QVERIFY(page->detailPane()->request()->kind == core::RequestKind::Destroy);
    cancel->trigger();
    QCOMPARE(page->engine().byId(destruction)->state, core::RequestState::Cancelled);
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Positive);
    states.clear();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        states << table->model()->index(row, RequestTableModel::StateColumn).data().toString();
    QVERIFY(states.contains(QStringLiteral("Cancelled")));
    table->selectRow(states.indexOf(QStringLiteral("Executed")));
    QTreeWidgetItem* approval = page->detailPane()->decisionList()->topLevelItem(0);
    QVERIFY(approval->data(RequestDetailPane::SignatureColumn, Qt::UserRole).toBool());
    grabIfAsked(&window, QStringLiteral("requests-history.png"));
    page->showTab(RequestsPage::Tab::Reviews);
    grabIfAsked(&window, QStringLiteral("requests-reviews.png"));

    // The approval dialog over the pending rotation, bob chosen and his passphrase typed.
    page->showTab(RequestsPage::Tab::WaitingForMe);
    QVERIFY(page->selectRequest(rotation));
    window.findChild<QAction*>(QStringLiteral("decideRequestAction"))->trigger();
    auto* dialog = page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase));
    QVERIFY(dialog->approveButton()->isEnabled());
    grabIfAsked(dialog, QStringLiteral("approval-dialog.png"));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog));
    QTRY_VERIFY(!page->findChild<ApprovalDialog*>(QStringLiteral("approvalDialog")));
    QCOMPARE(page->waitingForMeCount(), 1);
    auto done = page->engine().byId(rotation);
    QVERIFY(done);
    QVERIFY2(done->state == core::RequestState::Executed, qPrintable(done->executionError));
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
