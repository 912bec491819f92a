// SPDX-License-Identifier: GPL-3.0-or-later
// The keyward-cli that is installed has no test hooks (SPEC §1, issue #12): KEYWARD_KDF=test and
// KEYWARD_TEST_NOW, which keyward-cli-testhooks honours for the rest of the CLI suite, change
// nothing — the new slot gets the calibrated production cost and events get the real time. Kept
// to one init and one in-process unlock: the production Argon2id cost is about half a second.

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyward::core;

class TestCliShipped : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ignoresTestKdfAndTestClock()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pw = dir.filePath(QStringLiteral("alice.pw"));
        QFile file(pw);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alice passphrase\n");
        file.close();
        const QString vault = dir.filePath(QStringLiteral("vault"));

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
        env.insert(QStringLiteral("KEYWARD_TEST_NOW"), QStringLiteral("2031-06-01T12:00:00Z"));
        env.remove(QStringLiteral("KEYWARD_VAULT"));
        env.remove(QStringLiteral("KEYWARD_PASSPHRASE_FILE"));
        process.setProcessEnvironment(env);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        process.start(QStringLiteral(KEYWARD_SHIPPED_CLI_PATH),
                      { QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-file"), pw, QStringLiteral("init"),
                        QStringLiteral("--officer"), QStringLiteral("alice") });
        QVERIFY(process.waitForFinished(120000));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("KEYWARD_KDF")) && !err.contains(QStringLiteral("KEYWARD_TEST_NOW")),
                 qPrintable(err));

        // The calibrated cost: at least 64 MiB, never the test's 1 MiB.
        QFile slots(VaultLocation { vault }.keySlotsPath());
        QVERIFY(slots.open(QIODevice::ReadOnly));
        const QJsonArray slotArray = QJsonDocument::fromJson(slots.readAll()).object().value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotArray.size(), 1);
        const qint64 memoryKiB = slotArray.first().toObject().value(QStringLiteral("kdf")).toObject().value(QStringLiteral("mKiB")).toInteger();
        QVERIFY2(memoryKiB >= 64 * 1024, qPrintable(QString::number(memoryKiB)));

        // Every event at the real time, not in 2031.
        const SystemClock clock;
        const QByteArray passphrase = "alice passphrase";
        Result<std::unique_ptr<Vault>> opened = Vault::open(VaultLocation { vault }, QStringLiteral("alice"),
                                                            SecureBytes(passphrase.constData(), std::size_t(passphrase.size())),
                                                            clock);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.message()));
        const Result<QList<AuditEvent>> events = (*opened)->audit().events(1, 100);
        QVERIFY(events.ok());
        QVERIFY(!events->isEmpty());
        for (const AuditEvent& event : *events)
            QVERIFY2(event.at >= before && event.at <= after, qPrintable(AuditEvent::formatTime(event.at)));
        QVERIFY((*opened)->audit().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestCliShipped)
#include "tst_cli_shipped.moc"
