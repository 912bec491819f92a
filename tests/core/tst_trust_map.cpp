// SPDX-License-Identifier: GPL-3.0-or-later
// The trust map's answers on hand-built maps (SPEC §5): who trusts a kid, blast radius, stale
// trust, convergence and the default overlap — with a pinned kid, an on-unknown-kid workload and a
// workload never observed, each with a known answer worked out by hand.

#include "trust/TrustMap.h"

#include <QTest>

using namespace keyward::core;

namespace {

const QDateTime T0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

Workload workload(const char* name, QStringList sets, QStringList pins, qint64 cache, qint64 token,
                  RefreshMode refresh = RefreshMode::Poll)
{
    Workload w;
    w.name = QString::fromLatin1(name);
    w.owner = QStringLiteral("team");
    w.trustedSets = std::move(sets);
    w.pinnedKids = std::move(pins);
    w.cacheTtlSecs = cache;
    w.maxTokenTtlSecs = token;
    w.refresh = refresh;
    return w;
}

TrustKey key(const char* kid, KeyState state, bool primary, QDateTime published)
{
    TrustKey k;
    k.kid = QString::fromLatin1(kid);
    k.keySet = QStringLiteral("payments-api");
    k.state = state;
    k.primary = primary;
    k.publishedAt = std::move(published);
    return k;
}

// pay-1 handed over to pay-2 at T0 + 1 h (pay-2 published at T0); pay-0 revoked at T0 - 10 d.
TrustMap paymentsMap(bool withLegacy = true)
{
    KeySetPolicy policy;
    policy.maxTokenTtlSecs = kHour;
    policy.clockSkewSecs = 300;
    TrustKey pay0 = key("pay-0", KeyState::Revoked, false, T0.addDays(-90));
    pay0.leftServiceAt = T0.addDays(-10);
    TrustKey pay1 = key("pay-1", KeyState::Grace, false, T0.addDays(-30));
    pay1.successorKid = QStringLiteral("pay-2");
    pay1.handoverAt = T0.addSecs(kHour);
    TrustKey pay2 = key("pay-2", KeyState::Active, true, T0);
    pay2.predecessorKid = QStringLiteral("pay-1");
    const QString set = QStringLiteral("payments-api");
    QList<Workload> workloads {
        workload("gateway", { set }, {}, kDay, 0), // observed using pay-2 two hours in
        workload("mobile-bff", { set }, {}, 7 * kDay, 900, RefreshMode::OnUnknownKid),
        workload("batch", { set }, {}, 2 * kDay, 2 * kHour), // never observed
        workload("old-reader", { set }, {}, 60, 0), // still uses the revoked pay-0
    };
    if (withLegacy)
        workloads.append(workload("legacy", {}, { QStringLiteral("pay-1") }, 0, 0)); // pins the leaving kid
    return TrustMap({ TrustKeySet { set, policy } }, { pay0, pay1, pay2 }, workloads,
        { Observation { QStringLiteral("gateway"), QStringLiteral("pay-2"), QStringLiteral("verify"), T0.addSecs(2 * kHour) },
            Observation { QStringLiteral("gateway"), QStringLiteral("pay-2"), QStringLiteral("verify"), T0.addSecs(5 * kHour) },
            Observation { QStringLiteral("old-reader"), QStringLiteral("pay-0"), QStringLiteral("verify"), T0.addDays(-1) },
            Observation { QStringLiteral("nobody"), QStringLiteral("pay-2"), QStringLiteral("verify"), T0 } });
}

QStringList names(const TrustMap& map, const QList<WorkloadImpact>& impacts)
{
    QStringList out;
    for (const WorkloadImpact& i : impacts)
        out << map.workloads().at(i.workload).name + QLatin1Char(':') + trustReasonName(i.reason);
    return out;
}

} // namespace

class TestTrustMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void edgesDeclaredAndObserved();
    void blastRadiusOfPrimary();
    void blastRadiusOfPinnedGraceKey();
    void blastRadiusOfRevokedKey();
    void staleTrust();
    void convergenceBlockers();
    void convergenceTimeWithoutPin();
    void neverRotatedKey();
    void defaultOverlapNamesWorkloads();
    void emptySetUsesMinimumOverlap();
};

