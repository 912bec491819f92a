// SPDX-License-Identifier: GPL-3.0-or-later
// The two-person rule through `keyward-cli` (SPEC §4, §8): requests, signed approvals, every
// refusal with exit 1 and the core's reason, exit 3 for a wrong passphrase, rotation to
// retirement with the clock moved by KEYWARD_TEST_NOW, reviews, the calendar and private export.

#include "common/Clock.h"
#include "jose/JweDecryptor.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/KeyGenerator.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    qint64 id() const { return object().value(QStringLiteral("id")).toInteger(); }
};

// Every command runs at a frozen time so expiry and retirement gates are reached by moving it.
const QDateTime kStart(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC);

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime time(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestCliRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fullRotationThenRetirementAfterGate();
    void requesterCannotApproveOwnRequest();
    void approverRoleIsRequired();
    void noSecondDecisionBySameOfficer();
    void expiredRequestCannotBeApproved();
    void cancelledRequestCannotBeApproved();
    void executedRequestCannotBeApprovedAgain();
    void wrongPassphraseOnApproveExits3();
    void rejectionIsSignedAndFinal();
    void rotationToPrePublishedSuccessor();
    void helpListsTheCommands();
    void showJsonSignaturesVerifyWithOfficerKey();
    void listFilters();
    void reviewCountersignAfterRevoke();
    void calendarExportWritesEvents();
    void privateExportCollectsEncryptedPkcs8Only();
    void privateExportAsJweOpensWithTheRecipientKeyOnly();
    void tamperedRequestShowsButExits4();
    void dueDraftsRotationAtEndOfCryptoperiod();
    void destructionIsScheduledAndRunsWhenDue();
    void officerAddAfterBootstrapIsARequest();
    void officerRolesAndPolicyChangeAreRequests();
    void usageErrors_data();
    void usageErrors();
    void testNowNeedsTestKdf();

private:
    Run cli(const QStringList& args, const QString& officer = QStringLiteral("alice"), const QDateTime& now = kStart,
            const QString& passphraseOf = QString());
    QString write(const QString& name, const QByteArray& content);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    qint64 requestRotation(const QString& kid = QStringLiteral("pay-1"));
    QJsonObject key(const QString& kid);
    int revoke(const QString& kid);
    static void verifyRefused(const Run& run, const char* reasonFragment);

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_testKdf = true;
};

