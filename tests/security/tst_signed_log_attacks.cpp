// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, signed log: alice edits vault.db with the master key from her own slot, recomputes
// the hash chain and re-signs every head that is hers with her own key — the best one officer can
// do. Editing, inserting, deleting, reordering or back-dating events before bob's head, forging
// bob's head signature, cutting the tail and stripping the genesis must each be reported (exit 4
// from `audit verify`, naming the event), by head signatures or by bob's sealed head.

#include "AttackSupport.h"

#include "audit/HeadSignature.h"
#include "common/Base64Url.h"
#include "vault/Roster.h"
#include "vault/SlotCrypto.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

// Alice's personal signing key, out of her own slot with her passphrase.
ossl::PKey aliceSigningKey(const VaultLocation& location)
{
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    Result<SlotSecrets> secrets = slots->unlock(*slots->find(QStringLiteral("alice")), passphraseOf(QStringLiteral("alice")));
    if (!secrets.ok())
        return {};
    Result<ossl::PKey> key = slotcrypto::ed25519PrivateKey(secrets->signingPrivate);
    return key.ok() ? std::move(*key) : ossl::PKey();
}

// Moves every head row with count > `after` by `shift` (so heads stay on the events they were on).
bool shiftHeads(Database& db, qint64 after, qint64 shift)
{
    // Through negative counts: the primary key would otherwise collide half-way.
    return db.exec(QStringLiteral("UPDATE audit_head_signatures SET count = -(count + %1) WHERE count > %2")
                       .arg(shift)
                       .arg(after))
               .ok()
        && db.exec(QStringLiteral("UPDATE audit_head_signatures SET count = -count WHERE count < 0")).ok();
}

// Re-signs every head row of `officer` over the chain as it is now, with `key` (alice's own key:
// right for her heads, a forgery when `officer` is bob).
bool resign(Database& db, const VaultLocation& location, const QString& officer, EVP_PKEY* key)
{
    Result<QString> vaultId = db.queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'"));
    Result<Roster> roster = RosterBuilder::fromDatabase(db, *vaultId);
    Result<QList<SignedHead>> heads = headsig::load(db);
    if (!vaultId.ok() || !roster.ok() || !heads.ok())
        return false;
    Q_UNUSED(location);
    for (const SignedHead& head : std::as_const(*heads)) {
        if (head.officer != officer)
            continue;
        Result<Statement> hash = db.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
        hash->bind(1, head.count);
        if (!hash.ok() || !*hash->step())
            continue; // a head past the end stays as it is
        const QByteArray hex = hash->columnUtf8(0);
        Result<QByteArray> signature
            = slotcrypto::ed25519Sign(key, headsig::signedBytes(*vaultId, roster->fingerprint(), head.count, hex, officer));
        Result<Statement> update
            = db.prepare(QStringLiteral("UPDATE audit_head_signatures SET signature = ? WHERE count = ? AND officer = ?"));
        update->bind(1, QString::fromLatin1(base64url::encode(*signature))).bind(2, head.count).bind(3, officer);
        if (!signature.ok() || !update->run().ok())
            return false;
    }
    return true;
}

} // namespace

class TestSignedLogAttacks : public QObject {
    Q_OBJECT

    // 1 vault.created, 2 officer.added alice, 3 officer.added bob, 4 alice acknowledges (alice's
    // head), 5 bob's unlock records its checkpoint (issue #15; bob's head), 6 bob acknowledges (bob's
    // head, and bob's sealed head in his keyslot).
    bool initLog(RequestVault& rv)
    {
        if (!rv.init(false)
            || !rv.vault->addOfficer(QStringLiteral("bob"), { Role::Approver }, passphraseOf(QStringLiteral("bob")),
                                     KdfParams::forTests())
                    .ok()
            || !rv.vault->acknowledgeCustodianDuties().ok())
            return false;
        rv.engine.reset();
        rv.provider.reset();
        rv.vault.reset();
        std::unique_ptr<Vault> bob = rv.session(QStringLiteral("bob"));
        return bob && bob->acknowledgeCustodianDuties().ok() && bob->audit().verify().intact;
    }

