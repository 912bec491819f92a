// SPDX-License-Identifier: GPL-3.0-or-later
// The `--demo` key inventory: what a first run shows must cover every state and flag.

#include "tst_key_fixture.h"

#include "demo/DemoKeySeeder.h"
#include "keys/KeyInventory.h"
#include "keys/ReviewStore.h"

#include <QJsonDocument>

using namespace keyward::core;
using namespace keyward::test;

class TestKeyDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedsEveryStateAndFlag();
};

void TestKeyDemo::seedsEveryStateAndFlag()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const Status seeded = seedDemoKeys(*kv.vault, kv.clock);
    QVERIFY2(seeded.ok(), qPrintable(seeded.message()));

    KeyStore store(kv.vault->database());
    QCOMPARE(store.keySets()->size(), 3);
    Result<QList<KeyListEntry>> entries = KeyInventory::load(kv.vault->database(), kv.clock.now());
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 12);
    QHash<QString, KeyListEntry> byKid;
    QSet<KeyState> states;
    for (const KeyListEntry& entry : *entries) {
        byKid.insert(entry.record.kid, entry);
        states.insert(entry.record.state);
        QVERIFY(!entry.record.owner.isEmpty());
        QVERIFY(!entry.record.notes.isEmpty());
    }
    QCOMPARE(states.size(), allKeyStates().size()); // every state appears

    QVERIFY(byKid.value(QStringLiteral("idp-ed25519-2025")).flags.testFlag(KeyFlag::ExpiringImminently));
    QVERIFY(byKid.value(QStringLiteral("pay-2025-q3")).flags.testFlag(KeyFlag::PastCryptoperiod));
    QVERIFY(byKid.value(QStringLiteral("pay-2025-q3")).flags.testFlag(KeyFlag::ExpiringSoon));
    QVERIFY(byKid.value(QStringLiteral("pay-2025-q3")).record.primary);
    QVERIFY(byKid.value(QStringLiteral("acme-federation-2025")).flags.testFlag(KeyFlag::NoAlgPinned));
    QVERIFY(!byKid.value(QStringLiteral("acme-federation-2025")).record.hasPrivate);
    const KeyRecord successor = byKid.value(QStringLiteral("pay-2025-q4")).record;
    QCOMPARE(successor.state, KeyState::Active);
    QVERIFY(!successor.primary);
    QCOMPARE(successor.predecessorKid, QStringLiteral("pay-2025-q3"));
    QCOMPARE(byKid.value(QStringLiteral("pay-2025-q3")).record.successorKid, QStringLiteral("pay-2025-q4"));
    QCOMPARE(byKid.value(QStringLiteral("pay-2026-q1")).record.state, KeyState::Pending);
    QCOMPARE(byKid.value(QStringLiteral("pay-2025-q2")).record.state, KeyState::Grace);
    QCOMPARE(byKid.value(QStringLiteral("archive-2024")).record.state, KeyState::Retired);
    QCOMPARE(byKid.value(QStringLiteral("archive-2022")).record.state, KeyState::Destroyed);
    QCOMPARE(kv.provider->hasPrivate(byKid.value(QStringLiteral("archive-2022")).record.id).value(), false);

    Result<QList<Review>> open = ReviewStore(kv.vault->database()).openReviews();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().subject, QStringLiteral("pay-legacy-rsa"));
    QCOMPARE(byKid.value(QStringLiteral("pay-legacy-rsa")).record.state, KeyState::Revoked);

    // One primary per (set, use), all through audited commands, no private material in the log.
    QVERIFY(store.primaryFor(QStringLiteral("identity-tokens"), KeyUse::Sig)->has_value());
    QVERIFY(store.primaryFor(QStringLiteral("archive-enc"), KeyUse::Enc)->has_value());
    QVERIFY(kv.chainIntact());
    const Result<QList<AuditEvent>> events = kv.vault->audit().events(1, 1000);
    QVERIFY(events.ok());
    const QList<AuditEvent> log = events.value();
    for (const AuditEvent& event : log)
        QVERIFY(!mentionsPrivateMembers(QJsonDocument(event.details).toJson()));
    QCOMPARE(log.last().action, QStringLiteral("demo.backdated"));

    const QString before = kv.snapshot();
    QCOMPARE(seedDemoKeys(*kv.vault, kv.clock).code(), ErrorCode::AlreadyExists);
    QCOMPARE(kv.snapshot(), before);
}

QTEST_GUILESS_MAIN(TestKeyDemo)
#include "tst_keydemo.moc"
