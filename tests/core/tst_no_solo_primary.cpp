// SPDX-License-Identifier: GPL-3.0-or-later
// No solo primary (SPEC §3, issue #12): one officer may revoke alone, but no key becomes primary
// without an approved rotation — except the first key of a (set, use) that never had one. Measured
// attack: revoke the primary, then import one's own key, which used to come out "active, primary".

#include "tst_request_fixture.h"

#include "jose/KeyGenerator.h"
#include "keys/ImportKeyCommand.h"
#include "keys/KeyActivation.h"
#include "keys/KeyTransition.h"
#include "keys/PrimaryRule.h"
#include "keys/ReviewStore.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/DueWork.h"
#include "requests/RevokeAndRotateCommand.h"
#include "crypto/Random.h"
#include "storage/Migrations.h"

#include <QJsonDocument>

using namespace keyward::core;
using namespace keyward::test;

namespace {

const QString kSet = QStringLiteral("payments-api");

bool revoke(KeyVault& kv, const QString& kid)
{
    RevokeKeyCommand command(*kv.vault, { kid, kSet, QStringLiteral("private key found in a CI log") });
    const Status status = command.run();
    if (!status.ok())
        qWarning() << status.message();
    return status.ok();
}

// An officer's own key from outside the vault, as the attack imports it.
Result<KeyRecord> importOwn(KeyVault& kv, const QString& kid)
{
    Result<Jwk> own = KeyGenerator::generate(KeySpec::ec(Curve::P256), QStringLiteral("ES256"));
    if (!own.ok())
        return own.error();
    NewKeyParams params = kv.params(kSet);
    params.kid = kid;
    ImportKeyCommand command(*kv.vault, *kv.provider, params,
                             QJsonDocument(own->toPrivateJson()).toJson(QJsonDocument::Compact));
    KEYWARD_TRY(command.run());
    return command.imported().first();
}

// A key waiting for its activation date, `days` from now.
KeyRecord generateDated(KeyVault& kv, const QString& kid, int days, const QString& set = kSet,
                        const QString& alg = QStringLiteral("ES256"))
{
    GenerateKeyCommand::Params params { kv.params(set), QString() };
    params.key.alg = alg;
    params.key.kid = kid;
    params.key.activatesAt = kv.clock.now().addDays(days);
    GenerateKeyCommand command(*kv.vault, *kv.provider, params);
    const Status status = command.run();
    if (!status.ok())
        qWarning() << status.message();
    return command.result();
}

bool hasPrimary(KeyVault& kv, KeyUse use = KeyUse::Sig)
{
    Result<std::optional<KeyRecord>> primary = KeyStore(kv.vault->database()).primaryFor(kSet, use);
    return !primary.ok() || primary->has_value();
}

} // namespace

class TestNoSoloPrimary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstKeyOfFreshSetIsPrimary();
    void revokeThenImportIsNotPrimary();
    void revokeThenGenerateOrRegisterIsNotPrimary();
    void datedActivationNeverPromotes();
    void datedFirstKeyOfFreshSetBecomesPrimary();
    void rotationWithoutPrimaryToPrePublished();
    void rotationWithoutPrimaryGenerated();
    void rotationWithoutPrimaryRefusals();
    void rotationFiledBeforeRevocationStillExecutes();
    void revokeAndRequestRotationInOneStep();
    void revokeAndRotateToPendingSuccessor();
    void revokeAndRotateRefusedChangesNothing();
    void olderVaultsCountEveryKeyThatLeftPending();
    void dueWorkNamesSetsWithoutPrimary();
};

void TestNoSoloPrimary::firstKeyOfFreshSetIsPrimary()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    QVERIFY(*PrimaryRule::entersAsPrimary(rv.vault->database(), kSet, KeyUse::Sig));
    const KeyRecord first = rv.generate(QStringLiteral("pay-1"));
    QCOMPARE(first.state, KeyState::Active);
    QVERIFY(first.primary);
    QVERIFY(PrimaryRule::admissionNote(rv.vault->database(), first).isEmpty());
    QVERIFY(*PrimaryRule::everHadPrimary(rv.vault->database(), kSet, KeyUse::Sig));
    QVERIFY(*PrimaryRule::wasPrimary(rv.vault->database(), first.id));
    // The other use of the same set is a (set, use) of its own.
    QVERIFY(!*PrimaryRule::everHadPrimary(rv.vault->database(), kSet, KeyUse::Enc));
    QVERIFY(rv.generate(QStringLiteral("pay-enc"), QStringLiteral("ECDH-ES")).primary);
}

