// SPDX-License-Identifier: GPL-3.0-or-later
// The retirement gate reads the trust map (SPEC §5): retiring a key in grace is refused while a
// workload trusting its set has not refreshed since the successor was published, the refusal
// names each blocker and when it clears, and the same retirement passes once the clock is past
// that time — or earlier, once the workload is observed using the successor. A rotation's
// overlap comes from the registered workloads, naming the one that sets it.

#include "VaultTestSupport.h"
#include "tst_request_fixture.h"

#include "keys/KeyInventory.h"
#include "requests/KeyRequestSupport.h"
#include "trust/ObservationImport.h"
#include "trust/WorkloadCommand.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

constexpr qint64 kDay = KeySetPolicy::kDay;

Result<Workload> addWorkload(RequestVault& rv, const char* name, qint64 cacheTtl, qint64 tokenTtl = 0)
{
    WorkloadInput input;
    input.workload.name = QString::fromLatin1(name);
    input.workload.owner = QStringLiteral("team-payments");
    input.workload.cacheTtlSecs = cacheTtl;
    input.workload.maxTokenTtlSecs = tokenTtl;
    input.trusts = { QStringLiteral("payments-api") };
    return WorkloadCommand::add(*rv.vault, input);
}

QString rotate(RequestVault& rv)
{
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    if (!requested.ok())
        return QString();
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    return approved.ok() ? approved->outcome.value(QStringLiteral("successorKid")).toString() : QString();
}

} // namespace

class TestTrustGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedUntilConvergedThenAllowed();
    void observedRefreshClearsEarly();
    void overlapFromWorkloads();
};

void TestTrustGate::refusedUntilConvergedThenAllowed()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    const QDateTime handover = rv.clock.now();
    const QString successor = rotate(rv);
    QVERIFY(!successor.isEmpty());
    // Registered after the rotation, so the overlap (7 d minimum) did not count its 10 d cache.
    QVERIFY(addWorkload(rv, "ledger", 10 * kDay).ok());

    rv.clock.set(rv.key(QStringLiteral("pay-1")).retireAfter.addSecs(60)); // the overlap is over ...
    const QString before = rv.snapshot();
    Result<Request> early = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("done")));
    QVERIFY(!early.ok()); // ... but ledger may still hold a JWKS without the successor
    QCOMPARE(early.code(), ErrorCode::Refused);
    QVERIFY2(early.message().contains(QStringLiteral("ledger")), qPrintable(early.message()));
    const QDateTime clears = rv.key(successor).activatesAt.isValid() ? rv.key(successor).activatesAt.addSecs(10 * kDay)
                                                                     : rv.key(successor).createdAt.addSecs(10 * kDay);
    QCOMPARE(clears, handover.addSecs(10 * kDay));
    QVERIFY2(early.message().contains(KeyRequestSupport::displayTime(clears)), qPrintable(early.message()));
    QCOMPARE(rv.snapshot(), before);

    rv.clock.set(clears.addSecs(1));
    Result<Request> retire = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("converged")));
    QVERIFY2(retire.ok(), why(retire));
    Result<Request> retired = rv.engine->approve(retire->id, rv.bob());
    QVERIFY2(retired.ok(), why(retired));
    QCOMPARE(retired->state, RequestState::Executed);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Retired);
}

void TestTrustGate::observedRefreshClearsEarly()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    const QString successor = rotate(rv);
    QVERIFY(!successor.isEmpty());
    QVERIFY(addWorkload(rv, "ledger", 30 * kDay).ok());
    rv.clock.advanceDays(1);
    QTemporaryDir dir;
    const QString log = dir.path() + QStringLiteral("/gateway.csv");
    QVERIFY(writeAll(log, QStringLiteral("workload,kid,event,at\nledger,%1,verify,%2\n")
                              .arg(successor, rv.clock.now().toString(Qt::ISODate)).toUtf8()));
    Result<ObservationImportReport> imported = ObservationImport::importFile(*rv.vault, log);
    QVERIFY2(imported.ok(), why(imported));
    QCOMPARE(imported->accepted, 1);

    rv.clock.set(rv.key(QStringLiteral("pay-1")).retireAfter.addSecs(60)); // 7 d, well before 30 d
    Result<Request> retire = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("seen")));
    QVERIFY2(retire.ok(), why(retire));
}

void TestTrustGate::overlapFromWorkloads()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QVERIFY(addWorkload(rv, "ledger", 9 * kDay).ok());
    QVERIFY(addWorkload(rv, "reports", 60, 4 * 3600).ok());
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    const qint64 skew = KeySetPolicy().clockSkewSecs;
    QCOMPARE(approved->outcome.value(QStringLiteral("overlapSecs")).toInteger(), 9 * kDay + 4 * 3600 + skew);
    const QString explanation = approved->outcome.value(QStringLiteral("overlapExplanation")).toString();
    QVERIFY2(explanation.contains(QStringLiteral("ledger")) && explanation.contains(QStringLiteral("reports")), qPrintable(explanation));
}

QTEST_GUILESS_MAIN(TestTrustGate)
#include "tst_trust_gate.moc"
