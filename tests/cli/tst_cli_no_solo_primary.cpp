// SPDX-License-Identifier: GPL-3.0-or-later
// No solo primary through `keyward-cli` (SPEC §3, issue #12): the measured attack — `key revoke`
// of the primary by one officer, then `key import` of their own key — no longer yields a primary;
// `key revoke --rotate-to KID | --rotate-generate` revokes and files the rotation request in one
// step, and only bob's approval makes the successor primary.

#include "CliRequestsFixture.h"

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(KEYWARD_TEST_DATA_DIR "/jose/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliNoSoloPrimary : public QObject, protected CliRequestsFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpVault(); }
    void revokeThenImportIsNotPrimary();
    void revokeWithRotateTo();
    void revokeWithRotateGenerate();
    void revokeWithRotationRefusedRevokesNothing();

private:
    Run generate(const QString& kid);
    Run approveAsBob(qint64 id);
    bool anyPrimary();
};

Run TestCliNoSoloPrimary::generate(const QString& kid)
{
    return cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"), QStringLiteral("payments-api"),
                 QStringLiteral("--use"), QStringLiteral("sig"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                 QStringLiteral("--owner"), QStringLiteral("team-payments"), QStringLiteral("--expires"),
                 QStringLiteral("2099-01-01"), QStringLiteral("--kid"), kid });
}

Run TestCliNoSoloPrimary::approveAsBob(qint64 id)
{
    return cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id), QStringLiteral("--json") },
               QStringLiteral("bob"), kStart.addSecs(600));
}

bool TestCliNoSoloPrimary::anyPrimary()
{
    const Run list = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--set"), QStringLiteral("payments-api"),
                           QStringLiteral("--json") });
    for (const QJsonValue& key : list.array()) {
        if (key.toObject().value(QStringLiteral("primary")).toBool())
            return true;
    }
    return false;
}

void TestCliNoSoloPrimary::revokeThenImportIsNotPrimary()
{
    // The attack as measured, by alice alone.
    const Run revoked = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("suspected leak") });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    QVERIFY2(revoked.err.contains(QStringLiteral("no primary sig key")), qPrintable(revoked.err));
    QVERIFY(!anyPrimary());

    const QString pem = write(QStringLiteral("own.pem"), fixture("p256.pkcs8.pem"));
    const Run imported = cli({ QStringLiteral("key"), QStringLiteral("import"), pem, QStringLiteral("--set"), QStringLiteral("payments-api"),
                               QStringLiteral("--kid"), QStringLiteral("pay-9"), QStringLiteral("--owner"), QStringLiteral("mallory"),
                               QStringLiteral("--expires"), QStringLiteral("2099-01-01"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                               QStringLiteral("--json") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject key = imported.object().value(QStringLiteral("imported")).toArray().first().toObject();
    QCOMPARE(key.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(key.value(QStringLiteral("primary")).toBool(), false);
    QVERIFY2(!imported.err.contains(QStringLiteral(", primary")), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("active, not primary — make it primary with a rotation request")),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("keyward-cli request rotate pay-1 --successor pay-9")), qPrintable(imported.err));
    QVERIFY(!anyPrimary());

    // The way the message names: a rotation request, approved by a second officer.
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"), QStringLiteral("--successor"),
                                QStringLiteral("pay-9"), QStringLiteral("--reason"), QStringLiteral("replace the revoked key"),
                                QStringLiteral("--category"), QStringLiteral("incident"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QVERIFY(!anyPrimary());
    const Run approved = approveAsBob(requested.id());
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(approved.object().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QCOMPARE(this->key(QStringLiteral("pay-9")).value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(this->key(QStringLiteral("pay-1")).value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

void TestCliNoSoloPrimary::revokeWithRotateTo()
{
    const Run second = generate(QStringLiteral("pay-2"));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("request rotate pay-1 --successor pay-2")), qPrintable(second.err));

    const Run revoked = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("key in a leaked backup"), QStringLiteral("--rotate-to"), QStringLiteral("pay-2"),
                              QStringLiteral("--json") });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    QCOMPARE(revoked.object().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QVERIFY(revoked.object().value(QStringLiteral("review")).toInteger() > 0);
    const QJsonObject request = revoked.object().value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("kind")).toString(), QStringLiteral("rotate"));
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(request.value(QStringLiteral("subject")).toString(), QStringLiteral("pay-1"));
    // Filed at the revocation's moment and open for the default 72 hours, like any request.
    QCOMPARE(time(request.value(QStringLiteral("createdAt"))), kStart);
    QCOMPARE(time(request.value(QStringLiteral("expiresAt"))), kStart.addSecs(72 * 3600));
    QVERIFY2(revoked.err.contains(QStringLiteral("request approve")), qPrintable(revoked.err));
    QVERIFY(!anyPrimary());

    const Run approved = approveAsBob(request.value(QStringLiteral("id")).toInteger());
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(key(QStringLiteral("pay-2")).value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

void TestCliNoSoloPrimary::revokeWithRotateGenerate()
{
    const Run revoked = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("leak"), QStringLiteral("--rotate-generate"), QStringLiteral("--json") });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    const qint64 id = revoked.object().value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const Run approved = approveAsBob(id);
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    const QString successor = approved.object().value(QStringLiteral("outcome")).toObject().value(QStringLiteral("successorKid")).toString();
    QVERIFY(!successor.isEmpty());
    QCOMPARE(key(successor).value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(key(successor).value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
}

void TestCliNoSoloPrimary::revokeWithRotationRefusedRevokesNothing()
{
    const Run both = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                           QStringLiteral("leak"), QStringLiteral("--rotate-to"), QStringLiteral("pay-2"), QStringLiteral("--rotate-generate") });
    QCOMPARE(both.exitCode, 2);
    const Run unknown = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("leak"), QStringLiteral("--rotate-to"), QStringLiteral("pay-404") });
    verifyRefused(unknown, "cannot take over");
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("primary")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliNoSoloPrimary)
#include "tst_cli_no_solo_primary.moc"