Run TestCliRequests::cli(const QStringList& args, const QString& officer, const QDateTime& now,
                         const QString& passphraseOf)
{
    QProcess process;
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
    process.start(QStringLiteral(KEYWARD_CLI_PATH),
                  QStringList { QStringLiteral("--vault"), path(QStringLiteral("vault")), QStringLiteral("--as"), officer,
                                QStringLiteral("--passphrase-file"), path(secretOf + QStringLiteral(".pw")) }
                      + args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCliRequests::write(const QString& name, const QByteArray& content)
{
    QFile file(path(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path(name);
}

void TestCliRequests::verifyRefused(const Run& run, const char* reasonFragment)
{
    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.startsWith(QStringLiteral("keyward-cli: ")) || run.err.contains(QStringLiteral("\nkeyward-cli: ")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String(reasonFragment), Qt::CaseInsensitive),
             qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(QLatin1String(reasonFragment), run.err)));
}

void TestCliRequests::init()
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

qint64 TestCliRequests::requestRotation(const QString& kid)
{
    const Run run = cli({ QStringLiteral("request"), QStringLiteral("rotate"), kid, QStringLiteral("--reason"),
                          QStringLiteral("quarterly rotation"), QStringLiteral("--new-kid"), kid + QStringLiteral("-next"),
                          QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning("request rotate failed: %s", qPrintable(run.err));
    return run.exitCode == 0 ? run.id() : 0;
}

QJsonObject TestCliRequests::key(const QString& kid)
{
    return cli({ QStringLiteral("key"), QStringLiteral("show"), kid, QStringLiteral("--json") }).object();
}

int TestCliRequests::revoke(const QString& kid)
{
    return cli({ QStringLiteral("key"), QStringLiteral("revoke"), kid, QStringLiteral("--reason"), QStringLiteral("suspected leak") })
        .exitCode;
}

void TestCliRequests::fullRotationThenRetirementAfterGate()
{
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"),
                                QStringLiteral("--reason"), QStringLiteral("quarterly rotation"), QStringLiteral("--category"),
                                QStringLiteral("scheduled"), QStringLiteral("--new-kid"), QStringLiteral("pay-2"),
                                QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QJsonObject pending = requested.object();
    QCOMPARE(pending.value(QStringLiteral("kind")).toString(), QStringLiteral("rotate"));
    QCOMPARE(pending.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("subject")).toString(), QStringLiteral("pay-1"));
    QCOMPARE(pending.value(QStringLiteral("requester")).toString(), QStringLiteral("alice"));
    QCOMPARE(pending.value(QStringLiteral("approvals")).toArray().size(), 0);
    QCOMPARE(time(pending.value(QStringLiteral("expiresAt"))), kStart.addSecs(72 * 3600));
    const qint64 id = requested.id();
    QVERIFY(id > 0);
    // Nothing changed yet.
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("primary")).toBool(), true);

    // Human summary names the effect.
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id) }, QStringLiteral("bob"));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("Rotation"));
    QVERIFY(shown.out.contains("pay-2"));
    QVERIFY(shown.out.contains("requester: alice"));

    const QDateTime approvedAt = kStart.addSecs(3600);
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id), QStringLiteral("--json") },
                             QStringLiteral("bob"), approvedAt);
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    const QJsonObject executed = approved.object();
    QCOMPARE(executed.value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    const QJsonArray approvals = executed.value(QStringLiteral("approvals")).toArray();
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.first().toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("bob"));
    QCOMPARE(time(approvals.first().toObject().value(QStringLiteral("at"))), approvedAt);
    QCOMPARE(approvals.first().toObject().value(QStringLiteral("jws")).toString().count(QLatin1Char('.')), 2);

    const Run list = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("alice"), approvedAt);
    QCOMPARE(list.exitCode, 0);
    QHash<QString, QJsonObject> keys;
    for (const QJsonValue& value : list.array())
        keys.insert(value.toObject().value(QStringLiteral("kid")).toString(), value.toObject());
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.value(QStringLiteral("pay-2")).value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(keys.value(QStringLiteral("pay-2")).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(keys.value(QStringLiteral("pay-2")).value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    QCOMPARE(keys.value(QStringLiteral("pay-1")).value(QStringLiteral("primary")).toBool(), false);
    QCOMPARE(keys.value(QStringLiteral("pay-1")).value(QStringLiteral("state")).toString(), QStringLiteral("grace"));
    const QJsonObject predecessor = key(QStringLiteral("pay-1"));
    QCOMPARE(predecessor.value(QStringLiteral("successor")).toString(), QStringLiteral("pay-2"));
    const QDateTime gate = QDateTime::fromString(predecessor.value(QStringLiteral("retire_after")).toString(), Qt::ISODate);
    QVERIFY2(gate.isValid() && gate > approvedAt, qPrintable(predecessor.value(QStringLiteral("retire_after")).toString()));

    // Before the gate the retirement is refused at once, naming the date from which it may go.
    const QStringList retire { QStringLiteral("request"), QStringLiteral("retire"), QStringLiteral("pay-1"),
                               QStringLiteral("--reason"), QStringLiteral("rotation complete"), QStringLiteral("--json") };
    const Run early = cli(retire, QStringLiteral("alice"), approvedAt);
    verifyRefused(early, "retired");
    QVERIFY2(early.err.contains(gate.toString(QStringLiteral("yyyy-MM-dd"))), qPrintable(early.err));
    QVERIFY(early.object().contains(QStringLiteral("error")));
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") }).array().size(), 1);
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("state")).toString(), QStringLiteral("grace"));

    // After the gate: requested, approved by bob, retired.
    const QDateTime after = gate.addSecs(3600);
    const Run later = cli(retire, QStringLiteral("alice"), after);
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QCOMPARE(later.object().value(QStringLiteral("kind")).toString(), QStringLiteral("retire"));
    const Run retiredApproval = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(later.id()),
                                      QStringLiteral("--json") },
                                    QStringLiteral("bob"), after);
    QVERIFY2(retiredApproval.exitCode == 0, qPrintable(retiredApproval.err));
    QCOMPARE(retiredApproval.object().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    const Run retired = cli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("pay-1"), QStringLiteral("--json") },
                            QStringLiteral("alice"), after);
    QCOMPARE(retired.object().value(QStringLiteral("state")).toString(), QStringLiteral("retired"));
}

