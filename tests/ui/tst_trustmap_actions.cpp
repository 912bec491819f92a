// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the trust map from the Trust map page (issue 13): the workload dialog driven with the
// keyboard (add, a refused edit that changes nothing, remove with its confirmation), each an
// audited change; observations and workloads imported from files, with their reports.

#include "TrustMapFixture.h"

#include "audit/AuditLog.h"
#include "pages/TrustMapPage.h"
#include "trust/TrustMap.h"
#include "trustmap/TrustGraphScene.h"
#include "trustmap/TrustTableModel.h"
#include "trustmap/WorkloadDialog.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace keyward::ui::trustmap;

class TstTrustMapActions : public QObject {
    Q_OBJECT

    struct Fixture : TrustMapPageFixture {
        QTemporaryDir files;

        QAction* action(const char* name) const
        {
            for (QAction* a : page->pageActions())
                if (a->objectName() == QLatin1String(name))
                    return a;
            return nullptr;
        }
        bool tableHasWorkload(const QString& name) const
        {
            const TrustTableModel* model = page->tableModel();
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row, TrustTableModel::WorkloadColumn).data().toString() == name)
                    return true;
            return false;
        }
        QStringList auditActions(const QString& subject) const
        {
            QStringList actions;
            if (auto events = vault->audit().eventsForSubject(subject); events.ok())
                for (const core::AuditEvent& e : *events)
                    actions.append(e.action);
            return actions;
        }
        const GraphEdge* edge(const char* kid, const char* workload) const
        {
            const TrustGraphData& graph = page->scene()->graph();
            const int from = graph.indexOf(NodeKind::Kid, QString::fromLatin1(kid));
            const int to = graph.indexOf(NodeKind::Workload, QString::fromLatin1(workload));
            for (const GraphEdge& e : graph.edges)
                if (e.from == from && e.to == to)
                    return &e;
            return nullptr;
        }
        QString writeFile(const char* name, const QByteArray& content) const
        {
            const QString path = files.filePath(QString::fromLatin1(name));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return {};
            return path;
        }
    };

    static WorkloadDialog* openDialog() { return qobject_cast<WorkloadDialog*>(QApplication::activeModalWidget()); }
    static void clickOk(WorkloadDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("workloadOkButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void addWorkloadThroughTheDialog()
    {
        Fixture f;
        QVERIFY(f.start());
        QAction* add = f.action("addWorkloadAction");
        QVERIFY(add && add->isEnabled());
        QVERIFY(!f.action("editWorkloadAction")->isEnabled()); // nothing selected yet
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            WorkloadDialog* dialog = openDialog();
            QVERIFY(dialog);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("billing"));
            QTest::keyClicks(dialog->ownerEdit(), QStringLiteral("team-billing"));
            QTest::keyClicks(dialog->setsEdit(), QStringLiteral("payments-api"));
            QTest::keyClicks(dialog->kidsEdit(), QStringLiteral("login"));
            QTest::keyClicks(dialog->cacheTtlEdit(), QStringLiteral("5m"));
            // "login" is a key set typed under pinned kids: refused in the dialog, nothing written.
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->messageWidget()->isVisible());
            QCOMPARE(dialog->messageWidget()->type(), MessageWidget::Type::Error);
            QVERIFY(f.auditActions(QStringLiteral("billing")).isEmpty());
            grabIfAsked(dialog, QStringLiteral("trustmap-workload-refused.png"));
            dialog->kidsEdit()->clear();
            QTest::keyClicks(dialog->kidsEdit(), QStringLiteral("login-sig-1"));
            dialog->refreshBox()->setCurrentIndex(1);
            clickOk(dialog);
            driven = true;
        });
        add->trigger();
        QVERIFY(driven);
        QVERIFY(f.tableHasWorkload(QStringLiteral("billing")));
        QCOMPARE(f.auditActions(QStringLiteral("billing")), QStringList { QStringLiteral("workload.added") });
        auto stored = core::WorkloadStore(f.vault->database()).byName(QStringLiteral("billing"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->cacheTtlSecs, 300);
        QCOMPARE((*stored)->pinnedKids, QStringList { QStringLiteral("login-sig-1") });
        QCOMPARE((*stored)->refresh, core::RefreshMode::OnUnknownKid);
        QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Positive);
    }

    void editAndRemoveTheSelectedWorkload()
    {
        Fixture f;
        QVERIFY(f.start());
        const int node = f.page->scene()->graph().indexOf(NodeKind::Workload, QStringLiteral("reports"));
        QVERIFY(node >= 0);
        f.page->scene()->selectNode(node);
        QCOMPARE(f.page->selectedWorkload(), QStringLiteral("reports"));
        QVERIFY(f.action("editWorkloadAction")->isEnabled());

        QTimer::singleShot(0, this, [&] {
            WorkloadDialog* dialog = openDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->nameEdit()->isReadOnly());
            QCOMPARE(dialog->setsEdit()->text(), QStringLiteral("login"));
            dialog->ownerEdit()->clear();
            QTest::keyClicks(dialog->ownerEdit(), QStringLiteral("team-bi"));
            clickOk(dialog);
        });
        f.action("editWorkloadAction")->trigger();
        auto stored = core::WorkloadStore(f.vault->database()).byName(QStringLiteral("reports"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->owner, QStringLiteral("team-bi"));
        QVERIFY(f.auditActions(QStringLiteral("reports")).contains(QStringLiteral("workload.changed")));

        f.page->scene()->selectNode(f.page->scene()->graph().indexOf(NodeKind::Workload, QStringLiteral("reports")));
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    QTest::mouseClick(button, Qt::LeftButton);
        });
        f.action("removeWorkloadAction")->trigger();
        QVERIFY(!f.tableHasWorkload(QStringLiteral("reports")));
        QVERIFY(f.auditActions(QStringLiteral("reports")).contains(QStringLiteral("workload.removed")));
        QVERIFY(!f.action("removeWorkloadAction")->isEnabled());
    }

    void importObservationsMakesTheEdgeObserved()
    {
        Fixture f;
        QVERIFY(f.start());
        const GraphEdge* before = f.edge("pay-sig-2", "audit-job");
        QVERIFY(before);
        QVERIFY(before->declared && !before->observed);
        const QString at = f.vault->clock().now().addSecs(-120).toUTC().toString(Qt::ISODate);
        const QString path = f.writeFile("gateway.csv",
            QStringLiteral("workload,kid,event,at\naudit-job,pay-sig-2,verify,%1\nghost,pay-sig-2,verify,%1\n")
                .arg(at)
                .toUtf8());
        QVERIFY(!path.isEmpty());
        f.page->importObservationsFrom(path);
        const GraphEdge* after = f.edge("pay-sig-2", "audit-job");
        QVERIFY(after);
        QVERIFY(after->observed);
        // One line named an unknown workload: reported with its line, the rest imported.
        const QString report = f.page->messageWidget()->findChild<QLabel*>(QStringLiteral("messageText"))->text();
        QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Warning);
        QVERIFY2(report.contains(QLatin1String("line 3")), qPrintable(report));
        grabIfAsked(f.page.get(), QStringLiteral("trustmap-observations-imported.png"));
        // The same file again adds nothing.
        f.page->importObservationsFrom(path);
        QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Information);
    }

    void importWorkloadsIsAllOrNothing()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString bad = f.writeFile("bad.csv",
            "name,owner,trusts,cache_ttl\nledger,team-fin,payments-api,60\nbroken,team-x,no-such-set,60\n");
        f.page->importWorkloadsFrom(bad);
        QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Error);
        QVERIFY(!f.tableHasWorkload(QStringLiteral("ledger")));
        const QString good = f.writeFile("good.csv", "name,owner,trusts,cache_ttl\nledger,team-fin,payments-api,60\n");
        f.page->importWorkloadsFrom(good);
        QCOMPARE(f.page->messageWidget()->type(), MessageWidget::Type::Positive);
        QVERIFY(f.tableHasWorkload(QStringLiteral("ledger")));
    }
};

QTEST_MAIN(TstTrustMapActions)
#include "tst_trustmap_actions.moc"
