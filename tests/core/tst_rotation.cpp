// SPDX-License-Identifier: GPL-3.0-or-later
// The key side of the two-person rule end to end (SPEC §4): rotation request → approval by a
// second officer who re-authenticates → execution (successor primary, predecessor in grace with
// its retirement date, lineage) → retirement refused before the gate and accepted after it →
// destruction scheduled, cancellable, then run by the due work with the private material gone.

#include "tst_request_fixture.h"

#include "audit/AuditLog.h"
#include "keys/KeyInventory.h"
#include "keys/KeyTransition.h"
#include "requests/DueWork.h"
#include "requests/RequestSignatures.h"

#include <QJsonArray>

using namespace keyward::core;
using namespace keyward::test;

class TestRotation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullLifecycle();
    void signaturesVerifyAndBreakOnChange();
    void prePublishedSuccessor();
    void newParameters();
    void rsaSuccessorKeepsItsSize();
    void requestedOverlapLongerThanGate();
    void approverWithoutKeyRoleExecutes();
    void auditNamesTheApprovingOfficer();
    void secondOpenRotationRefused();
    void failedExecutionChangesNothing();
};

void TestRotation::fullLifecycle()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    const KeyRecord original = rv.generate(QStringLiteral("pay-1"));
    QVERIFY(original.primary);

    // Request: alice asks; the effect names the exact key and a successor like it.
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    QCOMPARE(requested->state, RequestState::Pending);
    QCOMPARE(requested->requester, QStringLiteral("alice"));
    QCOMPARE(requested->keySet, QStringLiteral("payments-api"));
    QCOMPARE(requested->effect.value(QStringLiteral("thumbprint")).toString(), original.thumbprint);
    QCOMPARE(requested->effect.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    const QJsonObject plan = requested->effect.value(QStringLiteral("successor")).toObject();
    QCOMPARE(plan.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    QCOMPARE(plan.value(QStringLiteral("owner")).toString(), QStringLiteral("team-payments"));
    QVERIFY(plan.value(QStringLiteral("sameAsPredecessor")).toBool());
    QVERIFY(rv.key(QStringLiteral("pay-1")).primary); // nothing happens before approval

    // Approval by bob, re-authenticated now: executed in the same step.
    const QDateTime approvedAt = rv.clock.now();
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Executed);
    QVERIFY2(approved->executionError.isEmpty(), qPrintable(approved->executionError));
    const QString successorKid = approved->outcome.value(QStringLiteral("successorKid")).toString();
    QVERIFY(!successorKid.isEmpty());
    QVERIFY(approved->outcome.value(QStringLiteral("successorGenerated")).toBool());
    const qint64 overlap = approved->outcome.value(QStringLiteral("overlapSecs")).toInteger();
    QCOMPARE(overlap, KeySetPolicy().minOverlapSecs); // no workloads registered: the set's minimum
    QVERIFY(approved->outcome.value(QStringLiteral("overlapExplanation")).toString().contains(QStringLiteral("minimum overlap")));

    const KeyRecord predecessor = rv.key(QStringLiteral("pay-1"));
    const KeyRecord successor = rv.key(successorKid);
    QCOMPARE(predecessor.state, KeyState::Grace);
    QVERIFY(!predecessor.primary);
    QCOMPARE(predecessor.retireAfter, approvedAt.addSecs(overlap));
    QCOMPARE(approved->outcome.value(QStringLiteral("retireAfter")).toString(), KeyStore::formatTime(predecessor.retireAfter));
    QCOMPARE(predecessor.successorKid, successorKid);
    QCOMPARE(successor.state, KeyState::Active);
    QVERIFY(successor.primary);
    QCOMPARE(successor.predecessorKid, QStringLiteral("pay-1"));
    QCOMPARE(successor.version, predecessor.version + 1);
    QCOMPARE(successor.alg, QStringLiteral("ES256"));
    QCOMPARE(successor.curveOrSize, QStringLiteral("P-256"));
    QVERIFY(successor.hasPrivate);
    QVERIFY(successor.thumbprint != predecessor.thumbprint);
    QCOMPARE(predecessor.publicJwk, original.publicJwk); // the lineage update keeps every column
    QCOMPARE(successor.publicJwk.value(QStringLiteral("kid")).toString(), successorKid);
    QVERIFY(rv.hasAuditAction(QStringLiteral("key.rotated"), QStringLiteral("pay-1")));
    QVERIFY(rv.hasAuditAction(QStringLiteral("key.grace"), QStringLiteral("pay-1")));
    QVERIFY(rv.hasAuditAction(QStringLiteral("key.generated"), successorKid));

    // Retirement before the gate: refused at submission, naming the date.
    const QString gateDate = KeyInventory::formatDateTime(predecessor.retireAfter);
    Result<Request> early = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("done")));
    QVERIFY(!early.ok());
    QCOMPARE(early.code(), ErrorCode::Refused);
    QVERIFY2(early.message().contains(gateDate), qPrintable(early.message()));

    // After the gate: accepted, approved, retired.
    rv.clock.set(predecessor.retireAfter.addSecs(60));
    Result<Request> retire = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("overlap over")));
    QVERIFY2(retire.ok(), why(retire));
    QCOMPARE(retire->effect.value(QStringLiteral("state")).toString(), QStringLiteral("grace"));
    Result<Request> retired = rv.engine->approve(retire->id, rv.bob());
    QVERIFY2(retired.ok(), why(retired));
    QCOMPARE(retired->state, RequestState::Executed);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Retired);
    QVERIFY(rv.key(QStringLiteral("pay-1")).hasPrivate);

    // Destruction: scheduled after the default 7 days, cancellable before.
    Result<Request> destroy = rv.submit(KeyRequestDrafts::destruction(QStringLiteral("pay-1"), QString(), QStringLiteral("archive closed")));
    QVERIFY2(destroy.ok(), why(destroy));
    QCOMPARE(destroy->effect.value(QStringLiteral("waitSecs")).toInteger(), 7 * KeySetPolicy::kDay);
    const QDateTime destroyApprovedAt = rv.clock.now();
    Result<Request> scheduled = rv.engine->approve(destroy->id, rv.bob());
    QVERIFY2(scheduled.ok(), why(scheduled));
    QCOMPARE(scheduled->state, RequestState::Approved);
    QCOMPARE(scheduled->scheduledFor, destroyApprovedAt.addDays(7));
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Retired);
    Result<Request> early2 = rv.engine->execute(destroy->id);
    QVERIFY(!early2.ok()); // the schedule has not come
    rv.clock.advanceDays(3);
    Result<Request> cancelled = rv.engine->cancel(destroy->id, QStringLiteral("legal hold"));
    QVERIFY2(cancelled.ok(), why(cancelled));
    QCOMPARE(cancelled->state, RequestState::Cancelled);
    rv.clock.advanceDays(5);
    Result<QList<Request>> none = rv.engine->runScheduled();
    QVERIFY2(none.ok(), why(none));
    QVERIFY(none->isEmpty());
    QVERIFY(rv.key(QStringLiteral("pay-1")).hasPrivate);
    QVERIFY(rv.materialRowExists(predecessor.id));

    // A second destruction, one day's wait, run by the due work once the day has passed.
    Result<Request> again = rv.submit(KeyRequestDrafts::destruction(QStringLiteral("pay-1"), QString(),
        QStringLiteral("legal hold lifted"), KeySetPolicy::kDay));
    QVERIFY2(again.ok(), why(again));
    QVERIFY(rv.engine->approve(again->id, rv.bob()).ok());
    Result<DueReport> notYet = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(notYet.ok(), why(notYet));
    QVERIFY(notYet->executed.isEmpty());
    rv.clock.advanceSecs(KeySetPolicy::kDay + 1);
    Result<DueReport> due = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(due.ok(), why(due));
    QCOMPARE(due->executed.size(), 1);
    QCOMPARE(due->executed.first().id, again->id);
    QCOMPARE(due->executed.first().state, RequestState::Executed);
    QVERIFY(due->executed.first().outcome.value(QStringLiteral("privateMaterialErased")).toBool());
    const KeyRecord destroyed = rv.key(QStringLiteral("pay-1"));
    QCOMPARE(destroyed.state, KeyState::Destroyed);
    QVERIFY(!destroyed.hasPrivate);
    QVERIFY(!rv.materialRowExists(destroyed.id));
    QVERIFY(!rv.provider->loadPrivate(destroyed.id).ok());
    QCOMPARE(destroyed.publicJwk, predecessor.publicJwk); // metadata and public key kept
    QVERIFY(rv.hasAuditAction(QStringLiteral("key.destroyed"), QStringLiteral("pay-1")));
    QVERIFY(rv.chainIntact());
}