void TestTrustMap::edgesDeclaredAndObserved()
{
    const TrustMap map = paymentsMap();
    const int pay2 = map.keyIndex(QStringLiteral("pay-2"));
    QVERIFY(pay2 >= 0);
    QCOMPARE(map.keyIndex(QStringLiteral("pay-2"), QStringLiteral("other-set")), -1);
    const int gateway = map.workloadIndex(QStringLiteral("gateway"));
    int observedEdges = 0;
    for (int e : map.edgesOfKey(pay2)) {
        const TrustEdge& edge = map.edges()[size_t(e)];
        QVERIFY(edge.declaredBySet);
        QVERIFY(!edge.pinned);
        if (edge.observed()) {
            ++observedEdges;
            QCOMPARE(edge.workload, gateway);
            QCOMPARE(edge.firstSeen, T0.addSecs(2 * kHour));
            QCOMPARE(edge.lastSeen, T0.addSecs(5 * kHour));
            QCOMPARE(edge.seenCount, 2);
        }
    }
    QCOMPARE(observedEdges, 1); // "nobody" is not registered: skipped
    QCOMPARE(map.declaredTrusters(map.keyIndex(QStringLiteral("pay-1"))).size(), 5);
    QCOMPARE(map.declaredTrusters(pay2).size(), 4);
}

void TestTrustMap::blastRadiusOfPrimary()
{
    const TrustMap map = paymentsMap();
    const BlastRadius radius = map.blastRadius(map.keyIndex(QStringLiteral("pay-2")));
    const QStringList all { QStringLiteral("batch:set-trust"), QStringLiteral("gateway:observed-use"),
        QStringLiteral("mobile-bff:set-trust"), QStringLiteral("old-reader:set-trust") };
    QCOMPARE(names(map, radius.breaks), all); // new tokens are signed with the primary
    QCOMPARE(names(map, radius.exposed), all);
}

void TestTrustMap::blastRadiusOfPinnedGraceKey()
{
    const TrustMap map = paymentsMap();
    const BlastRadius radius = map.blastRadius(map.keyIndex(QStringLiteral("pay-1")));
    QCOMPARE(names(map, radius.breaks), QStringList { QStringLiteral("legacy:pinned") });
    QCOMPARE(names(map, radius.exposed),
        (QStringList { QStringLiteral("batch:set-trust"), QStringLiteral("gateway:set-trust"),
            QStringLiteral("legacy:pinned"), QStringLiteral("mobile-bff:set-trust"), QStringLiteral("old-reader:set-trust") }));
}

void TestTrustMap::blastRadiusOfRevokedKey()
{
    const TrustMap map = paymentsMap();
    const BlastRadius radius = map.blastRadius(map.keyIndex(QStringLiteral("pay-0")));
    QCOMPARE(names(map, radius.breaks), QStringList { QStringLiteral("old-reader:observed-use") });
    QCOMPARE(names(map, radius.exposed), QStringList { QStringLiteral("old-reader:observed-use") });
    QCOMPARE(radius.exposed.first().lastSeen, T0.addDays(-1));
}

void TestTrustMap::staleTrust()
{
    const TrustMap map = paymentsMap();
    const QList<StaleTrust> stale = map.staleTrust();
    QCOMPARE(stale.size(), 1);
    QCOMPARE(map.workloads().at(stale.first().workload).name, QStringLiteral("old-reader"));
    QCOMPARE(map.keys().at(stale.first().key).kid, QStringLiteral("pay-0"));
    QCOMPARE(stale.first().reason, TrustReason::ObservedUse);

    // Use seen before the revocation is history, not stale trust.
    KeySetPolicy policy;
    TrustKey revoked = key("k", KeyState::Revoked, false, T0.addDays(-9));
    revoked.leftServiceAt = T0;
    const TrustMap before({ TrustKeySet { QStringLiteral("payments-api"), policy } }, { revoked },
        { workload("w", { QStringLiteral("payments-api") }, {}, 60, 0) },
        { Observation { QStringLiteral("w"), QStringLiteral("k"), QStringLiteral("verify"), T0.addSecs(-1) } });
    QVERIFY(before.staleTrust().isEmpty());
}