void TestCliRequests::requesterCannotApproveOwnRequest()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    const Run own = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) });
    verifyRefused(own, "cannot decide");
    QVERIFY(own.out.isEmpty());
    const Run ownJson = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id), QStringLiteral("--json") });
    QCOMPARE(ownJson.exitCode, 1);
    QCOMPARE(ownJson.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("refused"));
    const Run still = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QCOMPARE(still.object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(still.object().value(QStringLiteral("approvals")).toArray().size(), 0);
}

void TestCliRequests::approverRoleIsRequired()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    const Run carol = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("carol"));
    verifyRefused(carol, "approver");
    QVERIFY(carol.out.isEmpty());
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("primary")).toBool(), true);
}

void TestCliRequests::noSecondDecisionBySameOfficer()
{
    // A scheduled destruction stays approved after bob's approval, so a second one by bob reaches
    // the engine's "already decided" rule rather than "executed". Only a key out of service may be
    // destroyed, so it is revoked first.
    QCOMPARE(revoke(QStringLiteral("pay-1")), 0);
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("destroy"), QStringLiteral("pay-1"),
                                QStringLiteral("--reason"), QStringLiteral("decommissioned"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.id());
    const Run first = cli({ QStringLiteral("request"), QStringLiteral("approve"), id, QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.object().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const Run second = cli({ QStringLiteral("request"), QStringLiteral("approve"), id }, QStringLiteral("bob"));
    QCOMPARE(second.exitCode, 1);
    QVERIFY(second.out.isEmpty());
    QVERIFY(second.err.startsWith(QStringLiteral("keyward-cli: ")) || second.err.contains(QStringLiteral("\nkeyward-cli: ")));
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json") });
    QCOMPARE(shown.object().value(QStringLiteral("approvals")).toArray().size(), 1);
    // Before it runs, either officer may still cancel the scheduled destruction (SPEC §4).
    const Run cancelled = cli({ QStringLiteral("request"), QStringLiteral("cancel"), id, QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    QCOMPARE(cancelled.object().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    const Run due = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") }, QStringLiteral("alice"),
                        kStart.addDays(8));
    QCOMPARE(due.object().value(QStringLiteral("executed")).toArray().size(), 0);
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("has_private")).toBool(), true);
}

void TestCliRequests::expiredRequestCannotBeApproved()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    const Run late = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob"),
                         kStart.addSecs(73 * 3600));
    verifyRefused(late, "expired");
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("primary")).toBool(), true);
    // `request due` sweeps it to expired.
    const Run due = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") }, QStringLiteral("alice"),
                        kStart.addSecs(73 * 3600));
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    QCOMPARE(due.object().value(QStringLiteral("expired")).toArray().size(), 1);
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QCOMPARE(shown.object().value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
}

void TestCliRequests::cancelledRequestCannotBeApproved()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    // Only the requester cancels a pending request.
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("cancel"), QString::number(id) }, QStringLiteral("bob")),
                  "");
    const Run cancelled = cli({ QStringLiteral("request"), QStringLiteral("cancel"), QString::number(id), QStringLiteral("--why"),
                                QStringLiteral("wrong key"), QStringLiteral("--json") });
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    QCOMPARE(cancelled.object().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")),
                  "cancelled");
}

void TestCliRequests::executedRequestCannotBeApprovedAgain()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")).exitCode, 0);
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")),
                  "executed");
    // Executing it again is refused too, and there is nothing to collect.
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("execute"), QString::number(id) }).exitCode, 1);
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("collect"), QString::number(id), QStringLiteral("--out"),
                        path(QStringLiteral("nothing")) }),
                  "not a private-key export");
    QVERIFY(!QFile::exists(path(QStringLiteral("nothing"))));
}

void TestCliRequests::wrongPassphraseOnApproveExits3()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    const Run wrong = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob"),
                          kStart, QStringLiteral("carol"));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.out.isEmpty());
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QCOMPARE(shown.object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
}

