// SPDX-License-Identifier: GPL-3.0-or-later
// The --demo vault's requests: every request state, produced by the real engine with signed
// approvals that verify, on top of the demo key inventory, leaving no due work behind.

#include "tst_request_fixture.h"

#include "demo/DemoKeySeeder.h"
#include "demo/DemoRequestSeeder.h"
#include "requests/DueWork.h"

#include <QMap>

using namespace keyward::core;
using namespace keyward::test;

class TestDemoRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedsEveryRequestState();
};

void TestDemoRequests::seedsEveryRequestState()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    const Status keys = seedDemoKeys(*rv.vault, rv.clock);
    QVERIFY2(keys.ok(), why(keys));
    const Status seeded = seedDemoRequests(*rv.vault, QStringLiteral("bob"), SecureBytes::fromView(kBobPassphrase));
    QVERIFY2(seeded.ok(), why(seeded));

    Result<QList<Request>> all = rv.engine->list();
    QVERIFY2(all.ok(), why(all));
    QCOMPARE(all->size(), 6);
    QMap<RequestState, int> perState;
    for (const Request& request : std::as_const(*all)) {
        ++perState[request.state];
        for (const Status& check : rv.engine->verifyDecisions(request))
            QVERIFY2(check.ok(), why(check));
        if (request.state == RequestState::Approved) {
            QCOMPARE(request.kind, RequestKind::Destroy);
            QCOMPARE(request.scheduledFor, rv.clock.now().addDays(7));
        }
        if (request.state == RequestState::Rejected)
            QVERIFY(!request.decisions.first().why.isEmpty());
    }
    QCOMPARE(perState.value(RequestState::Executed), 1);
    QCOMPARE(perState.value(RequestState::Pending), 2);
    QCOMPARE(perState.value(RequestState::Rejected), 1);
    QCOMPARE(perState.value(RequestState::Approved), 1);
    QCOMPARE(perState.value(RequestState::Expired), 1);

    QCOMPARE(rv.key(QStringLiteral("idp-ed25519-2025"), QStringLiteral("identity-tokens")).state, KeyState::Grace);
    const KeyRecord successor = rv.key(QStringLiteral("idp-ed25519-2026"), QStringLiteral("identity-tokens"));
    QVERIFY(successor.primary);
    QCOMPARE(successor.predecessorKid, QStringLiteral("idp-ed25519-2025"));
    QCOMPARE(rv.key(QStringLiteral("pay-legacy-rsa")).state, KeyState::Revoked); // destruction still waits
    QVERIFY(rv.chainIntact());

    // Bob's Requests page has the two pending ones waiting for him.
    RequestFilter waiting;
    waiting.awaitingOfficer = QStringLiteral("bob");
    QCOMPARE(rv.engine->list(waiting)->size(), 2);
    // Opening the demo vault drafts nothing more: the overdue payments key already has its request.
    Result<DueReport> due = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(due.ok(), why(due));
    QVERIFY(due->drafted.isEmpty());
    QVERIFY(due->executed.isEmpty());

    QCOMPARE(seedDemoRequests(*rv.vault, QStringLiteral("bob"), SecureBytes::fromView(kBobPassphrase)).code(),
             ErrorCode::AlreadyExists);
}

QTEST_GUILESS_MAIN(TestDemoRequests)
#include "tst_demo_requests.moc"
