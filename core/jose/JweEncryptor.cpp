// SPDX-License-Identifier: GPL-3.0-or-later
#include "JweEncryptor.h"

#include "common/Base64Url.h"
#include "crypto/Random.h"
#include "jose/ContentEncryption.h"
#include "jose/Deflate.h"
#include "jose/JoseAlgorithms.h"
#include "jose/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core::jose {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JweEncryptor)
};

Error invalid(const QString& why)
{
    return Error(ErrorCode::InvalidArgument, why);
}

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

// The three headers of one recipient while the JWE is being assembled.
struct Headers {
    QJsonObject* protectedHeader;
    bool protectedFrozen; // a verbatim protected header cannot take new members
    QJsonObject* shared;
    QJsonObject* own;
};

// Puts a generated member where it belongs, or checks the caller's copy of it agrees.
Status place(Headers& h, const QString& name, const QJsonValue& value, bool preferProtected)
{
    for (const QJsonObject* o : {static_cast<const QJsonObject*>(h.protectedHeader), static_cast<const QJsonObject*>(h.shared),
                                 static_cast<const QJsonObject*>(h.own)}) {
        if (o->contains(name)) {
            if (o->value(name) != value)
                return invalid(Tr::tr("The header member \"%1\" given by the caller disagrees with the encryption.").arg(name));
            return {};
        }
    }
    if (preferProtected && !h.protectedFrozen) {
        h.protectedHeader->insert(name, value);
        return {};
    }
    h.own->insert(name, value);
    return {};
}

Status checkKey(const JweRecipientSpec& r, const AlgorithmInfo& alg, const QString& enc)
{
    if (alg.family == AlgFamily::Pbes2) {
        if (r.password.isEmpty())
            return invalid(Tr::tr("\"%1\" needs a password.").arg(alg.name));
        return {};
    }
    // A dir key pinned to its content algorithm (RFC 7520 §5.6) is fine for dir.
    if (alg.family == AlgFamily::Direct && r.key.alg() == enc)
        return checkKeyForAlg(r.key.withAlg(QString()), alg.name, Purpose::Encrypt, enc);
    return checkKeyForAlg(r.key, alg.name, Purpose::Encrypt, enc);
}

Status checkDisjoint(const QJsonObject& a, const QJsonObject& b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (a.contains(it.key()))
            return invalid(Tr::tr("The header member \"%1\" is in more than one JWE header.").arg(it.key()));
    }
    return {};
}

