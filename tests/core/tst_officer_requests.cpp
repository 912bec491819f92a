// SPDX-License-Identifier: GPL-3.0-or-later
// Officer and policy changes after the bootstrap are two-person requests (SPEC §2, §4): adding an
// officer (who then unlocks with their own passphrase), removing one (re-key + offboarding review),
// role and policy changes, review countersignatures, and a failed execution that changes nothing.

#include "RequestTestSupport.h"
#include "SlotsWithoutHeads.h"

#include "common/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/KeyStore.h"
#include "keys/ReviewStore.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/RequestEffects.h"
#include "requests/ReviewCountersign.h"
#include "vault/KeySlots.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

class TestOfficerRequests : public QObject {
    Q_OBJECT

    Result<Request> approveAs(RequestVault& rv, const QString& officer, qint64 id)
    {
        std::optional<OfficerCredential> credential = rv.credential(officer);
        if (!credential)
            return Error(ErrorCode::AuthenticationFailed, QStringLiteral("no credential"));
        return rv.engine->approve(id, *credential);
    }

    KeyRecord generate(RequestVault& rv, const QString& kid, const QString& owner)
    {
        GenerateKeyCommand::Params params;
        params.key.keySet = QStringLiteral("payments-api");
        params.key.alg = QStringLiteral("ES256");
        params.key.kid = kid;
        params.key.owner = owner;
        params.key.expiresAt = rv.clock.now().addDays(365);
        GenerateKeyCommand command(*rv.vault, *rv.provider, params);
        const Status status = command.run();
        if (!status.ok())
            qWarning() << status.message();
        return command.result();
    }

private Q_SLOTS:
    void officerAddedByRequestUnlocksWithTheirPassphrase()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        Result<RequestDraft> draft
            = OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("erin"), { Role::Approver, Role::KeyOfficer },
                                               passphraseOf(QStringLiteral("erin")), KdfParams::forTests(),
                                               QStringLiteral("second approver for the payments team"));
        QVERIFY2(draft.ok(), why(draft).constData());
        QVERIFY(!draft->attachment.isEmpty());
        // The sealed slot is not yet in keyslots.json: nothing opens before the approval.
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        QVERIFY(!Vault::slotOfficers(rv.location)->contains(QStringLiteral("erin")));
        QCOMPARE(Vault::open(rv.location, QStringLiteral("erin"), passphraseOf(QStringLiteral("erin")), rv.clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(submitted->effect.value(QStringLiteral("officer")).toString(), QStringLiteral("erin"));
        QVERIFY(!submitted->toJson().contains(QStringLiteral("attachment")));
        // The same name twice is refused while the first request is open.
        Result<RequestDraft> again = OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("erin"), { Role::Auditor },
                                                                      passphraseOf(QStringLiteral("erin")),
                                                                      KdfParams::forTests(), QStringLiteral("again"));
        QVERIFY(again.ok());
        QCOMPARE(rv.engine->submit(*again).code(), ErrorCode::Refused);
        // An existing officer's name is refused.
        QCOMPARE(OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("carol"), { Role::Auditor },
                                                  passphraseOf(QStringLiteral("carol")), KdfParams::forTests(),
                                                  QStringLiteral("dup"))
                     .code(),
                 ErrorCode::AlreadyExists);

        Result<Request> approved = approveAs(rv, QStringLiteral("bob"), submitted->id);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        QVERIFY2(approved->executionError.isEmpty(), qPrintable(approved->executionError));
        const Officer erin = rv.officer(QStringLiteral("erin"));
        QCOMPARE(erin.roles, (QList<Role> { Role::Approver, Role::KeyOfficer }));
        QCOMPARE(erin.signingJwk, submitted->effect.value(QStringLiteral("signingJwk")).toObject());
        QCOMPARE(erin.createdBy, QStringLiteral("bob"));
        Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(QStringLiteral("erin"));
        QVERIFY(events.ok());
        QCOMPARE(events->last().action, QStringLiteral("officer.added"));
        QCOMPARE(events->last().actor, QStringLiteral("bob"));
        QCOMPARE(events->last().details.value(QStringLiteral("request")).toInteger(), submitted->id);

        Result<std::unique_ptr<Vault>> erinSession
            = Vault::open(rv.location, QStringLiteral("erin"), passphraseOf(QStringLiteral("erin")), rv.clock);
        QVERIFY2(erinSession.ok(), why(erinSession).constData());
        QCOMPARE((*erinSession)->currentOfficer().name, QStringLiteral("erin"));
        QVERIFY((*erinSession)->authenticateOfficer(QStringLiteral("erin"), passphraseOf(QStringLiteral("erin"))).ok());
        QCOMPARE(Vault::open(rv.location, QStringLiteral("erin"), passphraseOf(QStringLiteral("bob")), rv.clock).code(),
                 ErrorCode::AuthenticationFailed);
        // The sealed slot is not kept once it served.
        QCOMPARE(rv.vault->database().queryInt64(QStringLiteral("SELECT count(*) FROM requests WHERE attachment IS NOT NULL")).value(),
                 qint64(0));
        QVERIFY(rv.chainIntact());
    }

    void removalRekeysAndOpensAnOffboardingReview()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        const KeyRecord owned = generate(rv, QStringLiteral("carol-key"), QStringLiteral("carol"));
        QVERIFY(!owned.kid.isEmpty());
        generate(rv, QStringLiteral("team-key"), QStringLiteral("team-payments"));

        // carol's own copy of the master key, as a leaving officer would keep it.
        Result<KeySlotFile> slots = KeySlotFile::load(rv.location.keySlotsPath());
        QVERIFY(slots.ok());
        const KeySlot* carolSlot = slots->find(QStringLiteral("carol"));
        QVERIFY(carolSlot);
        Result<SlotSecrets> carolSecrets = slots->unlock(*carolSlot, passphraseOf(QStringLiteral("carol")));
        QVERIFY(carolSecrets.ok());
        Result<SecureBytes> oldMaster = slots->unwrapMaster(*carolSlot, carolSecrets->boxPrivate);
        QVERIFY(oldMaster.ok());

        // Direct removal is refused once operational; the requester cannot remove themself.
        QCOMPARE(rv.vault->removeOfficer(QStringLiteral("carol")).code(), ErrorCode::Refused);
        Result<RequestDraft> self = OfficerRequestDrafts::officerRemoval(QStringLiteral("alice"), QStringLiteral("leaving"));
        QVERIFY(self.ok());
        QCOMPARE(rv.engine->submit(*self).code(), ErrorCode::Refused);

        Result<RequestDraft> draft = OfficerRequestDrafts::officerRemoval(QStringLiteral("carol"), QStringLiteral("left the company"));
        QVERIFY(draft.ok());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        QCOMPARE(submitted->effect.value(QStringLiteral("roles")).toArray(), QJsonArray { QStringLiteral("auditor") });
        Result<Request> approved = approveAs(rv, QStringLiteral("bob"), submitted->id);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        QVERIFY2(approved->executionError.isEmpty(), qPrintable(approved->executionError));
        QVERIFY(!QFileInfo::exists(rv.location.pendingKeySlotsPath()));
        QCOMPARE(*Vault::slotOfficers(rv.location), (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));

        // The offboarding review lists the key carol owned, and only that one.
        Result<QList<Review>> reviews = ReviewStore(rv.vault->database()).forSubject(QStringLiteral("carol"));
        QVERIFY(reviews.ok());
        QCOMPARE(reviews->size(), 1);
        const Review& review = reviews->first();
        QCOMPARE(review.kind, Review::kOffboarding);
        QVERIFY(review.isOpen());
        QCOMPARE(review.openedBy, QStringLiteral("bob"));
        QVERIFY(review.reason.contains(QStringLiteral("carol-key")));
        QVERIFY(!review.reason.contains(QStringLiteral("team-key")));
        const QJsonArray keys = approved->outcome.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("carol-key"));
        QCOMPARE(approved->outcome.value(QStringLiteral("reviewId")).toInteger(), review.id);

        // Re-keyed: the old master key opens nothing, carol is out, the others are in.
        QCOMPARE(Database::open(rv.location.databasePath(), *oldMaster, Database::Mode::OpenExisting).code(),
                 ErrorCode::VaultDamaged);
        QCOMPARE(Vault::open(rv.location, QStringLiteral("carol"), passphraseOf(QStringLiteral("carol")), rv.clock).code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(rv.session(QStringLiteral("bob")));
        QVERIFY(rv.session(QStringLiteral("alice")));
        // The session that ran it keeps working on the new key.
        QVERIFY(rv.vault->acknowledgeCustodianDuties().ok());
        QVERIFY(rv.chainIntact());
        Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(QStringLiteral("carol"));
        QCOMPARE(events->last().action, QStringLiteral("officer.removed"));
        QCOMPARE(events->last().details.value(QStringLiteral("request")).toInteger(), submitted->id);

        // Now alice (admin, approver) and bob (approver) are left: removing bob would leave no
        // approver besides the admin, so it is refused at submission.
        Result<RequestDraft> lastApprover = OfficerRequestDrafts::officerRemoval(QStringLiteral("bob"), QStringLiteral("x"));
        QVERIFY(lastApprover.ok());
        QCOMPARE(rv.engine->submit(*lastApprover).code(), ErrorCode::Refused);
    }

    void additionSurvivesARekeyInBetween()
    {
        // erin's slot is sealed at request time; carol's removal re-keys the vault before the
        // approval, and the approval wraps the master key of then into erin's slot.
        RequestVault rv;
        QVERIFY(rv.init());
        Result<RequestDraft> add = OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("erin"), { Role::Auditor },
                                                                    passphraseOf(QStringLiteral("erin")),
                                                                    KdfParams::forTests(), QStringLiteral("new auditor"));
        QVERIFY(add.ok());
        Result<Request> addition = rv.engine->submit(*add);
        QVERIFY2(addition.ok(), why(addition).constData());
        Result<Request> removal
            = rv.engine->submit(*OfficerRequestDrafts::officerRemoval(QStringLiteral("carol"), QStringLiteral("left")));
        QVERIFY(removal.ok());
        QCOMPARE(approveAs(rv, QStringLiteral("bob"), removal->id)->state, RequestState::Executed);
        Result<Request> added = approveAs(rv, QStringLiteral("bob"), addition->id);
        QVERIFY2(added.ok(), why(added).constData());
        QCOMPARE(added->state, RequestState::Executed);
        QVERIFY(rv.session(QStringLiteral("erin")));
        QCOMPARE(*Vault::slotOfficers(rv.location),
                 (QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("erin") }));
    }

    void offboardingListsTheKeysAnApproverApproved()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        const KeyRecord key = generate(rv, QStringLiteral("sig-2026"), QStringLiteral("team-payments"));
        // A second approver first, so that bob can leave.
        Result<RequestDraft> add = OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("erin"), { Role::Approver },
                                                                    passphraseOf(QStringLiteral("erin")),
                                                                    KdfParams::forTests(), QStringLiteral("backup approver"));
        QVERIFY(add.ok());
        QCOMPARE(approveAs(rv, QStringLiteral("bob"), rv.engine->submit(*add)->id)->state, RequestState::Executed);
        RotationParams rotation;
        rotation.kid = key.kid;
        rotation.keySet = key.keySet;
        rotation.reason = QStringLiteral("quarterly");
        rotation.successorKid = QStringLiteral("sig-2026-q2");
        Result<RequestDraft> rotate = KeyRequestDrafts::rotation(rotation);
        QVERIFY2(rotate.ok(), why(rotate).constData());
        Result<Request> rotated = rv.engine->submit(*rotate);
        QVERIFY2(rotated.ok(), why(rotated).constData());
        Result<Request> done = approveAs(rv, QStringLiteral("bob"), rotated->id);
        QVERIFY2(done.ok(), why(done).constData());
        QCOMPARE(done->state, RequestState::Executed);

        Result<Request> removal
            = rv.engine->submit(*OfficerRequestDrafts::officerRemoval(QStringLiteral("bob"), QStringLiteral("moved teams")));
        QVERIFY2(removal.ok(), why(removal).constData());
        Result<Request> removed = approveAs(rv, QStringLiteral("erin"), removal->id);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(removed->state, RequestState::Executed);
        QStringList listed;
        // bob approved both keys' rotation, and his approval generated the successor, so he is
        // also its creator.
        for (const QJsonValue& entry : removed->outcome.value(QStringLiteral("keys")).toArray()) {
            const QString kid = entry.toObject().value(QStringLiteral("kid")).toString();
            const QJsonArray expected = kid == QLatin1String("sig-2026-q2")
                ? QJsonArray { QStringLiteral("created"), QStringLiteral("approved") }
                : QJsonArray { QStringLiteral("approved") };
            QCOMPARE(entry.toObject().value(QStringLiteral("why")).toArray(), expected);
            listed.append(kid);
        }
        listed.sort();
        QCOMPARE(listed, (QStringList { QStringLiteral("sig-2026"), QStringLiteral("sig-2026-q2") }));
        // bob's approval still verifies after he left, with the key he signed with.
        Result<Request> history = rv.engine->byId(rotated->id);
        QVERIFY(rv.engine->verifyDecisions(*history).first().ok());
    }

    void roleChangeAndItsGuards()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        Result<Request> submitted = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::Approver });
        QVERIFY2(submitted.ok(), why(submitted).constData());
        QCOMPARE(submitted->effect.value(QStringLiteral("before")).toArray(), QJsonArray { QStringLiteral("auditor") });
        Result<Request> approved = approveAs(rv, QStringLiteral("bob"), submitted->id);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        QCOMPARE(rv.officer(QStringLiteral("carol")).roles, (QList<Role> { Role::Auditor, Role::Approver }));
        QCOMPARE(rv.lastAction(), QStringLiteral("request.executed"));
        Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(QStringLiteral("carol"));
        QCOMPARE(events->last().action, QStringLiteral("officer.roles-changed"));
        QCOMPARE(events->last().actor, QStringLiteral("bob"));
        // carol can now approve, and her session sees her new role.
        std::unique_ptr<Vault> carol = rv.session(QStringLiteral("carol"));
        QVERIFY(carol && carol->currentOfficer().hasRole(Role::Approver));

        // Taking admin from alice, the only admin, is refused.
        QCOMPARE(rv.submitRoleChange(QStringLiteral("alice"), { Role::KeyOfficer, Role::Approver }).code(), ErrorCode::Refused);
        // A role change of the current session's officer updates the session (bob approves alice's).
        Result<Request> own = rv.submitRoleChange(QStringLiteral("alice"), { Role::Admin, Role::Approver });
        QVERIFY2(own.ok(), why(own).constData());
        QVERIFY(approveAs(rv, QStringLiteral("carol"), own->id).ok());
        QCOMPARE(rv.vault->currentOfficer().roles, (QList<Role> { Role::Admin, Role::Approver }));
    }

    void policyChangeGoesThroughARequest()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        KeySet set = *KeyStore(rv.vault->database()).keySet(QStringLiteral("payments-api")).value();
        KeySet changed = set;
        changed.policy.cryptoperiodSecs = 30 * KeySetPolicy::kDay;
        changed.policy.minOverlapSecs = 2 * KeySetPolicy::kDay;

        // Directly: refused once operational; creating another set stays direct.
        const QString before = rv.snapshot();
        QCOMPARE(SetKeySetPolicyCommand(*rv.vault, changed).run().code(), ErrorCode::Refused);
        QCOMPARE(rv.snapshot(), before);
        QVERIFY(rv.createKeySet(QStringLiteral("billing-api")));

        Result<RequestDraft> draft = OfficerRequestDrafts::policyChange(changed, QStringLiteral("PCI: 30 days"));
        QVERIFY(draft.ok());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        QCOMPARE(submitted->keySet, QStringLiteral("payments-api"));
        QCOMPARE(submitted->effect.value(QStringLiteral("before")).toObject(), effects::policyToJson(set));
        QCOMPARE(effects::policyFromJson(set.name, submitted->effect.value(QStringLiteral("after")).toObject()).policy,
                 changed.policy);
        // An invalid policy or an unknown set is refused at submission.
        KeySet invalid = set;
        invalid.policy.minOverlapSecs = 1;
        QCOMPARE(rv.engine->submit(*OfficerRequestDrafts::policyChange(invalid, QStringLiteral("x"))).code(),
                 ErrorCode::Refused);
        KeySet unknown = changed;
        unknown.name = QStringLiteral("nope");
        QCOMPARE(rv.engine->submit(*OfficerRequestDrafts::policyChange(unknown, QStringLiteral("x"))).code(),
                 ErrorCode::NotFound);

        Result<Request> approved = approveAs(rv, QStringLiteral("bob"), submitted->id);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        QCOMPARE(KeyStore(rv.vault->database()).keySet(QStringLiteral("payments-api"))->value().policy, changed.policy);
        Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(QStringLiteral("payments-api"));
        QCOMPARE(events->last().action, QStringLiteral("keyset.policy-changed"));
        QCOMPARE(events->last().details.value(QStringLiteral("before")).toObject()
                     .value(QStringLiteral("cryptoperiod_secs")).toInteger(),
                 set.policy.cryptoperiodSecs);
        QCOMPARE(events->last().details.value(QStringLiteral("after")).toObject()
                     .value(QStringLiteral("cryptoperiod_secs")).toInteger(),
                 changed.policy.cryptoperiodSecs);
        QVERIFY(rv.chainIntact());
    }

    void reviewCountersign()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        const KeyRecord key = generate(rv, QStringLiteral("leaked"), QStringLiteral("team-payments"));
        RevokeKeyCommand revoke(*rv.vault, RevokeKeyCommand::Params { key.kid, key.keySet, QStringLiteral("found in a paste") });
        QVERIFY(revoke.run().ok());
        const qint64 reviewId = revoke.reviewId();
        QVERIFY(reviewId > 0);

        std::optional<OfficerCredential> alice = rv.credential(QStringLiteral("alice"));
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        std::optional<OfficerCredential> carol = rv.credential(QStringLiteral("carol"));
        QVERIFY(alice && bob && carol);
        const auto refused = [&](const OfficerCredential& who, qint64 id, const QString& note, ErrorCode code) {
            const QString before = rv.snapshot();
            Result<Review> result = ReviewCountersign::run(*rv.vault, id, who, note);
            QCOMPARE(result.code(), code);
            QVERIFY(!result.message().isEmpty());
            QCOMPARE(rv.snapshot(), before);
        };
        refused(*alice, reviewId, QStringLiteral("I checked myself"), ErrorCode::Refused); // the opener
        refused(*carol, reviewId, QStringLiteral("looks fine"), ErrorCode::Refused); // auditor only
        refused(*bob, reviewId, QStringLiteral("  "), ErrorCode::Refused); // no note
        refused(*bob, 999, QStringLiteral("?"), ErrorCode::NotFound);

        Result<Review> signed_ = ReviewCountersign::run(*rv.vault, reviewId, *bob, QStringLiteral("paste confirmed, revocation right"));
        QVERIFY2(signed_.ok(), why(signed_).constData());
        QCOMPARE(signed_->countersignedBy, QStringLiteral("bob"));
        QVERIFY(!signed_->isOpen());
        Result<std::optional<Review>> stored = ReviewStore(rv.vault->database()).byId(reviewId);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->countersignedBy, QStringLiteral("bob"));
        QCOMPARE((*stored)->note, QStringLiteral("paste confirmed, revocation right"));
        QCOMPARE(rv.lastAction(), QStringLiteral("review.countersigned"));
        QVERIFY(ReviewStore(rv.vault->database()).openReviews()->isEmpty());
        // The countersignature verifies with bob's public key.
        Result<Jws> jws = Jws::parse((*stored)->signature);
        QVERIFY2(jws.ok(), why(jws).constData());
        QVERIFY(jws->verifySignature(0, *Jwk::fromJson(rv.officer(QStringLiteral("bob")).signingJwk)).ok());
        QCOMPARE(QJsonDocument::fromJson(jws->payload()).object().value(QStringLiteral("note")).toString(),
                 QStringLiteral("paste confirmed, revocation right"));
        QCOMPARE(jws->verifySignature(0, *Jwk::fromJson(rv.officer(QStringLiteral("alice")).signingJwk)).code(),
                 ErrorCode::IntegrityFailure);
        refused(*bob, reviewId, QStringLiteral("again"), ErrorCode::Refused); // already countersigned
        QVERIFY(rv.chainIntact());
    }

    void failedExecutionLeavesTheRequestApprovedAndNothingElse()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        // Two requests about carol: a role change, and her removal. The removal runs first, so when
        // the role change is approved its executor's re-check finds no carol.
        Result<Request> roles = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY(roles.ok());
        Result<Request> removal = rv.engine->submit(*OfficerRequestDrafts::officerRemoval(QStringLiteral("carol"), QStringLiteral("left")));
        QVERIFY2(removal.ok(), why(removal).constData());
        QCOMPARE(approveAs(rv, QStringLiteral("bob"), removal->id)->state, RequestState::Executed);

        const qint64 events = rv.auditCount();
        Result<QList<Officer>> officersBefore = rv.vault->officers();
        const QByteArray slotsBefore = slotsWithoutHeads(rv.location.keySlotsPath());
        Result<Request> approved = approveAs(rv, QStringLiteral("bob"), roles->id);
        QVERIFY2(approved.ok(), why(approved).constData()); // the approval itself stands
        QCOMPARE(approved->state, RequestState::Approved);
        QVERIFY(!approved->executionError.isEmpty());
        QVERIFY(approved->executionError.contains(QStringLiteral("carol")));
        QVERIFY(!approved->executedAt.isValid());
        // Two events: the approval (with its JWS) and the failure; nothing else changed.
        QCOMPARE(rv.auditCount(), events + 2);
        QCOMPARE(rv.lastAction(), QStringLiteral("request.execution-failed"));
        Result<QList<AuditEvent>> last = rv.vault->audit().events(events + 1, 2);
        QCOMPARE(last->first().action, QStringLiteral("request.approved"));
        QCOMPARE(rv.vault->officers()->size(), officersBefore->size());
        QCOMPARE(slotsWithoutHeads(rv.location.keySlotsPath()), slotsBefore);
        Result<Request> stored = rv.engine->byId(roles->id);
        QCOMPARE(stored->state, RequestState::Approved);
        QCOMPARE(stored->executionError, approved->executionError);
        QCOMPARE(stored->approvalCount(), 1);
        QVERIFY(rv.engine->verifyDecisions(*stored).first().ok());

        // A retry fails the same way, recorded again, and is not "execution without approval".
        Result<Request> retry = rv.engine->execute(roles->id);
        QCOMPARE(retry.code(), ErrorCode::NotFound);
        QCOMPARE(rv.lastAction(), QStringLiteral("request.execution-failed"));
        QCOMPARE(rv.engine->byId(roles->id)->state, RequestState::Approved);
        // Approved is not pending: no second decision, no cancellation.
        QCOMPARE(approveAs(rv, QStringLiteral("alice"), roles->id).code(), ErrorCode::Refused);
        QCOMPARE(rv.engine->cancel(roles->id).code(), ErrorCode::Refused);
        QVERIFY(rv.chainIntact());
    }
};

QTEST_GUILESS_MAIN(TestOfficerRequests)
#include "tst_officer_requests.moc"
