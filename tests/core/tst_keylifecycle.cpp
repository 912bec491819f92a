// SPDX-License-Identifier: GPL-3.0-or-later
// Key lifecycle through the store: placement (primary / pre-published / pending), activation on
// its date, every state transition audited, emergency revocation with its review, key set
// policies, and the inventory listing with flags.

#include "tst_key_fixture.h"

#include "keys/GenerateKeyCommand.h"
#include "keys/KeyActivation.h"
#include "keys/KeyInventory.h"
#include "keys/KeyTransition.h"
#include "keys/ReviewStore.h"
#include "keys/RevokeKeyCommand.h"
#include "keys/SetKeySetPolicyCommand.h"

#include <QJsonArray>

using namespace keyward::core;
using namespace keyward::test;

Q_DECLARE_METATYPE(keyward::core::KeyState)

namespace {

KeyRecord generate(KeyVault& kv, const QString& set, const QString& alg, const QString& kid, int activatesInDays = 0)
{
    GenerateKeyCommand::Params params { kv.params(set), QString() };
    params.key.alg = alg;
    params.key.kid = kid;
    if (activatesInDays)
        params.key.activatesAt = kv.clock.now().addDays(activatesInDays);
    GenerateKeyCommand command(*kv.vault, *kv.provider, params);
    const Status status = command.run();
    if (!status.ok())
        qWarning() << status.message();
    return command.result();
}

// Walks a fresh key from active along allowed moves to `state` through KeyTransition.
bool bringTo(KeyVault& kv, const KeyRecord& key, KeyState state)
{
    QList<KeyState> path;
    switch (state) {
    case KeyState::Pending:
    case KeyState::Active: break;
    case KeyState::Grace: path = { KeyState::Grace }; break;
    case KeyState::Retired: path = { KeyState::Retired }; break;
    case KeyState::Revoked: path = { KeyState::Revoked }; break;
    case KeyState::Destroyed: path = { KeyState::Retired, KeyState::Destroyed }; break;
    }
    for (KeyState step : path) {
        if (!KeyTransition::apply(*kv.vault, *kv.provider, { key.id, step, {}, {} }).ok())
            return false;
    }
    return true;
}

} // namespace

class TestKeyLifecycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placement();
    void pendingActivation();
    void transitions_data();
    void transitions();
    void revokeOpensReview_data();
    void revokeOpensReview();
    void revokeRefusals();
    void keySetPolicy();
    void inventoryListing();
    void durationsAndDates();
};

void TestKeyLifecycle::placement()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const KeyRecord first = generate(kv, QStringLiteral("payments-api"), QStringLiteral("ES256"), QStringLiteral("pay-1"));
    QCOMPARE(first.state, KeyState::Active);
    QVERIFY(first.primary);
    const KeyRecord successor = generate(kv, QStringLiteral("payments-api"), QStringLiteral("ES256"), QStringLiteral("pay-2"));
    QCOMPARE(successor.state, KeyState::Active);
    QVERIFY(!successor.primary); // pre-published successor
    const KeyRecord enc = generate(kv, QStringLiteral("payments-api"), QStringLiteral("ECDH-ES"), QStringLiteral("pay-enc"));
    QVERIFY(enc.primary); // one primary per (set, use)
    const KeyRecord later = generate(kv, QStringLiteral("payments-api"), QStringLiteral("ES256"), QStringLiteral("pay-3"), 10);
    QCOMPARE(later.state, KeyState::Pending);
    QVERIFY(!later.primary);

    const KeyStore store(kv.vault->database());
    QCOMPARE(store.primaryFor(QStringLiteral("payments-api"), KeyUse::Sig)->value().kid, QStringLiteral("pay-1"));
    QCOMPARE(store.primaryFor(QStringLiteral("payments-api"), KeyUse::Enc)->value().kid, QStringLiteral("pay-enc"));
    QCOMPARE(store.bySet(QStringLiteral("payments-api"))->size(), 4);
    QCOMPARE(store.byThumbprint(first.thumbprint)->size(), 1);
    QCOMPARE(store.all()->size(), 4);
    QVERIFY(store.all()->first().publicJwk.isEmpty()); // summary listing skips the JWK
    QVERIFY(!store.all(KeyStore::Detail::Full)->first().publicJwk.isEmpty());
    QVERIFY(kv.chainIntact());
}

