// SPDX-License-Identifier: GPL-3.0-or-later
// Vault lifecycle: create, lock, open, officers, bootstrap, signing, removal with re-key.

#include "VaultTestSupport.h"

#include "audit/AuditLog.h"
#include "common/Base64Url.h"
#include "storage/Migrations.h"
#include "vault/KeySlots.h"
#include "vault/SlotCrypto.h"

#include <QJsonDocument>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

class TestVault : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;

    std::unique_ptr<Vault> createAlice(const QTemporaryDir& dir)
    {
        Result<std::unique_ptr<Vault>> vault
            = Vault::create(VaultLocation { dir.path() }, QStringLiteral("alice"), { Role::Admin, Role::KeyOfficer },
                            pass("alice-passphrase"), KdfParams::forTests(), m_clock);
        if (!vault.ok())
            qWarning("create failed: %s", why(vault).constData());
        return vault.ok() ? std::move(*vault) : nullptr;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const VaultLocation location { dir.path() };
        {
            std::unique_ptr<Vault> vault = createAlice(dir);
            QVERIFY(vault);
            QVERIFY(location.exists());
            QCOMPARE(vault->currentOfficer().name, QStringLiteral("alice"));
            QCOMPARE(vault->schemaVersion(), Migrations::latestVersion());
            QVERIFY(!vault->isOperational());
            vault->lock();
            QVERIFY(vault->isLocked());
            QCOMPARE(vault->officers().code(), ErrorCode::Refused);
        }
        Result<QStringList> names = Vault::slotOfficers(location);
        QVERIFY(names.ok());
        QCOMPARE(*names, QStringList { QStringLiteral("alice") });

        Result<std::unique_ptr<Vault>> opened
            = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock);
        QVERIFY2(opened.ok(), why(opened).constData());
        Vault& vault = **opened;
        Result<QList<Officer>> officers = vault.officers();
        QVERIFY(officers.ok());
        QCOMPARE(officers->size(), 1);
        QCOMPARE(officers->first().roles, (QList<Role> { Role::Admin, Role::KeyOfficer }));
        QCOMPARE(officers->first().signingJwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(officers->first().createdAt, m_clock.now());
        Result<QList<AuditEvent>> events = vault.audit().events(1, 10);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).action, QStringLiteral("vault.created"));
        QCOMPARE(events->at(1).action, QStringLiteral("officer.added"));
        QCOMPARE(events->at(2).action, QStringLiteral("audit.checkpoint")); // this unlock's (issue #15)
        QVERIFY(vault.audit().verify().intact);
        // The database file is encrypted: no SQLite header, no officer name in clear.
        const QByteArray raw = readAll(location.databasePath());
        QVERIFY(!raw.startsWith("SQLite format 3"));
        QVERIFY(!raw.contains("alice"));
        QVERIFY(!raw.contains("officer.added"));
        // Owner-only files.
        QCOMPARE(QFileInfo(location.keySlotsPath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void createRefusals()
    {
        QTemporaryDir dir;
        const VaultLocation location { dir.path() };
        QCOMPARE(Vault::create(location, QStringLiteral("bad name"), { Role::Admin }, pass("long-enough"),
                               KdfParams::forTests(), m_clock)
                     .code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(Vault::create(location, QStringLiteral("alice"), {}, pass("long-enough"), KdfParams::forTests(),
                               m_clock)
                     .code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(Vault::create(location, QStringLiteral("alice"), { Role::Admin }, pass("short"),
                               KdfParams::forTests(), m_clock)
                     .code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(!location.exists());
        QVERIFY(createAlice(dir));
        QCOMPARE(Vault::create(location, QStringLiteral("bob"), { Role::Admin }, pass("long-enough"),
                               KdfParams::forTests(), m_clock)
                     .code(),
                 ErrorCode::AlreadyExists);
    }

    void bootstrapAndOperational()
    {
        QTemporaryDir dir;
        std::unique_ptr<Vault> vault = createAlice(dir);
        QVERIFY(vault);
        QCOMPARE(vault->addOfficer(QStringLiteral("alice"), { Role::Approver }, pass("bob-passphrase"),
                                   KdfParams::forTests())
                     .code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(vault->addOfficer(QStringLiteral("bob"), {}, pass("bob-passphrase"), KdfParams::forTests()).code(),
                 ErrorCode::InvalidArgument);
        const Status added
            = vault->addOfficer(QStringLiteral("bob"), { Role::Approver }, pass("bob-passphrase"), KdfParams::forTests());
        QVERIFY2(added.ok(), why(added).constData());
        QVERIFY(vault->isOperational());
        QCOMPARE(*Vault::slotOfficers(vault->location()), (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));
        Result<QList<AuditEvent>> events = vault->audit().eventsForSubject(QStringLiteral("bob"));
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().action, QStringLiteral("officer.added"));
        QCOMPARE(events->first().actor, QStringLiteral("alice"));
        QCOMPARE(events->first().details.value(QStringLiteral("bootstrap")).toBool(), true);

        // Bob (approver, not admin) cannot add a third officer once the bootstrap is over.
        Result<std::unique_ptr<Vault>> bob
            = Vault::open(vault->location(), QStringLiteral("bob"), pass("bob-passphrase"), m_clock);
        QVERIFY2(bob.ok(), why(bob).constData());
        QVERIFY(!(*bob)->currentOfficer().custodianAcknowledged);
        QCOMPARE((*bob)->addOfficer(QStringLiteral("carol"), { Role::Auditor }, pass("carol-passphrase"),
                                    KdfParams::forTests())
                     .code(),
                 ErrorCode::Refused);
        QVERIFY((*bob)->acknowledgeCustodianDuties().ok());
        QVERIFY((*bob)->currentOfficer().custodianAcknowledged);
        (*bob)->lock();
        // Nor can the admin, alone: from now on an officer addition is a two-person request.
        const Status third = vault->addOfficer(QStringLiteral("carol"), { Role::Auditor }, pass("carol-passphrase"),
                                               KdfParams::forTests());
        QCOMPARE(third.code(), ErrorCode::Refused);
        QVERIFY(third.message().contains(QStringLiteral("officer-add")));
        QCOMPARE(vault->removeOfficer(QStringLiteral("bob")).code(), ErrorCode::Refused);
        QVERIFY(!Vault::slotOfficers(vault->location())->contains(QStringLiteral("carol")));
        Result<QList<Officer>> officers = vault->officers();
        QVERIFY(officers.ok());
        QCOMPARE(officers->size(), 2);
        QVERIFY(officers->at(1).custodianAcknowledged);
        QVERIFY(vault->audit().verify().intact);
    }

    void signing()
    {
        QTemporaryDir dir;
        std::unique_ptr<Vault> vault = createAlice(dir);
        QVERIFY(vault);
        const QByteArray payload("approve request 42");
        Result<QByteArray> signature = vault->signAsCurrentOfficer(payload);
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), 64);
        Result<QByteArray> x = base64url::decode(
            vault->currentOfficer().signingJwk.value(QStringLiteral("x")).toString().toLatin1());
        QVERIFY(x.ok());
        QVERIFY(slotcrypto::ed25519Verify(*x, payload, *signature));
        QVERIFY(!slotcrypto::ed25519Verify(*x, QByteArray("approve request 43"), *signature));
        // The signing key survives lock + open.
        const VaultLocation location = vault->location();
        vault.reset();
        Result<std::unique_ptr<Vault>> opened = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock);
        QVERIFY(opened.ok());
        Result<QByteArray> again = (*opened)->signAsCurrentOfficer(payload);
        QVERIFY(again.ok());
        QVERIFY(slotcrypto::ed25519Verify(*x, payload, *again));
        (*opened)->lock();
        QCOMPARE((*opened)->signAsCurrentOfficer(payload).code(), ErrorCode::Refused);
    }

    void removalRekeys()
    {
        QTemporaryDir dir;
        std::unique_ptr<Vault> vault = createAlice(dir);
        QVERIFY(vault);
        const VaultLocation location = vault->location();
        // No approver yet, so the admin still adds and removes officers alone (SPEC §2 bootstrap);
        // once operational, removal is an officer-remove request (tst_officer_requests).
        QVERIFY(vault->addOfficer(QStringLiteral("bob"), { Role::Auditor }, pass("bob-passphrase"), KdfParams::forTests()).ok());
        QVERIFY(vault->addOfficer(QStringLiteral("carol"), { Role::Auditor }, pass("carol-passphrase"), KdfParams::forTests()).ok());
        QVERIFY(!vault->isOperational());

        // Bob's own view of the old master key, as a leaving officer would keep it.
        Result<KeySlotFile> before = KeySlotFile::load(location.keySlotsPath());
        QVERIFY(before.ok());
        Result<SlotSecrets> bobSecrets = before->unlock(*before->find(QStringLiteral("bob")), pass("bob-passphrase"));
        QVERIFY(bobSecrets.ok());
        Result<SecureBytes> oldMaster = before->unwrapMaster(*before->find(QStringLiteral("bob")), bobSecrets->boxPrivate);
        QVERIFY(oldMaster.ok());
        QVERIFY(Database::open(location.databasePath(), *oldMaster, Database::Mode::OpenExisting).ok());

        QCOMPARE(vault->removeOfficer(QStringLiteral("alice")).code(), ErrorCode::Refused); // self
        QCOMPARE(vault->removeOfficer(QStringLiteral("nobody")).code(), ErrorCode::NotFound);
        const Status removed = vault->removeOfficer(QStringLiteral("bob"));
        QVERIFY2(removed.ok(), why(removed).constData());
        QVERIFY(!QFileInfo::exists(location.pendingKeySlotsPath()));
        QCOMPARE(*Vault::slotOfficers(location), (QStringList { QStringLiteral("alice"), QStringLiteral("carol") }));

        // The old master key no longer opens vault.db.
        QCOMPARE(Database::open(location.databasePath(), *oldMaster, Database::Mode::OpenExisting).code(),
                 ErrorCode::VaultDamaged);
        // The session that re-keyed keeps working, and is audited.
        QVERIFY(vault->acknowledgeCustodianDuties().ok());
        QVERIFY(vault->audit().verify().intact);
        Result<QList<AuditEvent>> events = vault->audit().eventsForSubject(QStringLiteral("bob"));
        QVERIFY(events.ok());
        QCOMPARE(events->last().action, QStringLiteral("officer.removed"));
        vault.reset();

        // The remaining officers still unlock; bob does not.
        QVERIFY(Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock).ok());
        Result<std::unique_ptr<Vault>> carol = Vault::open(location, QStringLiteral("carol"), pass("carol-passphrase"), m_clock);
        QVERIFY2(carol.ok(), why(carol).constData());
        QCOMPARE((*carol)->officers()->size(), 2);
        QCOMPARE(Vault::open(location, QStringLiteral("bob"), pass("bob-passphrase"), m_clock).code(),
                 ErrorCode::AuthenticationFailed);
    }

    void calibratedKdfMeetsTheFloor()
    {
        // SPEC §1: at least 64 MiB, and more than one pass of Argon2id on any machine this runs on.
        const KdfParams params = KdfParams::calibrated(200);
        QVERIFY(params.memoryKiB >= 64u * 1024u);
        QVERIFY(params.timeCost >= 2);
        QCOMPARE(params.parallelism, 1u);
        const KdfParams test = KdfParams::forTests();
        QVERIFY(test.memoryKiB < params.memoryKiB);
    }

    void lastAdminCannotBeRemoved()
    {
        QTemporaryDir dir;
        std::unique_ptr<Vault> vault = createAlice(dir);
        QVERIFY(vault);
        QVERIFY(vault->addOfficer(QStringLiteral("bob"), { Role::Admin }, pass("bob-passphrase"), KdfParams::forTests())
                    .ok());
        QVERIFY(!vault->isOperational()); // two admins, no approver: removal is still direct
        Result<std::unique_ptr<Vault>> bob = Vault::open(vault->location(), QStringLiteral("bob"), pass("bob-passphrase"), m_clock);
        QVERIFY(bob.ok());
        vault.reset();
        QVERIFY((*bob)->removeOfficer(QStringLiteral("alice")).ok());
        QCOMPARE((*bob)->officers()->size(), 1);
        QVERIFY((*bob)->audit().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