void TestCliRequests::rotationToPrePublishedSuccessor()
{
    // A second key in the set is pre-published (active, not primary) and then takes over.
    const Run generated = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"), QStringLiteral("payments-api"),
                                QStringLiteral("--use"), QStringLiteral("sig"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                                QStringLiteral("--owner"), QStringLiteral("team-payments"), QStringLiteral("--expires"),
                                QStringLiteral("2099-01-01"), QStringLiteral("--kid"), QStringLiteral("pay-pre"),
                                QStringLiteral("--json") });
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QCOMPARE(generated.object().value(QStringLiteral("primary")).toBool(), false);
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                                QStringLiteral("suspected exposure"), QStringLiteral("--category"), QStringLiteral("incident"),
                                QStringLiteral("--successor"), QStringLiteral("pay-pre"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QJsonObject effect = requested.object().value(QStringLiteral("effect")).toObject();
    QCOMPARE(effect.value(QStringLiteral("reasonCategory")).toString(), QStringLiteral("incident"));
    QCOMPARE(effect.value(QStringLiteral("successor")).toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("pay-pre"));
    QCOMPARE(effect.value(QStringLiteral("successor")).toObject().value(QStringLiteral("prePublished")).toBool(), true);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(requested.id()) }, QStringLiteral("bob")).exitCode,
             0);
    QCOMPARE(key(QStringLiteral("pay-pre")).value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("state")).toString(), QStringLiteral("grace"));
    // A key that is not in the set cannot be named as successor.
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-pre"), QStringLiteral("--reason"),
                        QStringLiteral("r"), QStringLiteral("--successor"), QStringLiteral("nope") }),
                  "nope");
}

void TestCliRequests::helpListsTheCommands()
{
    const Run help = cli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char* synopsis : { "request rotate KID --reason R", "request retire KID", "request destroy KID", "request export KID",
                                  "request collect ID --out FILE", "request list", "request show ID", "request approve ID",
                                  "request reject ID --why TEXT", "request cancel ID", "request execute ID", "request due",
                                  "review countersign ID --note TEXT", "calendar export --out FILE.ics",
                                  "officer roles NAME --role ROLE... --reason R" })
        QVERIFY2(help.out.contains(synopsis), synopsis);
}

void TestCliRequests::rejectionIsSignedAndFinal()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    const Run rejected = cli({ QStringLiteral("request"), QStringLiteral("reject"), QString::number(id), QStringLiteral("--why"),
                               QStringLiteral("not this quarter"), QStringLiteral("--json") },
                             QStringLiteral("bob"));
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
    QCOMPARE(rejected.object().value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    const QJsonArray rejections = rejected.object().value(QStringLiteral("rejections")).toArray();
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.first().toObject().value(QStringLiteral("why")).toString(), QStringLiteral("not this quarter"));
    QVERIFY(!rejections.first().toObject().value(QStringLiteral("jws")).toString().isEmpty());
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")),
                  "rejected");
}

void TestCliRequests::showJsonSignaturesVerifyWithOfficerKey()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")).exitCode, 0);
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") },
                          QStringLiteral("carol"));
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject request = shown.object();
    QCOMPARE(request.value(QStringLiteral("signaturesVerified")).toBool(), true);
    for (const char* member : { "id", "kind", "state", "subject", "requester", "approvals" })
        QVERIFY2(request.contains(QLatin1String(member)), member);
    const QJsonObject approval = request.value(QStringLiteral("approvals")).toArray().first().toObject();
    QCOMPARE(approval.value(QStringLiteral("officer")).toString(), QStringLiteral("bob"));

    QJsonObject bobJwk;
    const Run officers = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("carol"));
    for (const QJsonValue& officer : officers.array()) {
        if (officer.toObject().value(QStringLiteral("name")).toString() == QLatin1String("bob"))
            bobJwk = officer.toObject().value(QStringLiteral("jwk")).toObject();
    }
    QVERIFY(!bobJwk.isEmpty());
    Result<Jwk> bobKey = Jwk::fromJson(bobJwk);
    QVERIFY(bobKey.ok());
    Result<Jws> jws = Jws::parse(approval.value(QStringLiteral("jws")).toString().toLatin1());
    QVERIFY2(jws.ok(), jws.ok() ? "" : qPrintable(jws.error().message));
    QCOMPARE(jws->signatures().size(), 1);
    QCOMPARE(jws->signatures().first().header.alg().value(), QStringLiteral("EdDSA"));
    const Status verified = jws->verifySignature(0, *bobKey);
    QVERIFY2(verified.ok(), qPrintable(verified.message()));
    // The signed payload is this request and this decision.
    const QJsonObject payload = QJsonDocument::fromJson(jws->payload()).object();
    QCOMPARE(payload.value(QStringLiteral("verdict")).toString(), QStringLiteral("approve"));
    QCOMPARE(payload.value(QStringLiteral("officer")).toString(), QStringLiteral("bob"));
    const QJsonObject signedRequest = payload.value(QStringLiteral("request")).toObject();
    QCOMPARE(signedRequest.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(signedRequest.value(QStringLiteral("kind")).toString(), QStringLiteral("rotate"));
    QCOMPARE(signedRequest.value(QStringLiteral("subject")).toString(), QStringLiteral("pay-1"));
    QCOMPARE(signedRequest.value(QStringLiteral("requester")).toString(), QStringLiteral("alice"));
    QCOMPARE(signedRequest.value(QStringLiteral("effect")).toObject(), request.value(QStringLiteral("effect")).toObject());
    // Alice's key does not verify bob's approval.
    QJsonObject aliceJwk;
    for (const QJsonValue& officer : officers.array()) {
        if (officer.toObject().value(QStringLiteral("name")).toString() == QLatin1String("alice"))
            aliceJwk = officer.toObject().value(QStringLiteral("jwk")).toObject();
    }
    Result<Jwk> aliceKey = Jwk::fromJson(aliceJwk);
    QVERIFY(aliceKey.ok());
    QVERIFY(!jws->verifySignature(0, *aliceKey).ok());
}

