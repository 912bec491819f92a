// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-cli as a user runs it (SPEC §8): init, officer add/list, audit verify, global options in
// any position, passphrase handling and exit codes. Each test gets its own vault; KEYWARD_KDF=test
// keeps Argon2id cheap (test-only switch, announced on stderr).

#include "CliProcess.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyward::core;

namespace {

using Run = keyward::test::CliRun;

} // namespace

class TestCliFoundation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
        return path;
    }

    static Run cli(const QStringList& arguments, const QProcessEnvironment& extra = QProcessEnvironment())
    {
        return keyward::test::runCli(QStringLiteral(KEYWARD_CLI_PATH), arguments, extra);
    }

    QStringList asAlice() const
    {
        return { QStringLiteral("--vault"), m_vault, QStringLiteral("--as"), QStringLiteral("alice"),
                 QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("alice.pw")) };
    }

    void initAliceAndBob()
    {
        const Run init = cli({ QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("alice"),
                               QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
                               m_dir.filePath(QStringLiteral("alice.pw")) });
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const Run add = cli(QStringList { QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("bob"),
                                          QStringLiteral("--role"), QStringLiteral("approver"),
                                          QStringLiteral("--new-passphrase-file"), m_dir.filePath(QStringLiteral("bob.pw")) }
                            + asAlice());
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("vault-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        // One trailing newline is stripped; the rest of the file is the passphrase.
        file(QStringLiteral("alice.pw"), "alice passphrase\n");
        file(QStringLiteral("bob.pw"), "bob passphrase\r\n");
    }

    void initCreatesVaultWithDefaultRoles()
    {
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--officer"),
                              QStringLiteral("alice"), QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
                              m_dir.filePath(QStringLiteral("alice.pw")) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("test-only")));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("officer")).toString(), QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray { QStringLiteral("admin"), QStringLiteral("key-officer") }));
        QVERIFY(VaultLocation { m_vault }.exists());
        // A second init on the same folder is refused.
        const Run again = cli({ QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("zed"),
                                QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
                                m_dir.filePath(QStringLiteral("alice.pw")) });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already")));
    }

    void officerAddAndListJsonShape()
    {
        initAliceAndBob();
        // Global options after the command words, bob's CRLF passphrase file.
        const Run list = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--vault"), m_vault, QStringLiteral("--as"), QStringLiteral("bob"),
                               QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("bob.pw")) });
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonDocument doc = QJsonDocument::fromJson(list.out);
        QVERIFY(doc.isArray());
        const QJsonArray officers = doc.array();
        QCOMPARE(officers.size(), 2);
        const QJsonObject alice = officers.at(0).toObject();
        const QJsonObject bob = officers.at(1).toObject();
        QCOMPARE(alice.value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
        QCOMPARE(bob.value(QStringLiteral("name")).toString(), QStringLiteral("bob"));
        QCOMPARE(bob.value(QStringLiteral("roles")).toArray(), QJsonArray { QStringLiteral("approver") });
        const QJsonObject jwk = bob.value(QStringLiteral("jwk")).toObject();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(jwk.value(QStringLiteral("x")).toString().size(), 43);
        QVERIFY(!jwk.contains(QStringLiteral("d")));
        QVERIFY(alice.value(QStringLiteral("jwk")).toObject() != jwk);
        // Without --as on a vault with two officers: usage error.
        const Run ambiguous = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault,
                                    QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("bob.pw")) });
        QCOMPARE(ambiguous.exitCode, 2);
        // Bob is not an admin: adding a third officer is refused (exit 1).
        const Run refused = cli({ QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("carol"),
                                  QStringLiteral("--role"), QStringLiteral("auditor"), QStringLiteral("--half-a-file"),
                                  m_dir.filePath(QStringLiteral("carol.a")), QStringLiteral("--vault"), m_vault,
                                  QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("--passphrase-file"),
                                  m_dir.filePath(QStringLiteral("bob.pw")) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("admin")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("carol.a")))); // no half for a refused request
    }

    void wrongPassphraseExits3()
    {
        initAliceAndBob();
        const QString slots = VaultLocation { m_vault }.keySlotsPath();
        QFile before(slots);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray slotBytes = before.readAll();
        const Run run = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault,
                              QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--passphrase-file"),
                              m_dir.filePath(QStringLiteral("bob.pw")) });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QStringLiteral("Wrong passphrase")));
        QVERIFY(run.out.isEmpty());
        QFile after(slots);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), slotBytes);
    }

    void secondProcessCannotOpenWithoutPassphrase()
    {
        // This process holds the vault unlocked; another process still needs its own passphrase.
        const SystemClock clock;
        const char* secret = "alice passphrase";
        Result<std::unique_ptr<Vault>> vault = Vault::create(VaultLocation { m_vault }, QStringLiteral("alice"), { Role::Admin },
                                                             SecureBytes(secret, std::strlen(secret)), KdfParams::forTests(), clock);
        QVERIFY(vault.ok());
        const Run noPassphrase = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault });
        QCOMPARE(noPassphrase.exitCode, 3);
        QVERIFY(noPassphrase.err.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(!noPassphrase.out.contains("alice"));
        const Run wrong = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault,
                                QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("bob.pw")) });
        QCOMPARE(wrong.exitCode, 3);
        // The environment variable works as the option does.
        QProcessEnvironment env;
        env.insert(QStringLiteral("KEYWARD_PASSPHRASE_FILE"), m_dir.filePath(QStringLiteral("alice.pw")));
        const Run viaEnv = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault }, env);
        QCOMPARE(viaEnv.exitCode, 0);
        QVERIFY(viaEnv.out.contains("alice"));
    }

    void passphraseOnCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--passphrase VALUE") << QStringList { QStringLiteral("officer"), QStringLiteral("list"),
                                                             QStringLiteral("--passphrase"), QStringLiteral("secret") };
        QTest::newRow("--passphrase=VALUE") << QStringList { QStringLiteral("--passphrase=secret"), QStringLiteral("audit"),
                                                             QStringLiteral("verify") };
        QTest::newRow("--new-passphrase") << QStringList { QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("x"),
                                                           QStringLiteral("--new-passphrase"), QStringLiteral("secret") };
    }

    void passphraseOnCommandLineIsRefused()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments + QStringList { QStringLiteral("--vault"), m_vault });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("never accepted on the command line")));
        QVERIFY(!QFileInfo::exists(m_vault));
    }

    void auditVerifyIntactThenTampered()
    {
        initAliceAndBob();
        const Run ok = cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") } + asAlice());
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QJsonObject status = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(status.value(QStringLiteral("intact")).toBool(), true);
        // vault.created, officer.added alice, the checkpoint of `officer add`'s unlock (issue #15),
        // officer.added bob, the checkpoint of this unlock.
        QCOMPARE(status.value(QStringLiteral("events")).toInt(), 5);

        {
            const SystemClock clock;
            const char* secret = "alice passphrase";
            Result<std::unique_ptr<Vault>> vault
                = Vault::open(VaultLocation { m_vault }, QStringLiteral("alice"), SecureBytes(secret, std::strlen(secret)), clock);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->database().exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")).ok());
        }
        const Run broken = cli(asAlice() + QStringList { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
        QCOMPARE(broken.exitCode, 4);
        const QJsonObject brokenStatus = QJsonDocument::fromJson(broken.out).object();
        QCOMPARE(brokenStatus.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(brokenStatus.value(QStringLiteral("firstBadSeq")).toInt(), 2);
        QVERIFY(broken.err.contains(QStringLiteral("event 2")));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--frob") };
        QTest::newRow("option of another command") << QStringList { QStringLiteral("audit"), QStringLiteral("verify"),
                                                                    QStringLiteral("--role"), QStringLiteral("admin") };
        QTest::newRow("missing value") << QStringList { QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault") };
        QTest::newRow("missing argument") << QStringList { QStringLiteral("officer"), QStringLiteral("add") };
        QTest::newRow("extra argument") << QStringList { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("now") };
        QTest::newRow("unknown role") << QStringList { QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("a"),
                                                       QStringLiteral("--role"), QStringLiteral("superuser") };
        QTest::newRow("init without officer") << QStringList { QStringLiteral("init") };
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpExits0()
    {
        const Run run = cli({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("officer add NAME --role ROLE... (--half-a-file FILE | --new-passphrase-file FILE)"));
        QVERIFY(run.out.contains("officer enroll NAME"));
        QVERIFY(run.out.contains("officer passphrase"));
        QVERIFY(run.out.contains("audit verify"));
    }

    void officerRemoveRekeys()
    {
        // After the bootstrap both the add and the removal are two-person requests bob approves.
        initAliceAndBob();
        file(QStringLiteral("carol.pw"), "carol passphrase\n");
        const QStringList asBob { QStringLiteral("--vault"), m_vault, QStringLiteral("--as"), QStringLiteral("bob"),
                                  QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("bob.pw")) };
        const Run add = cli(QStringList { QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("carol"),
                                          QStringLiteral("--role"), QStringLiteral("auditor,approver"),
                                          QStringLiteral("--half-a-file"), m_dir.filePath(QStringLiteral("carol.a")),
                                          QStringLiteral("--json") }
                            + asAlice());
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString addId = QString::number(QJsonDocument::fromJson(add.out).object().value(QStringLiteral("id")).toInteger());
        const QStringList asCarol { QStringLiteral("--vault"), m_vault, QStringLiteral("--as"), QStringLiteral("carol"),
                                    QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("carol.pw")) };
        QCOMPARE(cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + asCarol).exitCode, 3);
        const Run addApproved = cli(QStringList { QStringLiteral("request"), QStringLiteral("approve"), addId } + asBob);
        QVERIFY2(addApproved.exitCode == 0, qPrintable(addApproved.err));
        // carol enrolls with half A (alice's) and half B (bob's), choosing her own passphrase.
        const Run half = cli(QStringList { QStringLiteral("officer"), QStringLiteral("half"), QStringLiteral("carol"),
                                           QStringLiteral("--half-file"), m_dir.filePath(QStringLiteral("carol.b")) }
                             + asBob);
        QVERIFY2(half.exitCode == 0, qPrintable(half.err));
        const Run enrolled = cli({ QStringLiteral("--vault"), m_vault, QStringLiteral("officer"), QStringLiteral("enroll"),
                                   QStringLiteral("carol"), QStringLiteral("--half-a-file"), m_dir.filePath(QStringLiteral("carol.a")),
                                   QStringLiteral("--half-b-file"), m_dir.filePath(QStringLiteral("carol.b")),
                                   QStringLiteral("--new-passphrase-file"), m_dir.filePath(QStringLiteral("carol.pw")) });
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + asCarol).exitCode, 0);
        const Run removed = cli(QStringList { QStringLiteral("officer"), QStringLiteral("remove"), QStringLiteral("carol"),
                                              QStringLiteral("--reason"), QStringLiteral("left the team"), QStringLiteral("--json") }
                                + asAlice());
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        const QJsonObject request = QJsonDocument::fromJson(removed.out).object();
        QCOMPARE(request.value(QStringLiteral("kind")).toString(), QStringLiteral("officer-remove"));
        const Run removeApproved = cli(QStringList { QStringLiteral("request"), QStringLiteral("approve"),
                                                     QString::number(request.value(QStringLiteral("id")).toInteger()) }
                                       + asBob);
        QVERIFY2(removeApproved.exitCode == 0, qPrintable(removeApproved.err));
        QCOMPARE(cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + asCarol).exitCode, 3);
        const Run list = cli(QStringList { QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json") } + asAlice());
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
    }

    void damagedVaultExits4()
    {
        initAliceAndBob();
        QFile slots(VaultLocation { m_vault }.keySlotsPath());
        QVERIFY(slots.open(QIODevice::WriteOnly | QIODevice::Truncate));
        slots.write("{ not json");
        slots.close();
        const Run run = cli(QStringList { QStringLiteral("officer"), QStringLiteral("list") } + asAlice());
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