void TestKeyLifecycle::pendingActivation()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const KeyRecord a = generate(kv, QStringLiteral("identity-tokens"), QStringLiteral("EdDSA"), QStringLiteral("id-a"), 5);
    const KeyRecord b = generate(kv, QStringLiteral("identity-tokens"), QStringLiteral("EdDSA"), QStringLiteral("id-b"), 8);
    QCOMPARE(a.state, KeyState::Pending);

    const qint64 events = kv.auditCount();
    Result<QList<KeyRecord>> none = activateDueKeys(*kv.vault);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QCOMPARE(kv.auditCount(), events); // nothing due, nothing written

    kv.clock.advanceDays(5);
    Result<QList<KeyRecord>> first = activateDueKeys(*kv.vault);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->first().kid, QStringLiteral("id-a"));
    QCOMPARE(first->first().state, KeyState::Active);
    QVERIFY(first->first().primary); // the set had no primary yet
    QCOMPARE(kv.auditCount(), events + 1);
    QCOMPARE(kv.vault->audit().eventsForSubject(QStringLiteral("id-a"))->last().action, QStringLiteral("key.activated"));

    kv.clock.advanceDays(30);
    Result<QList<KeyRecord>> second = activateDueKeys(*kv.vault);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QVERIFY(!second->first().primary); // published ahead of the primary
    QCOMPARE(KeyStore(kv.vault->database()).find(QStringLiteral("id-b"))->state, KeyState::Active);
    QVERIFY(kv.chainIntact());
    Q_UNUSED(b);
}