    // alice's attack: `edit` on her raw connection, then her own heads re-signed over the result.
    bool attack(RequestVault& rv, const std::function<bool(Database&)>& edit)
    {
        std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
        ossl::PKey key = aliceSigningKey(rv.location);
        return db && key && edit(*db) && resign(*db, rv.location, QStringLiteral("alice"), key.get());
    }

    // What `audit verify` says, in-process and through keyward-cli as `officer`.
    void expectCaught(RequestVault& rv, qint64 seq, const QString& phrase, const QString& officer = QStringLiteral("bob"))
    {
        std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
        QVERIFY(db);
        const ChainStatus status = AuditLog(*db, rv.clock).verify();
        QVERIFY2(!status.intact, "the tampered log verified");
        QCOMPARE(status.firstBadSeq, seq);
        QVERIFY2(status.problem.contains(phrase), qPrintable(status.problem));
        db.reset();
        const CliRun run = auditVerify(rv.location, officer);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.stderrText.contains(QStringLiteral("event %1").arg(seq)), qPrintable(run.stderrText));
    }

private Q_SLOTS:
    void untouchedLogVerifies()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [](Database&) { return true; })); // re-signing her own heads changes nothing
        const CliRun run = auditVerify(rv.location, QStringLiteral("alice"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    }

    void editedEventBreaksTheOtherOfficersHead()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [](Database& db) {
            return rewriteChain(db, [](QList<AuditEvent>& events) {
                events[3].details.insert(QStringLiteral("duties"), QStringLiteral("none at all"));
            });
        }));
        expectCaught(rv, 5, QStringLiteral("signed as bob, but the signature does not verify"));
    }

    void insertedEventIsCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [&](Database& db) {
            AuditEvent forged;
            forged.actor = QStringLiteral("alice");
            forged.action = QStringLiteral("key.exported-private");
            forged.subject = QStringLiteral("pay-1");
            return insertAndRechain(db, rv.clock, forged, 3) && shiftHeads(db, 3, 1);
        }));
        expectCaught(rv, 6, QStringLiteral("signed as bob, but the signature does not verify"));
    }

    void deletedEventIsCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [](Database& db) {
            return db.exec(QStringLiteral("DELETE FROM audit_head_signatures WHERE count = 4")).ok()
                && rewriteChain(db, [](QList<AuditEvent>& events) { events.removeAt(3); }) && shiftHeads(db, 4, -1);
        }));
        expectCaught(rv, 4, QStringLiteral("signed as bob, but the signature does not verify"));
    }

    void reorderedEventsAreCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [](Database& db) {
            return rewriteChain(db, [](QList<AuditEvent>& events) { events.swapItemsAt(3, 4); });
        }));
        // bob's acknowledgement now sits under alice's head, which bob never signed.
        expectCaught(rv, 4, QStringLiteral("Event 4 by bob is not covered by a head signature of bob"));
    }

    void backDatedEventIsCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [](Database& db) {
            return rewriteChain(db, [](QList<AuditEvent>& events) {
                events[3].at = events[3].at.addMSecs(-1); // still after event 3: only the signatures can tell
                events[2].at = events[3].at;
                events[1].at = events[3].at;
                events[0].at = events[3].at;
            });
        }));
        expectCaught(rv, 5, QStringLiteral("signed as bob, but the signature does not verify"));
    }

    void forgedHeadSignatureForAnotherOfficerIsCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        // alice edits her own event and signs bob's head with her key under bob's name.
        QVERIFY(attack(rv, [&](Database& db) {
            ossl::PKey key = aliceSigningKey(rv.location);
            return rewriteChain(db, [](QList<AuditEvent>& events) {
                       events[3].details.insert(QStringLiteral("duties"), QStringLiteral("none"));
                   })
                && resign(db, rv.location, QStringLiteral("bob"), key.get());
        }));
        expectCaught(rv, 5, QStringLiteral("signed as bob, but the signature does not verify with the key of bob"));
    }

    void strippedHeadSignatureIsCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        // bob's head goes; alice signs the last head as herself instead.
        QVERIFY(attack(rv, [](Database& db) {
            return db.exec(QStringLiteral("UPDATE audit_head_signatures SET officer = 'alice' WHERE count = 5")).ok();
        }));
        expectCaught(rv, 5, QStringLiteral("Event 5 by bob is not covered by a head signature of bob"));
    }

    void eventsAfterTheLastSignedHeadAreCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [&](Database& db) {
            Result<QList<AuditEvent>> events = AuditLog(db, rv.clock).events(1, 100);
            AuditEvent extra = events->last();
            extra.seq = 7;
            extra.prev = extra.hash;
            extra.actor = QStringLiteral("alice");
            extra.hash = extra.computeHash();
            return AuditLog::insertRow(db, extra).ok()
                && db.exec(QStringLiteral("UPDATE audit_head SET count = 7, hash = '%1'").arg(QString::fromLatin1(extra.hash)))
                       .ok();
        }));
        expectCaught(rv, 7, QStringLiteral("come after the last signed head"));
    }

    void truncatedTailIsCaughtAtUnlock()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        // bob's events and heads go; what remains is alice's, validly signed by her.
        QVERIFY(attack(rv, [](Database& db) {
            Result<QString> hash4 = db.queryText(QStringLiteral("SELECT hash FROM audit_events WHERE seq = 4"));
            return db.exec(QStringLiteral("DELETE FROM audit_events WHERE seq >= 5")).ok()
                && db.exec(QStringLiteral("DELETE FROM audit_head_signatures WHERE count >= 5")).ok()
                && db.exec(QStringLiteral("UPDATE audit_head SET count = 4, hash = '%1'").arg(*hash4)).ok();
        }));
        {
            std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
            QVERIFY(AuditLog(*db, rv.clock).verify().intact); // nothing inside vault.db can tell
        }
        const QString alarm
            = QStringLiteral("the audit log ends at event 4, but bob signed or verified it up to event 6");
        Result<std::unique_ptr<Vault>> bob = Vault::open(rv.location, QStringLiteral("bob"),
                                                         passphraseOf(QStringLiteral("bob")), rv.clock);
        QVERIFY(bob.ok());
        QVERIFY2((*bob)->rosterWarnings().join(u'\n').contains(alarm), qPrintable((*bob)->rosterWarnings().join(u'\n')));
        bob->reset();
        const CliRun run = auditVerify(rv.location, QStringLiteral("bob"));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.stderrText.contains(alarm), qPrintable(run.stderrText));
    }

    void sealedHeadOfAnotherSlotCannotBeForged()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        // alice copies her own sealed head into bob's slot (she cannot seal one for him).
        Result<KeySlotFile> slots = KeySlotFile::load(rv.location.keySlotsPath());
        QVERIFY(slots.ok());
        const slotcrypto::Sealed aliceHead = slots->find(QStringLiteral("alice"))->head;
        QVERIFY(!aliceHead.ciphertext.isEmpty());
        for (KeySlot& slot : slots->slots) {
            if (slot.officer == QLatin1String("bob"))
                slot.head = aliceHead;
        }
        QVERIFY(slots->save(rv.location.keySlotsPath()).ok());
        Result<std::unique_ptr<Vault>> bob = Vault::open(rv.location, QStringLiteral("bob"),
                                                         passphraseOf(QStringLiteral("bob")), rv.clock);
        QVERIFY(bob.ok());
        QVERIFY2((*bob)->rosterWarnings().join(u'\n').contains(QStringLiteral("sealed audit head in the keyslot of bob")),
                 qPrintable((*bob)->rosterWarnings().join(u'\n')));
    }

    void strippedGenesisIsCaught()
    {
        RequestVault rv;
        QVERIFY(initLog(rv));
        QVERIFY(attack(rv, [](Database& db) {
            return rewriteChain(db, [](QList<AuditEvent>& events) { events.removeFirst(); }) && shiftHeads(db, 0, -1);
        }));
        std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
        const ChainStatus status = AuditLog(*db, rv.clock).verify();
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, 1);
        QVERIFY2(status.problem.contains(QStringLiteral("Event 1 is not the creation of this vault")), qPrintable(status.problem));
    }
};

QTEST_GUILESS_MAIN(TestSignedLogAttacks)
#include "tst_signed_log_attacks.moc"
