// SPDX-License-Identifier: GPL-3.0-or-later
// The Trust map page over a real vault: clicking a kid highlights its blast radius, the readiness
// panel says what blocks a retirement, search, export, the table of the same facts, keyboard use.

#include "TrustMapFixture.h"

#include "ChainMonitor.h"
#include "DemoVaultSeeder.h"
#include "MainWindow.h"
#include "pages/OverviewPage.h"
#include "pages/TrustMapPage.h"
#include "trust/TrustMap.h"
#include "trustmap/RetireReadinessPanel.h"
#include "trustmap/TrustGraphScene.h"
#include "trustmap/TrustGraphView.h"
#include "trustmap/TrustTableModel.h"
#include "widgets/MessageWidget.h"
#include "widgets/NavigationRail.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace keyward::ui::trustmap;

class TstTrustMapPage : public QObject {
    Q_OBJECT

    struct Fixture : TrustMapPageFixture {
        int node(NodeKind kind, const char* label) const
        {
            return page->scene()->graph().indexOf(kind, QString::fromLatin1(label));
        }
        QStringList labels(const QList<int>& nodes) const
        {
            QStringList names;
            for (int n : nodes)
                names.append(page->scene()->graph().nodes[n].label);
            names.sort();
            return names;
        }
        // Clicks the node where the view shows it, as an officer's mouse would.
        void click(int node) const { clickOn(page.get(), node); }
        static void clickOn(TrustMapPage* page, int node)
        {
            TrustGraphView* view = page->view();
            view->centerOnNode(node);
            const QPoint at = view->mapFromScene(page->scene()->nodeItem(node)->sceneBoundingRect().center());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        }
    };

private Q_SLOTS:
    void clickingAKidHighlightsItsBlastRadius()
    {
        Fixture f;
        QVERIFY(f.start());
        TrustGraphScene* scene = f.page->scene();
        QCOMPARE(scene->graph().nodes.size(), 2 + 3 + 4);

        // pay-sig-2 is not primary and nobody was seen using it: the workloads trusting its set
        // are exposed if it leaks, none breaks if it vanishes.
        const int second = f.node(NodeKind::Kid, "pay-sig-2");
        f.click(second);
        QCOMPARE(scene->selectedNode(), second);
        QCOMPARE(f.labels(scene->nodesMarked(Mark::Exposed)),
            QStringList({ QStringLiteral("audit-job"), QStringLiteral("checkout") }));
        QVERIFY(scene->nodesMarked(Mark::Breaks).isEmpty());
        QCOMPARE(scene->mark(f.node(NodeKind::Workload, "reports")), Mark::Dimmed);
        QCOMPARE(scene->mark(f.node(NodeKind::KeySet, "payments-api")), Mark::Related);

        // pay-sig-1 is the primary, pinned by gateway and seen at checkout: all three break.
        const int first = f.node(NodeKind::Kid, "pay-sig-1");
        f.click(first);
        QCOMPARE(scene->selectedNode(), first);
        QCOMPARE(f.labels(scene->nodesMarked(Mark::Breaks)),
            QStringList(
                { QStringLiteral("audit-job"), QStringLiteral("checkout"), QStringLiteral("gateway") }));
        QVERIFY(f.page->view()->accessibleDescription().contains(QStringLiteral("pay-sig-1")));

        // The readiness panel: the primary cannot be retired; what trusts it is listed.
        RetireReadinessPanel* readiness = f.page->readinessPanel();
        QVERIFY2(readiness->verdict().contains(QStringLiteral("primary")), qPrintable(readiness->verdict()));
        QVERIFY(readiness->blockerWorkloads().contains(QStringLiteral("gateway")));

        grabIfAsked(f.page.get(), QStringLiteral("trust-map-page.png"));

        // A click on empty space clears the selection and the highlight.
        const QPointF empty = scene->sceneRect().topLeft() + QPointF(5, 5);
        f.page->view()->centerOn(empty);
        QTest::mouseClick(
            f.page->view()->viewport(), Qt::LeftButton, {}, f.page->view()->mapFromScene(empty));
        QCOMPARE(scene->selectedNode(), -1);
        QVERIFY(scene->nodesMarked(Mark::Breaks).isEmpty());
    }

