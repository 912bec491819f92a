// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the two-person-rule CLI tests share: each test gets its own vault with alice (admin,
// key-officer), carol (auditor) and bob (approver), and the ES256 key pay-1 in payments-api; every
// keyward-cli-testhooks run (KEYWARD_CLI_PATH) happens at a frozen time (KEYWARD_TEST_NOW, honoured
// with KEYWARD_KDF=test only, never by the shipped keyward-cli) so expiry and retirement gates are
// reached by moving it — forward only: a clock behind the vault's last event writes nothing.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    qint64 id() const { return object().value(QStringLiteral("id")).toInteger(); }
};

const QDateTime kStart(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC);

[[maybe_unused]] QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

[[maybe_unused]] QDateTime time(const QJsonValue& value) // not every test reads times
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

class CliRequestsFixture {
protected:
    void setUpVault(); // call from the test's init()
    Run cli(const QStringList& args, const QString& officer = QStringLiteral("alice"), const QDateTime& now = kStart,
            const QString& passphraseOf = QString());
    // The process cli() runs, set up but not started: for tests that kill it midway (tst_cli_crash).
    void prepareCli(QProcess& process, const QStringList& args, const QString& officer = QStringLiteral("alice"),
                    const QDateTime& now = kStart, const QString& passphraseOf = QString());
    QString write(const QString& name, const QByteArray& content);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    qint64 requestRotation(const QString& kid = QStringLiteral("pay-1"));
    QJsonObject key(const QString& kid);
    int revoke(const QString& kid);
    // Exit 1 with "keyward-cli: <reason>" on stderr, the reason containing `reasonFragment`.
    static void verifyRefused(const Run& run, const char* reasonFragment);

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_testKdf = true;
};

inline void CliRequestsFixture::prepareCli(QProcess& process, const QStringList& args, const QString& officer,
                                           const QDateTime& now, const QString& passphraseOf)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_testKdf)
        env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
    else
        env.remove(QStringLiteral("KEYWARD_KDF"));
    env.insert(QStringLiteral("KEYWARD_TEST_NOW"), iso(now));
    env.remove(QStringLiteral("KEYWARD_PASSPHRASE_FILE"));
    env.remove(QStringLiteral("KEYWARD_VAULT"));
    process.setProcessEnvironment(env);
    const QString secretOf = passphraseOf.isEmpty() ? officer : passphraseOf;
    process.setProgram(QStringLiteral(KEYWARD_CLI_PATH));
    process.setArguments(QStringList { QStringLiteral("--vault"), path(QStringLiteral("vault")), QStringLiteral("--as"), officer,
                                       QStringLiteral("--passphrase-file"), path(secretOf + QStringLiteral(".pw")) }
                         + args);
}

inline Run CliRequestsFixture::cli(const QStringList& args, const QString& officer, const QDateTime& now,
                         const QString& passphraseOf)
{
    QProcess process;
    prepareCli(process, args, officer, now, passphraseOf);
    process.start();
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString CliRequestsFixture::write(const QString& name, const QByteArray& content)
{
    QFile file(path(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path(name);
}

inline void CliRequestsFixture::verifyRefused(const Run& run, const char* reasonFragment)
{
    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.startsWith(QStringLiteral("keyward-cli: ")) || run.err.contains(QStringLiteral("\nkeyward-cli: ")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String(reasonFragment), Qt::CaseInsensitive),
             qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(QLatin1String(reasonFragment), run.err)));
}

inline void CliRequestsFixture::setUpVault()
{
    m_testKdf = true;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("alice.pw"), "alice passphrase\n");
    write(QStringLiteral("bob.pw"), "bob passphrase\n");
    write(QStringLiteral("carol.pw"), "carol passphrase\n");
    const Run created = cli({ QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("alice") });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(created.err.contains(QStringLiteral("KEYWARD_TEST_NOW")));
    // Bootstrap: while nobody can approve, alice adds officers alone — carol without approver
    // first, then bob, the approver who makes the vault operational.
    for (const auto& [name, role] : { std::pair { "carol", "auditor" }, std::pair { "bob", "approver" } }) {
        const Run added = cli({ QStringLiteral("officer"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--role"),
                                QLatin1String(role), QStringLiteral("--new-passphrase-file"),
                                path(QLatin1String(name) + QStringLiteral(".pw")) });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const Run generated = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"),
                                QStringLiteral("payments-api"), QStringLiteral("--use"), QStringLiteral("sig"),
                                QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--owner"),
                                QStringLiteral("team-payments"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                                QStringLiteral("--kid"), QStringLiteral("pay-1") });
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
}

inline qint64 CliRequestsFixture::requestRotation(const QString& kid)
{
    const Run run = cli({ QStringLiteral("request"), QStringLiteral("rotate"), kid, QStringLiteral("--reason"),
                          QStringLiteral("quarterly rotation"), QStringLiteral("--new-kid"), kid + QStringLiteral("-next"),
                          QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning("request rotate failed: %s", qPrintable(run.err));
    return run.exitCode == 0 ? run.id() : 0;
}

inline QJsonObject CliRequestsFixture::key(const QString& kid)
{
    return cli({ QStringLiteral("key"), QStringLiteral("show"), kid, QStringLiteral("--json") }).object();
}

inline int CliRequestsFixture::revoke(const QString& kid)
{
    return cli({ QStringLiteral("key"), QStringLiteral("revoke"), kid, QStringLiteral("--reason"), QStringLiteral("suspected leak") })
        .exitCode;
}