void TestCliRequests::listFilters()
{
    const qint64 rotation = requestRotation();
    QVERIFY(rotation > 0);
    const Run all = cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("bob"));
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.array().size(), 1);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--waiting"), QStringLiteral("--json") },
                 QStringLiteral("bob"))
                 .array()
                 .size(),
             1);
    // Alice's own request never waits for her; carol cannot approve anything.
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--waiting"), QStringLiteral("--json") })
                 .array()
                 .size(),
             0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--waiting"), QStringLiteral("--json") },
                 QStringLiteral("carol"))
                 .array()
                 .size(),
             0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--mine"), QStringLiteral("--json") })
                 .array()
                 .size(),
             1);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("executed"),
                   QStringLiteral("--json") })
                 .array()
                 .size(),
             0);
    const Run human = cli({ QStringLiteral("request"), QStringLiteral("list") });
    QVERIFY(human.out.contains("rotate"));
    QVERIFY(human.out.contains("pay-1"));
}

void TestCliRequests::reviewCountersignAfterRevoke()
{
    const Run revoked = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("laptop stolen"), QStringLiteral("--json") });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    const QString review = QString::number(revoked.object().value(QStringLiteral("review")).toInteger());
    QVERIFY(review != QLatin1String("0"));
    // Flagged wherever keys and requests are listed until countersigned.
    for (const QStringList& listing : { QStringList { QStringLiteral("key"), QStringLiteral("list") },
                                        QStringList { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("pay-1") },
                                        QStringList { QStringLiteral("request"), QStringLiteral("list") } }) {
        const Run run = cli(listing, QStringLiteral("carol"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("countersign (review %1)").arg(review)), qPrintable(run.err));
    }
    const Run open = cli({ QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json") },
                         QStringLiteral("bob"));
    QCOMPARE(open.exitCode, 0);
    QCOMPARE(open.array().size(), 1);
    QCOMPARE(open.array().first().toObject().value(QStringLiteral("open")).toBool(), true);

    const QStringList countersign { QStringLiteral("review"), QStringLiteral("countersign"), review, QStringLiteral("--note"),
                                    QStringLiteral("confirmed with the laptop owner") };
    QCOMPARE(cli(countersign, QStringLiteral("alice")).exitCode, 1); // the opener
    QCOMPARE(cli(countersign, QStringLiteral("carol")).exitCode, 1); // neither approver nor admin
    QCOMPARE(cli(countersign, QStringLiteral("bob"), kStart, QStringLiteral("alice")).exitCode, 3);
    QCOMPARE(cli({ QStringLiteral("review"), QStringLiteral("countersign"), review }, QStringLiteral("bob")).exitCode, 2);
    const Run signedByBob = cli(countersign + QStringList { QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(signedByBob.exitCode == 0, qPrintable(signedByBob.err));
    QCOMPARE(signedByBob.object().value(QStringLiteral("countersignedBy")).toString(), QStringLiteral("bob"));
    verifyRefused(cli(countersign, QStringLiteral("bob")), "already");
    QVERIFY(!cli({ QStringLiteral("key"), QStringLiteral("list") }).err.contains(QStringLiteral("countersign")));
    QCOMPARE(cli({ QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json") }).array().size(),
             0);
}

void TestCliRequests::calendarExportWritesEvents()
{
    const QString ics = path(QStringLiteral("keyward.ics"));
    const Run exported = cli({ QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--out"), ics, QStringLiteral("--json") });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.trimmed().endsWith("END:VCALENDAR"));
    const int events = int(text.count("BEGIN:VEVENT"));
    QVERIFY(events >= 1);
    QCOMPARE(text.count("END:VEVENT"), events);
    QCOMPARE(exported.object().value(QStringLiteral("events")).toInt(), events);
    QVERIFY(text.contains("pay-1"));
    QCOMPARE(cli({ QStringLiteral("calendar"), QStringLiteral("export") }).exitCode, 2);
}

void TestCliRequests::privateExportCollectsEncryptedPkcs8Only()
{
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"), QStringLiteral("--format"),
                                QStringLiteral("pkcs8"), QStringLiteral("--reason"), QStringLiteral("escrow copy"),
                                QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.id());
    const QString out = path(QStringLiteral("pay-1.p8"));
    const QString exportPassphrase = write(QStringLiteral("export.pw"), "an export passphrase\n");
    const QStringList collect { QStringLiteral("request"), QStringLiteral("collect"), id, QStringLiteral("--out"), out,
                                QStringLiteral("--export-passphrase-file"), exportPassphrase };
    // Not before approval.
    QCOMPARE(cli(collect).exitCode, 1);
    QVERIFY(!QFile::exists(out));
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), id, QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(approved.object().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    // Only the requester collects, and only with a passphrase.
    QCOMPARE(cli(collect, QStringLiteral("bob")).exitCode, 1);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("collect"), id, QStringLiteral("--out"), out }).exitCode, 2);
    QVERIFY(!QFile::exists(out));
    const Run collected = cli(collect);
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
    QVERIFY(!collected.out.contains("PRIVATE KEY"));
    QVERIFY(!collected.err.contains(QStringLiteral("PRIVATE KEY")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!pem.contains("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(!pem.contains("BEGIN EC PRIVATE KEY"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json") });
    QCOMPARE(shown.object().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QVERIFY(!shown.out.contains("PRIVATE KEY"));
    // Once only.
    QCOMPARE(cli(collect).exitCode, 1);
}

void TestCliRequests::privateExportAsJweOpensWithTheRecipientKeyOnly()
{
    Result<Jwk> recipient = KeyGenerator::generateForAlg(QStringLiteral("ECDH-ES+A256KW"));
    QVERIFY(recipient.ok());
    const QString recipientFile
        = write(QStringLiteral("recipient.jwk"), QJsonDocument(recipient->toPublicJson()).toJson(QJsonDocument::Compact));
    // A private JWK as recipient is refused: the wrap must be to a public key.
    const QString privateFile
        = write(QStringLiteral("private.jwk"), QJsonDocument(recipient->toPrivateJson()).toJson(QJsonDocument::Compact));
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"), QStringLiteral("--format"),
                        QStringLiteral("jwe"), QStringLiteral("--recipient"), privateFile, QStringLiteral("--reason"),
                        QStringLiteral("r") }),
                  "public key only");
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"), QStringLiteral("--format"),
                                QStringLiteral("jwe"), QStringLiteral("--recipient"), recipientFile, QStringLiteral("--reason"),
                                QStringLiteral("hand over to the HSM team"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QCOMPARE(requested.object().value(QStringLiteral("effect")).toObject().value(QStringLiteral("recipientThumbprint")).toString(),
             recipient->thumbprintBase64Url());
    const QString id = QString::number(requested.id());
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), id }, QStringLiteral("bob")).exitCode, 0);
    const QString out = path(QStringLiteral("pay-1.jwe"));
    const Run collected = cli({ QStringLiteral("request"), QStringLiteral("collect"), id, QStringLiteral("--out"), out });
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray jwe = file.readAll().trimmed();
    QCOMPARE(jwe.count('.'), 4); // compact JWE, never a clear JWK
    QVERIFY(!jwe.contains("\"d\""));
    const Jwk& recipientKey = *recipient;
    jose::JweDecryptor decryptor([&](const QString&, const QJsonObject&) -> Result<Jwk> { return recipientKey; });
    Result<jose::JweDecrypted> opened = decryptor.decryptWithKey(jwe, recipientKey);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const QJsonObject exported = QJsonDocument::fromJson(opened->plaintext).object();
    QCOMPARE(exported.value(QStringLiteral("kid")).toString(), QStringLiteral("pay-1"));
    QVERIFY(exported.contains(QStringLiteral("d")));
    QCOMPARE(exported.value(QStringLiteral("x")).toString(),
             key(QStringLiteral("pay-1")).value(QStringLiteral("jwk")).toObject().value(QStringLiteral("x")).toString());
}