void TestRotation::signaturesVerifyAndBreakOnChange()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    QCOMPARE(executed->decisions.size(), 1);
    const RequestDecision& approval = executed->decisions.first();
    QCOMPARE(approval.officer, QStringLiteral("bob"));
    QCOMPARE(approval.verdict, RequestDecision::Verdict::Approve);

    // Anyone can re-verify with the officer's public key on record.
    Result<QList<Officer>> officers = rv.vault->officers();
    QVERIFY(officers.ok());
    const auto bob = std::find_if(officers->cbegin(), officers->cend(), [](const Officer& o) { return o.name == QLatin1String("bob"); });
    QVERIFY(bob != officers->cend());
    QVERIFY(RequestSignatures::verify(*executed, rv.vault->vaultId(), approval, bob->signingJwk).ok());
    const QList<Status> checks = rv.engine->verifyDecisions(*executed);
    QCOMPARE(checks.size(), 1);
    QVERIFY2(checks.first().ok(), why(checks.first()));

    // Any change to what was signed breaks it: the overlap, the successor, the key.
    Request tampered = *executed;
    tampered.effect.insert(QStringLiteral("overlapSecs"), 1);
    QCOMPARE(RequestSignatures::verify(tampered, rv.vault->vaultId(), approval, bob->signingJwk).code(),
             ErrorCode::IntegrityFailure);
    tampered = *executed;
    QJsonObject successor = tampered.effect.value(QStringLiteral("successor")).toObject();
    successor.insert(QStringLiteral("alg"), QStringLiteral("ES512"));
    tampered.effect.insert(QStringLiteral("successor"), successor);
    QVERIFY(!rv.engine->verifyDecisions(tampered).first().ok());
    tampered = *executed;
    tampered.subject = QStringLiteral("pay-2");
    QVERIFY(!rv.engine->verifyDecisions(tampered).first().ok());
}

