// SPDX-License-Identifier: GPL-3.0-or-later
// Backups that restore (issue #11): backups taken while another program writes (a child process,
// backup_writer.cpp) and at every step of an officer removal's re-key each open with their chain
// intact; check() refuses a database and keyslots from two moments with the message that says so,
// and every other way a copy can be incomplete, without changing the folder it checks.

#include "SignedRemoval.h"
#include "VaultTestSupport.h"

#include "crypto/Random.h"
#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"
#include "vault/VaultBackup.h"
#include "vault/VaultFiles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

SecureBytes passOf(const QString& officer)
{
    const QByteArray text = officer.toUtf8() + "-passphrase";
    return SecureBytes(text.constData(), std::size_t(text.size()));
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestVaultBackup : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock; // the writer processes write at the real time: so must this side
    QTemporaryDir m_dir;
    VaultLocation m_location;
    SecureBytes m_oldMaster;
    SecureBytes m_newMaster;

    QString folder(const QString& name) const { return m_dir.filePath(name); }

    // alice (admin) with two more officers; without an approver the vault stays before the
    // two-person rule, so alice may remove an officer directly.
    std::unique_ptr<Vault> createVault(const QString& name, const QList<Role>& bobRoles = { Role::Auditor })
    {
        m_location = VaultLocation { folder(name) };
        Result<std::unique_ptr<Vault>> vault = Vault::create(m_location, QStringLiteral("alice"), { Role::Admin },
                                                             passOf(QStringLiteral("alice")), KdfParams::forTests(), m_clock);
        if (!vault.ok())
            return nullptr;
        if (!(*vault)->addOfficer(QStringLiteral("carol"), { Role::Auditor }, passOf(QStringLiteral("carol")),
                                  KdfParams::forTests())
                 .ok()
            || !(*vault)->addOfficer(QStringLiteral("bob"), bobRoles, passOf(QStringLiteral("bob")), KdfParams::forTests())
                    .ok())
            return nullptr;
        return std::move(vault).value();
    }

    Result<std::unique_ptr<Vault>> open(const QString& dir, const QString& officer)
    {
        return Vault::open(VaultLocation { dir }, officer, passOf(officer), m_clock);
    }

    // A copy must open as a vault, pass integrity_check and verify its chain.
    void verifyRestores(const QString& dir, const QString& officer)
    {
        Result<BackupCheck> checked = VaultBackup::check(dir, officer, passOf(officer), m_clock);
        QVERIFY2(checked.ok(), qPrintable(dir + QStringLiteral(": ") + QString::fromUtf8(why(checked))));
        Result<std::unique_ptr<Vault>> restored = open(dir, officer);
        QVERIFY2(restored.ok(), why(restored).constData());
        QCOMPARE(*(*restored)->database().integrityCheck(), QStringLiteral("ok"));
        const ChainStatus chain = (*restored)->audit().verify();
        QVERIFY2(chain.intact, qPrintable(chain.problem));
        // Unlocking the restored copy may have recorded its checkpoint (issue #15): then exactly one
        // more event, and that one.
        if (chain.eventCount != checked->events) {
            QCOMPARE(chain.eventCount, checked->events + 1);
            QCOMPARE((*restored)->audit().events(chain.eventCount, 1)->first().action, QStringLiteral("audit.checkpoint"));
        }
    }

    // The first steps of removing carol by hand, as another program would have left them:
    // keyslots.json.new with a fresh master key, then (committed) the removal under the old key.
    void stageRemovalOfCarol(bool committed)
    {
        Result<KeySlotFile> current = KeySlotFile::load(m_location.keySlotsPath());
        QVERIFY(current.ok());
        const KeySlot* alice = current->find(QStringLiteral("alice"));
        Result<SlotSecrets> secrets = current->unlock(*alice, passOf(QStringLiteral("alice")));
        QVERIFY(secrets.ok());
        m_oldMaster = std::move(current->unwrapMaster(*alice, secrets->boxPrivate)).value();
        m_newMaster = random::secretBytes(Database::kMasterKeySize);
        Result<KeySlotFile> next = VaultFiles::rekeyedSlots(*current, QStringLiteral("carol"), m_newMaster);
        QVERIFY(next.ok());
        QVERIFY(next->save(m_location.pendingKeySlotsPath()).ok());
        if (!committed)
            return;
        Result<std::unique_ptr<Database>> db
            = Database::open(m_location.databasePath(), m_oldMaster, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        // Signed by alice as Vault::removeOfficer does (the signed roster refuses an unsigned one).
        const QJsonObject details = keyward::test::signedRemovalDetails(*current, QStringLiteral("alice"), secrets->signingPrivate,
                                                               QStringLiteral("carol"), m_clock.now());
        QVERIFY(!details.isEmpty());
        AuditLog audit(**db, m_clock);
        QVERIFY(keyward::test::signHeadsAs(audit, current->vaultId, QStringLiteral("alice"), secrets->signingPrivate));
        QVERIFY(audit.record(QStringLiteral("alice"), QStringLiteral("officer.removed"), QStringLiteral("carol"), details,
                             [](Database& database) { return OfficerStore(database).remove(QStringLiteral("carol")); })
                    .ok());
    }

private Q_SLOTS:
    void backupsWhileAnotherProgramWrites()
    {
        std::unique_ptr<Vault> created = createVault(QStringLiteral("busy"), { Role::Approver });
        QVERIFY(created);
        created.reset();
        const QString passphraseFile = folder(QStringLiteral("alice.pw"));
        QVERIFY(writeAll(passphraseFile, "alice-passphrase\n"));

        QProcess writer;
        writer.setProgram(QStringLiteral(KEYWARD_BACKUP_WRITER_PATH));
        writer.setArguments({ m_location.dir, passphraseFile });
        writer.start();
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000));

        Result<std::unique_ptr<Vault>> bob = open(m_location.dir, QStringLiteral("bob"));
        QVERIFY2(bob.ok(), why(bob).constData());
        QRandomGenerator random(QRandomGenerator::global()->generate());
        QStringList backups;
        for (int i = 0; i < 8; ++i) {
            const QString out = folder(QStringLiteral("busy-backup-%1").arg(i));
            Result<BackupReport> report = VaultBackup::backup(**bob, out);
            QVERIFY2(report.ok(), why(report).constData());
            QCOMPARE(report->officers.size(), 3);
            QVERIFY(!report->settledOfficerChange);
            backups.append(out);
            QTest::qWait(int(random.bounded(5, 60)));
        }
        QCOMPARE(writer.state(), QProcess::Running); // it really wrote all along
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));

        qint64 lastEvents = 0;
        for (const QString& out : std::as_const(backups)) {
            QVERIFY(!QFileInfo::exists(out + QStringLiteral("/keyslots.json.new")));
            QCOMPARE(QFileInfo(out + QStringLiteral("/vault.db")).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
            verifyRestores(out, QStringLiteral("alice"));
            const qint64 events = VaultBackup::check(out, QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock)->events;
            QVERIFY(events >= lastEvents);
            lastEvents = events;
        }
        QVERIFY2(VaultBackup::check(backups.last(), QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock)->events
                     > VaultBackup::check(backups.first(), QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock)->events,
                 "the writer committed nothing between the first and the last backup");
    }

    void backupsDuringAnOfficerRemoval()
    {
        std::unique_ptr<Vault> alice = createVault(QStringLiteral("rekey"));
        QVERIFY(alice);

        // 1. keyslots.json.new is written, the removal not committed: the backup keeps carol.
        stageRemovalOfCarol(false);
        const auto liveBefore = snapshot(m_location.dir);
        Result<BackupReport> pending = VaultBackup::backup(*alice, folder(QStringLiteral("rekey-1")));
        QVERIFY2(pending.ok(), why(pending).constData());
        QCOMPARE(snapshot(m_location.dir), liveBefore); // a backup never touches the live folder
        QVERIFY(pending->settledOfficerChange);
        QCOMPARE(pending->keyGeneration, qint64(1));
        verifyRestores(folder(QStringLiteral("rekey-1")), QStringLiteral("carol"));

        // 2. The removal committed, the re-key not yet run: the backup is the committed side,
        //    re-keyed to the new master key, so carol's old slot opens nothing in it.
        QFile::remove(m_location.pendingKeySlotsPath());
        stageRemovalOfCarol(true);
        Result<BackupReport> committed = VaultBackup::backup(*alice, folder(QStringLiteral("rekey-2")));
        QVERIFY2(committed.ok(), why(committed).constData());
        QCOMPARE(committed->keyGeneration, qint64(2));
        QCOMPARE(committed->officers, (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));
        verifyRestores(folder(QStringLiteral("rekey-2")), QStringLiteral("bob"));
        QCOMPARE(VaultBackup::check(folder(QStringLiteral("rekey-2")), QStringLiteral("carol"),
                                    passOf(QStringLiteral("carol")), m_clock)
                     .code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(Database::open(folder(QStringLiteral("rekey-2/vault.db")), m_newMaster, Database::Mode::OpenExisting).ok());
        QVERIFY(!Database::open(folder(QStringLiteral("rekey-2/vault.db")), m_oldMaster, Database::Mode::OpenExisting).ok());

        // 3. The next unlock finishes the re-key; a backup of the settled vault restores too.
        alice.reset();
        Result<std::unique_ptr<Vault>> bob = open(m_location.dir, QStringLiteral("bob"));
        QVERIFY2(bob.ok(), why(bob).constData());
        QVERIFY(!QFileInfo::exists(m_location.pendingKeySlotsPath()));
        Result<BackupReport> settled = VaultBackup::backup(**bob, folder(QStringLiteral("rekey-3")));
        QVERIFY2(settled.ok(), why(settled).constData());
        QVERIFY(!settled->settledOfficerChange);
        verifyRestores(folder(QStringLiteral("rekey-3")), QStringLiteral("alice"));

        // 4. A removal made and re-keyed in this very session.
        std::unique_ptr<Vault> again = createVault(QStringLiteral("rekey-in-process"));
        QVERIFY(again);
        QVERIFY(again->removeOfficer(QStringLiteral("carol")).ok());
        Result<BackupReport> afterRemoval = VaultBackup::backup(*again, folder(QStringLiteral("rekey-4")));
        QVERIFY2(afterRemoval.ok(), why(afterRemoval).constData());
        QCOMPARE(afterRemoval->keyGeneration, qint64(2));
        verifyRestores(folder(QStringLiteral("rekey-4")), QStringLiteral("bob"));
    }

    void checkRefusesAPairFromTwoMoments()
    {
        std::unique_ptr<Vault> alice = createVault(QStringLiteral("pair"));
        QVERIFY(alice);
        const QString before = folder(QStringLiteral("pair-before"));
        const QString after = folder(QStringLiteral("pair-after"));
        QVERIFY(VaultBackup::backup(*alice, before).ok());
        QVERIFY(alice->removeOfficer(QStringLiteral("carol")).ok()); // re-keys
        QVERIFY(VaultBackup::backup(*alice, after).ok());

        // New database, old keyslots: what copying the folder during the re-key can give.
        const QString mixed = folder(QStringLiteral("pair-mixed"));
        QVERIFY(QDir().mkpath(mixed));
        QVERIFY(copyFile(after + QStringLiteral("/vault.db"), mixed + QStringLiteral("/vault.db")));
        QVERIFY(copyFile(before + QStringLiteral("/keyslots.json"), mixed + QStringLiteral("/keyslots.json")));
        const auto untouched = snapshot(mixed);
        Result<BackupCheck> refused = VaultBackup::check(mixed, QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock);
        QCOMPARE(refused.code(), ErrorCode::VaultDamaged);
        QVERIFY2(refused.message().contains(QStringLiteral("different moments")), qPrintable(refused.message()));
        QCOMPARE(snapshot(mixed), untouched); // checking changes nothing

        // Old database, new keyslots.
        QVERIFY(copyFile(before + QStringLiteral("/vault.db"), mixed + QStringLiteral("/vault.db")));
        QVERIFY(copyFile(after + QStringLiteral("/keyslots.json"), mixed + QStringLiteral("/keyslots.json")));
        refused = VaultBackup::check(mixed, QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock);
        QCOMPARE(refused.code(), ErrorCode::VaultDamaged);
        QVERIFY2(refused.message().contains(QStringLiteral("different moments")), qPrintable(refused.message()));

        // Wrong passphrase, unknown officer: authentication, not damage.
        QCOMPARE(VaultBackup::check(after, QStringLiteral("bob"), passOf(QStringLiteral("alice")), m_clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(VaultBackup::check(after, QStringLiteral("mallory"), passOf(QStringLiteral("mallory")), m_clock).code(),
                 ErrorCode::AuthenticationFailed);

        // A broken chain.
        const QString tampered = folder(QStringLiteral("pair-tampered"));
        QVERIFY(QDir().mkpath(tampered));
        QVERIFY(copyFile(after + QStringLiteral("/vault.db"), tampered + QStringLiteral("/vault.db")));
        QVERIFY(copyFile(after + QStringLiteral("/keyslots.json"), tampered + QStringLiteral("/keyslots.json")));
        {
            Result<std::unique_ptr<Vault>> opened = open(tampered, QStringLiteral("alice"));
            QVERIFY(opened.ok());
            QVERIFY((*opened)->database().exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")).ok());
        }
        QCOMPARE(VaultBackup::check(tampered, QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock).code(),
                 ErrorCode::VerificationFailed);

        // Copied by hand mid-change, or incomplete.
        QVERIFY(copyFile(after + QStringLiteral("/keyslots.json"), tampered + QStringLiteral("/keyslots.json.new")));
        QCOMPARE(VaultBackup::check(tampered, QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock).code(),
                 ErrorCode::VaultDamaged);
        QVERIFY(QFile::remove(mixed + QStringLiteral("/vault.db")));
        QCOMPARE(VaultBackup::check(mixed, QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock).code(),
                 ErrorCode::VaultDamaged);
        QCOMPARE(VaultBackup::check(folder(QStringLiteral("nowhere")), QStringLiteral("bob"), passOf(QStringLiteral("bob")), m_clock).code(),
                 ErrorCode::NotFound);
    }

    void backupFolderRules()
    {
        std::unique_ptr<Vault> alice = createVault(QStringLiteral("rules"));
        QVERIFY(alice);
        const auto live = snapshot(m_location.dir);
        QCOMPARE(VaultBackup::backup(*alice, m_location.dir).code(), ErrorCode::InvalidArgument);
        QCOMPARE(VaultBackup::backup(*alice, m_location.dir + QStringLiteral("/sub/dir")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(VaultBackup::backup(*alice, m_location.dir + QStringLiteral("/../rules/x")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(snapshot(m_location.dir), live);
        QVERIFY(!QFileInfo::exists(m_location.dir + QStringLiteral("/sub")));

        const QString busy = folder(QStringLiteral("rules-busy"));
        QVERIFY(QDir().mkpath(busy));
        QVERIFY(writeAll(busy + QStringLiteral("/notes.txt"), "x"));
        QCOMPARE(VaultBackup::backup(*alice, busy).code(), ErrorCode::AlreadyExists);
        QCOMPARE(VaultBackup::backup(*alice, busy + QStringLiteral("/notes.txt")).code(), ErrorCode::InvalidArgument);

        const QString fresh = folder(QStringLiteral("rules-new/deeper"));
        Result<BackupReport> report = VaultBackup::backup(*alice, fresh);
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(QFileInfo(fresh).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QCOMPARE(QDir(fresh).entryList(QDir::Files | QDir::Hidden), (QStringList { QStringLiteral("keyslots.json"),
                                                                                    QStringLiteral("vault.db") }));
        QCOMPARE(snapshot(m_location.dir), live);
        const auto copied = snapshot(fresh);
        QVERIFY(VaultBackup::check(fresh, QStringLiteral("carol"), passOf(QStringLiteral("carol")), m_clock).ok());
        QCOMPARE(snapshot(fresh), copied); // a whole copy is checked without being touched either
        verifyRestores(fresh, QStringLiteral("alice"));
        // A backup of a backup folder that is not empty any more is refused.
        QCOMPARE(VaultBackup::backup(*alice, fresh).code(), ErrorCode::AlreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "tst_vault_backup.moc"