void TestCliRequests::tamperedRequestShowsButExits4()
{
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")).exitCode, 0);
    {
        const SystemClock clock;
        const char* secret = "alice passphrase";
        Result<std::unique_ptr<Vault>> vault = Vault::open(VaultLocation { path(QStringLiteral("vault")) }, QStringLiteral("alice"),
                                                           SecureBytes(secret, std::strlen(secret)), clock);
        QVERIFY(vault.ok());
        QVERIFY((*vault)->database().exec(QStringLiteral("UPDATE requests SET reason = 'something else' WHERE id = %1").arg(id)).ok());
    }
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QCOMPARE(shown.exitCode, 4);
    QCOMPARE(shown.object().value(QStringLiteral("signaturesVerified")).toBool(true), false);
    QCOMPARE(shown.object().value(QStringLiteral("reason")).toString(), QStringLiteral("something else"));
    QVERIFY2(shown.err.contains(QStringLiteral("decision by bob")), qPrintable(shown.err));
}

void TestCliRequests::dueDraftsRotationAtEndOfCryptoperiod()
{
    // Nothing is due at first.
    const Run quiet = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") });
    QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
    QCOMPARE(quiet.object().value(QStringLiteral("drafted")).toArray().size(), 0);
    // pay-1 was created at kStart in a set with the default 90-day cryptoperiod.
    const QDateTime later = kStart.addDays(91);
    const Run due = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") }, QStringLiteral("alice"), later);
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    const QJsonArray drafted = due.object().value(QStringLiteral("drafted")).toArray();
    QCOMPARE(drafted.size(), 1);
    QCOMPARE(drafted.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("rotate"));
    QCOMPARE(drafted.first().toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("pay-1"));
    QCOMPARE(drafted.first().toObject().value(QStringLiteral("requester")).toString(), QStringLiteral("alice"));
    // Drafted once: the open request covers it the next time.
    const Run again = cli({ QStringLiteral("request"), QStringLiteral("due") }, QStringLiteral("alice"), later);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains("drafted"));
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--waiting"), QStringLiteral("--json") },
                 QStringLiteral("bob"), later)
                 .array()
                 .size(),
             1);
}