void TestRotation::prePublishedSuccessor()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    const KeyRecord next = rv.generate(QStringLiteral("pay-2"));
    QCOMPARE(next.state, KeyState::Active);
    QVERIFY(!next.primary); // published ahead

    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"), QStringLiteral("pay-2"));
    QVERIFY2(requested.ok(), why(requested));
    const QJsonObject plan = requested->effect.value(QStringLiteral("successor")).toObject();
    QVERIFY(plan.value(QStringLiteral("prePublished")).toBool());
    QCOMPARE(plan.value(QStringLiteral("thumbprint")).toString(), next.thumbprint);
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    QCOMPARE(executed->state, RequestState::Executed);
    QCOMPARE(executed->outcome.value(QStringLiteral("successorKid")).toString(), QStringLiteral("pay-2"));
    QVERIFY(!executed->outcome.value(QStringLiteral("successorGenerated")).toBool());
    QCOMPARE(*KeyStore(rv.vault->database()).count(), 2); // nothing generated
    QVERIFY(rv.key(QStringLiteral("pay-2")).primary);
    QCOMPARE(rv.key(QStringLiteral("pay-2")).publicJwk, next.publicJwk);
    QCOMPARE(rv.key(QStringLiteral("pay-2")).version, 2);
    QCOMPARE(rv.key(QStringLiteral("pay-2")).predecessorKid, QStringLiteral("pay-1"));
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Grace);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).successorKid, QStringLiteral("pay-2"));

    // A pre-published successor must be an active non-primary key of the same set and use.
    rv.generate(QStringLiteral("enc-1"), QStringLiteral("ECDH-ES+A256KW"));
    Result<Request> wrongUse = rv.requestRotation(QStringLiteral("pay-2"), QStringLiteral("enc-1"));
    QVERIFY(!wrongUse.ok());
    QCOMPARE(wrongUse.code(), ErrorCode::Refused);
    Result<Request> graceKey = rv.requestRotation(QStringLiteral("pay-2"), QStringLiteral("pay-1"));
    QVERIFY(!graceKey.ok());
}