void TestNoSoloPrimary::revokeThenImportIsNotPrimary()
{
    KeyVault kv;
    QVERIFY(kv.init());
    GenerateKeyCommand::Params params { kv.params(kSet), QString() };
    params.key.alg = QStringLiteral("ES256");
    params.key.kid = QStringLiteral("pay-1");
    GenerateKeyCommand generate(*kv.vault, *kv.provider, params);
    QVERIFY(generate.run().ok());
    QVERIFY(generate.result().primary);

    // The attack, one officer alone: break-glass revocation, then an import of their own key.
    QVERIFY(revoke(kv, QStringLiteral("pay-1")));
    QVERIFY(!hasPrimary(kv));
    Result<KeyRecord> own = importOwn(kv, QStringLiteral("pay-9"));
    QVERIFY2(own.ok(), why(own));
    QCOMPARE(own->state, KeyState::Active);
    QVERIFY(!own->primary);
    QVERIFY(!KeyStore(kv.vault->database()).find(QStringLiteral("pay-9"))->primary);
    QVERIFY(!hasPrimary(kv)); // the set stays without a primary until a rotation is approved
    const AuditEvent imported = kv.vault->audit().eventsForSubject(QStringLiteral("pay-9"))->last();
    QCOMPARE(imported.action, QStringLiteral("key.imported"));
    QCOMPARE(imported.details.value(QStringLiteral("primary")).toBool(), false);

    // The officer is told how it becomes primary: a rotation request naming the revoked primary.
    const QString note = PrimaryRule::admissionNote(kv.vault->database(), *own);
    QVERIFY2(note.contains(QStringLiteral("active, not primary")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("request rotate pay-1 --successor pay-9")), qPrintable(note));
    QCOMPARE(PrimaryRule::rotationSubject(kv.vault->database(), kSet, KeyUse::Sig)->value().kid, QStringLiteral("pay-1"));
    QVERIFY(kv.chainIntact());
}

void TestNoSoloPrimary::revokeThenGenerateOrRegisterIsNotPrimary()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QVERIFY(revoke(rv, QStringLiteral("pay-1")));
    const KeyRecord generated = rv.generate(QStringLiteral("pay-2"));
    QCOMPARE(generated.state, KeyState::Active);
    QVERIFY(!generated.primary);

    Result<Jwk> partner = KeyGenerator::generate(KeySpec::ec(Curve::P256), QStringLiteral("ES256"));
    QVERIFY(partner.ok());
    NewKeyParams params = rv.params(kSet);
    params.kid = QStringLiteral("pay-partner");
    RegisterPublicKeyCommand registered(*rv.vault, *rv.provider, params,
                                        QJsonDocument(partner->toPublicJson()).toJson(QJsonDocument::Compact));
    QVERIFY(registered.run().ok());
    QVERIFY(!registered.imported().first().primary);
    QVERIFY(!hasPrimary(rv));

    // KeyTransition's own path to active follows the same rule.
    const KeyRecord later = generateDated(rv, QStringLiteral("pay-dated"), 3);
    QCOMPARE(later.state, KeyState::Pending);
    Result<KeyRecord> moved = KeyTransition::apply(*rv.vault, *rv.provider, { later.id, KeyState::Active, {}, {} });
    QVERIFY2(moved.ok(), why(moved));
    QVERIFY(!moved->primary);
    QVERIFY(!hasPrimary(rv));
}

