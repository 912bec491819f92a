// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSampleSeeder.h"

#include "jose/JweEncryptor.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "samples/SampleImporter.h"
#include "samples/SampleTestRun.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace keyward::core {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DemoSampleSeeder)
};

// The key a demo sample is encrypted to: public for asymmetric keys, the secret for oct ones.
Result<Jwk> recipientKey(Vault& vault, const QString& kid)
{
    Result<KeyRecord> key = KeyStore(vault.database()).find(kid);
    KEYWARD_TRY(key);
    if (key->keyType == QLatin1String("oct"))
        return VaultKeyProvider(vault.database()).loadPrivate(key->id);
    Result<Jwk> jwk = Jwk::fromJson(key->publicJwk);
    KEYWARD_TRY(jwk);
    return jwk->withKid(kid);
}

Result<QByteArray> encryptTo(const Jwk& key, const QString& alg, const QString& enc, const QByteArray& plaintext)
{
    std::vector<jose::JweRecipientSpec> to(1);
    to[0].key = key;
    to[0].alg = alg;
    jose::JweEncryptOptions options;
    options.enc = enc;
    options.protectedHeader.insert(QStringLiteral("cty"), QStringLiteral("application/json"));
    return jose::JweEncryptor::encrypt(plaintext, to, options);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return Error(ErrorCode::Io, Tr::tr("Cannot write the demo sample %1.").arg(path));
    return {};
}

QByteArray statement(const char* customer, int month)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("customer"), QLatin1String(customer)},
                                      {QStringLiteral("period"), QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0'))},
                                      {QStringLiteral("balance"), 1200 + month * 37}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

Status seedDemoSamples(Vault& vault, const QString& folder)
{
    const QDir out(folder);
    struct Plan {
        const char* kid;
        const char* alg;
        const char* enc;
        const char* subfolder;
        int count;
    };
    // archive-2025 is current; archive-2024 is retired (decrypt-only: re-wrap); archive-2022 was
    // destroyed (its statements are gone for good); archive-wrap-kek wraps the backup bundles.
    const Plan plans[] = {
        {"archive-2025", "ECDH-ES+A256KW", "A256GCM", "statements/2025", 12},
        {"archive-2024", "RSA-OAEP-256", "A256GCM", "statements/2024", 5},
        {"archive-2022", "RSA-OAEP", "A128CBC-HS256", "statements/2022", 2},
        {"archive-wrap-kek", "A256KW", "A256GCM", "backups", 3},
    };
    const char* customers[] = {"ACME GmbH", "Globex Ltd", "Initech SA", "Umbrella BV", "Hooli Inc"};
    for (const Plan& plan : plans) {
        Result<Jwk> key = recipientKey(vault, QLatin1String(plan.kid));
        KEYWARD_TRY(key);
        for (int i = 0; i < plan.count; ++i) {
            Result<QByteArray> jwe = encryptTo(*key, QLatin1String(plan.alg), QLatin1String(plan.enc), statement(customers[i % 5], i % 12 + 1));
            KEYWARD_TRY(jwe);
            QByteArray bytes = *jwe;
            // One backup bundle was damaged on the archive share: it no longer authenticates, and it
            // blocks the retirement of archive-wrap-kek until it is restored or written off.
            if (QLatin1String(plan.subfolder) == QLatin1String("backups") && i == 1) {
                QList<QByteArray> parts = bytes.split('.');
                parts[3][5] = parts[3][5] == 'A' ? 'B' : 'A';
                bytes = parts.join('.');
            }
            const QString name = QLatin1String(plan.subfolder) == QLatin1String("backups") ? QStringLiteral("backup-2025-11-%1.jwe").arg(i + 1, 2, 10, QLatin1Char('0'))
                                                                                           : QStringLiteral("statement-%1.jwe").arg(i + 1, 3, 10, QLatin1Char('0'));
            KEYWARD_TRY(writeFile(out.filePath(QLatin1String(plan.subfolder) + QLatin1Char('/') + name), bytes));
        }
    }
    // A statement from a partner system that never registered its key here.
    Result<Jwk> stranger = recipientKey(vault, QStringLiteral("archive-wrap-kek"));
    KEYWARD_TRY(stranger);
    Result<QByteArray> orphan = encryptTo(stranger->withKid(QStringLiteral("partner-archive-2019")), QStringLiteral("A256KW"), QStringLiteral("A256GCM"),
                                          statement("Partner Co", 3));
    KEYWARD_TRY(orphan);
    KEYWARD_TRY(writeFile(out.filePath(QStringLiteral("partner/statement-2019-03.jwe")), *orphan));

    KEYWARD_TRY(samples::SampleImporter(vault).import({folder}));
    KEYWARD_TRY(samples::SampleTestRun(vault).run(samples::SampleSelection()));
    return {};
}

} // namespace keyward::core
