// SPDX-License-Identifier: GPL-3.0-or-later
// keyslots.json changes only for committed officer additions (issue #11): the new slot goes to
// keyslots.json.new, the officers row commits, and only then does the file replace keyslots.json.
// A COMMIT that fails leaves keyslots.json as it was; a crash in between is settled at the next
// unlock from the officers rows — finished when the row is there (also when the new officer is
// the first to unlock), dropped when it is not.

#include "RequestTestSupport.h"
#include "SlotsWithoutHeads.h"

#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"

#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

class TestKeySlotCommit : public QObject {
    Q_OBJECT

private:
    // Writes what an addition of `name` writes, stopping before the officers row (committed =
    // false) or before the promotion (committed = true), as if the process died right there.
    // The state a crash leaves between the two steps of an addition: keyslots.json.new written
    // under the write lock, and the officers row with its signed "officer.added" either committed
    // (then the crash fell before the promotion) or not.
    static void crashDuringAddition(RequestVault& rv, const QString& name, bool committed)
    {
        const QByteArray slotsBefore = slotsWithoutHeads(rv.location.keySlotsPath());
        if (committed) {
            // The real addition, signed into the roster, then keyslots.json put back as the crash
            // found it: the new slots still waiting in keyslots.json.new.
            QVERIFY(rv.vault->addOfficer(name, { Role::Auditor }, passphraseOf(name), KdfParams::forTests()).ok());
            QVERIFY(QFile::rename(rv.location.keySlotsPath(), rv.location.pendingKeySlotsPath()));
            QVERIFY(writeAll(rv.location.keySlotsPath(), slotsBefore));
            return;
        }
        Result<KeySlotFile> current = KeySlotFile::load(rv.location.keySlotsPath());
        QVERIFY(current.ok());
        Result<SlotSecrets> secrets
            = current->unlock(*current->find(QStringLiteral("alice")), passphraseOf(QStringLiteral("alice")));
        QVERIFY(secrets.ok());
        Result<SecureBytes> master = current->unwrapMaster(*current->find(QStringLiteral("alice")), secrets->boxPrivate);
        QVERIFY(master.ok());
        Result<KeySlot> slot = current->makeSlot(name, passphraseOf(name), KdfParams::forTests(), *master);
        QVERIFY(slot.ok());
        KeySlotFile next = *current;
        next.slots.append(*slot);
        QVERIFY(next.save(rv.location.pendingKeySlotsPath()).ok());
    }

private Q_SLOTS:
    void failedCommitLeavesKeyslotsUnchanged()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        Result<RequestDraft> draft = OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("erin"), { Role::Auditor },
                                                                      passphraseOf(QStringLiteral("erin")),
                                                                      KdfParams::forTests(), QStringLiteral("new auditor"));
        QVERIFY(draft.ok());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        // Another program reads the vault: the approval's COMMIT cannot take the write lock.
        std::unique_ptr<Vault> reader = rv.session(QStringLiteral("carol"));
        QVERIFY(reader);
        // Read after carol's unlock, which seals her first audit head into her slot (issue #12).
        const QByteArray slotsBefore = slotsWithoutHeads(rv.location.keySlotsPath());
        QVERIFY(reader->database().exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(reader->database().queryInt64(QStringLiteral("SELECT count(*) FROM officers")).ok());
        Result<Request> failed = rv.engine->approve(submitted->id, *bob);
        QVERIFY(reader->database().exec(QStringLiteral("COMMIT")).ok());
        QVERIFY(!failed.ok());
        QCOMPARE(slotsWithoutHeads(rv.location.keySlotsPath()), slotsBefore);
        QCOMPARE(rv.engine->byId(submitted->id)->state, RequestState::Pending);

        // erin's slot opens nothing and trying changes nothing; the next real unlock drops the
        // stale keyslots.json.new.
        const auto before = snapshot(rv.location.dir);
        QCOMPARE(Vault::open(rv.location, QStringLiteral("erin"), passphraseOf(QStringLiteral("erin")), rv.clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(snapshot(rv.location.dir), before);
        QVERIFY(rv.session(QStringLiteral("carol")));
        QVERIFY(!QFileInfo::exists(rv.location.pendingKeySlotsPath()));
        QCOMPARE(slotsWithoutHeads(rv.location.keySlotsPath()), slotsBefore);

        // The normal path: approved and committed, erin's slot is in keyslots.json at once.
        Result<Request> approved = rv.engine->approve(submitted->id, *bob);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        QVERIFY(!QFileInfo::exists(rv.location.pendingKeySlotsPath()));
        QVERIFY(Vault::slotOfficers(rv.location)->contains(QStringLiteral("erin")));
        QVERIFY(rv.session(QStringLiteral("erin")));
    }

    void crashAfterAdditionCommittedIsFinished()
    {
        RequestVault rv;
        QVERIFY(rv.init(false));
        crashDuringAddition(rv, QStringLiteral("dave"), true);
        QVERIFY(!Vault::slotOfficers(rv.location)->contains(QStringLiteral("dave")));
        // The new officer may be the first to unlock: their row is there, so the addition stands.
        std::unique_ptr<Vault> dave = rv.session(QStringLiteral("dave"));
        QVERIFY(dave);
        QVERIFY(!QFileInfo::exists(rv.location.pendingKeySlotsPath()));
        QVERIFY(Vault::slotOfficers(rv.location)->contains(QStringLiteral("dave")));
        QVERIFY(dave->audit().verify().intact);
        QVERIFY(rv.session(QStringLiteral("alice")));
    }

    void crashBeforeAdditionCommittedIsDropped()
    {
        RequestVault rv;
        QVERIFY(rv.init(false));
        const QByteArray slotsBefore = slotsWithoutHeads(rv.location.keySlotsPath());
        crashDuringAddition(rv, QStringLiteral("dave"), false);
        const auto before = snapshot(rv.location.dir);
        QCOMPARE(Vault::open(rv.location, QStringLiteral("dave"), passphraseOf(QStringLiteral("dave")), rv.clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(snapshot(rv.location.dir), before);
        QVERIFY(rv.session(QStringLiteral("alice")));
        QVERIFY(!QFileInfo::exists(rv.location.pendingKeySlotsPath()));
        QCOMPARE(slotsWithoutHeads(rv.location.keySlotsPath()), slotsBefore);
    }

    void bootstrapAdditionLeavesNoPendingFile()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(!QFileInfo::exists(rv.location.pendingKeySlotsPath()));
        QCOMPARE(*Vault::slotOfficers(rv.location),
                 (QStringList { QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("bob") }));
    }
};

QTEST_GUILESS_MAIN(TestKeySlotCommit)
#include "tst_keyslot_commit.moc"