void TestNoSoloPrimary::datedActivationNeverPromotes()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QCOMPARE(generateDated(rv, QStringLiteral("pay-2"), 5).state, KeyState::Pending);
    QVERIFY(revoke(rv, QStringLiteral("pay-1")));

    rv.clock.advanceDays(5);
    Result<QList<KeyRecord>> activated = activateDueKeys(*rv.vault);
    QVERIFY2(activated.ok(), why(activated));
    QCOMPARE(activated->size(), 1);
    QCOMPARE(activated->first().state, KeyState::Active);
    QVERIFY(!activated->first().primary);
    QVERIFY(!rv.key(QStringLiteral("pay-2")).primary);
    QVERIFY(!hasPrimary(rv));
    const AuditEvent event = rv.vault->audit().eventsForSubject(QStringLiteral("pay-2"))->last();
    QCOMPARE(event.action, QStringLiteral("key.activated"));
    QCOMPARE(event.details.value(QStringLiteral("primary")).toBool(), false);
}

void TestNoSoloPrimary::datedFirstKeyOfFreshSetBecomesPrimary()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const KeyRecord dated = generateDated(kv, QStringLiteral("fresh-1"), 2, QStringLiteral("fresh"), QStringLiteral("EdDSA"));
    QCOMPARE(dated.state, KeyState::Pending);
    QVERIFY(!dated.primary);
    kv.clock.advanceDays(2);
    Result<QList<KeyRecord>> activated = activateDueKeys(*kv.vault);
    QVERIFY2(activated.ok(), why(activated));
    QCOMPARE(activated->size(), 1);
    QVERIFY(activated->first().primary); // the exception: this set never had a primary
}

void TestNoSoloPrimary::rotationWithoutPrimaryToPrePublished()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2")); // pre-published
    QVERIFY(revoke(rv, QStringLiteral("pay-1")));
    QVERIFY(!hasPrimary(rv));

    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"), QStringLiteral("pay-2"));
    QVERIFY2(requested.ok(), why(requested));
    QCOMPARE(requested->state, RequestState::Pending);
    QVERIFY(requested->effect.value(QStringLiteral("predecessorRevoked")).toBool());
    QVERIFY(!hasPrimary(rv)); // nothing before approval

    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Executed);
    QVERIFY2(approved->executionError.isEmpty(), qPrintable(approved->executionError));
    QCOMPARE(approved->outcome.value(QStringLiteral("successorKid")).toString(), QStringLiteral("pay-2"));
    QCOMPARE(approved->outcome.value(QStringLiteral("overlapSecs")).toInteger(), qint64(0));

    const KeyRecord predecessor = rv.key(QStringLiteral("pay-1"));
    const KeyRecord successor = rv.key(QStringLiteral("pay-2"));
    QCOMPARE(predecessor.state, KeyState::Revoked); // stays revoked, no grace
    QVERIFY(!predecessor.retireAfter.isValid());
    QCOMPARE(predecessor.successorKid, QStringLiteral("pay-2"));
    QCOMPARE(successor.state, KeyState::Active);
    QVERIFY(successor.primary);
    QCOMPARE(successor.predecessorKid, QStringLiteral("pay-1"));
    QCOMPARE(successor.version, predecessor.version + 1);
    const AuditEvent rotated = rv.vault->audit().eventsForSubject(QStringLiteral("pay-1"))->last();
    QCOMPARE(rotated.action, QStringLiteral("key.rotated"));
    QCOMPARE(rotated.details.value(QStringLiteral("predecessor_state")).toString(), QStringLiteral("revoked"));
    QVERIFY(rv.chainIntact());
}

void TestNoSoloPrimary::rotationWithoutPrimaryGenerated()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QVERIFY(revoke(rv, QStringLiteral("pay-1")));
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Executed);
    const KeyRecord successor = rv.key(approved->outcome.value(QStringLiteral("successorKid")).toString());
    QVERIFY(successor.primary);
    QCOMPARE(successor.alg, QStringLiteral("ES256"));
    QCOMPARE(successor.createdBy, QStringLiteral("bob"));
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Revoked);
}