void TestKeyLifecycle::transitions_data()
{
    QTest::addColumn<KeyState>("from");
    QTest::addColumn<KeyState>("to");
    for (KeyState from : allKeyStates()) {
        if (from == KeyState::Pending)
            continue; // placed pending by date; covered with activation
        for (KeyState to : allKeyStates()) {
            const QByteArray name = (keyStateName(from) + QStringLiteral("->") + keyStateName(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to;
        }
    }
    for (KeyState to : allKeyStates())
        QTest::newRow((QStringLiteral("pending->") + keyStateName(to)).toUtf8().constData()) << KeyState::Pending << to;
}

void TestKeyLifecycle::transitions()
{
    QFETCH(KeyState, from);
    QFETCH(KeyState, to);
    KeyVault kv;
    QVERIFY(kv.init());
    const KeyRecord key = generate(kv, QStringLiteral("archive-enc"), QStringLiteral("A256KW"), QStringLiteral("arc-1"),
        from == KeyState::Pending ? 3 : 0);
    QVERIFY(key.id != 0);
    QVERIFY(bringTo(kv, key, from));
    const QString before = kv.snapshot();
    Result<KeyRecord> moved = KeyTransition::apply(*kv.vault, *kv.provider, { key.id, to, kv.clock.now().addDays(7), {} });
    QCOMPARE(moved.ok(), KeyStateMachine::canTransition(from, to));
    if (!moved.ok()) {
        QCOMPARE(moved.code(), ErrorCode::Refused);
        QCOMPARE(kv.snapshot(), before);
        return;
    }
    QCOMPARE(moved->state, to);
    QCOMPARE(KeyStore(kv.vault->database()).find(QStringLiteral("arc-1"))->state, to);
    if (to != KeyState::Active)
        QVERIFY(!moved->primary);
    if (to == KeyState::Grace)
        QCOMPARE(moved->retireAfter, kv.clock.now().addDays(7));
    QCOMPARE(kv.provider->hasPrivate(key.id).value(), to != KeyState::Destroyed);
    const AuditEvent last = kv.vault->audit().eventsForSubject(QStringLiteral("arc-1"))->last();
    QCOMPARE(last.action, KeyTransition::actionFor(to));
    QCOMPARE(last.details.value(QStringLiteral("from_state")).toString(), keyStateName(from));
    QVERIFY(kv.chainIntact());
}

void TestKeyLifecycle::revokeOpensReview_data()
{
    QTest::addColumn<KeyState>("from");
    QTest::newRow("pending") << KeyState::Pending;
    QTest::newRow("active primary") << KeyState::Active;
    QTest::newRow("grace") << KeyState::Grace;
    QTest::newRow("retired") << KeyState::Retired;
}

void TestKeyLifecycle::revokeOpensReview()
{
    QFETCH(KeyState, from);
    KeyVault kv;
    QVERIFY(kv.init());
    const KeyRecord key = generate(kv, QStringLiteral("payments-api"), QStringLiteral("RS256"), QStringLiteral("pay-rsa"),
        from == KeyState::Pending ? 3 : 0);
    QVERIFY(bringTo(kv, key, from));
    RevokeKeyCommand command(*kv.vault, { QStringLiteral("pay-rsa"), QString(), QStringLiteral("private key found in a public repository") });
    QVERIFY(command.validate().ok());
    QVERIFY(command.run().ok());
    QCOMPARE(command.result().state, KeyState::Revoked);
    QVERIFY(!command.result().primary);
    const KeyRecord stored = *KeyStore(kv.vault->database()).find(QStringLiteral("pay-rsa"));
    QCOMPARE(stored.state, KeyState::Revoked);
    QVERIFY(!stored.primary);
    QVERIFY(!KeyStore(kv.vault->database()).primaryFor(QStringLiteral("payments-api"), KeyUse::Sig)->has_value());

    Result<QList<Review>> open = ReviewStore(kv.vault->database()).openReviews();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    const Review& review = open->first();
    QCOMPARE(review.id, command.reviewId());
    QCOMPARE(review.kind, Review::kBreakGlassRevocation);
    QCOMPARE(review.subject, QStringLiteral("pay-rsa"));
    QCOMPARE(review.keySet, QStringLiteral("payments-api"));
    QCOMPARE(review.openedBy, QStringLiteral("alice"));
    QCOMPARE(review.openedAt, kv.clock.now());
    QVERIFY(review.isOpen());

    const AuditEvent event = kv.vault->audit().eventsForSubject(QStringLiteral("pay-rsa"))->last();
    QCOMPARE(event.action, QStringLiteral("key.revoked"));
    QCOMPARE(event.details.value(QStringLiteral("from_state")).toString(), keyStateName(from));
    QCOMPARE(event.details.value(QStringLiteral("review_id")).toInteger(), command.reviewId());
    QVERIFY(event.details.value(QStringLiteral("break_glass")).toBool());
    QVERIFY(kv.chainIntact());
}

void TestKeyLifecycle::revokeRefusals()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const KeyRecord key = generate(kv, QStringLiteral("payments-api"), QStringLiteral("ES256"), QStringLiteral("k1"));
    const KeyRecord gone = generate(kv, QStringLiteral("payments-api"), QStringLiteral("ES256"), QStringLiteral("k2"));
    QVERIFY(bringTo(kv, gone, KeyState::Destroyed));
    const QString before = kv.snapshot();
    const auto refuse = [&](RevokeKeyCommand::Params params, ErrorCode code) {
        RevokeKeyCommand command(*kv.vault, params);
        const Status status = command.run();
        QCOMPARE(status.code(), code);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(kv.snapshot(), before);
    };
    refuse({ QStringLiteral("k1"), QString(), QStringLiteral("  ") }, ErrorCode::InvalidArgument);
    refuse({ QStringLiteral("nope"), QString(), QStringLiteral("leak") }, ErrorCode::NotFound);
    refuse({ QStringLiteral("k1"), QStringLiteral("other-set"), QStringLiteral("leak") }, ErrorCode::NotFound);
    refuse({ QStringLiteral("k2"), QString(), QStringLiteral("leak") }, ErrorCode::Refused); // destroyed
    QVERIFY(RevokeKeyCommand(*kv.vault, { QStringLiteral("k1"), QString(), QStringLiteral("leak") }).run().ok());
    const QString revoked = kv.snapshot();
    RevokeKeyCommand twice(*kv.vault, { QStringLiteral("k1"), QString(), QStringLiteral("again") });
    QCOMPARE(twice.run().code(), ErrorCode::Refused);
    QCOMPARE(kv.snapshot(), revoked);
    // Never reactivated.
    QCOMPARE(KeyTransition::apply(*kv.vault, *kv.provider, { key.id, KeyState::Active, {}, {} }).code(), ErrorCode::Refused);

    KeyVault auditorOnly;
    QVERIFY(auditorOnly.init({ Role::Auditor }, QStringLiteral("carol")));
    const QString empty = auditorOnly.snapshot();
    GenerateKeyCommand::Params params { auditorOnly.params(), QString() };
    params.key.alg = QStringLiteral("ES256");
    QCOMPARE(GenerateKeyCommand(*auditorOnly.vault, *auditorOnly.provider, params).run().code(), ErrorCode::Refused);
    QCOMPARE(auditorOnly.snapshot(), empty);
}

void TestKeyLifecycle::keySetPolicy()
{
    KeyVault kv;
    QVERIFY(kv.init());
    KeySet set;
    set.name = QStringLiteral("archive-enc");
    set.policy.cryptoperiodSecs = 365 * KeySetPolicy::kDay;
    set.policy.defaultEnvironment = QStringLiteral("test");
    SetKeySetPolicyCommand create(*kv.vault, set);
    QVERIFY(create.run().ok());
    QVERIFY(create.created());
    const KeyStore store(kv.vault->database());
    QCOMPARE(store.keySet(QStringLiteral("archive-enc"))->value().policy, set.policy);
    QCOMPARE(kv.vault->audit().eventsForSubject(set.name)->last().action, QStringLiteral("keyset.created"));

    // The set's default environment applies to its keys.
    const KeyRecord key = generate(kv, QStringLiteral("archive-enc"), QStringLiteral("A128KW"), QStringLiteral("arc"));
    QCOMPARE(key.environment, QStringLiteral("test"));

    // Unchanged policy: nothing written.
    const qint64 events = kv.auditCount();
    SetKeySetPolicyCommand same(*kv.vault, set);
    QVERIFY(same.run().ok());
    QVERIFY(!same.changed());
    QCOMPARE(kv.auditCount(), events);

    set.policy.warnFirstSecs = 60 * KeySetPolicy::kDay;
    SetKeySetPolicyCommand edit(*kv.vault, set);
    QVERIFY(edit.run().ok());
    const AuditEvent changed = kv.vault->audit().eventsForSubject(set.name)->last();
    QCOMPARE(changed.action, QStringLiteral("keyset.policy-changed"));
    QCOMPARE(changed.details.value(QStringLiteral("after")).toObject().value(QStringLiteral("warn_first_secs")).toInteger(),
        60 * KeySetPolicy::kDay);

    const QString before = kv.snapshot();
    KeySet bad = set;
    bad.policy.warnFinalSecs = bad.policy.warnFirstSecs + 1;
    QCOMPARE(SetKeySetPolicyCommand(*kv.vault, bad).run().code(), ErrorCode::InvalidArgument);
    bad = set;
    bad.policy.minOverlapSecs = 60; // shorter than a token's life
    QCOMPARE(SetKeySetPolicyCommand(*kv.vault, bad).run().code(), ErrorCode::Refused);
    bad = set;
    bad.bundleSigningKid = QStringLiteral("arc"); // an enc key cannot sign the bundle
    QCOMPARE(SetKeySetPolicyCommand(*kv.vault, bad).run().code(), ErrorCode::KeyMismatch);
    QCOMPARE(kv.snapshot(), before);

    KeyVault officerOnly;
    QVERIFY(officerOnly.init({ Role::KeyOfficer }));
    QVERIFY(SetKeySetPolicyCommand(*officerOnly.vault, set).run().ok()); // creating: allowed
    set.policy.clockSkewSecs = 60;
    const QString unchanged = officerOnly.snapshot();
    QCOMPARE(SetKeySetPolicyCommand(*officerOnly.vault, set).run().code(), ErrorCode::Refused); // editing: admin only
    QCOMPARE(officerOnly.snapshot(), unchanged);
    QVERIFY(kv.chainIntact());
}

void TestKeyLifecycle::inventoryListing()
{
    KeyVault kv;
    QVERIFY(kv.init());
    KeySet set;
    set.name = QStringLiteral("payments-api");
    set.policy.cryptoperiodSecs = 30 * KeySetPolicy::kDay;
    QVERIFY(SetKeySetPolicyCommand(*kv.vault, set).run().ok());
    GenerateKeyCommand::Params soon { kv.params(), QString() };
    soon.key.alg = QStringLiteral("ES256");
    soon.key.kid = QStringLiteral("soon");
    soon.key.expiresAt = kv.clock.now().addDays(40);
    QVERIFY(GenerateKeyCommand(*kv.vault, *kv.provider, soon).run().ok());
    generate(kv, QStringLiteral("identity-tokens"), QStringLiteral("EdDSA"), QStringLiteral("later"));

    kv.clock.advanceDays(35); // 5 days to expiry, past the 30-day cryptoperiod
    Result<QList<KeyListEntry>> all = KeyInventory::load(kv.vault->database(), kv.clock.now());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().record.kid, QStringLiteral("soon")); // storage order
    KeyInventory::sortBySetAndKid(*all);
    const KeyListEntry& first = all->last(); // ordered by set, then kid
    QCOMPARE(first.record.kid, QStringLiteral("soon"));
    QVERIFY(first.flags.testFlag(KeyFlag::PastCryptoperiod));
    QVERIFY(first.flags.testFlag(KeyFlag::ExpiringImminently));
    QCOMPARE(all->first().record.kid, QStringLiteral("later"));
    QVERIFY(!all->first().flags.testFlag(KeyFlag::PastCryptoperiod)); // default 90 d policy

    KeyFilter filter;
    filter.expiringWithinSecs = 7 * KeySetPolicy::kDay;
    QCOMPARE(KeyInventory::load(kv.vault->database(), kv.clock.now(), filter)->size(), 1);
    filter = {};
    filter.keySet = QStringLiteral("identity-tokens");
    QCOMPARE(KeyInventory::load(kv.vault->database(), kv.clock.now(), filter)->first().record.kid, QStringLiteral("later"));
    filter = {};
    filter.state = KeyState::Revoked;
    QVERIFY(KeyInventory::load(kv.vault->database(), kv.clock.now(), filter)->isEmpty());

    const QJsonObject json = KeyInventory::toJson(first.record, first.flags);
    for (const char* member : { "kid", "set", "use", "alg", "state", "owner", "expires", "primary", "flags", "env", "thumbprint" })
        QVERIFY2(json.contains(QLatin1String(member)), member);
    QCOMPARE(json.value(QStringLiteral("expires")).toString(), QStringLiteral("2026-02-10T09:00:00Z"));
    QVERIFY(json.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("past-cryptoperiod")));
}

