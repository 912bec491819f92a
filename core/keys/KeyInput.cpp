// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyInput.h"

#include "jose/JwkSet.h"
#include "jose/PemCodec.h"
#include "jose/StrictJson.h"

#include <QJsonObject>

namespace keyward::core {

namespace {

QByteArrayView trimmed(QByteArrayView data)
{
    qsizetype begin = 0;
    qsizetype end = data.size();
    while (begin < end && QChar::isSpace(uchar(data[begin])))
        ++begin;
    while (end > begin && QChar::isSpace(uchar(data[end - 1])))
        --end;
    return data.sliced(begin, end - begin);
}

bool looksLikeJson(QByteArrayView data)
{
    return !data.isEmpty() && data.front() == '{';
}

bool looksLikePem(QByteArrayView data)
{
    return QByteArrayView(data).startsWith("-----BEGIN ");
}

bool looksLikeDer(QByteArrayView data)
{
    return data.size() > 2 && uchar(data.front()) == 0x30;
}

} // namespace

QString DecodedKeys::formatName(Format format)
{
    switch (format) {
    case Format::Jwk: return QStringLiteral("jwk");
    case Format::Jwks: return QStringLiteral("jwks");
    case Format::Pem: return QStringLiteral("pem");
    case Format::EncryptedPem: return QStringLiteral("pkcs8-encrypted");
    case Format::Certificate: return QStringLiteral("x509");
    }
    return QString();
}

bool KeyInput::needsPassphrase(QByteArrayView data)
{
    const QByteArrayView text = trimmed(data);
    return looksLikePem(text) && PemCodec::detect(text) == PemCodec::Kind::EncryptedPrivateKey;
}

Result<DecodedKeys> KeyInput::decode(QByteArrayView data, const SecureBytes& passphrase)
{
    if (data.size() > kMaxInputBytes)
        return Error(ErrorCode::Malformed,
            tr("The input is larger than %1 MiB; no key file is that large.").arg(kMaxInputBytes / (1024 * 1024)));
    const QByteArrayView text = trimmed(data);
    if (text.isEmpty())
        return Error(ErrorCode::Malformed, tr("The input is empty."));

    DecodedKeys decoded;
    if (looksLikeJson(text)) {
        // A JWK Set is an object whose "keys" member is an array; anything else must be one JWK.
        Result<QJsonObject> object = strictjson::parseObject(text);
        if (!object.ok())
            return Error(ErrorCode::Malformed, tr("The JSON does not parse: %1").arg(object.message()));
        if (object->contains(QStringLiteral("keys"))) {
            Result<JwkSet> set = JwkSet::fromJson(*object);
            if (!set.ok())
                return set.error();
            decoded.format = DecodedKeys::Format::Jwks;
            // Parsed keys keep their input order; the failures name their own positions, so
            // the parsed ones fill the positions in between.
            const qsizetype total = set->keys().size() + set->errors().size();
            qsizetype nextKey = 0;
            for (int index = 0; index < total; ++index) {
                const auto bad = std::find_if(set->errors().cbegin(), set->errors().cend(),
                    [index](const JwkSet::KeyError& e) { return e.index == index; });
                if (bad != set->errors().cend())
                    decoded.entries.append({ index, bad->kid, bad->error });
                else if (nextKey < set->keys().size()) {
                    const Jwk& key = set->keys().at(nextKey++);
                    decoded.entries.append({ index, key.kid(), key });
                }
            }
            if (decoded.entries.isEmpty())
                return Error(ErrorCode::Malformed, tr("The JWK Set holds no keys."));
            return decoded;
        }
        Result<Jwk> key = Jwk::fromJson(*object);
        if (!key.ok())
            return key.error();
        decoded.format = DecodedKeys::Format::Jwk;
        decoded.entries.append({ 0, key->kid(), key });
        return decoded;
    }
    if (looksLikePem(text)) {
        const PemCodec::Kind kind = PemCodec::detect(text);
        Result<Jwk> key = kind == PemCodec::Kind::Certificate ? PemCodec::importCertificate(text)
                                                              : PemCodec::importPem(text, passphrase);
        if (!key.ok())
            return key.error();
        decoded.format = kind == PemCodec::Kind::Certificate ? DecodedKeys::Format::Certificate
            : kind == PemCodec::Kind::EncryptedPrivateKey    ? DecodedKeys::Format::EncryptedPem
                                                             : DecodedKeys::Format::Pem;
        decoded.entries.append({ 0, QString(), key });
        return decoded;
    }
    if (looksLikeDer(data)) {
        Result<Jwk> key = PemCodec::importCertificate(data);
        if (!key.ok())
            return Error(ErrorCode::Malformed,
                tr("The binary input is not a DER X.509 certificate: %1").arg(key.message()));
        decoded.format = DecodedKeys::Format::Certificate;
        decoded.entries.append({ 0, QString(), key });
        return decoded;
    }
    return Error(ErrorCode::Malformed,
        tr("The input is neither a JWK, a JWK Set, a PEM key or certificate, nor a DER certificate."));
}

} // namespace keyward::core
