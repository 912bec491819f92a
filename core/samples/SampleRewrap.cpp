// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleRewrap.h"

#include "samples/CekRewrap.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "common/CommittedFiles.h"
#include "crypto/Digest.h"
#include "jose/JweDecryptor.h"
#include "jose/JweEncryptor.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "samples/SampleKeyring.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace keyward::core::samples {
namespace {

void wipe(QByteArray& bytes)
{
    bytes.detach();
    OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
}

// The protected members a re-encryption keeps (the rest the encryptor writes for the new recipient).
QJsonObject keptProtectedMembers(const QJsonObject& header)
{
    QJsonObject kept;
    for (const char* name : {"typ", "cty"}) {
        const QString key = QLatin1String(name);
        if (header.contains(key))
            kept.insert(key, header.value(key));
    }
    return kept;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(digest::sha256(bytes).toHex());
}


// The content kept and only the CEK wrapped anew where cekRewrapObstacle() allows it, else a full
// re-encryption (same enc, serialization, zip and typ/cty). Notes the method chosen in `item`.
Result<QByteArray> rewrapOne(const QByteArray& token, const jose::JweDecrypted& opened, const SampleKeyring& keys,
                             const jose::JweLimits& limits, const Jwk& recipient, const QString& successorAlg, RewrapItem& item)
{
    Result<jose::JweMessage> message = jose::parseJwe(token, limits);
    KEYWARD_TRY(message);
    const SampleKeyring::Entry* old = keys.find(opened.kid);
    const bool revoked = old && old->record.state == KeyState::Revoked;
    item.reencryptReason = cekRewrapObstacle(*message, opened.recipientIndex, opened.alg, successorAlg, revoked);
    if (item.reencryptReason.isEmpty() && old) {
        item.method = RewrapMethod::CekRewrap;
        return rewrapCek(*message, opened.recipientIndex, old->privateKey, recipient, successorAlg, limits);
    }
    item.method = RewrapMethod::ReEncrypt;
    std::vector<jose::JweRecipientSpec> to(1);
    to[0].key = recipient;
    to[0].alg = successorAlg;
    jose::JweEncryptOptions options;
    options.enc = opened.enc;
    options.serialization = opened.serialization;
    options.compress = opened.header().value(QStringLiteral("zip")).toString() == QLatin1String("DEF");
    options.protectedHeader = keptProtectedMembers(opened.header());
    return jose::JweEncryptor::encrypt(opened.plaintext, to, options);
}

} // namespace

