// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, signed roster: one officer (alice) edits vault.db with the master key from her own
// slot. Forging an officer, approving as them, planting a keyslot and promoting roles by SQL must
// each be refused or reported, naming what was tampered with.

#include "AttackSupport.h"

#include "requests/OfficerRequestDrafts.h"
#include "vault/OfficerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

class TestRosterAttacks : public QObject {
    Q_OBJECT

    // alice (admin, key-officer, approver) and bob (approver): operational.
    bool initTwo(RequestVault& rv)
    {
        if (!rv.init(false))
            return false;
        return rv.vault->addOfficer(QStringLiteral("bob"), { Role::Approver }, passphraseOf(QStringLiteral("bob")),
                                    KdfParams::forTests())
            .ok();
    }

    // alice alone adds carol (approver): a keyslot, an officers row and a back-dated
    // "officer.added carol" with the chain recomputed.
    bool forgeCarol(RequestVault& rv)
    {
        std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
        if (!db)
            return false;
        Result<KeySlotFile> slots = KeySlotFile::load(rv.location.keySlotsPath());
        Result<KeySlot> slot = slots->makeSlot(QStringLiteral("carol"), passphraseOf(QStringLiteral("carol")),
                                               KdfParams::forTests(), stealMasterKey(rv.location, QStringLiteral("alice")));
        if (!slot.ok())
            return false;
        slots->slots.append(*slot);
        if (!slots->save(rv.location.keySlotsPath()).ok())
            return false;
        const QByteArray jwk = QJsonDocument(slot->signingJwk).toJson(QJsonDocument::Compact);
        if (!db->exec(QStringLiteral("INSERT INTO officers (name, roles, signing_jwk, created_at, created_by) VALUES "
                                     "('carol', 'approver', '%1', '2026-01-01T09:00:00.000Z', 'alice')")
                          .arg(QString::fromUtf8(jwk)))
                 .ok())
            return false;
        AuditEvent forged;
        forged.actor = QStringLiteral("alice");
        forged.action = QStringLiteral("officer.added");
        forged.subject = QStringLiteral("carol");
        forged.details = QJsonObject { { QStringLiteral("roles"), QJsonArray { QStringLiteral("approver") } },
                                       { QStringLiteral("signingJwk"), slot->signingJwk },
                                       { QStringLiteral("bootstrap"), false } };
        return insertAndRechain(*db, rv.clock, forged, 2);
    }

private Q_SLOTS:
    void forgedOfficerCannotUnlockAndIsNamed()
    {
        RequestVault rv;
        QVERIFY(initTwo(rv));
        rv.engine.reset();
        rv.provider.reset();
        rv.vault.reset();
        QVERIFY(forgeCarol(rv));

        // The hash chain alone is fooled: that is why the roster and the heads are signed.
        {
            std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
            QVERIFY(db);
            QVERIFY(verifyChain(*AuditLog(*db, rv.clock).events(1, 1000)).intact);
            QVERIFY(!AuditLog(*db, rv.clock).verify().intact);
        }
        for (const QString& who : { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") }) {
            Result<std::unique_ptr<Vault>> opened = Vault::open(rv.location, who, passphraseOf(who), rv.clock);
            QCOMPARE(opened.code(), ErrorCode::IntegrityFailure);
            QVERIFY2(opened.message().contains(QStringLiteral("carol")), qPrintable(opened.message()));
            QVERIFY2(opened.message().contains(QStringLiteral("Tampering")), qPrintable(opened.message()));
        }
        // `audit verify` says so too: exit 4, naming carol (the chain itself was recomputed).
        const CliRun verify = auditVerify(rv.location, QStringLiteral("bob"));
        QCOMPARE(verify.exitCode, 4);
        QVERIFY2(verify.stderrText.contains(QStringLiteral("carol")), qPrintable(verify.stderrText));
    }

    void approvalByForgedOfficerDoesNotVerify()
    {
        RequestVault rv;
        QVERIFY(initTwo(rv));
        // alice's session stays open while she forges carol beside it.
        QVERIFY(forgeCarol(rv));
        Result<Request> submitted = rv.submitRoleChange(QStringLiteral("bob"), { Role::Approver, Role::Auditor });
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> carol = rv.credential(QStringLiteral("carol"));
        QVERIFY(carol);
        Result<Request> approved = rv.engine->approve(submitted->id, *carol);
        // Whatever the engine answers, the change must not happen and the decision must not verify.
        Result<std::optional<Officer>> bob = OfficerStore(rv.vault->database()).find(QStringLiteral("bob"));
        QVERIFY(bob.ok() && bob->has_value());
        QCOMPARE((*bob)->roles, QList<Role> { Role::Approver });
        if (approved.ok()) {
            QVERIFY(approved->state != RequestState::Executed);
            const QList<Status> checks = rv.engine->verifyDecisions(*approved);
            QVERIFY(!checks.isEmpty());
            QCOMPARE(checks.first().code(), ErrorCode::IntegrityFailure);
            QVERIFY2(checks.first().message().contains(QStringLiteral("carol")), qPrintable(checks.first().message()));
        } else {
            QVERIFY2(approved.message().contains(QStringLiteral("carol")), qPrintable(approved.message()));
        }
    }

    void orphanSlotIsNotRewrappedAtRekey()
    {
        RequestVault rv;
        QVERIFY(rv.init(false));
        // erin (key-officer) first: the vault becomes operational only with bob.
        QVERIFY(rv.vault->addOfficer(QStringLiteral("erin"), { Role::KeyOfficer }, passphraseOf(QStringLiteral("erin")),
                                     KdfParams::forTests())
                    .ok());
        QVERIFY(rv.vault->addOfficer(QStringLiteral("bob"), { Role::Approver }, passphraseOf(QStringLiteral("bob")),
                                     KdfParams::forTests())
                    .ok());
        // Anyone who can write the folder plants a slot with their own box key.
        Result<KeySlotFile> slots = KeySlotFile::load(rv.location.keySlotsPath());
        QVERIFY(slots.ok());
        Result<KeySlot> planted = slots->makeSlot(QStringLiteral("mallory"), passphraseOf(QStringLiteral("mallory")),
                                                  KdfParams::forTests(), SecureBytes(32));
        QVERIFY(planted.ok());
        slots->slots.append(*planted);
        QVERIFY(slots->save(rv.location.keySlotsPath()).ok());

        Result<RequestDraft> draft = OfficerRequestDrafts::officerRemoval(QStringLiteral("erin"), QStringLiteral("left"));
        QVERIFY(draft.ok());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        Result<Request> approved = rv.engine->approve(submitted->id, *bob);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        rv.engine.reset();
        rv.provider.reset();
        rv.vault.reset();

        // The new master key is alice's; mallory's slot, if still there, does not hold it.
        const SecureBytes master = stealMasterKey(rv.location, QStringLiteral("alice"));
        QVERIFY(!master.isEmpty());
        Result<KeySlotFile> after = KeySlotFile::load(rv.location.keySlotsPath());
        QVERIFY(after.ok());
        QVERIFY(!after->find(QStringLiteral("erin")));
        if (const KeySlot* mallory = after->find(QStringLiteral("mallory"))) {
            Result<SlotSecrets> secrets = after->unlock(*mallory, passphraseOf(QStringLiteral("mallory")));
            QVERIFY(secrets.ok());
            Result<SecureBytes> unwrapped = after->unwrapMaster(*mallory, secrets->boxPrivate);
            QVERIFY(!unwrapped.ok() || !unwrapped->constantTimeEquals(master.view()));
        }
        // Unlock reports the planted slot (it opens nothing: mallory has no officers row), and
        // mallory cannot unlock.
        Result<std::unique_ptr<Vault>> opened
            = Vault::open(rv.location, QStringLiteral("alice"), passphraseOf(QStringLiteral("alice")), rv.clock);
        QVERIFY2(opened.ok(), why(opened).constData());
        QCOMPARE((*opened)->rosterWarnings().size(), 1);
        QVERIFY((*opened)->rosterWarnings().first().contains(QStringLiteral("mallory")));
        QVERIFY(!Vault::open(rv.location, QStringLiteral("mallory"), passphraseOf(QStringLiteral("mallory")), rv.clock).ok());
        opened->reset();
        const CliRun verify = auditVerify(rv.location, QStringLiteral("alice"));
        QCOMPARE(verify.exitCode, 4);
        QVERIFY2(verify.stderrText.contains(QStringLiteral("mallory")), qPrintable(verify.stderrText));
    }

    void rolePromotedBySqlIsDetected()
    {
        RequestVault rv;
        QVERIFY(initTwo(rv));
        rv.engine.reset();
        rv.provider.reset();
        rv.vault.reset();
        {
            std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("alice"));
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("UPDATE officers SET roles = 'approver,admin' WHERE name = 'bob'")).ok());
        }
        Result<std::unique_ptr<Vault>> opened
            = Vault::open(rv.location, QStringLiteral("bob"), passphraseOf(QStringLiteral("bob")), rv.clock);
        QCOMPARE(opened.code(), ErrorCode::IntegrityFailure);
        QVERIFY2(opened.message().contains(QStringLiteral("bob")), qPrintable(opened.message()));
    }
};

QTEST_GUILESS_MAIN(TestRosterAttacks)
#include "tst_roster_attacks.moc"
