// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC §4: an approval is the approver's EdDSA signature over the canonical request, which anyone
// re-verifies later with only the officer's public JWK — and which fails after any change.

#include "RequestTestSupport.h"

#include "common/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "requests/RequestSignatures.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace keyward::core;
using namespace keyward::test;

class TestRequestSignatures : public QObject {
    Q_OBJECT

    RequestVault m_rv;
    Request m_approved; // a policy change requested by alice, approved (and so executed) by bob

    QJsonObject jwkOf(const QString& officer) const
    {
        const Result<QList<Officer>> officers = m_rv.vault->officers();
        if (!officers.ok())
            return {};
        for (const Officer& o : *officers) {
            if (o.name == officer)
                return o.signingJwk;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_rv.init());
        QVERIFY(m_rv.createKeySet());
        KeySet changed;
        changed.name = QStringLiteral("payments-api");
        changed.policy.cryptoperiodSecs = 30 * KeySetPolicy::kDay;
        Result<RequestDraft> draft = OfficerRequestDrafts::policyChange(changed, QStringLiteral("PCI: 30 days"));
        QVERIFY(draft.ok());
        Result<Request> submitted = m_rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> bob = m_rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        Result<Request> approved = m_rv.engine->approve(submitted->id, *bob);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        Result<Request> stored = m_rv.engine->byId(submitted->id);
        QVERIFY(stored.ok());
        m_approved = *stored;
        QCOMPARE(m_approved.decisions.size(), 1);
    }

