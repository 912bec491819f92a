// SPDX-License-Identifier: GPL-3.0-or-later
// The table models over core value types, checked with QAbstractItemModelTester (STYLE §9).
#include "UiTestSupport.h"

#include "audit/AuditLog.h"
#include "models/AuditEventModel.h"
#include "models/OfficerModel.h"
#include "keys/VaultKeyProvider.h"
#include "requests/OfficerRequestDrafts.h"
#include "requests/RequestEngine.h"
#include "vault/OfficerCredential.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void officerModelListsOfficersWithRolesAndThumbprints();
    void officerModelProxyFiltersAndSorts();
    void auditModelPagesLazily();
    void auditModelShowsEventsAndMarksBrokenEvent();
    void auditModelProxyFiltersLoadedEvents();
};

void TestUiModels::officerModelListsOfficersWithRolesAndThumbprints()
{
    TestVault tv;
    auto vault = tv.create();
    QVERIFY(vault);
    OfficerModel model(*vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OfficerModel::ColumnCount));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, OfficerModel::NameColumn).data(Qt::UserRole).toString();
    names.sort();
    QCOMPARE(names, QStringList({ QStringLiteral("alice"), QStringLiteral("bob") }));

    for (int row = 0; row < model.rowCount(); ++row) {
        const core::Officer& officer = model.officerAt(row);
        const QString roles = model.index(row, OfficerModel::RolesColumn).data().toString();
        if (officer.name == QLatin1String("alice")) {
            QCOMPARE(roles, QStringLiteral("admin, key-officer"));
            // The signed-in officer is marked.
            QVERIFY(model.index(row, OfficerModel::NameColumn).data().toString().contains(QLatin1String("alice")));
            QVERIFY(model.index(row, OfficerModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
        } else {
            QCOMPARE(roles, QStringLiteral("approver"));
        }
        // A 43-character base64url SHA-256 thumbprint, shortened in the cell, complete in the tooltip.
        const QString thumbprint = OfficerModel::signingKeyThumbprint(officer);
        QCOMPARE(thumbprint.size(), 43);
        QVERIFY(model.index(row, OfficerModel::SigningKeyColumn).data().toString().startsWith(thumbprint.left(16)));
        QVERIFY(model.index(row, OfficerModel::SigningKeyColumn).data(Qt::ToolTipRole).toString().contains(thumbprint));
    }
    QCOMPARE(model.headerData(OfficerModel::RolesColumn, Qt::Horizontal).toString(), QStringLiteral("Roles"));

    // A third officer, added the only way an operational vault allows (a request bob approves),
    // appears after reload.
    auto draft = core::OfficerRequestDrafts::officerAdd(*vault, QStringLiteral("carol"), { core::Role::Auditor },
                                                        secret("carol long passphrase"), core::KdfParams::forTests(),
                                                        QStringLiteral("new auditor"));
    QVERIFY2(draft.ok(), draft.ok() ? "" : qPrintable(draft.message()));
    core::VaultKeyProvider keys(vault->database());
    const core::RequestExecutors executors = core::RequestExecutors::standard();
    core::RequestEngine engine(*vault, keys, executors);
    auto submitted = engine.submit(*draft);
    QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.message()));
    auto bob = vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
    QVERIFY2(bob.ok(), bob.ok() ? "" : qPrintable(bob.message()));
    auto approved = engine.approve(submitted->id, *bob);
    QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.message()));
    QCOMPARE(approved->state, core::RequestState::Executed);
    QCOMPARE(model.reload(), QString());
    QCOMPARE(model.rowCount(), 3);
}

