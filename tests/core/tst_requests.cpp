// SPDX-License-Identifier: GPL-3.0-or-later
// The two-person rule in the core (SPEC §4): every refusal of the RequestEngine, each leaving the
// vault exactly as it was (same rows, same audit chain, same keyslots.json).

#include "RequestTestSupport.h"

#include "keys/KeyStore.h"
#include "requests/RequestEffects.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

class TestRequests : public QObject {
    Q_OBJECT

    // A pending role change for carol (auditor → auditor + key-officer), made by alice.
    qint64 pendingRoleChange(RequestVault& rv)
    {
        Result<Request> submitted = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        if (!submitted.ok()) {
            qWarning() << submitted.message();
            return 0;
        }
        return submitted->id;
    }

    // Runs `refused`, expects Refused, and checks nothing changed.
    template <typename F>
    void expectRefusedUnchanged(RequestVault& rv, F refused, ErrorCode code = ErrorCode::Refused)
    {
        const QString before = rv.snapshot();
        const qint64 events = rv.auditCount();
        const auto result = refused();
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), code);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(rv.auditCount(), events);
        QCOMPARE(rv.snapshot(), before);
    }

private Q_SLOTS:
    void namesRoundTrip()
    {
        QCOMPARE(allRequestKinds().size(), 8);
        for (RequestKind kind : allRequestKinds()) {
            QCOMPARE(requestKindFromName(requestKindName(kind)), std::optional<RequestKind>(kind));
            QVERIFY(!requestKindTitle(kind).isEmpty());
        }
        QCOMPARE(requestKindName(RequestKind::ExportPrivate), QStringLiteral("export-private"));
        QVERIFY(!requestKindFromName(QStringLiteral("rotation")));
        QCOMPARE(requestStateFromName(QStringLiteral("executed")), std::optional<RequestState>(RequestState::Executed));
        QVERIFY(isFinalRequestState(RequestState::Expired));
        QVERIFY(!isFinalRequestState(RequestState::Approved));
    }

    void submitStoresTheRequestAndItsEvent()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 events = rv.auditCount();
        Result<Request> request = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY2(request.ok(), why(request).constData());
        QCOMPARE(request->state, RequestState::Pending);
        QCOMPARE(request->requester, QStringLiteral("alice"));
        QCOMPARE(request->expiresAt, request->createdAt.addSecs(72 * 3600));
        QCOMPARE(request->effect.value(QStringLiteral("before")).toArray().size(), 1);
        QCOMPARE(rv.auditCount(), events + 1);
        QCOMPARE(rv.lastAction(), QStringLiteral("request.created"));
        Result<Request> stored = rv.engine->byId(request->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->effect, request->effect);
        QCOMPARE(stored->createdAt, request->createdAt);
        const QJsonObject json = stored->toJson();
        for (const char* member : { "id", "kind", "state", "subject", "requester", "approvals" })
            QVERIFY2(json.contains(QLatin1String(member)), member);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("role-change"));
        QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("carol"));
        // The same change cannot be asked twice while the first is open.
        expectRefusedUnchanged(rv, [&] { return rv.submitRoleChange(QStringLiteral("carol"), { Role::Approver }); });
        QVERIFY(rv.chainIntact());
    }

    void submitRefusals()
    {
        RequestVault lonely;
        QVERIFY(lonely.init(false));
        QVERIFY(!lonely.vault->isOperational());
        expectRefusedUnchanged(lonely, [&] { return lonely.submitRoleChange(QStringLiteral("alice"), { Role::Admin }); });

        RequestVault rv;
        QVERIFY(rv.init());
        // Empty (or blank) reason.
        RequestDraft draft;
        draft.kind = RequestKind::RoleChange;
        draft.subject = QStringLiteral("carol");
        draft.effect = QJsonObject { { QStringLiteral("after"), QJsonArray { QStringLiteral("approver") } } };
        draft.reason = QStringLiteral("   ");
        expectRefusedUnchanged(rv, [&] { return rv.engine->submit(draft); });
        draft.reason = QStringLiteral("ok");
        draft.lifetimeSecs = 60;
        expectRefusedUnchanged(rv, [&] { return rv.engine->submit(draft); });
        draft.lifetimeSecs = 31 * 24 * 3600;
        expectRefusedUnchanged(rv, [&] { return rv.engine->submit(draft); });

        // bob holds approver only: officer changes need admin.
        std::unique_ptr<Vault> bob = rv.session(QStringLiteral("bob"));
        QVERIFY(bob);
        RequestEngine bobEngine(*bob, *rv.provider, rv.executors);
        draft.lifetimeSecs = Request::kDefaultLifetimeSecs;
        expectRefusedUnchanged(rv, [&] { return bobEngine.submit(draft); });
        // Refusals of the executor's own checks: an unknown officer, a no-op, losing the last admin.
        expectRefusedUnchanged(rv, [&] { return rv.submitRoleChange(QStringLiteral("nobody"), { Role::Auditor }); },
                               ErrorCode::NotFound);
        expectRefusedUnchanged(rv, [&] { return rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor }); });
        expectRefusedUnchanged(rv, [&] { return rv.submitRoleChange(QStringLiteral("alice"), { Role::Approver }); });
        // Without bob's approver role the vault could approve nothing any more.
        expectRefusedUnchanged(rv, [&] { return rv.submitRoleChange(QStringLiteral("bob"), { Role::Auditor }); });
    }

    void approvalByTheRequesterIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 id = pendingRoleChange(rv);
        QVERIFY(id > 0);
        std::optional<OfficerCredential> alice = rv.credential(QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(alice->officer().hasRole(Role::Approver)); // she holds the role, and still may not
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(id, *alice); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->reject(id, *alice, QStringLiteral("changed my mind")); });
        QCOMPARE(rv.engine->byId(id)->state, RequestState::Pending);
    }

    void approvalWithoutTheApproverRoleIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 id = pendingRoleChange(rv);
        std::optional<OfficerCredential> carol = rv.credential(QStringLiteral("carol"));
        QVERIFY(carol);
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(id, *carol); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->reject(id, *carol, QStringLiteral("no")); });
    }

    void secondApprovalBySameOfficerIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 id = pendingRoleChange(rv);
        // A request needing two approvals stays pending after the first one.
        QVERIFY(rv.exec(QStringLiteral("UPDATE requests SET required_approvals = 2 WHERE id = %1").arg(id)));
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        Result<Request> first = rv.engine->approve(id, *bob);
        QVERIFY2(first.ok(), why(first).constData());
        QCOMPARE(first->state, RequestState::Pending);
        QCOMPARE(first->approvalCount(), 1);
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(id, *bob); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->reject(id, *bob, QStringLiteral("second thoughts")); });
        // Not executed with one of two approvals.
        expectRefusedUnchanged(rv, [&] { return rv.engine->execute(id); });
    }

    void approvalOfAnOverdueRequestIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 id = pendingRoleChange(rv);
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        rv.clock.advanceSecs(72 * 3600); // exactly at expiry: expired
        // Overdue but not yet swept: refused, and nothing is written (not even "expired").
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(id, *bob); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->cancel(id); });
        Result<QList<Request>> pending = rv.engine->list(RequestFilter { RequestState::Pending, {}, {}, {} });
        QVERIFY(pending.ok() && pending->isEmpty());
        Result<QList<Request>> expiredView = rv.engine->list(RequestFilter { RequestState::Expired, {}, {}, {} });
        QVERIFY(expiredView.ok());
        QCOMPARE(expiredView->size(), 1);

        // The sweep writes it, audited; then it is refused as expired.
        const qint64 events = rv.auditCount();
        Result<QList<Request>> swept = rv.engine->expireOverdue();
        QVERIFY2(swept.ok(), why(swept).constData());
        QCOMPARE(swept->size(), 1);
        QCOMPARE(rv.auditCount(), events + 1);
        QCOMPARE(rv.lastAction(), QStringLiteral("request.expired"));
        QCOMPARE(rv.engine->byId(id)->state, RequestState::Expired);
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(id, *bob); });
        QVERIFY(rv.engine->expireOverdue()->isEmpty());
        QVERIFY(rv.chainIntact());
    }

    void approvalOfCancelledRejectedExecutedIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);

        const qint64 cancelled = pendingRoleChange(rv);
        Result<Request> c = rv.engine->cancel(cancelled, QStringLiteral("wrong officer"));
        QVERIFY2(c.ok(), why(c).constData());
        QCOMPARE(c->state, RequestState::Cancelled);
        QCOMPARE(rv.lastAction(), QStringLiteral("request.cancelled"));
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(cancelled, *bob); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->cancel(cancelled); });

        const qint64 rejected = pendingRoleChange(rv);
        expectRefusedUnchanged(rv, [&] { return rv.engine->reject(rejected, *bob, QStringLiteral("  ")); });
        Result<Request> r = rv.engine->reject(rejected, *bob, QStringLiteral("carol keeps read-only duties"));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->state, RequestState::Rejected);
        QCOMPARE(r->decisions.size(), 1);
        QCOMPARE(r->decisions.first().verdict, RequestDecision::Verdict::Reject);
        QCOMPARE(rv.lastAction(), QStringLiteral("request.rejected"));
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(rejected, *bob); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->execute(rejected); });

        const qint64 executed = pendingRoleChange(rv);
        Result<Request> e = rv.engine->approve(executed, *bob);
        QVERIFY2(e.ok(), why(e).constData());
        QCOMPARE(e->state, RequestState::Executed);
        QVERIFY(e->executionError.isEmpty());
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(executed, *bob); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->execute(executed); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->cancel(executed); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->approve(999, *bob); }, ErrorCode::NotFound);
        QVERIFY(rv.chainIntact());
    }

    void executionWithoutApprovalIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 id = pendingRoleChange(rv);
        expectRefusedUnchanged(rv, [&] { return rv.engine->execute(id); });
        expectRefusedUnchanged(rv, [&] { return rv.engine->execute(4242); }, ErrorCode::NotFound);
        // A forged "approved" state without any approval still does not run.
        QVERIFY(rv.exec(QStringLiteral("UPDATE requests SET state = 'approved' WHERE id = %1").arg(id)));
        expectRefusedUnchanged(rv, [&] { return rv.engine->execute(id); });
        QCOMPARE(rv.officer(QStringLiteral("carol")).roles, QList<Role> { Role::Auditor });
    }

    void cancelByAnotherOfficerIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const qint64 id = pendingRoleChange(rv);
        std::unique_ptr<Vault> bob = rv.session(QStringLiteral("bob"));
        QVERIFY(bob);
        RequestEngine bobEngine(*bob, *rv.provider, rv.executors);
        expectRefusedUnchanged(rv, [&] { return bobEngine.cancel(id); });
        QVERIFY(rv.engine->cancel(id).ok());
    }

    void listingsAndWaitingForMe()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        const qint64 role = pendingRoleChange(rv);
        KeySet changed;
        changed.name = QStringLiteral("payments-api");
        changed.policy.cryptoperiodSecs = 30 * KeySetPolicy::kDay;
        Result<RequestDraft> draft = OfficerRequestDrafts::policyChange(changed, QStringLiteral("PCI: 30 days"));
        QVERIFY(draft.ok());
        Result<Request> policy = rv.engine->submit(*draft);
        QVERIFY2(policy.ok(), why(policy).constData());
        Result<QList<Request>> all = rv.engine->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().id, policy->id); // newest first
        Result<QList<Request>> forBob = rv.engine->list(RequestFilter { {}, {}, {}, QStringLiteral("bob") });
        QCOMPARE(forBob->size(), 2);
        // alice asked for both; carol cannot approve.
        QVERIFY(rv.engine->list(RequestFilter { {}, {}, {}, QStringLiteral("alice") })->isEmpty());
        QVERIFY(rv.engine->list(RequestFilter { {}, {}, {}, QStringLiteral("carol") })->isEmpty());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(rv.engine->approve(role, *bob).ok());
        forBob = rv.engine->list(RequestFilter { {}, {}, {}, QStringLiteral("bob") });
        QCOMPARE(forBob->size(), 1);
        QCOMPARE(forBob->first().id, policy->id);
        QCOMPARE(rv.engine->list(RequestFilter { RequestState::Executed, {}, {}, {} })->size(), 1);
        QCOMPARE(rv.engine->list(RequestFilter { {}, {}, QStringLiteral("payments-api"), {} })->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
