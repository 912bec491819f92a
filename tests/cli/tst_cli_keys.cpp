// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward-cli key ...` as a script sees it (SPEC §8): JSON shapes, exit codes, messages on
// stderr, and no private material in any output.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

bool hasPrivateMembers(const QByteArray& text)
{
    for (const char* member : { "\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"k\"" }) {
        if (text.contains(member))
            return true;
    }
    return false;
}

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(KEYWARD_TEST_DATA_DIR "/jose/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliKeys : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void generateListShowJson();
    void duplicateKidIsRefused();
    void usageErrors_data();
    void usageErrors();
    void authenticationFailures();
    void importJwksReportsPerKey();
    void importPemAndRegister();
    void revokeOpensReview();
    void expiringWithin();
    void keySetPolicy();

private:
    Run cli(const QStringList& args, const QString& passphraseFile = QString());
    QString write(const QString& name, const QByteArray& content);
    QString vault() const { return m_dir->path() + QStringLiteral("/vault"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_passphraseFile;
};

Run TestCliKeys::cli(const QStringList& args, const QString& passphraseFile)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
    env.insert(QStringLiteral("KEYWARD_PASSPHRASE_FILE"), passphraseFile.isEmpty() ? m_passphraseFile : passphraseFile);
    env.remove(QStringLiteral("KEYWARD_VAULT"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KEYWARD_CLI_PATH), QStringList { QStringLiteral("--vault"), vault() } + args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestCliKeys::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->path() + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCliKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_passphraseFile = write(QStringLiteral("pass"), "correct horse battery staple\n");
    const Run created = cli({ QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("alice") });
    QCOMPARE(created.exitCode, 0);
}

static QStringList generateArgs(const QString& kid, const QString& alg = QStringLiteral("ES256"),
                                const QString& use = QStringLiteral("sig"), const QString& set = QStringLiteral("payments-api"))
{
    return { QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"), set, QStringLiteral("--use"), use,
        QStringLiteral("--alg"), alg, QStringLiteral("--owner"), QStringLiteral("team-payments"), QStringLiteral("--expires"),
        QStringLiteral("2099-01-01"), QStringLiteral("--kid"), kid };
}

void TestCliKeys::generateListShowJson()
{
    const Run generated = cli(generateArgs(QStringLiteral("pay-2026-01")) + QStringList { QStringLiteral("--json") });
    QCOMPARE(generated.exitCode, 0);
    QCOMPARE(generated.object().value(QStringLiteral("kid")).toString(), QStringLiteral("pay-2026-01"));
    QVERIFY(generated.err.contains("Generated pay-2026-01"));
    // Global --json before the command words, too.
    const Run second = cli(QStringList { QStringLiteral("--json") } + generateArgs(QStringLiteral("pay-2026-02"), QStringLiteral("RS256")));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.object().value(QStringLiteral("primary")).toBool(), false); // pre-published successor
    QVERIFY(cli(generateArgs(QStringLiteral("wrap-1"), QStringLiteral("A256KW"), QStringLiteral("enc"), QStringLiteral("archive-enc"))).exitCode == 0);

    const Run list = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray keys = list.array();
    QCOMPARE(keys.size(), 3);
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        for (const char* member : { "kid", "set", "use", "alg", "state", "owner", "expires", "primary", "flags", "env", "thumbprint" })
            QVERIFY2(key.contains(QLatin1String(member)), member);
        QVERIFY(key.value(QStringLiteral("flags")).isArray());
        QVERIFY(key.value(QStringLiteral("primary")).isBool());
        QCOMPARE(key.value(QStringLiteral("expires")).toString(), QStringLiteral("2099-01-01T00:00:00Z"));
    }
    QVERIFY(!hasPrivateMembers(list.out));

    const Run bySet = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--set"), QStringLiteral("archive-enc"), QStringLiteral("--json") });
    QCOMPARE(bySet.array().size(), 1);
    QCOMPARE(bySet.array().first().toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("wrap-1"));

    for (const QString& kid : { QStringLiteral("pay-2026-01"), QStringLiteral("wrap-1") }) {
        const Run show = cli({ QStringLiteral("key"), QStringLiteral("show"), kid, QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject key = show.object();
        QCOMPARE(key.value(QStringLiteral("kid")).toString(), kid);
        QVERIFY(key.value(QStringLiteral("jwk")).isObject());
        QCOMPARE(key.value(QStringLiteral("jwk")).toObject().value(QStringLiteral("kid")).toString(), kid);
        QVERIFY(key.value(QStringLiteral("lineage")).isObject());
        QVERIFY(key.value(QStringLiteral("flags")).isArray());
        QCOMPARE(key.value(QStringLiteral("history")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("key.generated"));
        QVERIFY2(!hasPrivateMembers(show.out), show.out.constData()); // the oct key's "k" stays inside
    }
    const Run text = cli({ QStringLiteral("key"), QStringLiteral("list") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("pay-2026-01\tpayments-api\tsig\tES256\tactive*"));
    const Run missing = cli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("nope") });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope"));
}

void TestCliKeys::duplicateKidIsRefused()
{
    QCOMPARE(cli(generateArgs(QStringLiteral("dup"))).exitCode, 0);
    const Run before = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") });
    const Run again = cli(generateArgs(QStringLiteral("dup"), QStringLiteral("ES384")));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already has a key with kid \"dup\""), again.err.constData());
    QVERIFY(again.out.isEmpty());
    const Run json = cli(generateArgs(QStringLiteral("dup")) + QStringList { QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("already-exists"));
    QCOMPARE(cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") }).out, before.out);
    // Refusals from the core keep exit 1: weak RSA, RSA1_5, HS256.
    QCOMPARE(cli(generateArgs(QStringLiteral("weak"), QStringLiteral("RS256")) + QStringList { QStringLiteral("--size"), QStringLiteral("1024") }).exitCode, 1);
    QCOMPARE(cli(generateArgs(QStringLiteral("old"), QStringLiteral("RSA1_5"), QStringLiteral("enc"))).exitCode, 1);
    QCOMPARE(cli(generateArgs(QStringLiteral("mac"), QStringLiteral("HS256"))).exitCode, 1);
    QCOMPARE(cli(generateArgs(QStringLiteral("mismatch"), QStringLiteral("ES256"), QStringLiteral("enc"))).exitCode, 1);
}

void TestCliKeys::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no --set") << QStringList { QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--use"), QStringLiteral("sig"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--owner"), QStringLiteral("o"), QStringLiteral("--expires"), QStringLiteral("2099-01-01") };
    QStringList badUse = generateArgs(QStringLiteral("k"));
    badUse[5] = QStringLiteral("both");
    QTest::newRow("bad --use") << badUse;
    QStringList badDate = generateArgs(QStringLiteral("k"));
    badDate[11] = QStringLiteral("next tuesday");
    QTest::newRow("bad --expires") << badDate;
    QTest::newRow("bad --state") << QStringList { QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost") };
    QTest::newRow("bad duration") << QStringList { QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--expiring-within"), QStringLiteral("soon") };
    QTest::newRow("revoke without reason") << QStringList { QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("k") };
    QTest::newRow("show without kid") << QStringList { QStringLiteral("key"), QStringLiteral("show") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red") };
    QTest::newRow("bad set name") << generateArgs(QStringLiteral("k"), QStringLiteral("ES256"), QStringLiteral("sig"), QStringLiteral("../x"));
}

void TestCliKeys::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCliKeys::authenticationFailures()
{
    const QString wrong = write(QStringLiteral("wrong"), "not the passphrase\n");
    QCOMPARE(cli({ QStringLiteral("key"), QStringLiteral("list") }, wrong).exitCode, 3);
    const QString pem = write(QStringLiteral("enc.pem"), fixture("rsa2048.encrypted.pem"));
    const QStringList import { QStringLiteral("key"), QStringLiteral("import"), pem, QStringLiteral("--set"), QStringLiteral("s"),
        QStringLiteral("--owner"), QStringLiteral("o"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
        QStringLiteral("--use"), QStringLiteral("enc") };
    const Run badKeyPass = cli(import + QStringList { QStringLiteral("--key-passphrase-file"), wrong });
    QCOMPARE(badKeyPass.exitCode, 3);
    QCOMPARE(cli(import).exitCode, 2); // encrypted, no passphrase given
    const QString right = write(QStringLiteral("right"), "correct horse battery staple");
    const Run ok = cli(import + QStringList { QStringLiteral("--key-passphrase-file"), right, QStringLiteral("--json") });
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.object().value(QStringLiteral("imported")).toArray().size(), 1);
    QVERIFY(!hasPrivateMembers(ok.out));
}

void TestCliKeys::importJwksReportsPerKey()
{
    const QByteArray jwks = R"({"keys":[
        {"kty":"EC","crv":"P-256","kid":"ok-1","use":"sig","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
        {"kty":"RSA","kid":"bad-1","n":"AQAB"},
        {"kty":"OKP","crv":"Ed25519","kid":"ok-2","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]})";
    const QString file = write(QStringLiteral("set.json"), jwks);
    const Run run = cli({ QStringLiteral("key"), QStringLiteral("import"), file, QStringLiteral("--set"), QStringLiteral("partner"),
        QStringLiteral("--owner"), QStringLiteral("partner-team"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
        QStringLiteral("--use"), QStringLiteral("sig"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.object();
    QCOMPARE(result.value(QStringLiteral("imported")).toArray().size(), 2);
    const QJsonArray refused = result.value(QStringLiteral("refused")).toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().toObject().value(QStringLiteral("index")).toInt(), 1);
    QCOMPARE(refused.first().toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("bad-1"));
    QVERIFY(run.err.contains("Key 2 (\"bad-1\") refused"));
    // Imported without alg: kept so and flagged.
    const Run list = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue& value : list.array()) {
        QVERIFY(value.toObject().value(QStringLiteral("alg")).isNull());
        QVERIFY(value.toObject().value(QStringLiteral("flags")).toArray().contains(QStringLiteral("no-alg-pinned")));
    }
}

void TestCliKeys::importPemAndRegister()
{
    const QString pem = write(QStringLiteral("p256.pem"), fixture("p256.pkcs8.pem"));
    const QStringList base { QStringLiteral("--set"), QStringLiteral("identity-tokens"), QStringLiteral("--owner"),
        QStringLiteral("iam"), QStringLiteral("--expires"), QStringLiteral("2099-01-01") };
    const Run imported = cli(QStringList { QStringLiteral("key"), QStringLiteral("import"), pem } + base
        + QStringList { QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--kid"), QStringLiteral("iam-1"), QStringLiteral("--json") });
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject key = imported.object().value(QStringLiteral("imported")).toArray().first().toObject();
    QCOMPARE(key.value(QStringLiteral("kid")).toString(), QStringLiteral("iam-1"));
    QCOMPARE(key.value(QStringLiteral("has_private")).toBool(), true);
    // The same material in another environment: PCI DSS 4.0 3.6.1.1.
    const Run otherEnvOk = cli(QStringList { QStringLiteral("key"), QStringLiteral("import"), pem, QStringLiteral("--set"), QStringLiteral("staging"),
        QStringLiteral("--owner"), QStringLiteral("iam"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
        QStringLiteral("--use"), QStringLiteral("sig"), QStringLiteral("--env"), QStringLiteral("test") });
    QCOMPARE(otherEnvOk.exitCode, 1);
    QVERIFY(otherEnvOk.err.contains("3.6.1.1"));

    const QString cert = write(QStringLiteral("cert.pem"), fixture("rsa2048.spki.pem"));
    const Run registered = cli({ QStringLiteral("key"), QStringLiteral("register"), cert, QStringLiteral("--set"), QStringLiteral("partner"),
        QStringLiteral("--owner"), QStringLiteral("acme"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
        QStringLiteral("--alg"), QStringLiteral("RS256"), QStringLiteral("--json") });
    QCOMPARE(registered.exitCode, 0);
    QCOMPARE(registered.object().value(QStringLiteral("imported")).toArray().first().toObject().value(QStringLiteral("has_private")).toBool(), false);
}

void TestCliKeys::revokeOpensReview()
{
    QCOMPARE(cli(generateArgs(QStringLiteral("leaky"))).exitCode, 0);
    const Run revoked = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("leaky"), QStringLiteral("--reason"),
        QStringLiteral("found in a paste site"), QStringLiteral("--json") });
    QCOMPARE(revoked.exitCode, 0);
    QCOMPARE(revoked.object().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QCOMPARE(revoked.object().value(QStringLiteral("primary")).toBool(), false);
    QVERIFY(revoked.object().value(QStringLiteral("review")).toInteger() > 0);
    QVERIFY(revoked.err.contains("review"));
    const Run list = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("revoked"), QStringLiteral("--json") });
    QCOMPARE(list.array().size(), 1);
    const Run again = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("leaky"), QStringLiteral("--reason"), QStringLiteral("again") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already revoked"));
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

void TestCliKeys::expiringWithin()
{
    const QString soon = QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate);
    QStringList args = generateArgs(QStringLiteral("soon"));
    args[11] = soon;
    QCOMPARE(cli(args).exitCode, 0);
    QCOMPARE(cli(generateArgs(QStringLiteral("later"))).exitCode, 0);
    const Run within = cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--expiring-within"), QStringLiteral("7d"), QStringLiteral("--json") });
    QCOMPARE(within.exitCode, 0);
    QCOMPARE(within.array().size(), 1);
    const QJsonObject key = within.array().first().toObject();
    QCOMPARE(key.value(QStringLiteral("kid")).toString(), QStringLiteral("soon"));
    QVERIFY(key.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("expiring-imminently")));
    QCOMPARE(cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--expiring-within"), QStringLiteral("12h"), QStringLiteral("--json") }).array().size(), 0);
}

void TestCliKeys::keySetPolicy()
{
    const Run created = cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive-enc"), QStringLiteral("--cryptoperiod"),
        QStringLiteral("365d"), QStringLiteral("--default-env"), QStringLiteral("test"), QStringLiteral("--json") });
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.object().value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(created.object().value(QStringLiteral("cryptoperiod_secs")).toInteger(), 365 * 86400);
    const Run generated = cli(generateArgs(QStringLiteral("arc"), QStringLiteral("A128KW"), QStringLiteral("enc"), QStringLiteral("archive-enc"))
        + QStringList { QStringLiteral("--json") });
    QCOMPARE(generated.object().value(QStringLiteral("env")).toString(), QStringLiteral("test"));
    QCOMPARE(cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive-enc"), QStringLiteral("--min-overlap"), QStringLiteral("1m") }).exitCode, 1);
    const Run list = cli({ QStringLiteral("keyset"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(list.array().first().toObject().value(QStringLiteral("default_env")).toString(), QStringLiteral("test"));
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