void TestKeyLifecycle::durationsAndDates()
{
    QCOMPARE(KeyInventory::parseDuration(QStringLiteral("30d")), std::optional<qint64>(30 * 86400));
    QCOMPARE(KeyInventory::parseDuration(QStringLiteral("12h")), std::optional<qint64>(12 * 3600));
    QCOMPARE(KeyInventory::parseDuration(QStringLiteral("90m")), std::optional<qint64>(90 * 60));
    QCOMPARE(KeyInventory::parseDuration(QStringLiteral("2w")), std::optional<qint64>(14 * 86400));
    QCOMPARE(KeyInventory::parseDuration(QStringLiteral("30")), std::nullopt);
    QCOMPARE(KeyInventory::parseDuration(QStringLiteral("-3d")), std::nullopt);
    QCOMPARE(KeyInventory::parseDateTime(QStringLiteral("2026-05-01")), QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(KeyInventory::parseDateTime(QStringLiteral("2026-05-01T12:30:00Z")), QDateTime(QDate(2026, 5, 1), QTime(12, 30), Qt::UTC));
    QCOMPARE(KeyInventory::parseDateTime(QStringLiteral("2026-05-01T12:30")), QDateTime(QDate(2026, 5, 1), QTime(12, 30), Qt::UTC));
    QCOMPARE(KeyInventory::parseDateTime(QStringLiteral("2026-05-01T14:30:00+02:00")), QDateTime(QDate(2026, 5, 1), QTime(12, 30), Qt::UTC));
    QVERIFY(!KeyInventory::parseDateTime(QStringLiteral("2026-13-01")).isValid());
    QVERIFY(!KeyInventory::parseDateTime(QStringLiteral("tomorrow")).isValid());
}

QTEST_GUILESS_MAIN(TestKeyLifecycle)
#include "tst_keylifecycle.moc"
