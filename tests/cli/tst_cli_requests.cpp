// SPDX-License-Identifier: GPL-3.0-or-later
// The two-person rule through `keyward-cli` (SPEC §4, §8): a full rotation to retirement after the
// gate, every refusal with exit 1 and the core's reason, exit 3 for a wrong passphrase, signed
// approvals that verify with the officer's public key, exit 4 once a signed request was changed.

#include "CliRequestsFixture.h"

#include "common/Clock.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "storage/Database.h"
#include "vault/Vault.h"

using namespace keyward::core;

class TestCliRequests : public QObject, protected CliRequestsFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpVault(); }
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
    void tamperedRequestShowsButExits4();
    void listFilters();
    void usageErrors_data();
    void usageErrors();
    void clockBehindTheLogIsRefused();
    void futureEventsFailVerify();
};

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

void TestCliRequests::clockBehindTheLogIsRefused()
{
    // Time only moves forward (SPEC §1): a clock a day behind the vault's last event writes
    // nothing and says why; the chain is unchanged. (The shipped keyward-cli never reads the test
    // clock at all: tst_cli_shipped.)
    const Run before = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
    QCOMPARE(before.exitCode, 0);
    const Run run = cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                          QStringLiteral("r") },
                        QStringLiteral("alice"), kStart.addDays(-1));
    verifyRefused(run, "is behind the vault's last event");
    QVERIFY2(run.err.contains(QStringLiteral("(2027-01-03 09:00:00 UTC)")), qPrintable(run.err));
    const Run after = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.object().value(QStringLiteral("events")), before.object().value(QStringLiteral("events")));
}

void TestCliRequests::futureEventsFailVerify()
{
    // An event written with a clock ten days ahead is a jump into the future for every clock that
    // is right: verify exits 4 and names the event.
    QVERIFY(requestRotation() > 0);
    // `request due` ten days on writes the request's expiry, dated then.
    const Run ahead = cli({ QStringLiteral("request"), QStringLiteral("due") }, QStringLiteral("alice"), kStart.addDays(10));
    QVERIFY2(ahead.exitCode == 0, qPrintable(ahead.err));
    const Run verify = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
    QVERIFY2(verify.exitCode == 4, qPrintable(verify.err));
    QCOMPARE(verify.object().value(QStringLiteral("firstBadSeq")).toInteger(),
             verify.object().value(QStringLiteral("events")).toInteger() + 1);
    QVERIFY2(verify.err.contains(QStringLiteral("jump into the future")), qPrintable(verify.err));
    // Unlocking says so at once, whatever the command.
    const Run listed = cli({ QStringLiteral("request"), QStringLiteral("list") });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.contains(QStringLiteral("warning: The vault's last event is dated 2027-01-14 09:00:00 UTC")),
             qPrintable(listed.err));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