void TestNoSoloPrimary::rotationWithoutPrimaryRefusals()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    rv.generate(QStringLiteral("pay-3"));
    // A revoked key that never was primary is no predecessor.
    QVERIFY(revoke(rv, QStringLiteral("pay-3")));
    Result<Request> neverPrimary = rv.requestRotation(QStringLiteral("pay-3"), QStringLiteral("pay-2"));
    QVERIFY(!neverPrimary.ok());
    QVERIFY2(neverPrimary.message().contains(QStringLiteral("primary")), why(neverPrimary));
    // Nor is anything but the primary while the set has one.
    Result<Request> notPrimary = rv.requestRotation(QStringLiteral("pay-2"), QStringLiteral("pay-3"));
    QVERIFY(!notPrimary.ok());
    QVERIFY2(notPrimary.message().contains(QStringLiteral("\"pay-1\" is")), why(notPrimary));

    // After pay-1 is revoked, a non-revoked key still cannot stand in for it.
    QVERIFY(revoke(rv, QStringLiteral("pay-1")));
    Result<Request> active = rv.requestRotation(QStringLiteral("pay-2"));
    QVERIFY(!active.ok());
    QVERIFY2(active.message().contains(QStringLiteral("no primary")), why(active));
    // A revoked successor cannot take over.
    Result<Request> revokedSuccessor = rv.requestRotation(QStringLiteral("pay-1"), QStringLiteral("pay-3"));
    QVERIFY(!revokedSuccessor.ok());
    QVERIFY2(revokedSuccessor.message().contains(QStringLiteral("pre-published")), why(revokedSuccessor));
}

void TestNoSoloPrimary::rotationFiledBeforeRevocationStillExecutes()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    Result<Request> requested = rv.requestRotation(QStringLiteral("pay-1"), QStringLiteral("pay-2"));
    QVERIFY2(requested.ok(), why(requested));
    QVERIFY(!requested->effect.contains(QStringLiteral("predecessorRevoked")));
    // The primary is revoked while the rotation waits: the approval still hands over to pay-2.
    QVERIFY(revoke(rv, QStringLiteral("pay-1")));
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Executed);
    QVERIFY(rv.key(QStringLiteral("pay-2")).primary);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Revoked);
}

void TestNoSoloPrimary::revokeAndRequestRotationInOneStep()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    const KeyRecord primary = rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    Result<QList<KeyRecord>> eligible = RevokeAndRotateCommand::eligibleSuccessors(rv.vault->database(), primary);
    QVERIFY(eligible.ok());
    QCOMPARE(eligible->size(), 1);
    QCOMPARE(eligible->first().kid, QStringLiteral("pay-2"));

    const qint64 before = rv.auditCount();
    RevokeAndRotateCommand command(*rv.vault, *rv.engine,
        { { QStringLiteral("pay-1"), QString(), QStringLiteral("signing key in a leaked backup") }, QStringLiteral("pay-2"), false });
    QVERIFY(command.validate().ok());
    const Status done = command.run();
    QVERIFY2(done.ok(), qPrintable(done.message()));

    QCOMPARE(command.result().state, KeyState::Revoked);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Revoked);
    QVERIFY(!hasPrimary(rv));
    QVERIFY(!rv.key(QStringLiteral("pay-2")).primary);
    QCOMPARE(ReviewStore(rv.vault->database()).openReviews()->size(), 1);
    const Request& request = command.request();
    QVERIFY(request.id > 0);
    QCOMPARE(request.kind, RequestKind::Rotate);
    QCOMPARE(request.state, RequestState::Pending);
    QCOMPARE(request.subject, QStringLiteral("pay-1"));
    QCOMPARE(request.effect.value(QStringLiteral("reasonCategory")).toString(), QStringLiteral("incident"));
    QCOMPARE(request.effect.value(QStringLiteral("successor")).toObject().value(QStringLiteral("kid")).toString(),
             QStringLiteral("pay-2"));
    QVERIFY(request.reason.contains(QStringLiteral("leaked backup")));
    // Both events, one after the other: the revocation and the request.
    QVERIFY(rv.hasAuditAction(QStringLiteral("key.revoked"), QStringLiteral("pay-1")));
    QVERIFY(rv.hasAuditAction(QStringLiteral("request.created"), Request::auditSubject(request.id)));
    QCOMPARE(rv.auditCount(), before + 2);

    // Then the normal approval by a second officer.
    Result<Request> approved = rv.engine->approve(request.id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Executed);
    QVERIFY(rv.key(QStringLiteral("pay-2")).primary);
    QVERIFY(rv.chainIntact());
}