void TestRotation::newParameters()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    RotationParams params;
    params.kid = QStringLiteral("pay-1");
    params.reason = QStringLiteral("Move to P-384");
    params.reasonCategory = QStringLiteral("incident");
    params.alg = QStringLiteral("ES384");
    params.successorKid = QStringLiteral("pay-384");
    params.owner = QStringLiteral("team-checkout");
    params.expiresAt = rv.clock.now().addDays(200);
    Result<Request> requested = rv.submit(KeyRequestDrafts::rotation(params));
    QVERIFY2(requested.ok(), why(requested));
    QVERIFY(!requested->effect.value(QStringLiteral("successor")).toObject().value(QStringLiteral("sameAsPredecessor")).toBool());
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    QCOMPARE(executed->state, RequestState::Executed);
    const KeyRecord successor = rv.key(QStringLiteral("pay-384"));
    QCOMPARE(successor.alg, QStringLiteral("ES384"));
    QCOMPARE(successor.curveOrSize, QStringLiteral("P-384"));
    QCOMPARE(successor.owner, QStringLiteral("team-checkout"));
    QCOMPARE(successor.expiresAt, params.expiresAt);
    QVERIFY(successor.primary);

    // New parameters are checked at submission: an encryption alg cannot succeed a signing key.
    params.kid = QStringLiteral("pay-384");
    params.alg = QStringLiteral("RSA-OAEP-256");
    params.successorKid.clear();
    Result<Request> wrongUse = rv.submit(KeyRequestDrafts::rotation(params));
    QVERIFY(!wrongUse.ok());
    QCOMPARE(wrongUse.code(), ErrorCode::KeyMismatch);
    params.alg = QStringLiteral("RS256");
    params.size = QStringLiteral("1024");
    Result<Request> weak = rv.submit(KeyRequestDrafts::rotation(params));
    QVERIFY(!weak.ok());
    QCOMPARE(weak.code(), ErrorCode::WeakKey);
}

void TestRotation::rsaSuccessorKeepsItsSize()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("rsa-1"), QStringLiteral("PS256"), QStringLiteral("payments-api"), QStringLiteral("2048"));
    Result<Request> requested = rv.requestRotation(QStringLiteral("rsa-1"));
    QVERIFY2(requested.ok(), why(requested));
    QCOMPARE(requested->effect.value(QStringLiteral("successor")).toObject().value(QStringLiteral("size")).toString(),
             QStringLiteral("2048"));
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    const KeyRecord successor = rv.key(executed->outcome.value(QStringLiteral("successorKid")).toString());
    QCOMPARE(successor.alg, QStringLiteral("PS256"));
    QCOMPARE(successor.sizeBits, 2048);
}

void TestRotation::requestedOverlapLongerThanGate()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    const qint64 tenDays = 10 * KeySetPolicy::kDay;
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"), QString(), tenDays);
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    QCOMPARE(executed->outcome.value(QStringLiteral("overlapSecs")).toInteger(), tenDays);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).retireAfter, rv.clock.now().addSecs(tenDays));

    // A shorter wish never shortens the gate.
    rv.generate(QStringLiteral("enc-1"), QStringLiteral("ECDH-ES+A256KW"));
    Result<Request> shorter = rv.requestRotation(QStringLiteral("enc-1"), QString(), 3600);
    QVERIFY2(shorter.ok(), why(shorter));
    Result<Request> run = rv.engine->approve(shorter->id, rv.bob());
    QVERIFY2(run.ok(), why(run));
    QCOMPARE(run->outcome.value(QStringLiteral("overlapSecs")).toInteger(), KeySetPolicy().minOverlapSecs);
}