void TestUiModels::officerModelProxyFiltersAndSorts()
{
    TestVault tv;
    auto vault = tv.create();
    QVERIFY(vault);
    OfficerModel model(*vault);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OfficerModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(OfficerModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("bob"));
    proxy.setFilterFixedString(QStringLiteral("APPROVER"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("bob"));
    proxy.setFilterFixedString(QStringLiteral("nobody-has-this"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestUiModels::auditModelPagesLazily()
{
    TestVault tv;
    auto vault = tv.create();
    QVERIFY(vault);
    // Six more events so the log spans several pages of two.
    for (int i = 0; i < 6; ++i)
        QVERIFY(vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.event"),
                                      QStringLiteral("subject-%1").arg(i), QJsonObject { { QStringLiteral("n"), i } }));
    const auto total = vault->audit().count();
    QVERIFY(total);
    QVERIFY(total.value() >= 8);

    AuditEventModel model(vault->audit(), 2);
    QCOMPARE(model.totalEvents(), total.value());
    QCOMPARE(model.rowCount(), 0); // nothing read until asked
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditEventModel::SeqColumn).data().toLongLong(), 1);
    QCOMPARE(model.index(1, AuditEventModel::SeqColumn).data().toLongLong(), 2);
    int fetches = 1;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ++fetches;
    }
    QCOMPARE(qint64(model.rowCount()), total.value());
    QCOMPARE(fetches, int((total.value() + 1) / 2));
    // Rows are in chain order with their hashes linked.
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.eventAt(row).prev, model.eventAt(row - 1).hash);
    // A child index never has rows or more to fetch (table model).
    QVERIFY(!model.canFetchMore(model.index(0, 0)));

    // reload() drops the loaded rows and re-reads the count.
    QVERIFY(vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.event"), QStringLiteral("late"), {}));
    QCOMPARE(model.reload(), QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalEvents(), total.value() + 1);

    // Every page insertion passes the tester (which also calls fetchMore itself). Qt 6.4's
    // tester fetches inside its own modelReset handler, so reload() is checked above without it.
    AuditEventModel watched(vault->audit(), 3);
    QAbstractItemModelTester tester(&watched, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (watched.canFetchMore(QModelIndex()))
        watched.fetchMore(QModelIndex());
    QCOMPARE(qint64(watched.rowCount()), total.value() + 1);
}

void TestUiModels::auditModelShowsEventsAndMarksBrokenEvent()
{
    TestVault tv;
    auto vault = tv.create();
    QVERIFY(vault);
    AuditEventModel model(vault->audit(), 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    QVERIFY(model.rowCount() >= 2);
    QCOMPARE(model.index(0, AuditEventModel::ActionColumn).data().toString(), QStringLiteral("vault.created"));
    QCOMPARE(model.index(0, AuditEventModel::ActorColumn).data().toString(), QStringLiteral("alice"));
    bool bobAdded = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        bobAdded |= model.index(row, AuditEventModel::ActionColumn).data().toString() == QLatin1String("officer.added")
            && model.index(row, AuditEventModel::SubjectColumn).data().toString() == QLatin1String("bob");
    }
    QVERIFY(bobAdded);
    QVERIFY(model.index(0, AuditEventModel::SeqColumn).data(Qt::ToolTipRole).toString().contains(
        QString::fromLatin1(model.eventAt(0).hash)));
    QVERIFY(!model.index(0, AuditEventModel::SeqColumn).data(Qt::DecorationRole).isValid());

    model.setFirstBadSeq(2);
    QVERIFY(model.index(1, AuditEventModel::SeqColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(1, AuditEventModel::ActionColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, AuditEventModel::ActionColumn).data(Qt::BackgroundRole).isValid());
}

void TestUiModels::auditModelProxyFiltersLoadedEvents()
{
    TestVault tv;
    auto vault = tv.create();
    QVERIFY(vault);
    QVERIFY(vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.needle"), QStringLiteral("x"), {}));
    AuditEventModel model(vault->audit(), 100);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AuditEventModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The proxy forwards lazy loading to the source.
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.canFetchMore(QModelIndex()));
    proxy.fetchMore(QModelIndex());
    QVERIFY(proxy.rowCount() >= 3);
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(QStringLiteral("NEEDLE"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    proxy.sort(AuditEventModel::SeqColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, AuditEventModel::ActionColumn).data().toString(), QStringLiteral("test.needle"));
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
