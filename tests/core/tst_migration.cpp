// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations (SPEC §1): a vault at schema 1 opens with the current code and is upgraded in
// one transaction, with its audit chain intact and the upgrade itself audited.
//
// Two schema-1 vaults are used: one built here by applying only migration 1 (so the test follows
// the migration files as they are), and the committed fixture tests/data/vault/schema1 (a vault as
// an older Keyward left it; see tests/data/vault/README.md). Set KEYWARD_WRITE_SCHEMA1_FIXTURE=DIR
// to regenerate the fixture into DIR.

#include "VaultTestSupport.h"

#include "crypto/Random.h"
#include "storage/Migrations.h"
#include "vault/KeySlots.h"

#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

Status insertEvent(Database& db, AuditEvent& event, const QByteArray& prev)
{
    event.prev = prev;
    event.hash = event.computeHash();
    return AuditLog::insertRow(db, event);
}

// A vault exactly as schema 1 describes it: only migration 0001 applied, rows in its columns.
Status makeSchema1Vault(const VaultLocation& location, const Clock& clock)
{
    if (!QDir().mkpath(location.dir))
        return Error(ErrorCode::Io, QStringLiteral("mkpath"));
    KeySlotFile slots;
    slots.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecureBytes master = random::secretBytes(Database::kMasterKeySize);
    Result<KeySlot> slot = slots.makeSlot(QStringLiteral("alice"), pass("alice-passphrase"), KdfParams::forTests(), master);
    if (!slot.ok())
        return slot.error();
    slots.slots.append(*slot);
    // Schema-1 vaults had 1 KiB pages (Database::kLegacyCipherPageSize); they keep them.
    Result<std::unique_ptr<Database>> db = Database::open(location.databasePath(), master, Database::Mode::CreateNew,
                                                          Database::kLegacyCipherPageSize);
    if (!db.ok())
        return db.error();
    Database& database = **db;
    KEYWARD_TRY(Migrations::initialise(database, 1));
    Result<Statement> meta = database.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('vault_id', ?)"));
    if (!meta.ok())
        return meta.error();
    meta->bind(1, slots.vaultId);
    KEYWARD_TRY(meta->run());
    Result<Statement> officer = database.prepare(QStringLiteral(
        "INSERT INTO officers (name, roles, signing_jwk, created_at, created_by, acknowledged) VALUES (?,?,?,?,?,0)"));
    if (!officer.ok())
        return officer.error();
    officer->bind(1, QStringLiteral("alice"))
        .bind(2, QStringLiteral("admin,key-officer"))
        .bind(3, QString::fromUtf8(QJsonDocument(slot->signingJwk).toJson(QJsonDocument::Compact)))
        .bind(4, AuditEvent::formatTime(clock.now()))
        .bind(5, QStringLiteral("alice"));
    KEYWARD_TRY(officer->run());
    AuditEvent created { 1, clock.now(), QStringLiteral("alice"), QStringLiteral("vault.created"), slots.vaultId,
                         QJsonObject { { QStringLiteral("schema"), 1 } }, {}, {} };
    KEYWARD_TRY(insertEvent(database, created, QByteArray()));
    AuditEvent added { 2, clock.now(), QStringLiteral("alice"), QStringLiteral("officer.added"), QStringLiteral("alice"),
                       QJsonObject { { QStringLiteral("roles"), QJsonArray { QStringLiteral("admin"), QStringLiteral("key-officer") } } },
                       {}, {} };
    KEYWARD_TRY(insertEvent(database, added, created.hash));
    return slots.save(location.keySlotsPath());
}

} // namespace

