// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input at unlock (issue 2 "Bad input", SPEC §10): a wrong passphrase, damaged or missing
// keyslots.json, a truncated or foreign vault.db and a newer schema each give their own error and
// leave every file exactly as it was.

#include "VaultTestSupport.h"

#include "crypto/Random.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

class TestVaultDamage : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    VaultLocation m_location;

    void makeVault(const QString& dir)
    {
        Result<std::unique_ptr<Vault>> vault
            = Vault::create(VaultLocation { dir }, QStringLiteral("alice"), { Role::Admin }, pass("alice-passphrase"),
                            KdfParams::forTests(), m_clock);
        QVERIFY2(vault.ok(), why(vault).constData());
        QVERIFY((*vault)->addOfficer(QStringLiteral("bob"), { Role::Approver }, pass("bob-passphrase"),
                                     KdfParams::forTests())
                    .ok());
    }

    Result<std::unique_ptr<Vault>> openAlice(const char* passphrase = "alice-passphrase")
    {
        return Vault::open(m_location, QStringLiteral("alice"), pass(passphrase), m_clock);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = VaultLocation { m_dir.filePath(QStringLiteral("vault")) };
        makeVault(m_location.dir);
    }

    void cleanup()
    {
        QDir(m_location.dir).removeRecursively();
    }

    void wrongPassphraseChangesNothing()
    {
        const auto before = snapshot(m_location.dir);
        Result<std::unique_ptr<Vault>> vault = openAlice("not-the-passphrase");
        QCOMPARE(vault.code(), ErrorCode::AuthenticationFailed);
        QVERIFY(vault.message().contains(QStringLiteral("alice")));
        QCOMPARE(Vault::open(m_location, QStringLiteral("bob"), pass("alice-passphrase"), m_clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(Vault::open(m_location, QStringLiteral("nobody"), pass("alice-passphrase"), m_clock).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(snapshot(m_location.dir), before);
        QVERIFY(openAlice().ok());
    }

    void damagedKeySlots_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("empty") << "empty";
        QTest::newRow("not-keyslots") << "not-keyslots";
        QTest::newRow("wrong-vault-id") << "wrong-vault-id";
        QTest::newRow("altered-ciphertext") << "altered-ciphertext";
        QTest::newRow("altered-master-wrap") << "altered-master-wrap";
        QTest::newRow("duplicate-member") << "duplicate-member";
        QTest::newRow("missing") << "missing";
    }

    void damagedKeySlots()
    {
        QFETCH(QString, damage);
        const QString path = m_location.keySlotsPath();
        const QByteArray original = readAll(path);
        QJsonObject root = QJsonDocument::fromJson(original).object();
        QByteArray damaged;
        if (damage == QLatin1String("truncated")) {
            damaged = original.left(original.size() / 2);
        } else if (damage == QLatin1String("garbage")) {
            damaged = random::bytes(2000);
        } else if (damage == QLatin1String("not-keyslots")) {
            damaged = R"({"keys": []})";
        } else if (damage == QLatin1String("wrong-vault-id")) {
            root.insert(QStringLiteral("vaultId"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
            damaged = QJsonDocument(root).toJson();
        } else if (damage == QLatin1String("altered-ciphertext") || damage == QLatin1String("altered-master-wrap")) {
            QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = slots.at(0).toObject();
            const bool master = damage == QLatin1String("altered-master-wrap");
            QJsonObject holder = slot.value(master ? QStringLiteral("masterKey") : QStringLiteral("box")).toObject();
            QJsonObject sealed = master ? holder : holder.value(QStringLiteral("private")).toObject();
            QString ciphertext = sealed.value(QStringLiteral("ciphertext")).toString();
            ciphertext[0] = ciphertext[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            sealed.insert(QStringLiteral("ciphertext"), ciphertext);
            if (master)
                holder = sealed;
            else
                holder.insert(QStringLiteral("private"), sealed);
            slot.insert(master ? QStringLiteral("masterKey") : QStringLiteral("box"), holder);
            slots.replace(0, slot);
            root.insert(QStringLiteral("slots"), slots);
            damaged = QJsonDocument(root).toJson();
        } else if (damage == QLatin1String("duplicate-member")) {
            damaged = original;
            damaged.replace("\"generation\"", "\"vaultId\": \"x\", \"generation\"");
        }
        if (damage == QLatin1String("missing"))
            QVERIFY(QFile::remove(path));
        else
            QVERIFY(writeAll(path, damaged));

        const auto before = snapshot(m_location.dir);
        Result<std::unique_ptr<Vault>> vault = openAlice();
        QCOMPARE(vault.code(), ErrorCode::VaultDamaged);
        QVERIFY2(vault.message().contains(QStringLiteral("keyslot")) || vault.message().contains(QStringLiteral("keyslots.json")),
                 qPrintable(vault.message()));
        QCOMPARE(snapshot(m_location.dir), before);
        if (damage != QLatin1String("wrong-vault-id") && !damage.startsWith(QLatin1String("altered")))
            QCOMPARE(Vault::slotOfficers(m_location).code(), ErrorCode::VaultDamaged);

        // Restoring the file restores access: nothing else was touched.
        QVERIFY(writeAll(path, original));
        QVERIFY(openAlice().ok());
    }

    void damagedDatabase_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated-half") << "truncated-half";
        QTest::newRow("truncated-odd") << "truncated-odd";
        QTest::newRow("empty") << "empty";
        QTest::newRow("foreign-sqlite") << "foreign-sqlite";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("other-vault") << "other-vault";
        QTest::newRow("missing") << "missing";
    }

    void damagedDatabase()
    {
        QFETCH(QString, damage);
        const QString path = m_location.databasePath();
        const QByteArray original = readAll(path);
        QVERIFY(original.size() >= 4096);
        QByteArray damaged;
        if (damage == QLatin1String("truncated-half")) {
            damaged = original.left((original.size() / 2048) * 1024);
        } else if (damage == QLatin1String("truncated-odd")) {
            damaged = original.left(original.size() - 100);
        } else if (damage == QLatin1String("foreign-sqlite")) {
            damaged = QByteArray("SQLite format 3\0", 16) + random::bytes(4096 - 16);
        } else if (damage == QLatin1String("garbage")) {
            damaged = random::bytes(int(original.size()));
        } else if (damage == QLatin1String("other-vault")) {
            const QString other = m_dir.filePath(QStringLiteral("other"));
            makeVault(other);
            damaged = readAll(VaultLocation { other }.databasePath());
        }
        if (damage == QLatin1String("missing"))
            QVERIFY(QFile::remove(path));
        else
            QVERIFY(writeAll(path, damaged));

        const auto before = snapshot(m_location.dir);
        Result<std::unique_ptr<Vault>> vault = openAlice();
        QCOMPARE(vault.code(), ErrorCode::VaultDamaged);
        QVERIFY2(vault.message().contains(QStringLiteral("vault")), qPrintable(vault.message()));
        QCOMPARE(snapshot(m_location.dir), before);
        QVERIFY(writeAll(path, original));
        QVERIFY(openAlice().ok());
    }

    void newerSchemaIsRefused()
    {
        {
            Result<std::unique_ptr<Vault>> vault = openAlice();
            QVERIFY(vault.ok());
            QVERIFY((*vault)->database().exec(QStringLiteral("PRAGMA user_version = 99")).ok());
        }
        const auto before = snapshot(m_location.dir);
        Result<std::unique_ptr<Vault>> vault = openAlice();
        QCOMPARE(vault.code(), ErrorCode::NewerSchema);
        QVERIFY(vault.message().contains(QStringLiteral("99")));
        QCOMPARE(snapshot(m_location.dir), before);
    }

    void noVaultAtAll()
    {
        const VaultLocation nowhere { m_dir.filePath(QStringLiteral("nothing-here")) };
        QCOMPARE(Vault::open(nowhere, QStringLiteral("alice"), pass("alice-passphrase"), m_clock).code(),
                 ErrorCode::NotFound);
        QCOMPARE(Vault::slotOfficers(nowhere).code(), ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(nowhere.dir));
    }
};

QTEST_GUILESS_MAIN(TestVaultDamage)
#include "tst_vault_damage.moc"
