// SPDX-License-Identifier: GPL-3.0-or-later
// The --demo vault's trust map (issue 13): realistic workloads and a gateway log, with one stale
// workload (the mobile SDK still using the revoked pay-legacy-rsa) and one rotation still
// converging (identity-tokens, held back by the HR app's one-day JWKS cache).

#include "tst_request_fixture.h"

#include "demo/DemoKeySeeder.h"
#include "demo/DemoRequestSeeder.h"
#include "demo/DemoTrustSeeder.h"
#include "trust/TrustMap.h"
#include "trust/TrustReport.h"

using namespace keyward::core;
using namespace keyward::test;

class TestTrustDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staleAndConverging();
};

void TestTrustDemo::staleAndConverging()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    QVERIFY(seedDemoKeys(*rv.vault, rv.clock).ok());
    const Status trust = seedDemoTrust(*rv.vault, rv.clock);
    QVERIFY2(trust.ok(), why(trust));
    const Status requests = seedDemoRequests(*rv.vault, QStringLiteral("bob"), SecureBytes::fromView(kBobPassphrase));
    QVERIFY2(requests.ok(), why(requests));

    Result<TrustMap> map = TrustMapLoader::load(rv.vault->database());
    QVERIFY2(map.ok(), why(map));
    QCOMPARE(map->workloads().size(), 8);
    const QList<StaleTrust> stale = map->staleTrust();
    QCOMPARE(stale.size(), 1);
    QCOMPARE(map->workloads().at(stale.first().workload).name, QStringLiteral("mobile-sdk-v1"));
    QCOMPARE(map->keys().at(stale.first().key).kid, QStringLiteral("pay-legacy-rsa"));

    QStringList converging;
    for (const Convergence& c : map->unconvergedRotations(rv.clock.now()))
        converging << map->keys().at(c.predecessor).kid;
    QVERIFY2(converging.contains(QStringLiteral("idp-ed25519-2025")), qPrintable(converging.join(u' ')));
    const Convergence idp = map->convergence(map->keyIndex(QStringLiteral("idp-ed25519-2025")), rv.clock.now());
    bool hrBlocks = false;
    for (const ConvergenceBlocker& b : idp.blockers)
        hrBlocks |= b.workload >= 0 && map->workloads().at(b.workload).name == QLatin1String("hr-app");
    QVERIFY(hrBlocks);
    // The rotation's overlap was computed from these workloads: hr-app's day of cache + 8 h tokens.
    const KeyRecord old = rv.key(QStringLiteral("idp-ed25519-2025"), QStringLiteral("identity-tokens"));
    QVERIFY(old.retireAfter >= rv.clock.now().addSecs(24 * 3600 + 8 * 3600));
    // The set-scoped load (trust show, the retirement gate) answers every kid as the full map does.
    for (const TrustKey& key : map->keys()) {
        Result<TrustMap> scoped = TrustMapLoader::loadForKeySet(rv.vault->database(), key.keySet);
        QVERIFY2(scoped.ok(), why(scoped));
        const int index = map->keyIndex(key.kid, key.keySet);
        QCOMPARE(TrustReport::kidJson(*scoped, scoped->keyIndex(key.kid, key.keySet), rv.clock.now()),
            TrustReport::kidJson(*map, index, rv.clock.now()));
    }
    QVERIFY(rv.chainIntact());
}

QTEST_GUILESS_MAIN(TestTrustDemo)
#include "tst_trust_demo.moc"
