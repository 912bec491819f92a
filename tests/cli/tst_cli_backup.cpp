// SPDX-License-Identifier: GPL-3.0-or-later
// `vault backup --out DIR` and `vault check DIR` end to end (issue #11): a backup restores as a
// vault, check says whole (exit 0), refuses a database and keyslots from two moments (exit 4) and
// a wrong passphrase (exit 3), in words and as --json.

#include "CliProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = keyward::test::CliRun;

} // namespace

class TestCliBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static Run cli(const QStringList& arguments) { return keyward::test::runCli(QStringLiteral(KEYWARD_CLI_PATH), arguments); }

    QStringList as(const QString& officer) const
    {
        return { QStringLiteral("--vault"), m_vault, QStringLiteral("--as"), officer, QStringLiteral("--passphrase-file"),
                 path(officer + QStringLiteral(".pw")) };
    }

    static QJsonObject json(const Run& run) { return QJsonDocument::fromJson(run.out.trimmed()).object(); }

    static bool copy(const QString& from, const QString& to)
    {
        QFile::remove(to);
        return QFile::copy(from, to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = path(QStringLiteral("vault"));
        for (const char* officer : { "alice", "bob", "carol" }) {
            QFile file(path(QString::fromLatin1(officer) + QStringLiteral(".pw")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(officer) + " passphrase\n");
        }
        const Run init = cli({ QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("alice"),
                               QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
                               path(QStringLiteral("alice.pw")) });
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        // Auditors only: the vault stays before the two-person rule, so alice removes carol alone.
        for (const QString& officer : { QStringLiteral("carol"), QStringLiteral("bob") }) {
            const Run add = cli(QStringList { QStringLiteral("officer"), QStringLiteral("add"), officer,
                                              QStringLiteral("--role"), QStringLiteral("auditor"),
                                              QStringLiteral("--new-passphrase-file"), path(officer + QStringLiteral(".pw")) }
                                + as(QStringLiteral("alice")));
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        }
    }

    void helpListsTheCommands()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("vault backup --out DIR"));
        QVERIFY(help.out.contains("vault check DIR"));
    }

    void backupThenCheckIsWhole()
    {
        const QString out = path(QStringLiteral("backup-1"));
        const Run backup = cli(QStringList { QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--out"), out,
                                             QStringLiteral("--json") }
                               + as(QStringLiteral("bob")));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        const QJsonObject report = json(backup);
        QCOMPARE(report.value(QStringLiteral("dir")).toString(), QDir(out).canonicalPath());
        QCOMPARE(report.value(QStringLiteral("keyGeneration")).toInteger(), qint64(1));
        QVERIFY(report.value(QStringLiteral("events")).toInteger() >= 3);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/vault.db")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/keyslots.json")));

        const Run check = cli({ QStringLiteral("vault"), QStringLiteral("check"), out, QStringLiteral("--as"),
                                QStringLiteral("carol"), QStringLiteral("--passphrase-file"), path(QStringLiteral("carol.pw")),
                                QStringLiteral("--json") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(json(check).value(QStringLiteral("whole")).toBool(), true);
        QCOMPARE(json(check).value(QStringLiteral("events")), report.value(QStringLiteral("events")));
        QVERIFY2(check.err.contains(QStringLiteral("is whole")), qPrintable(check.err));

        // The copy is a vault: the CLI opens it and its chain verifies.
        const Run verify = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--vault"), out,
                                 QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--passphrase-file"),
                                 path(QStringLiteral("alice.pw")) });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

        // A second backup into the same (now full) folder is refused; so is one inside the vault.
        QCOMPARE(cli(QStringList { QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--out"), out }
                     + as(QStringLiteral("bob")))
                     .exitCode,
                 1);
        QCOMPARE(cli(QStringList { QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--out"),
                                   m_vault + QStringLiteral("/inside") }
                     + as(QStringLiteral("bob")))
                     .exitCode,
                 2);
        QCOMPARE(cli(QStringList { QStringLiteral("vault"), QStringLiteral("backup") } + as(QStringLiteral("bob"))).exitCode, 2);
    }

    void checkRefusesMismatchAndWrongPassphrase()
    {
        const QString before = path(QStringLiteral("before"));
        const QString after = path(QStringLiteral("after"));
        const QString mixed = path(QStringLiteral("mixed"));
        QCOMPARE(cli(QStringList { QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--out"), before }
                     + as(QStringLiteral("alice")))
                     .exitCode,
                 0);
        const Run removed = cli(QStringList { QStringLiteral("officer"), QStringLiteral("remove"), QStringLiteral("carol") }
                                + as(QStringLiteral("alice")));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(cli(QStringList { QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--out"), after }
                     + as(QStringLiteral("alice")))
                     .exitCode,
                 0);

        // The re-keyed database with the keyslots of before the removal.
        QVERIFY(QDir().mkpath(mixed));
        QVERIFY(copy(after + QStringLiteral("/vault.db"), mixed + QStringLiteral("/vault.db")));
        QVERIFY(copy(before + QStringLiteral("/keyslots.json"), mixed + QStringLiteral("/keyslots.json")));
        const QStringList asBob { QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("--passphrase-file"),
                                  path(QStringLiteral("bob.pw")) };
        const Run notWhole = cli(QStringList { QStringLiteral("vault"), QStringLiteral("check"), mixed, QStringLiteral("--json") } + asBob);
        QCOMPARE(notWhole.exitCode, 4);
        QCOMPARE(json(notWhole).value(QStringLiteral("whole")).toBool(true), false);
        QVERIFY2(json(notWhole).value(QStringLiteral("problem")).toString().contains(QStringLiteral("different moments")),
                 notWhole.out.constData());
        QVERIFY2(notWhole.err.contains(QStringLiteral("not whole")), qPrintable(notWhole.err));

        const Run wrong = cli({ QStringLiteral("vault"), QStringLiteral("check"), after, QStringLiteral("--as"),
                                QStringLiteral("bob"), QStringLiteral("--passphrase-file"), path(QStringLiteral("alice.pw")) });
        QCOMPARE(wrong.exitCode, 3);
        // carol's slot is gone from the backup taken after her removal.
        const Run removedOfficer = cli({ QStringLiteral("vault"), QStringLiteral("check"), after, QStringLiteral("--as"),
                                         QStringLiteral("carol"), QStringLiteral("--passphrase-file"),
                                         path(QStringLiteral("carol.pw")) });
        QCOMPARE(removedOfficer.exitCode, 3);
        // Several officers and no --as: a usage error that says so.
        const Run who = cli({ QStringLiteral("vault"), QStringLiteral("check"), after, QStringLiteral("--passphrase-file"),
                              path(QStringLiteral("bob.pw")) });
        QCOMPARE(who.exitCode, 2);
        QVERIFY2(who.err.contains(QStringLiteral("--as")), qPrintable(who.err));
        QCOMPARE(cli(QStringList { QStringLiteral("vault"), QStringLiteral("check"), after } + asBob).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