void TestCliRequests::destructionIsScheduledAndRunsWhenDue()
{
    // An active key cannot be destroyed.
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("destroy"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                        QStringLiteral("decommissioned") }),
                  "retire it first");
    QCOMPARE(revoke(QStringLiteral("pay-1")), 0);
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("destroy"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                                QStringLiteral("decommissioned"), QStringLiteral("--wait"), QStringLiteral("2d"),
                                QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.id());
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), id, QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(time(approved.object().value(QStringLiteral("scheduledFor"))), kStart.addDays(2));
    // Not yet: the private material stays.
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("execute"), id }, QStringLiteral("alice"), kStart.addDays(1)).exitCode, 1);
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("has_private")).toBool(), true);
    const Run due = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") }, QStringLiteral("alice"),
                        kStart.addDays(2).addSecs(60));
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    QCOMPARE(due.object().value(QStringLiteral("executed")).toArray().size(), 1);
    const Run shown = cli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("pay-1"), QStringLiteral("--json") },
                          QStringLiteral("alice"), kStart.addDays(2).addSecs(120));
    QCOMPARE(shown.object().value(QStringLiteral("has_private")).toBool(), false);
    QCOMPARE(shown.object().value(QStringLiteral("state")).toString(), QStringLiteral("destroyed"));
}

