// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateExportExecutor.h"

#include "audit/AuditLog.h"
#include "common/Base64Url.h"
#include "common/CommittedFiles.h"
#include "crypto/Digest.h"
#include "jose/JoseAlgorithms.h"
#include "jose/JweEncryptor.h"
#include "jose/PemCodec.h"
#include "keys/KeyProvider.h"
#include "keys/KeyStore.h"
#include "requests/KeyRequestSupport.h"
#include "vault/Vault.h"

#include <QJsonDocument>

namespace keyward::core {

namespace {

constexpr int kMinExportPassphraseBytes = 12;
const QString kPkcs8 = QStringLiteral("pkcs8");
const QString kJwe = QStringLiteral("jwe");
const QString kContentEncryption = QStringLiteral("A256GCM");

// Members only private or secret JWKs have (RFC 7518 §6).
bool hasPrivateMembers(const QJsonObject& jwk)
{
    for (const char* member : { "d", "p", "q", "dp", "dq", "qi", "oth", "k" }) {
        if (jwk.contains(QLatin1String(member)))
            return true;
    }
    return false;
}

// Public-key wraps only: the recipient holds the one key that opens the file.
bool isPublicKeyWrap(const QString& alg)
{
    static const QStringList wraps { QStringLiteral("ECDH-ES"), QStringLiteral("ECDH-ES+A128KW"),
        QStringLiteral("ECDH-ES+A192KW"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("RSA-OAEP"),
        QStringLiteral("RSA-OAEP-256"), QStringLiteral("RSA-OAEP-384"), QStringLiteral("RSA-OAEP-512") };
    return wraps.contains(alg);
}

} // namespace

Status PrivateExportExecutor::prepare(Vault& vault, Request& request, QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    Result<KeyRecord> key = KeyRequestSupport::resolveSubject(vault, request);
    if (!key.ok())
        return key.error();
    if (key->state == KeyState::Destroyed || !key->hasPrivate)
        return Error(ErrorCode::Refused,
            tr("Key \"%1\" holds no private material in the vault, so there is nothing to export.").arg(key->kid));
    QJsonObject& effect = request.effect;
    const QString format = effect.value(QStringLiteral("format")).toString();
    if (format == kPkcs8) {
        if (key->keyType == QLatin1String("oct"))
            return Error(ErrorCode::Refused,
                tr("Key \"%1\" is a secret (oct) key, which has no PKCS#8 form; export it as a JWE instead.").arg(key->kid));
        effect.remove(QStringLiteral("recipientJwk"));
        effect.remove(QStringLiteral("recipientThumbprint"));
    } else if (format == kJwe) {
        const QJsonObject recipientJson = effect.value(QStringLiteral("recipientJwk")).toObject();
        if (recipientJson.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("A JWE export needs the recipient's public JWK."));
        if (hasPrivateMembers(recipientJson))
            return Error(ErrorCode::Refused,
                tr("The recipient JWK holds private or secret key members. Give the recipient's public key only: the "
                   "export is encrypted to it, and no secret belongs in a request."));
        Result<Jwk> recipient = Jwk::fromJson(recipientJson);
        if (!recipient.ok())
            return recipient.error();
        if (const QString weak = recipient->weakKeyReason(); !weak.isEmpty())
            return Error(ErrorCode::WeakKey, weak);
        Result<QString> alg = wrapAlgFor(*recipient);
        if (!alg.ok())
            return alg.error();
        effect.insert(QStringLiteral("recipientJwk"), recipient->toPublicJson());
        effect.insert(QStringLiteral("recipientThumbprint"), recipient->thumbprintBase64Url());
        effect.insert(QStringLiteral("jweAlg"), *alg);
        effect.insert(QStringLiteral("jweEnc"), kContentEncryption);
    } else {
        return Error(ErrorCode::InvalidArgument,
            tr("A private key is exported as \"pkcs8\" (encrypted PKCS#8) or \"jwe\" (a JWE-wrapped JWK), never in "
               "clear; \"%1\" is neither.")
                .arg(format));
    }
    return {};
}

Result<QString> PrivateExportExecutor::wrapAlgFor(const Jwk& recipient)
{
    if (recipient.hasPrivate())
        return Error(ErrorCode::Refused, tr("The recipient key must be a public key."));
    if (recipient.use() == QLatin1String("sig"))
        return Error(ErrorCode::KeyMismatch, tr("The recipient key is marked for signatures (use \"sig\"), not encryption."));
    QString alg = recipient.alg();
    if (alg.isEmpty()) {
        switch (recipient.type()) {
        case KeyType::Rsa: alg = QStringLiteral("RSA-OAEP-256"); break;
        case KeyType::Ec: alg = QStringLiteral("ECDH-ES+A256KW"); break;
        case KeyType::Okp:
            if (recipient.curve() == Curve::X25519)
                alg = QStringLiteral("ECDH-ES+A256KW");
            break;
        case KeyType::Oct: break;
        }
    }
    if (alg.isEmpty() || !isPublicKeyWrap(alg))
        return Error(ErrorCode::KeyMismatch,
            tr("The recipient key cannot receive an encrypted key: use an RSA, EC (P-256/384/521) or X25519 public key."));
    KEYWARD_TRY(jose::checkKeyForAlg(recipient, alg, jose::Purpose::Encrypt, kContentEncryption));
    return alg;
}

Result<QByteArray> PrivateExportExecutor::encode(const Jwk& key, const Request& request,
                                                 const PrivateExportTarget& target)
{
    const QString format = request.effect.value(QStringLiteral("format")).toString();
    if (format == kPkcs8) {
        if (target.passphrase.size() < std::size_t(kMinExportPassphraseBytes))
            return Error(ErrorCode::Refused,
                tr("The export passphrase must be at least %1 bytes long; a private key is never written in clear.")
                    .arg(kMinExportPassphraseBytes));
        return PemCodec::exportEncryptedPrivatePem(key, target.passphrase);
    }
    Result<Jwk> recipient = Jwk::fromJson(request.effect.value(QStringLiteral("recipientJwk")).toObject());
    if (!recipient.ok())
        return recipient.error();
    if (recipient->thumbprintBase64Url() != request.effect.value(QStringLiteral("recipientThumbprint")).toString())
        return Error(ErrorCode::IntegrityFailure, tr("The recipient key does not match the approved thumbprint."));
    std::vector<jose::JweRecipientSpec> recipients(1);
    recipients.front().key = *recipient;
    recipients.front().alg = request.effect.value(QStringLiteral("jweAlg")).toString();
    jose::JweEncryptOptions options;
    options.enc = request.effect.value(QStringLiteral("jweEnc")).toString();
    options.protectedHeader.insert(QStringLiteral("cty"), QStringLiteral("jwk+json")); // RFC 7517 §7
    if (!recipient->kid().isEmpty())
        options.protectedHeader.insert(QStringLiteral("kid"), recipient->kid());
    // The private JWK's text lives only in SecureBytes (the QByteArray it came through is wiped).
    QByteArray json = QJsonDocument(key.toPrivateJson()).toJson(QJsonDocument::Compact);
    const SecureBytes plaintext = SecureBytes::takeFrom(json);
    return jose::JweEncryptor::encrypt(plaintext.view(), recipients, options);
}

Result<QJsonObject> PrivateExportExecutor::execute(ExecutionContext& context, const Request& request,
                                                   const QByteArray& attachment) const
{
    Q_UNUSED(attachment);
    if (!context.exportTarget || context.exportTarget->path.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Name the file the approved export is written to."));
    // The engine lets only the requester collect; checked again here because this is where the
    // private key leaves the vault.
    if (context.actor != request.requester)
        return Error(ErrorCode::Refused, tr("Only %1, who asked for this export, can collect it.").arg(request.requester));
    const PrivateExportTarget& target = *context.exportTarget;
    Result<KeyRecord> key = KeyRequestSupport::currentKey(context.vault, request);
    if (!key.ok())
        return key.error();
    if (key->state == KeyState::Destroyed || !key->hasPrivate)
        return Error(ErrorCode::Refused, tr("Key \"%1\" no longer holds private material.").arg(key->kid));

    Result<QByteArray> bytes = [&]() -> Result<QByteArray> {
        Result<Jwk> privateKey = context.keys.loadPrivate(key->id);
        if (!privateKey.ok())
            return privateKey.error();
        return encode(*privateKey, request, target);
    }();
    if (!bytes.ok())
        return bytes.error();
    const QString sha256 = QString::fromLatin1(hex::encode(digest::sha256(*bytes)));
    const QString format = request.effect.value(QStringLiteral("format")).toString();

    QJsonObject details = KeyRequestSupport::auditContext(request, context.actor);
    details.insert(QStringLiteral("set"), key->keySet);
    details.insert(QStringLiteral("format"), format);
    details.insert(QStringLiteral("path"), target.path);
    details.insert(QStringLiteral("sha256"), sha256);
    if (format == kJwe)
        details.insert(QStringLiteral("recipient_thumbprint"), request.effect.value(QStringLiteral("recipientThumbprint")));
    const QString actor = context.actor.isEmpty() ? context.vault.currentOfficer().name : context.actor;
    if (!context.files)
        return Error(ErrorCode::Internal, tr("A private export runs only inside the request engine."));
    // Staged first, so a path that cannot be written fails before anything is recorded; the file
    // itself appears only once the collect transaction committed (the engine publishes it), so
    // no export file ever exists for an export the audit log does not hold.
    KEYWARD_TRY(context.files->stage(target.path, *bytes, CommittedFiles::kOwnerOnly));
    Result<AuditEvent> event
        = context.vault.audit().record(actor, QStringLiteral("key.exported-private"), key->kid, details);
    if (!event.ok())
        return event.error();
    QJsonObject outcome {
        { QStringLiteral("format"), format },
        { QStringLiteral("path"), target.path },
        { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("exportedAt"), KeyStore::formatTime(context.vault.clock().now()) },
    };
    if (format == kJwe)
        outcome.insert(QStringLiteral("recipientThumbprint"), request.effect.value(QStringLiteral("recipientThumbprint")));
    return outcome;
}

} // namespace keyward::core