Result<RewrapReport> SampleRewrap::rewrap(const SampleSelection& selection, const QString& successorKid, const QString& outputDir)
{
    const QDir out(outputDir);
    if (out.exists() && !out.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The output folder %1 already holds files; re-wrapped samples go into a new or empty folder.").arg(outputDir));

    Database& db = m_vault.database();
    Result<KeyRecord> successor = KeyStore(db).find(successorKid);
    KEYWARD_TRY(successor);
    if (successor->use != KeyUse::Enc || successor->state != KeyState::Active || successor->alg.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("Key %1 cannot take re-wrapped samples: it must be an active encryption key with an alg (it is %2 %3).")
                         .arg(successorKid, keyUseName(successor->use), keyStateName(successor->state)));
    Result<Jwk> successorKey = successor->keyType == QLatin1String("oct") ? VaultKeyProvider(db).loadPrivate(successor->id)
                                                                          : Jwk::fromJson(successor->publicJwk);
    KEYWARD_TRY(successorKey);
    const Jwk recipient = successorKey->withKid(successorKid);
    // The check decrypts with the successor alone: a sample that still opened with the old key
    // only would not pass.
    Result<Jwk> successorPrivate = VaultKeyProvider(db).loadPrivate(successor->id);
    KEYWARD_TRY(successorPrivate);
    const Jwk checkKey = successorPrivate->withKid(successorKid);
    const jose::JweDecryptor successorOnly([&](const QString& kid) -> Result<Jwk> {
        if (kid == successorKid)
            return checkKey;
        return Error(ErrorCode::UnknownKid, QString());
    });

    Result<QList<SampleRow>> samples = SampleStore(db).select(selection, true);
    KEYWARD_TRY(samples);
    if (samples->isEmpty())
        return Error(ErrorCode::NotFound, tr("No sample matches the selection."));
    QSet<QString> kids;
    QSet<QString> inputs;
    for (const SampleRow& s : std::as_const(*samples)) {
        for (const QString& kid : s.summary.kids)
            kids.insert(kid);
        inputs.insert(QFileInfo(s.sourcePath).absoluteFilePath());
    }
    SampleKeyring keys;
    KEYWARD_TRY(keys.load(m_vault, kids));
    const jose::JweDecryptor decryptor([&keys](const QString& kid) { return keys.resolve(kid); });

    // Staged files are written next to their targets, so the (empty) folder exists from here on.
    if (!QDir().mkpath(outputDir))
        return Error(ErrorCode::Io, tr("Cannot create the output folder %1.").arg(outputDir));
    RewrapReport report;
    report.successor = successorKid;
    CommittedFiles files;
    QJsonArray manifestItems;
    for (const SampleRow& s : std::as_const(*samples)) {
        if (s.summary.kids.contains(successorKid)) {
            report.skipped.append({s.sourcePath, tr("already encrypted to %1").arg(successorKid)});
            continue;
        }
        Result<jose::JweDecrypted> opened = decryptor.decrypt(s.token);
        if (!opened.ok()) {
            report.skipped.append({s.sourcePath, opened.message()});
            continue;
        }
        const QByteArray plaintextDigest = digest::sha256(opened->plaintext);
        RewrapItem item;
        Result<QByteArray> sealed = rewrapOne(s.token, *opened, keys, decryptor.limits(), recipient, successor->alg, item);
        wipe(opened->plaintext);
        KEYWARD_TRY(sealed);
        // Verified before it counts: the successor alone opens it, to the same plaintext.
        Result<jose::JweDecrypted> check = successorOnly.decrypt(*sealed);
        if (!check.ok() || digest::sha256(check->plaintext) != plaintextDigest)
            return Error(ErrorCode::Internal, tr("The re-wrapped %1 does not decrypt with %2; nothing was written.").arg(s.sourcePath, successorKid));
        wipe(check->plaintext);

        item.source = s.sourcePath;
        item.oldDigest = s.digest;
        item.oldKid = opened->kid;
        item.file = out.filePath(QStringLiteral("%1-%2").arg(s.digest.left(12), QFileInfo(s.sourcePath).fileName()));
        if (s.tokenIndex > 0)
            item.file += QStringLiteral(".%1").arg(s.tokenIndex);
        if (inputs.contains(QFileInfo(item.file).absoluteFilePath()))
            return Error(ErrorCode::InvalidArgument, tr("Re-wrapping would overwrite the input %1; choose another output folder.").arg(item.file));
        item.newDigest = hex(*sealed);
        KEYWARD_TRY(files.stage(item.file, *sealed));
        manifestItems.append(QJsonObject {{QStringLiteral("source"), item.source},
                                          {QStringLiteral("old_digest"), item.oldDigest},
                                          {QStringLiteral("old_kid"), item.oldKid},
                                          {QStringLiteral("file"), QFileInfo(item.file).fileName()},
                                          {QStringLiteral("new_digest"), item.newDigest},
                                          {QStringLiteral("method"), rewrapMethodName(item.method)},
                                          {QStringLiteral("reencrypt_reason"), item.reencryptReason}});
        report.items.append(item);
    }
    if (report.items.isEmpty())
        return Error(ErrorCode::Refused, tr("No selected sample could be re-wrapped: %1").arg(report.skipped.value(0).reason));

    const QDateTime now = VaultTime::effectiveNow(m_vault);
    report.manifest = out.filePath(QStringLiteral("manifest.json"));
    const QJsonObject manifest {{QStringLiteral("successor"), successorKid},
                                {QStringLiteral("created"), now.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("officer"), m_vault.currentOfficer().name},
                                {QStringLiteral("items"), manifestItems}};
    KEYWARD_TRY(files.stage(report.manifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented)));
    Result<Transaction> tx = Transaction::begin(db);
    KEYWARD_TRY(tx);
    const QJsonObject details {{QStringLiteral("successor"), successorKid},
                               {QStringLiteral("output"), outputDir},
                               {QStringLiteral("rewrapped"), int(report.items.size())},
                               {QStringLiteral("skipped"), int(report.skipped.size())},
                               {QStringLiteral("manifest_sha256"), hex(QJsonDocument(manifest).toJson(QJsonDocument::Indented))}};
    KEYWARD_TRY(m_vault.audit().record(m_vault.currentOfficer().name, QStringLiteral("samples.rewrapped"), successorKid, details));
    KEYWARD_TRY(tx->commit());
    // The files appear only once the event recording them is committed.
    KEYWARD_TRY(files.publish());
    return report;
}

} // namespace keyward::core::samples