void TestCliRequests::officerAddAfterBootstrapIsARequest()
{
    write(QStringLiteral("dave.pw"), "dave passphrase\n");
    const Run requested = cli({ QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("dave"), QStringLiteral("--role"),
                                QStringLiteral("key-officer"), QStringLiteral("--new-passphrase-file"), path(QStringLiteral("dave.pw")),
                                QStringLiteral("--reason"), QStringLiteral("new team member"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QCOMPARE(requested.object().value(QStringLiteral("kind")).toString(), QStringLiteral("officer-add"));
    QCOMPARE(requested.object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(requested.object().value(QStringLiteral("subject")).toString(), QStringLiteral("dave"));
    QVERIFY(!requested.out.contains("dave passphrase"));
    // Not an officer until approved.
    QCOMPARE(cli({ QStringLiteral("officer"), QStringLiteral("list") }, QStringLiteral("dave")).exitCode, 3);
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(requested.id()) },
                             QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    const Run asDave = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("dave"));
    QVERIFY2(asDave.exitCode == 0, qPrintable(asDave.err));
    QCOMPARE(asDave.array().size(), 4);
}

void TestCliRequests::officerRolesAndPolicyChangeAreRequests()
{
    const Run roles = cli({ QStringLiteral("officer"), QStringLiteral("roles"), QStringLiteral("carol"), QStringLiteral("--role"),
                            QStringLiteral("auditor,approver"), QStringLiteral("--reason"), QStringLiteral("second approver"),
                            QStringLiteral("--json") });
    QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
    QCOMPARE(roles.object().value(QStringLiteral("kind")).toString(), QStringLiteral("role-change"));
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(roles.id()) }, QStringLiteral("bob")).exitCode, 0);
    // Carol now approves.
    const qint64 rotation = requestRotation();
    QVERIFY(rotation > 0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(rotation) }, QStringLiteral("carol")).exitCode,
             0);

    // Creating a key set stays direct; changing its policy is a request.
    QCOMPARE(cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive"), QStringLiteral("--cryptoperiod"),
                   QStringLiteral("365d") })
                 .exitCode,
             0);
    QCOMPARE(cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive"), QStringLiteral("--cryptoperiod"),
                   QStringLiteral("180d") })
                 .exitCode,
             2); // --reason missing
    const Run change = cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive"), QStringLiteral("--cryptoperiod"),
                             QStringLiteral("180d"), QStringLiteral("--reason"), QStringLiteral("shorter cryptoperiod"),
                             QStringLiteral("--json") });
    QVERIFY2(change.exitCode == 0, qPrintable(change.err));
    QCOMPARE(change.object().value(QStringLiteral("kind")).toString(), QStringLiteral("policy-change"));
    const auto cryptoperiod = [&] {
        for (const QJsonValue& set : cli({ QStringLiteral("keyset"), QStringLiteral("list"), QStringLiteral("--json") }).array()) {
            if (set.toObject().value(QStringLiteral("name")).toString() == QLatin1String("archive"))
                return set.toObject().value(QStringLiteral("cryptoperiod_secs")).toInteger();
        }
        return qint64(-1);
    };
    QCOMPARE(cryptoperiod(), qint64(365) * 86400);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(change.id()) }, QStringLiteral("bob")).exitCode, 0);
    QCOMPARE(cryptoperiod(), qint64(180) * 86400);
}

void TestCliRequests::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("id not a number") << QStringList { QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("abc") };
    QTest::newRow("reject without why") << QStringList { QStringLiteral("request"), QStringLiteral("reject"), QStringLiteral("1") };
    QTest::newRow("rotate without reason") << QStringList { QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1") };
    QTest::newRow("bad overlap") << QStringList { QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"),
                                                  QStringLiteral("--reason"), QStringLiteral("r"), QStringLiteral("--overlap"),
                                                  QStringLiteral("soon") };
    QTest::newRow("successor with new parameters")
        << QStringList { QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                         QStringLiteral("r"), QStringLiteral("--successor"), QStringLiteral("k"), QStringLiteral("--alg"),
                         QStringLiteral("ES384") };
    QTest::newRow("export without format") << QStringList { QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"),
                                                            QStringLiteral("--reason"), QStringLiteral("r") };
    QTest::newRow("jwe without recipient") << QStringList { QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"),
                                                            QStringLiteral("--format"), QStringLiteral("jwe"),
                                                            QStringLiteral("--reason"), QStringLiteral("r") };
    QTest::newRow("collect without out") << QStringList { QStringLiteral("request"), QStringLiteral("collect"), QStringLiteral("1") };
    QTest::newRow("bad state") << QStringList { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--state"),
                                                QStringLiteral("done") };
    QTest::newRow("officer roles without reason")
        << QStringList { QStringLiteral("officer"), QStringLiteral("roles"), QStringLiteral("carol"), QStringLiteral("--role"),
                         QStringLiteral("auditor") };
}

void TestCliRequests::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY(run.out.isEmpty());
}

void TestCliRequests::testNowNeedsTestKdf()
{
    // Without KEYWARD_KDF=test the frozen clock is never honoured: the request is dated now.
    m_testKdf = false;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const Run run = cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                          QStringLiteral("r"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("KEYWARD_TEST_NOW")));
    const QDateTime created = QDateTime::fromString(run.object().value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    QVERIFY2(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(5),
             qPrintable(run.object().value(QStringLiteral("createdAt")).toString()));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