    void searchMarksMatchesAndFiltersTheTable()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setSearchText(QStringLiteral("GATE"));
        TrustGraphScene* scene = f.page->scene();
        QCOMPARE(f.labels(scene->searchMatches()), QStringList({ QStringLiteral("gateway") }));
        QCOMPARE(scene->mark(f.node(NodeKind::Workload, "gateway")), Mark::Match);
        QCOMPARE(scene->mark(f.node(NodeKind::Workload, "checkout")), Mark::Dimmed);
        grabIfAsked(f.page.get(), QStringLiteral("trust-map-search.png"));
        auto* table = child<QTableView>(f.page.get(), "trustTable");
        QCOMPARE(table->model()->rowCount(), 1);
        // Searching by a set name finds the set and its kids; clearing shows everything again.
        f.page->setSearchText(QStringLiteral("login"));
        QCOMPARE(f.labels(scene->searchMatches()),
            QStringList({ QStringLiteral("login"), QStringLiteral("login-sig-1") }));
        f.page->setSearchText({});
        QVERIFY(scene->searchMatches().isEmpty());
        QCOMPARE(scene->mark(f.node(NodeKind::Workload, "checkout")), Mark::Normal);
        QCOMPARE(table->model()->rowCount(), f.page->tableModel()->rowCount());
    }

    void exportsPngAndSvg()
    {
        Fixture f;
        QVERIFY(f.start());
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("map.png"));
        const QString svg = out.filePath(QStringLiteral("map.svg"));
        QCOMPARE(f.page->exportTo(png), QString());
        QCOMPARE(f.page->exportTo(svg), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 100);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray drawing = file.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("pay-sig-1")); // full detail: the labels are in the drawing
        QVERIFY(drawing.contains("gateway"));
        // A name without a known suffix is refused and writes nothing.
        QVERIFY(!f.page->exportTo(out.filePath(QStringLiteral("map.txt"))).isEmpty());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("map.txt"))));
    }

    void tableListsTheSameFacts()
    {
        Fixture f;
        QVERIFY(f.start());
        TrustTableModel* model = f.page->tableModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // checkout, gateway, audit-job → pay-sig-1; checkout, audit-job → pay-sig-2; reports → login-sig-1.
        QCOMPARE(model->rowCount(), 6);
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, TrustTableModel::KidColumn).data().toString() + QLatin1Char(' ')
                + model->index(row, TrustTableModel::WorkloadColumn).data().toString() + QLatin1Char(' ')
                + model->index(row, TrustTableModel::TrustColumn).data().toString());
        QVERIFY2(rows.contains(QStringLiteral("pay-sig-1 checkout declared and observed")),
            qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(QStringLiteral("pay-sig-1 gateway declared, not observed, pinned")));
        QVERIFY(rows.contains(QStringLiteral("login-sig-1 reports declared, not observed")));

        // Choosing a row selects its kid on the map.
        auto* table = child<QTableView>(f.page.get(), "trustTable");
        child<QTabWidget>(f.page.get(), "trustTabs")->setCurrentIndex(1);
        const QModelIndex login = table->model()
                                      ->match(table->model()->index(0, TrustTableModel::KidColumn),
                                          Qt::DisplayRole, QStringLiteral("login-sig-1"))
                                      .value(0);
        QVERIFY(login.isValid());
        table->setCurrentIndex(login);
        QCOMPARE(f.page->scene()->selectedNode(), f.node(NodeKind::Kid, "login-sig-1"));
        grabIfAsked(f.page.get(), QStringLiteral("trust-map-table.png"));
    }

    void keyboardWalksZoomsAndClears()
    {
        Fixture f;
        QVERIFY(f.start());
        TrustGraphView* view = f.page->view();
        view->setFocus();
        QVERIFY(!view->accessibleName().isEmpty());
        QTest::keyClick(view, Qt::Key_Down); // first node of the first column
        const int first = f.page->scene()->selectedNode();
        QVERIFY(first >= 0);
        QTest::keyClick(view, Qt::Key_Right); // to a kid of that set
        const int kid = f.page->scene()->selectedNode();
        QCOMPARE(f.page->scene()->graph().nodes[kid].kind, NodeKind::Kid);
        QVERIFY(f.page->readinessPanel()->verdict().contains(f.page->scene()->graph().nodes[kid].label)
            || !f.page->readinessPanel()->verdict().isEmpty());
        const qreal before = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > before);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(f.page->scene()->selectedNode(), -1);
        // Every page action is in the graph's context menu (Menu key / Shift+F10).
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        for (const char* name :
            { "exportPngAction", "exportSvgAction", "zoomInAction", "zoomOutAction", "zoomFitAction" })
            QVERIFY2(view->actions().contains(child<QAction>(f.page.get(), name)), name);
        // Icon-only buttons say what they do.
        for (const char* name : { "zoomInButton", "zoomOutButton", "zoomFitButton" }) {
            auto* button = child<QToolButton>(f.page.get(), name);
            QVERIFY2(button && !button->accessibleName().isEmpty(), name);
        }
    }

    void overviewShowsStaleTrustAndConvergingRotations()
    {
        // A hand-built snapshot: pay-old revoked yesterday but still seen at "legacy" an hour ago;
        // pay-1 in grace since an hour ago, its successor pay-2 not yet fetched by "slow" (1 day cache)
        // and tokens signed before the handover still valid: two blockers.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        core::TrustKeySet set;
        set.name = QStringLiteral("pay");
        core::TrustKey old { QStringLiteral("pay-old"), set.name };
        old.state = core::KeyState::Revoked;
        old.leftServiceAt = now.addDays(-1);
        core::TrustKey graceKey { QStringLiteral("pay-1"), set.name };
        graceKey.state = core::KeyState::Grace;
        graceKey.publishedAt = now.addDays(-60);
        graceKey.handoverAt = now.addSecs(-3600);
        graceKey.successorKid = QStringLiteral("pay-2");
        core::TrustKey successor { QStringLiteral("pay-2"), set.name };
        successor.primary = true;
        successor.publishedAt = now.addSecs(-3600);
        successor.predecessorKid = graceKey.kid;
        core::Workload legacy;
        legacy.name = QStringLiteral("legacy");
        core::Workload slow;
        slow.name = QStringLiteral("slow");
        slow.trustedSets = { set.name };
        slow.cacheTtlSecs = 24 * 3600;
        const core::TrustMap map({ set }, { old, graceKey, successor }, { legacy, slow },
            { { legacy.name, old.kid, QStringLiteral("verify"), now.addSecs(-3600) } });
        const TrustSummary summary = summarize(map, now);
        QCOMPARE(summary.staleCount, 1);
        QCOMPARE(summary.unconvergedCount, 1);

        TestVault tv;
        auto vault = tv.create();
        QVERIFY(vault);
        ChainMonitor chain(vault->audit());
        OverviewPage overview(*vault, chain);
        overview.setTrustSummary(summary);
        const QString stale = child<QLabel>(&overview, "staleTrustCard")->text();
        QVERIFY2(stale.contains(QStringLiteral("legacy → pay-old")), qPrintable(stale));
        QVERIFY(stale.contains(QStringLiteral("page:trust")));
        const QString converging = child<QLabel>(&overview, "convergenceCard")->text();
        QVERIFY2(converging.contains(QStringLiteral("pay-1: 2 blocker")), qPrintable(converging));
    }

    void demoVaultShowsTheMapAtWork()
    {
        // `keyward --demo`: stale trust and a rotation still converging, seen in the main window.
        TestVault tv;
        QVERIFY(DemoVaultSeeder(tv.clock).seed(tv.location).ok());
        const auto officer = DemoVaultSeeder::officers().first();
        auto vault = tv.open(officer.name, officer.passphrase.toUtf8().constData());
        QVERIFY(vault);
        MainWindow window(*vault, fixedKdf(core::KdfParams::forTests()), std::chrono::milliseconds(0));
        window.resize(1360, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::TrustId);
        auto* page = qobject_cast<TrustMapPage*>(window.page(MainWindow::TrustId));
        QVERIFY(page);
        QVERIFY(page->summary().staleCount >= 1);
        QVERIFY(page->summary().unconvergedCount >= 1);
        QVERIFY(page->summary().workloadCount >= 8);
        // Stale trust waits on the Trust map: the rail says how many (SPEC §11 badges).
        QCOMPARE(child<NavigationRail>(&window, "navigationRail")->badge(MainWindow::TrustId),
            page->summary().staleCount);
        // The converging rotation's old key: the readiness panel names what still blocks it.
        const auto& nodes = page->scene()->graph().nodes;
        const auto converging
            = std::find_if(nodes.begin(), nodes.end(), [](const GraphNode& n) { return n.converging; });
        QVERIFY(converging != nodes.end());
        const int node = int(converging - nodes.begin());
        page->view()->showOverview();
        Fixture::clickOn(page, node);
        QCOMPARE(page->scene()->selectedNode(), node);
        QVERIFY2(page->readinessPanel()->verdict().contains(QStringLiteral("Not yet")),
            qPrintable(page->readinessPanel()->verdict()));
        QVERIFY(page->readinessPanel()->blockerCount() >= 1);
        grabIfAsked(&window, QStringLiteral("trust-map.png"));
        window.showPage(MainWindow::OverviewId);
        QVERIFY(child<QLabel>(&window, "staleTrustCard")->text().contains(QStringLiteral("page:trust")));
        grabIfAsked(&window, QStringLiteral("trust-overview.png"));
    }

    void selectionSurvivesARefresh()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.page->selectKid(QStringLiteral("payments-api"), QStringLiteral("pay-sig-2")));
        QVERIFY(addWorkload(*f.vault, QStringLiteral("billing"), { QStringLiteral("payments-api") }, {}));
        f.page->refresh();
        QCOMPARE(f.page->scene()->selectedNode(), f.node(NodeKind::Kid, "pay-sig-2"));
        QVERIFY(f.labels(f.page->scene()->nodesMarked(Mark::Exposed)).contains(QStringLiteral("billing")));
        QCOMPARE(f.page->summary().workloadCount, 5);
    }
};

QTEST_MAIN(TstTrustMapPage)
#include "tst_trustmappage.moc"
