// SPDX-License-Identifier: GPL-3.0-or-later
// Officer removal is four steps (keyslots.json.new, the audited removal, PRAGMA rekey, rename).
// Each test leaves the vault exactly as a crash after one step would, then checks that the next
// unlock settles it the right way: abandon the re-key if the removal never committed, otherwise
// finish it — and that the removed officer can neither open the vault nor disturb the recovery.

#include "SignedRemoval.h"
#include "SlotsWithoutHeads.h"
#include "VaultTestSupport.h"

#include "crypto/Random.h"
#include "storage/Migrations.h"
#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"
#include "vault/VaultFiles.h"

#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

class TestVaultRekeyRecovery : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    VaultLocation m_location;
    SecureBytes m_oldMaster;
    SecureBytes m_newMaster;

    enum class Step { PendingWritten, RemovalCommitted, Rekeyed };

    Result<std::unique_ptr<Vault>> open(const char* officer)
    {
        const QByteArray secret = QByteArray(officer) + "-passphrase";
        return Vault::open(m_location, QString::fromLatin1(officer), pass(secret.constData()), m_clock);
    }

    bool opensWith(const SecureBytes& key)
    {
        return Database::open(m_location.databasePath(), key, Database::Mode::OpenExisting).ok();
    }

    // Removes carol by hand, stopping after `step`, as if the process died right there.
    void crashDuringRemoval(Step step)
    {
        Result<KeySlotFile> current = KeySlotFile::load(m_location.keySlotsPath());
        QVERIFY(current.ok());
        const KeySlot* alice = current->find(QStringLiteral("alice"));
        Result<SlotSecrets> secrets = current->unlock(*alice, pass("alice-passphrase"));
        QVERIFY(secrets.ok());
        Result<SecureBytes> master = current->unwrapMaster(*alice, secrets->boxPrivate);
        QVERIFY(master.ok());
        m_oldMaster = std::move(*master);
        m_newMaster = random::secretBytes(Database::kMasterKeySize);
        Result<KeySlotFile> next = VaultFiles::rekeyedSlots(*current, QStringLiteral("carol"), m_newMaster);
        QVERIFY(next.ok());
        QVERIFY(next->save(m_location.pendingKeySlotsPath()).ok());
        if (step == Step::PendingWritten)
            return;
        Result<std::unique_ptr<Database>> db = Database::open(m_location.databasePath(), m_oldMaster, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        // The removal is signed by alice as Vault::removeOfficer does: an unsigned one is what the
        // signed roster refuses as tampering (issue #12).
        const QJsonObject details = keyward::test::signedRemovalDetails(*current, QStringLiteral("alice"), secrets->signingPrivate,
                                                               QStringLiteral("carol"), m_clock.now());
        QVERIFY(!details.isEmpty());
        AuditLog audit(**db, m_clock);
        QVERIFY(keyward::test::signHeadsAs(audit, current->vaultId, QStringLiteral("alice"), secrets->signingPrivate));
        QVERIFY(audit.record(QStringLiteral("alice"), QStringLiteral("officer.removed"), QStringLiteral("carol"), details,
                             [](Database& database) { return OfficerStore(database).remove(QStringLiteral("carol")); })
                    .ok());
        if (step == Step::Rekeyed)
            QVERIFY((*db)->rekey(m_newMaster).ok());
    }

    void checkRemovalFinished(const char* opener)
    {
        Result<std::unique_ptr<Vault>> vault = open(opener);
        QVERIFY2(vault.ok(), why(vault).constData());
        QVERIFY(!QFileInfo::exists(m_location.pendingKeySlotsPath()));
        QCOMPARE(*Vault::slotOfficers(m_location), (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));
        QCOMPARE((*vault)->officers()->size(), 2);
        QVERIFY((*vault)->audit().verify().intact);
        vault->reset();
        QVERIFY(!opensWith(m_oldMaster));
        QVERIFY(opensWith(m_newMaster));
        QVERIFY(open("alice").ok());
        QVERIFY(open("bob").ok());
        QCOMPARE(open("carol").code(), ErrorCode::AuthenticationFailed);
    }

private Q_SLOTS:
    void init()
    {
        m_location = VaultLocation { m_dir.filePath(QStringLiteral("v")) };
        Result<std::unique_ptr<Vault>> vault = Vault::create(m_location, QStringLiteral("alice"), { Role::Admin },
                                                             pass("alice-passphrase"), KdfParams::forTests(), m_clock);
        QVERIFY(vault.ok());
        // Not operational (no approver besides the admin): the solo removal these tests crash in
        // the middle of is one Vault::removeOfficer may make, and the signed roster accepts.
        QVERIFY((*vault)->addOfficer(QStringLiteral("carol"), { Role::Auditor }, pass("carol-passphrase"), KdfParams::forTests()).ok());
        QVERIFY((*vault)->addOfficer(QStringLiteral("bob"), { Role::KeyOfficer }, pass("bob-passphrase"), KdfParams::forTests()).ok());
    }

    void cleanup()
    {
        QDir(m_location.dir).removeRecursively();
    }

    void crashBeforeTheRemovalCommitted()
    {
        const QByteArray slotsBefore = slotsWithoutHeads(m_location.keySlotsPath());
        crashDuringRemoval(Step::PendingWritten);
        Result<std::unique_ptr<Vault>> vault = open("bob");
        QVERIFY2(vault.ok(), why(vault).constData());
        // The removal never happened: the new slots are dropped, everyone keeps access.
        QVERIFY(!QFileInfo::exists(m_location.pendingKeySlotsPath()));
        QCOMPARE(slotsWithoutHeads(m_location.keySlotsPath()), slotsBefore);
        QCOMPARE((*vault)->officers()->size(), 3);
        QVERIFY(opensWith(m_oldMaster));
        QVERIFY(open("carol").ok());
    }

    void crashAfterTheRemovalBeforeRekey()
    {
        crashDuringRemoval(Step::RemovalCommitted);
        // The removed officer comes first: refused, and nothing changes.
        const auto before = snapshot(m_location.dir);
        QCOMPARE(open("carol").code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(snapshot(m_location.dir), before);
        QVERIFY(opensWith(m_oldMaster));
        // The next remaining officer finishes the re-key.
        checkRemovalFinished("bob");
    }

    void crashAfterRekeyBeforeRename()
    {
        crashDuringRemoval(Step::Rekeyed);
        const auto before = snapshot(m_location.dir);
        QCOMPARE(open("carol").code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(snapshot(m_location.dir), before);
        checkRemovalFinished("alice");
    }

    void wrongPassphraseDuringRecoveryChangesNothing()
    {
        crashDuringRemoval(Step::RemovalCommitted);
        const auto before = snapshot(m_location.dir);
        QCOMPARE(Vault::open(m_location, QStringLiteral("alice"), pass("bob-passphrase"), m_clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(snapshot(m_location.dir), before);
        checkRemovalFinished("alice");
    }
};

QTEST_GUILESS_MAIN(TestVaultRekeyRecovery)
#include "tst_vault_rekey_recovery.moc"