void TestTrustMap::convergenceBlockers()
{
    const TrustMap map = paymentsMap();
    const int pay1 = map.keyIndex(QStringLiteral("pay-1"));
    const Convergence c = map.convergence(pay1, T0.addDays(1));
    QCOMPARE(c.successor, map.keyIndex(QStringLiteral("pay-2")));
    QCOMPARE(c.publishedAt, T0);
    QCOMPARE(c.handoverAt, T0.addSecs(kHour));
    QVERIFY(!c.converged);
    QVERIFY(!c.convergedAt.isValid()); // legacy pins pay-1: it never clears by itself
    QCOMPARE(c.blockers.size(), 2);
    QCOMPARE(map.workloads().at(c.blockers.at(0).workload).name, QStringLiteral("batch"));
    QCOMPARE(c.blockers.at(0).reason, TrustReason::NotRefreshed);
    QCOMPARE(c.blockers.at(0).clearsAt, T0.addDays(2)); // never observed: its 2 d cache TTL
    QCOMPARE(map.workloads().at(c.blockers.at(1).workload).name, QStringLiteral("legacy"));
    QCOMPARE(c.blockers.at(1).reason, TrustReason::PinsPredecessor);
    QVERIFY(!c.blockers.at(1).clearsAt.isValid());

    QHash<QString, QDateTime> clears;
    for (const ConvergenceBlocker& b : c.all)
        clears.insert(b.workload < 0 ? QStringLiteral("tokens") : map.workloads().at(b.workload).name, b.clearsAt);
    QCOMPARE(clears.value(QStringLiteral("gateway")), T0.addSecs(2 * kHour)); // observed before its 1 d TTL ran out
    QCOMPARE(clears.value(QStringLiteral("mobile-bff")), T0.addSecs(kHour)); // fetches on the first new kid
    QCOMPARE(clears.value(QStringLiteral("old-reader")), T0.addSecs(60));
    // Handover + the longest token TTL (batch: 2 h) + skew 5 min.
    QCOMPARE(clears.value(QStringLiteral("tokens")), T0.addSecs(kHour + 2 * kHour + 300));
}

void TestTrustMap::convergenceTimeWithoutPin()
{
    const TrustMap map = paymentsMap(false);
    const int pay1 = map.keyIndex(QStringLiteral("pay-1"));
    Convergence c = map.convergence(pay1, T0.addSecs(3 * kHour));
    QVERIFY(!c.converged);
    QCOMPARE(c.convergedAt, T0.addDays(2));
    QCOMPARE(c.blockers.size(), 2); // tokens until 4:05 after T0, batch until T0 + 2 d
    QCOMPARE(c.blockers.first().workload, -1);
    QCOMPARE(c.blockers.first().reason, TrustReason::TokenLifetime);
    QCOMPARE(map.unconvergedRotations(T0.addSecs(3 * kHour)).size(), 1);

    c = map.convergence(pay1, T0.addDays(2));
    QVERIFY(c.converged);
    QVERIFY(c.blockers.isEmpty());
    QVERIFY(map.unconvergedRotations(T0.addDays(2)).isEmpty());
}

void TestTrustMap::neverRotatedKey()
{
    // An active, non-primary key that nothing was observed using never signed a token: nothing
    // holds it back. Once observed, its last use starts the token lifetime.
    KeySetPolicy policy;
    policy.maxTokenTtlSecs = kHour;
    policy.clockSkewSecs = 60;
    const QString set = QStringLiteral("payments-api");
    const TrustMap idle({ TrustKeySet { set, policy } }, { key("spare", KeyState::Active, false, T0) },
        { workload("gateway", { set }, {}, kDay, 0) });
    QVERIFY(idle.convergence(0, T0).converged);

    const TrustMap used({ TrustKeySet { set, policy } }, { key("spare", KeyState::Active, false, T0) },
        { workload("gateway", { set }, {}, kDay, 0) },
        { Observation { QStringLiteral("gateway"), QStringLiteral("spare"), QString(), T0.addSecs(100) } });
    const Convergence c = used.convergence(0, T0.addSecs(200));
    QVERIFY(!c.converged);
    QCOMPARE(c.convergedAt, T0.addSecs(100 + kHour + 60));
}

void TestTrustMap::defaultOverlapNamesWorkloads()
{
    const TrustMap map = paymentsMap();
    const DefaultOverlap overlap = map.defaultOverlap(QStringLiteral("payments-api"));
    QVERIFY(overlap.fromWorkloads);
    QCOMPARE(overlap.cacheTtlSecs, 7 * kDay);
    QCOMPARE(map.workloads().at(overlap.cacheWorkload).name, QStringLiteral("mobile-bff"));
    QCOMPARE(overlap.tokenTtlSecs, 2 * kHour);
    QCOMPARE(map.workloads().at(overlap.tokenWorkload).name, QStringLiteral("batch"));
    QCOMPARE(overlap.secs, 7 * kDay + 2 * kHour + 300);
    QVERIFY(overlap.explanation.contains(QStringLiteral("mobile-bff")));
    QVERIFY(overlap.explanation.contains(QStringLiteral("batch")));
}

void TestTrustMap::emptySetUsesMinimumOverlap()
{
    KeySetPolicy policy;
    const TrustMap map({ TrustKeySet { QStringLiteral("idp"), policy } }, {}, {});
    const DefaultOverlap overlap = map.defaultOverlap(QStringLiteral("idp"));
    QVERIFY(!overlap.fromWorkloads);
    QCOMPARE(overlap.secs, policy.minOverlapSecs);
    QCOMPARE(overlap.cacheWorkload, -1);
}

QTEST_GUILESS_MAIN(TestTrustMap)
#include "tst_trust_map.moc"