class TestMigration : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;

    void checkUpgraded(const VaultLocation& location)
    {
        Result<std::unique_ptr<Vault>> opened = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock);
        QVERIFY2(opened.ok(), why(opened).constData());
        Vault& vault = **opened;
        // Found by trying: SQLCipher 3 cannot read the page size of an encrypted file.
        QCOMPARE(vault.database().cipherPageSize(), Database::kLegacyCipherPageSize);
        QCOMPARE(vault.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(*Migrations::currentVersion(vault.database()), Migrations::latestVersion());
        // The head was back-filled from the schema-1 tail, then the upgrade event appended, then
        // the admin's first unlock sealed the officers as the signed roster (issue #12).
        const ChainStatus status = vault.audit().verify();
        QVERIFY2(status.intact, qPrintable(status.problem));
        // Then the unlock recorded its checkpoint over those four (issue #15).
        QCOMPARE(status.eventCount, qint64(5));
        QCOMPARE(vault.audit().events(4, 1)->first().action, QStringLiteral("roster.adopted"));
        QCOMPARE(vault.audit().events(5, 1)->first().action, QStringLiteral("audit.checkpoint"));
        QVERIFY(!vault.fingerprint().isEmpty());
        Result<QList<AuditEvent>> events = vault.audit().events(3, 1);
        QVERIFY(events.ok());
        QCOMPARE(events->first().action, QStringLiteral("vault.schema-upgraded"));
        QCOMPARE(events->first().details.value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(events->first().details.value(QStringLiteral("to")).toInt(), Migrations::latestVersion());
        // Schema-2 features work on the upgraded vault.
        QVERIFY(vault.acknowledgeCustodianDuties().ok());
        QCOMPARE(vault.database().queryInt64(QStringLiteral("SELECT count(*) FROM officers WHERE acknowledged_at IS NOT NULL")).value(),
                 qint64(1));
        QCOMPARE(vault.officers()->first().roles, (QList<Role> { Role::Admin, Role::KeyOfficer }));
        vault.lock();
        // Opening again does not upgrade twice.
        Result<std::unique_ptr<Vault>> again = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock);
        QVERIFY(again.ok());
        // Adopted once, not at every unlock: the one new event is this unlock's checkpoint over the
        // acknowledgement (6), not a second upgrade or adoption.
        QCOMPARE(*(*again)->audit().count(), qint64(7));
        QCOMPARE((*again)->audit().events(7, 1)->first().action, QStringLiteral("audit.checkpoint"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Migrations::latestVersion() >= 2);
        QCOMPARE(Migrations::all().first().version, 1);
        const QString fixtureOut = qEnvironmentVariable("KEYWARD_WRITE_SCHEMA1_FIXTURE");
        if (!fixtureOut.isEmpty())
            QVERIFY(makeSchema1Vault(VaultLocation { fixtureOut }, m_clock).ok());
    }

    void upgradesBuiltSchema1Vault()
    {
        QTemporaryDir dir;
        const VaultLocation location { dir.filePath(QStringLiteral("v")) };
        const Status made = makeSchema1Vault(location, m_clock);
        QVERIFY2(made.ok(), why(made).constData());
        checkUpgraded(location);
    }

    void upgradesCommittedFixture()
    {
        const QString fixture = QStringLiteral(KEYWARD_TEST_DATA_DIR "/vault/schema1");
        QVERIFY(QFileInfo::exists(fixture + QStringLiteral("/vault.db")));
        QTemporaryDir dir;
        const VaultLocation location { dir.path() };
        QVERIFY(copySchema1Fixture(location));
        checkUpgraded(location);
    }

    void failedUpgradeChangesNothing()
    {
        QTemporaryDir dir;
        const VaultLocation location { dir.filePath(QStringLiteral("v")) };
        QVERIFY(makeSchema1Vault(location, m_clock).ok());
        Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
        QVERIFY(slots.ok());
        Result<SlotSecrets> secrets = slots->unlock(slots->slots.first(), pass("alice-passphrase"));
        QVERIFY(secrets.ok());
        Result<SecureBytes> master = slots->unwrapMaster(slots->slots.first(), secrets->boxPrivate);
        QVERIFY(master.ok());
        Result<std::unique_ptr<Database>> db = Database::open(location.databasePath(), *master, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        // Every step ran, then the hook fails: the whole upgrade rolls back.
        Result<int> upgraded = Migrations::upgrade(**db, Migrations::latestVersion(), [](int, int) -> Status {
            return Error(ErrorCode::Refused, QStringLiteral("fail on purpose"));
        });
        QCOMPARE(upgraded.code(), ErrorCode::Refused);
        QCOMPARE(*Migrations::currentVersion(**db), 1);
        QCOMPARE((*db)->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_head'")).value(),
                 qint64(0));
        QCOMPARE((*db)->queryInt64(QStringLiteral("SELECT count(*) FROM audit_events")).value(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