    void approvalVerifiesWithTheOfficersPublicKey()
    {
        const QList<Status> results = m_rv.engine->verifyDecisions(m_approved);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().message()));
        QVERIFY(RequestSignatures::verify(m_approved, m_rv.vault->vaultId(), m_approved.decisions.first(),
                                          jwkOf(QStringLiteral("bob")))
                    .ok());
        // The audit event carries the same JWS.
        Result<QList<AuditEvent>> events = m_rv.vault->audit().eventsForSubject(Request::auditSubject(m_approved.id));
        QVERIFY(events.ok());
        bool found = false;
        for (const AuditEvent& event : *events) {
            if (event.action == QLatin1String("request.approved")) {
                QCOMPARE(event.details.value(QStringLiteral("jws")).toString().toLatin1(), m_approved.decisions.first().jws);
                found = true;
            }
        }
        QVERIFY(found);
        // So does `request show --json`.
        const QJsonArray approvals = m_approved.toJson().value(QStringLiteral("approvals")).toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("bob"));
        QCOMPARE(approvals.first().toObject().value(QStringLiteral("jws")).toString().toLatin1(),
                 m_approved.decisions.first().jws);
    }

    void anOutsiderVerifiesWithPlainJose()
    {
        // What an auditor does with `officer list --json` and `request show --json`, nothing else.
        Result<Jws> jws = Jws::parse(m_approved.decisions.first().jws);
        QVERIFY2(jws.ok(), why(jws).constData());
        Result<Jwk> bobKey = Jwk::fromJson(jwkOf(QStringLiteral("bob")));
        QVERIFY(bobKey.ok());
        QVERIFY(jws->verifySignature(0, *bobKey).ok());
        const QJsonObject header = jws->signatures().first().header.joined();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("keyward-decision+jwt"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), bobKey->thumbprintBase64Url());
        const QJsonObject payload = QJsonDocument::fromJson(jws->payload()).object();
        QCOMPARE(payload.value(QStringLiteral("verdict")).toString(), QStringLiteral("approve"));
        QCOMPARE(payload.value(QStringLiteral("officer")).toString(), QStringLiteral("bob"));
        QCOMPARE(payload.value(QStringLiteral("request")).toObject(),
                 RequestSignatures::canonicalObject(m_approved, m_rv.vault->vaultId()));
        const QJsonObject request = payload.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("reason")).toString(), QStringLiteral("PCI: 30 days"));
        QCOMPARE(request.value(QStringLiteral("effect")).toObject().value(QStringLiteral("after")).toObject()
                     .value(QStringLiteral("cryptoperiodSecs")).toInteger(),
                 30 * KeySetPolicy::kDay);
        // Alice's key does not verify bob's signature.
        Result<Jwk> aliceKey = Jwk::fromJson(jwkOf(QStringLiteral("alice")));
        QVERIFY(aliceKey.ok());
        QCOMPARE(jws->verifySignature(0, aliceKey->withKid(bobKey->thumbprintBase64Url())).code(),
                 ErrorCode::IntegrityFailure);
    }

    void anyChangeToTheRequestBreaksIt_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field : { "reason", "effect-member", "effect-added", "subject", "keySet", "expiresAt",
                                   "createdAt", "kind", "requester", "id", "requiredApprovals" })
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void anyChangeToTheRequestBreaksIt()
    {
        QFETCH(QString, field);
        Request changed = m_approved;
        if (field == QLatin1String("reason")) {
            changed.reason += QLatin1Char('!');
        } else if (field == QLatin1String("effect-member")) {
            QJsonObject after = changed.effect.value(QStringLiteral("after")).toObject();
            after.insert(QStringLiteral("cryptoperiodSecs"), 365 * KeySetPolicy::kDay);
            changed.effect.insert(QStringLiteral("after"), after);
        } else if (field == QLatin1String("effect-added")) {
            changed.effect.insert(QStringLiteral("extra"), true);
        } else if (field == QLatin1String("subject")) {
            changed.subject = QStringLiteral("other-api");
        } else if (field == QLatin1String("keySet")) {
            changed.keySet = QStringLiteral("other-api");
        } else if (field == QLatin1String("expiresAt")) {
            changed.expiresAt = changed.expiresAt.addSecs(3600);
        } else if (field == QLatin1String("createdAt")) {
            changed.createdAt = changed.createdAt.addMSecs(1);
        } else if (field == QLatin1String("kind")) {
            changed.kind = RequestKind::RoleChange;
        } else if (field == QLatin1String("requester")) {
            changed.requester = QStringLiteral("carol");
        } else if (field == QLatin1String("id")) {
            changed.id += 1;
        } else if (field == QLatin1String("requiredApprovals")) {
            changed.requiredApprovals = 2;
        }
        const QList<Status> results = m_rv.engine->verifyDecisions(changed);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().code(), ErrorCode::IntegrityFailure);
        QVERIFY(results.first().message().contains(QStringLiteral("bob")));
    }

    void aChangeInTheDatabaseIsFound()
    {
        // The same through storage: an edited row read back no longer verifies.
        RequestVault rv;
        QVERIFY(rv.init());
        Result<Request> submitted = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY(submitted.ok());
        QVERIFY(rv.exec(QStringLiteral("UPDATE requests SET required_approvals = 2 WHERE id = %1").arg(submitted->id)));
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(rv.engine->approve(submitted->id, *bob).ok());
        QVERIFY(rv.engine->verifyDecisions(*rv.engine->byId(submitted->id)).first().ok());
        QVERIFY(rv.exec(QStringLiteral("UPDATE requests SET reason = 'quietly different' WHERE id = %1").arg(submitted->id)));
        Result<Request> edited = rv.engine->byId(submitted->id);
        QCOMPARE(rv.engine->verifyDecisions(*edited).first().code(), ErrorCode::IntegrityFailure);
        QVERIFY(rv.exec(QStringLiteral("UPDATE requests SET reason = 'new duties', "
                                       "effect = replace(effect, 'key-officer', 'admin') WHERE id = %1")
                            .arg(submitted->id)));
        QCOMPARE(rv.engine->verifyDecisions(*rv.engine->byId(submitted->id)).first().code(), ErrorCode::IntegrityFailure);
    }

    void executionIsRefusedOnceTheSignaturesNoLongerVerify()
    {
        // An approved, unexecuted request (its execution failed: carol left in between) whose
        // stored reason is then edited: a retry refuses to run it and writes nothing.
        RequestVault rv;
        QVERIFY(rv.init());
        Result<Request> roles = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY(roles.ok());
        Result<Request> removal
            = rv.engine->submit(*OfficerRequestDrafts::officerRemoval(QStringLiteral("carol"), QStringLiteral("left")));
        QVERIFY(removal.ok());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        QCOMPARE(rv.engine->approve(removal->id, *bob)->state, RequestState::Executed);
        QCOMPARE(rv.engine->approve(roles->id, *bob)->state, RequestState::Approved);
        QVERIFY(rv.exec(QStringLiteral("UPDATE requests SET reason = 'edited later' WHERE id = %1").arg(roles->id)));
        const QString before = rv.snapshot();
        QCOMPARE(rv.engine->execute(roles->id).code(), ErrorCode::IntegrityFailure);
        QCOMPARE(rv.snapshot(), before);
    }

    void aDecisionChangeOrAnotherKeyFails()
    {
        const RequestDecision& original = m_approved.decisions.first();
        const QString vaultId = m_rv.vault->vaultId();
        const QJsonObject bobJwk = jwkOf(QStringLiteral("bob"));

        RequestDecision later = original;
        later.at = later.at.addSecs(60);
        QCOMPARE(RequestSignatures::verify(m_approved, vaultId, later, bobJwk).code(), ErrorCode::IntegrityFailure);
        RequestDecision turned = original;
        turned.verdict = RequestDecision::Verdict::Reject;
        QCOMPARE(RequestSignatures::verify(m_approved, vaultId, turned, bobJwk).code(), ErrorCode::IntegrityFailure);
        // Another vault's copy of the same request.
        QCOMPARE(RequestSignatures::verify(m_approved, QStringLiteral("another-vault"), original, bobJwk).code(),
                 ErrorCode::IntegrityFailure);

        // Alice signs the same request and it is passed off as bob's.
        std::optional<OfficerCredential> alice = m_rv.credential(QStringLiteral("alice"));
        QVERIFY(alice);
        Result<RequestDecision> forged = RequestSignatures::sign(m_approved, vaultId, *alice,
                                                                 RequestDecision::Verdict::Approve, original.at);
        QVERIFY(forged.ok());
        QVERIFY(RequestSignatures::verify(m_approved, vaultId, *forged, jwkOf(QStringLiteral("alice"))).ok());
        RequestDecision posing = original;
        posing.jws = forged->jws; // bob's name and key, alice's signature
        QCOMPARE(RequestSignatures::verify(m_approved, vaultId, posing, bobJwk).code(), ErrorCode::IntegrityFailure);
        posing.officerJwk = forged->officerJwk; // ... and alice's key stored with it: not bob's key on record
        QCOMPARE(RequestSignatures::verify(m_approved, vaultId, posing, bobJwk).code(), ErrorCode::IntegrityFailure);
        Request withPosing = m_approved;
        withPosing.decisions = { posing };
        QCOMPARE(m_rv.engine->verifyDecisions(withPosing).first().code(), ErrorCode::IntegrityFailure);
        // A damaged signature.
        RequestDecision damaged = original;
        damaged.jws[damaged.jws.size() - 3] = damaged.jws.at(damaged.jws.size() - 3) == 'A' ? 'B' : 'A';
        QCOMPARE(RequestSignatures::verify(m_approved, vaultId, damaged, bobJwk).code(), ErrorCode::IntegrityFailure);
    }

    void reauthenticationChecksThePassphrase()
    {
        Result<OfficerCredential> wrong = m_rv.vault->authenticateOfficer(QStringLiteral("bob"), secret("alice-passphrase"));
        QCOMPARE(wrong.code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(wrong.message(), QStringLiteral("The passphrase for bob is wrong."));
        QCOMPARE(m_rv.vault->authenticateOfficer(QStringLiteral("mallory"), secret("whatever-pass")).code(),
                 ErrorCode::AuthenticationFailed);
        Result<OfficerCredential> right = m_rv.vault->authenticateOfficer(QStringLiteral("bob"), passphraseOf(QStringLiteral("bob")));
        QVERIFY2(right.ok(), why(right).constData());
        QCOMPARE(right->officer().name, QStringLiteral("bob"));
        Result<QByteArray> signature = right->sign("payload");
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestRequestSignatures)
#include "tst_request_signatures.moc"