// Bob holds only `approver`: in his own session his approval still runs the rotation, generating
// the successor, because alice's key-officer role was checked when she asked.
void TestRotation::approverWithoutKeyRoleExecutes()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    QVERIFY(rv.reopenAs(QStringLiteral("bob"), kBobPassphrase));
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    QCOMPARE(executed->state, RequestState::Executed);
    QVERIFY2(executed->executionError.isEmpty(), qPrintable(executed->executionError));
    QVERIFY(rv.key(executed->outcome.value(QStringLiteral("successorKid")).toString()).primary);

    // ... but bob still cannot generate keys on his own.
    GenerateKeyCommand::Params params { rv.params(), QString() };
    params.key.alg = QStringLiteral("ES256");
    GenerateKeyCommand alone(*rv.vault, *rv.provider, params);
    QCOMPARE(alone.run().code(), ErrorCode::Refused);
}

// Bob approves at alice's workstation (her session is open): every event of the execution names
// bob, who acted, not alice, whose session it ran in.
void TestRotation::auditNamesTheApprovingOfficer()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> executed = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(executed.ok(), why(executed));
    QCOMPARE(executed->state, RequestState::Executed);
    const QString successorKid = executed->outcome.value(QStringLiteral("successorKid")).toString();
    QCOMPARE(rv.key(successorKid).createdBy, QStringLiteral("bob"));

    QStringList seen;
    for (const QString& subject : { QStringLiteral("pay-1"), successorKid }) {
        Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(subject);
        QVERIFY2(events.ok(), why(events));
        for (const AuditEvent& event : std::as_const(*events)) {
            if (event.action == QLatin1String("key.rotated") || event.action == QLatin1String("key.grace")
                || (event.action == QLatin1String("key.generated") && subject == successorKid)) {
                QCOMPARE(event.actor, QStringLiteral("bob"));
                seen << event.action;
            }
        }
    }
    seen.sort();
    QCOMPARE(seen, QStringList({ QStringLiteral("key.generated"), QStringLiteral("key.grace"), QStringLiteral("key.rotated") }));
}

void TestRotation::secondOpenRotationRefused()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> first = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(first.ok(), why(first));
    Result<Request> second = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY(!second.ok());
    QCOMPARE(second.code(), ErrorCode::Refused);
    QVERIFY2(second.message().contains(QString::number(first->id)), qPrintable(second.message()));

    // Once the first expired, a new one may be asked for.
    rv.clock.advanceSecs(Request::kDefaultLifetimeSecs + 1);
    Result<Request> third = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(third.ok(), why(third));
}

// The world changed between request and approval: execution fails, the request stays approved
// with the reason, and no key changed.
void TestRotation::failedExecutionChangesNothing()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"), QStringLiteral("pay-2"));
    QVERIFY2(requested.ok(), why(requested));
    // pay-2 leaves service before the approval.
    const KeyRecord pay2 = rv.key(QStringLiteral("pay-2"));
    QVERIFY(KeyTransition::apply(*rv.vault, *rv.provider, { pay2.id, KeyState::Retired, {}, {} }).ok());
    const QString before = rv.snapshot();
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Approved);
    QVERIFY(!approved->executionError.isEmpty());
    QVERIFY(rv.key(QStringLiteral("pay-1")).primary);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Active);
    QCOMPARE(rv.key(QStringLiteral("pay-2")).state, KeyState::Retired);
    // Only the request's own rows and audit events changed, not the keys or their material.
    const QString after = rv.snapshot();
    QCOMPARE(after.section(QStringLiteral("reviews\n"), 0, 0), before.section(QStringLiteral("reviews\n"), 0, 0));
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