QByteArray serialize(JweSerialization form, const QByteArray& protectedB64, const QJsonObject& shared,
                     const std::vector<QJsonObject>& ownHeaders, const std::vector<QByteArray>& encryptedKeys, const JweEncryptOptions& options,
                     const QByteArray& iv, const ContentCiphertext& content)
{
    if (form == JweSerialization::Compact) {
        return protectedB64 + '.' + base64url::encode(encryptedKeys.front()) + '.' + base64url::encode(iv) + '.'
            + base64url::encode(content.ciphertext) + '.' + base64url::encode(content.tag);
    }
    QJsonObject o;
    if (!protectedB64.isEmpty())
        o.insert(QStringLiteral("protected"), QString::fromLatin1(protectedB64));
    if (!shared.isEmpty())
        o.insert(QStringLiteral("unprotected"), shared);
    auto recipientObject = [&](std::size_t i) {
        QJsonObject r;
        if (!ownHeaders[i].isEmpty())
            r.insert(QStringLiteral("header"), ownHeaders[i]);
        if (!encryptedKeys[i].isEmpty())
            r.insert(QStringLiteral("encrypted_key"), b64(encryptedKeys[i]));
        return r;
    };
    if (form == JweSerialization::General) {
        QJsonArray list;
        for (std::size_t i = 0; i < ownHeaders.size(); ++i)
            list.append(recipientObject(i));
        o.insert(QStringLiteral("recipients"), list);
    } else {
        const QJsonObject r = recipientObject(0);
        for (auto it = r.begin(); it != r.end(); ++it)
            o.insert(it.key(), it.value());
    }
    if (!options.aad.isEmpty())
        o.insert(QStringLiteral("aad"), b64(options.aad));
    o.insert(QStringLiteral("iv"), b64(iv));
    o.insert(QStringLiteral("ciphertext"), b64(content.ciphertext));
    o.insert(QStringLiteral("tag"), b64(content.tag));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QByteArray> JweEncryptor::encrypt(QByteArrayView plaintext, const std::vector<JweRecipientSpec>& recipients,
                                         const JweEncryptOptions& options)
{
    const ContentAlgorithm* enc = contentAlgorithm(options.enc);
    if (!enc)
        return Error(ErrorCode::UnsupportedAlg, Tr::tr("The content encryption \"%1\" is not supported.").arg(options.enc));
    if (recipients.empty())
        return invalid(Tr::tr("A JWE needs at least one recipient."));
    const bool compact = options.serialization == JweSerialization::Compact;
    if (options.serialization != JweSerialization::General && recipients.size() != 1)
        return invalid(Tr::tr("Only the general JSON serialization can hold several recipients."));
    if (compact && (!options.unprotectedHeader.isEmpty() || !options.aad.isEmpty() || !recipients.front().header.isEmpty()))
        return invalid(Tr::tr("A compact JWE has no unprotected headers and no \"aad\"."));

    std::vector<const AlgorithmInfo*> algs;
    for (const auto& r : recipients) {
        auto info = usable(AlgKind::KeyManagement, r.alg);
        KEYWARD_TRY(info);
        KEYWARD_TRY(checkKey(r, *info.value(), enc->name));
        if (determinesCek(*info.value()) && recipients.size() > 1)
            return invalid(Tr::tr("\"%1\" determines the content key itself and cannot share a JWE with other recipients.").arg(r.alg));
        algs.push_back(info.value());
    }

    QJsonObject protectedHeader = options.protectedHeader;
    const bool frozen = !options.protectedB64.isEmpty();
    if (frozen) {
        auto text = base64url::decode(options.protectedB64);
        if (!text.ok())
            return invalid(Tr::tr("The verbatim protected header is not base64url."));
        auto parsed = strictjson::parseObject(text.value());
        if (!parsed.ok())
            return invalid(Tr::tr("The verbatim protected header is not a JSON object: %1").arg(parsed.message()));
        protectedHeader = parsed.value();
    }
    QJsonObject shared = options.unprotectedHeader;
    std::vector<QJsonObject> ownHeaders;
    std::vector<QByteArray> encryptedKeys;

    SecureBytes cek = options.cek.isEmpty() ? random::secretBytes(std::size_t(enc->cekBytes)) : options.cek.clone();
    if (cek.isize() != enc->cekBytes)
        return invalid(Tr::tr("%1 needs a %2-bit content key.").arg(enc->name).arg(enc->cekBytes * 8));
    const bool keyParamsProtected = recipients.size() == 1 && !options.keyParamsInRecipientHeader;
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        const auto& r = recipients[i];
        auto wrapped = wrapCek(*algs[i], *enc, cek, r.key, r.password, r.params);
        KEYWARD_TRY(wrapped);
        if (determinesCek(*algs[i]))
            cek = std::move(wrapped->cek);
        QJsonObject own = r.header;
        Headers h{&protectedHeader, frozen, &shared, &own};
        KEYWARD_TRY(place(h, QStringLiteral("alg"), algs[i]->name, keyParamsProtected));
        if (!r.key.isNull() && !r.key.kid().isEmpty())
            KEYWARD_TRY(place(h, QStringLiteral("kid"), r.key.kid(), keyParamsProtected));
        for (auto it = wrapped->headerParams.begin(); it != wrapped->headerParams.end(); ++it)
            KEYWARD_TRY(place(h, it.key(), it.value(), keyParamsProtected));
        if (i == 0) {
            KEYWARD_TRY(place(h, QStringLiteral("enc"), enc->name, true));
            if (options.compress) {
                if (!protectedHeader.contains(QStringLiteral("zip")) && frozen)
                    return invalid(Tr::tr("\"zip\" must be in the protected header."));
                KEYWARD_TRY(place(h, QStringLiteral("zip"), QStringLiteral("DEF"), true));
            }
        }
        if (compact && !own.isEmpty())
            return invalid(Tr::tr("A compact JWE needs every header member in its protected header."));
        ownHeaders.push_back(std::move(own));
        encryptedKeys.push_back(std::move(wrapped->encryptedKey));
    }
    KEYWARD_TRY(checkDisjoint(protectedHeader, shared));
    for (const auto& own : ownHeaders) {
        KEYWARD_TRY(checkDisjoint(protectedHeader, own));
        KEYWARD_TRY(checkDisjoint(shared, own));
    }
    if (options.compress && !protectedHeader.contains(QStringLiteral("zip")))
        return invalid(Tr::tr("\"zip\" must be in the protected header."));

    const QByteArray protectedB64 = frozen ? options.protectedB64
        : protectedHeader.isEmpty()        ? QByteArray()
                                           : base64url::encode(QJsonDocument(protectedHeader).toJson(QJsonDocument::Compact));
    QByteArray aad = protectedB64;
    if (!options.aad.isEmpty())
        aad += '.' + base64url::encode(options.aad);

    QByteArray compressed;
    if (options.compress) {
        auto deflated = deflate::compress(plaintext);
        KEYWARD_TRY(deflated);
        compressed = std::move(deflated).value();
    }
    const QByteArray iv = options.iv.isEmpty() ? random::bytes(enc->ivBytes) : options.iv;
    auto content = encryptContent(*enc, cek, iv, aad, options.compress ? QByteArrayView(compressed) : plaintext);
    KEYWARD_TRY(content);
    return serialize(options.serialization, protectedB64, shared, ownHeaders, encryptedKeys, options, iv, content.value());
}

} // namespace keyward::core::jose
