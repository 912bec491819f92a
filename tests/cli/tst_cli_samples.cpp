// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward-cli samples import|rewrap` as a script sees it (SPEC §8): `samples rewrap --json` names
// the method per file — "cek-rewrap" for a JSON sample whose recipient members are unprotected,
// "re-encrypt" (with the reason) for a compact one — and a folder holding files is refused.
#include "CliProcess.h"

#include "jose/JweEncryptor.h"
#include "jose/Jwk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;
using namespace keyward::core::jose;
using namespace keyward::test;

class TestCliSamples : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rewrapReportsTheMethodPerFile();

private:
    CliRun cli(const QStringList& args);
    QString path(const QString& name) const { return m_dir->path() + QLatin1Char('/') + name; }
    bool write(const QString& name, const QByteArray& content);
    QByteArray encrypt(const Jwk& key, JweSerialization serialization, bool unprotectedRecipient);

    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TestCliSamples::cli(const QStringList& args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KEYWARD_PASSPHRASE_FILE"), path(QStringLiteral("pass")));
    return runCli(QStringLiteral(KEYWARD_CLI_PATH), QStringList {QStringLiteral("--vault"), path(QStringLiteral("vault"))} + args, env);
}

bool TestCliSamples::write(const QString& name, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path(name)).absolutePath());
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray TestCliSamples::encrypt(const Jwk& key, JweSerialization serialization, bool unprotectedRecipient)
{
    std::vector<JweRecipientSpec> to(1);
    to[0].key = key;
    to[0].alg = QStringLiteral("RSA-OAEP-256");
    JweEncryptOptions options;
    options.enc = QStringLiteral("A256GCM");
    options.serialization = serialization;
    options.keyParamsInRecipientHeader = unprotectedRecipient;
    Result<QByteArray> jwe = JweEncryptor::encrypt("board minutes 2021", to, options);
    return jwe.ok() ? *jwe : QByteArray();
}

void TestCliSamples::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(write(QStringLiteral("pass"), "correct horse battery staple\n"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("alice")}).exitCode, 0);
    for (const auto& [kid, alg] : {std::pair {"old-rsa", "RSA-OAEP-256"}, std::pair {"new-ec", "ECDH-ES+A256KW"}}) {
        const CliRun generated = cli({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"), QStringLiteral("archive"),
                                      QStringLiteral("--use"), QStringLiteral("enc"), QStringLiteral("--alg"), QLatin1String(alg),
                                      QStringLiteral("--owner"), QStringLiteral("records"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                                      QStringLiteral("--kid"), QLatin1String(kid)});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    }
}

void TestCliSamples::rewrapReportsTheMethodPerFile()
{
    const CliRun shown = cli({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("old-rsa"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    Result<Jwk> old = Jwk::fromJson(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("jwk")).toObject());
    QVERIFY(old.ok());
    const Jwk recipient = old->withKid(QStringLiteral("old-rsa"));
    QVERIFY(write(QStringLiteral("in/compact.jwe"), encrypt(recipient, JweSerialization::Compact, false)));
    QVERIFY(write(QStringLiteral("in/general.json"), encrypt(recipient, JweSerialization::General, true)));
    const CliRun imported = cli({QStringLiteral("samples"), QStringLiteral("import"), path(QStringLiteral("in"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    QVERIFY(write(QStringLiteral("busy/keep.txt"), "x"));
    const CliRun refused = cli({QStringLiteral("samples"), QStringLiteral("rewrap"), QStringLiteral("--to"), QStringLiteral("new-ec"),
                                QStringLiteral("--out"), path(QStringLiteral("busy"))});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("already holds files")), qPrintable(refused.err));

    const CliRun rewrapped = cli({QStringLiteral("samples"), QStringLiteral("rewrap"), QStringLiteral("--to"), QStringLiteral("new-ec"),
                                  QStringLiteral("--out"), path(QStringLiteral("out")), QStringLiteral("--json")});
    QVERIFY2(rewrapped.exitCode == 0, qPrintable(rewrapped.err));
    const QJsonArray items = QJsonDocument::fromJson(rewrapped.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const bool compact = item.value(QStringLiteral("source")).toString().endsWith(QLatin1String("compact.jwe"));
        QCOMPARE(item.value(QStringLiteral("method")).toString(), compact ? QStringLiteral("re-encrypt") : QStringLiteral("cek-rewrap"));
        QCOMPARE(item.value(QStringLiteral("reencrypt_reason")).toString(), compact ? QStringLiteral("compact") : QString());
        QVERIFY(QFile::exists(item.value(QStringLiteral("file")).toString()));
    }
    QVERIFY(QFile::exists(path(QStringLiteral("out/manifest.json"))));
}

QTEST_GUILESS_MAIN(TestCliSamples)
#include "tst_cli_samples.moc"