void TestNoSoloPrimary::revokeAndRotateToPendingSuccessor()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QCOMPARE(generateDated(rv, QStringLiteral("pay-next"), 10).state, KeyState::Pending);

    RevokeAndRotateCommand command(*rv.vault, *rv.engine,
        { { QStringLiteral("pay-1"), QString(), QStringLiteral("leak") }, QStringLiteral("pay-next"), false });
    QVERIFY2(command.run().ok(), qPrintable(command.validate().message()));
    Result<Request> approved = rv.engine->approve(command.request().id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Executed);
    const KeyRecord successor = rv.key(QStringLiteral("pay-next"));
    QCOMPARE(successor.state, KeyState::Active); // activated early by the approval
    QVERIFY(successor.primary);
    QCOMPARE(successor.activatesAt, rv.clock.now());
}

void TestNoSoloPrimary::revokeAndRotateRefusedChangesNothing()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    rv.generate(QStringLiteral("pay-enc"), QStringLiteral("ECDH-ES"));
    const QString before = rv.snapshot();
    const RevokeKeyCommand::Params revokeParams { QStringLiteral("pay-1"), QString(), QStringLiteral("leak") };

    // A successor of another use, an unknown one, and none at all.
    for (const QString& successor : { QStringLiteral("pay-enc"), QStringLiteral("nope") }) {
        RevokeAndRotateCommand command(*rv.vault, *rv.engine, { revokeParams, successor, false });
        const Status refused = command.run();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("cannot take over")), qPrintable(refused.message()));
    }
    RevokeAndRotateCommand neither(*rv.vault, *rv.engine, { revokeParams, QString(), false });
    QCOMPARE(neither.run().code(), ErrorCode::InvalidArgument);
    // Only revoking the primary needs a rotation.
    RevokeAndRotateCommand notPrimary(*rv.vault, *rv.engine,
        { { QStringLiteral("pay-2"), QString(), QStringLiteral("leak") }, QString(), true });
    QVERIFY(notPrimary.run().message().contains(QStringLiteral("not the primary")));
    QCOMPARE(rv.snapshot(), before);

    // A rotation of pay-1 already waits: the engine refuses a second, and nothing is revoked.
    Result<Request> open = rv.requestRotation(QStringLiteral("pay-1"), QStringLiteral("pay-2"));
    QVERIFY2(open.ok(), why(open));
    const QString withRequest = rv.snapshot();
    RevokeAndRotateCommand second(*rv.vault, *rv.engine, { revokeParams, QString(), true });
    const Status refused = second.run();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("Nothing was revoked")), qPrintable(refused.message()));
    QCOMPARE(rv.snapshot(), withRequest);
    QCOMPARE(rv.key(QStringLiteral("pay-1")).state, KeyState::Active);
    QVERIFY(rv.chainIntact());
}

// A vault from before schema 5 kept no history: the upgrade counts every key that left pending
// (the old revocation cleared the flag without a trace), and the triggers record from then on.
void TestNoSoloPrimary::olderVaultsCountEveryKeyThatLeftPending()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("vault.db")),
        random::secretBytes(Database::kMasterKeySize), Database::Mode::CreateNew);
    QVERIFY2(opened.ok(), why(opened));
    Database& db = **opened;
    QVERIFY(Migrations::initialise(db, 4).ok());
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO key_sets (name, cryptoperiod_secs, warn_first_secs, warn_final_secs, max_token_ttl_secs, "
        "clock_skew_secs, min_overlap_secs, created_at, created_by) VALUES "
        "('a', 1, 1, 1, 1, 1, 1, '2026-01-01T00:00:00.000Z', 'alice'), "
        "('b', 1, 1, 1, 1, 1, 1, '2026-01-01T00:00:00.000Z', 'alice'), "
        "('c', 1, 1, 1, 1, 1, 1, '2026-01-01T00:00:00.000Z', 'alice');")).ok());
    // a: the primary was revoked (the attack's first step) and a pre-published key is active;
    // b: an ordinary primary; c: only a key waiting for its date.
    const QString insert = QStringLiteral(
        "INSERT INTO keys (id, kid, key_set, use, kty, curve_or_size, size_bits, strength_bits, owner, environment, "
        "created_at, activates_at, state, is_primary, created_by_product, created_by, thumbprint, public_jwk) VALUES "
        "(%1, '%2', '%3', 'sig', 'EC', 'P-256', 256, 128, 'o', 'prod', '%4', %5, '%6', %7, 'Keyward', 'alice', 't%1', '{}');");
    QVERIFY(db.exec(insert.arg(1).arg(QStringLiteral("a-1"), QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00.000Z"),
                                      QStringLiteral("NULL"), QStringLiteral("revoked")).arg(0)).ok());
    QVERIFY(db.exec(insert.arg(2).arg(QStringLiteral("a-2"), QStringLiteral("a"), QStringLiteral("2026-01-02T00:00:00.000Z"),
                                      QStringLiteral("NULL"), QStringLiteral("active")).arg(0)).ok());
    QVERIFY(db.exec(insert.arg(3).arg(QStringLiteral("b-1"), QStringLiteral("b"), QStringLiteral("2026-01-01T00:00:00.000Z"),
                                      QStringLiteral("NULL"), QStringLiteral("active")).arg(1)).ok());
    QVERIFY(db.exec(insert.arg(4).arg(QStringLiteral("c-1"), QStringLiteral("c"), QStringLiteral("2026-01-01T00:00:00.000Z"),
                                      QStringLiteral("'2027-01-01T00:00:00.000Z'"), QStringLiteral("pending")).arg(0)).ok());

    Result<int> upgraded = Migrations::upgrade(db, Migrations::latestVersion());
    QVERIFY2(upgraded.ok(), why(upgraded));
    QVERIFY(*PrimaryRule::everHadPrimary(db, QStringLiteral("a"), KeyUse::Sig));
    QVERIFY(*PrimaryRule::everHadPrimary(db, QStringLiteral("b"), KeyUse::Sig));
    QVERIFY(!*PrimaryRule::everHadPrimary(db, QStringLiteral("c"), KeyUse::Sig));
    QVERIFY(*PrimaryRule::wasPrimary(db, 1));
    // The set without a primary is rotated from its revoked former primary.
    QCOMPARE(PrimaryRule::rotationSubject(db, QStringLiteral("a"), KeyUse::Sig)->value().kid, QStringLiteral("a-1"));
    QCOMPARE(PrimaryRule::rotationSubject(db, QStringLiteral("b"), KeyUse::Sig)->value().kid, QStringLiteral("b-1"));
    QVERIFY(!PrimaryRule::rotationSubject(db, QStringLiteral("c"), KeyUse::Sig)->has_value());

    // From now on every writer that sets the flag is recorded, even one that bypasses the rule.
    QVERIFY(db.exec(QStringLiteral("UPDATE keys SET state = 'active', is_primary = 1 WHERE id = 4")).ok());
    QVERIFY(*PrimaryRule::wasPrimary(db, 4));
    QVERIFY(db.exec(QStringLiteral("UPDATE keys SET state = 'revoked', is_primary = 0 WHERE id = 4")).ok());
    QVERIFY(*PrimaryRule::everHadPrimary(db, QStringLiteral("c"), KeyUse::Sig));
}

// Nothing waits unnoticed: while a set has no primary and no rotation is asked for, the due work
// (run at every unlock and by `request due`) says so — without drafting, the successor is a choice.
void TestNoSoloPrimary::dueWorkNamesSetsWithoutPrimary()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    QVERIFY(revoke(rv, QStringLiteral("pay-2"))); // a pre-published key: the primary stays
    Result<DueReport> quiet = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(quiet.ok(), why(quiet));
    QVERIFY(quiet->notes.isEmpty());

    QVERIFY(revoke(rv, QStringLiteral("pay-1")));
    Result<DueReport> noted = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(noted.ok(), why(noted));
    QCOMPARE(noted->notes.size(), 1);
    QVERIFY2(noted->notes.first().contains(QStringLiteral("no primary sig key since \"pay-1\"")),
             qPrintable(noted->notes.first()));
    QVERIFY(noted->drafted.isEmpty());

    QVERIFY(rv.requestRotation(QStringLiteral("pay-1")).ok());
    Result<DueReport> asked = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(asked.ok(), why(asked));
    QVERIFY(asked->notes.isEmpty());
}

QTEST_GUILESS_MAIN(TestNoSoloPrimary)
#include "tst_no_solo_primary.moc"
