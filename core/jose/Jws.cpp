// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jws.h"

#include "common/Base64Url.h"
#include "crypto/EvpSign.h"
#include "jose/JoseAlgorithms.h"
#include "jose/JwkSet.h"
#include "jose/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace keyward::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::Jws", text);
}

const QString kB64 = QStringLiteral("b64");

// RFC 7797 §3/§6: `b64` is a boolean, integrity protected and named in `crit`; absent means true.
Result<bool> payloadEncoded(const JoseHeader& header)
{
    if (!header.contains(kB64))
        return true;
    const QJsonValue v = header.joined().value(kB64);
    if (!v.isBool())
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate(
                "keyward::core::Jws", "The \"b64\" header parameter is not a boolean"));
    const QJsonArray crit = header.protectedHeader().value(QStringLiteral("crit")).toArray();
    if (!header.isProtected(kB64) || !crit.contains(QJsonValue(kB64)))
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::Jws",
                "\"b64\" is only honoured when it is protected and listed in \"crit\" (RFC 7797 §6)"));
    return v.toBool();
}

Result<QByteArray> decodePart(QByteArrayView text, const QString& what)
{
    auto bytes = base64url::decode(text);
    if (!bytes.ok())
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::Jws", "The JWS %1 is not strict base64url: %2")
                .arg(what, bytes.message()));
    return bytes;
}

std::optional<evpsign::Scheme> schemeFor(jose::AlgFamily family)
{
    switch (family) {
    case jose::AlgFamily::RsaPkcs1:
        return evpsign::Scheme::RsaPkcs1;
    case jose::AlgFamily::RsaPss:
        return evpsign::Scheme::RsaPss;
    case jose::AlgFamily::Ecdsa:
        return evpsign::Scheme::Ecdsa;
    case jose::AlgFamily::EdDsa:
        return evpsign::Scheme::Ed25519;
    default:
        return std::nullopt;
    }
}

// Fills alg/kid from the key and applies the b64 option; the result is the protected header.
Result<QJsonObject> completeHeader(QJsonObject header, const Jwk& key, bool encodePayload)
{
    const QString algKey = QStringLiteral("alg");
    if (!header.contains(algKey)) {
        if (key.alg().isEmpty())
            return Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "keyward::core::Jws", "Neither the header nor the key names a signature algorithm"));
        header.insert(algKey, key.alg());
    }
    if (!header.contains(QStringLiteral("kid")) && !key.kid().isEmpty())
        header.insert(QStringLiteral("kid"), key.kid());
    if (!encodePayload) {
        header.insert(kB64, false);
        QJsonArray crit = header.value(QStringLiteral("crit")).toArray();
        if (!crit.contains(QJsonValue(kB64)))
            crit.append(kB64);
        header.insert(QStringLiteral("crit"), crit);
    }
    return header;
}

struct Signed {
    QByteArray protectedB64;
    QByteArray payloadSegment;
    QByteArray signature;
};

// Validates the protected header as a verifier would, then signs its signing input.
Result<Signed> signWithHeader(const QByteArray& protectedJson, const QJsonObject& unprotected,
    QByteArrayView payload, const Jwk& key, std::optional<bool> requiredB64 = std::nullopt)
{
    Signed out;
    out.protectedB64 = base64url::encode(protectedJson);
    auto decoded = JoseHeader::decodeProtected(out.protectedB64);
    if (!decoded.ok())
        return decoded.error();
    auto header = JoseHeader::join(out.protectedB64, *decoded, { unprotected });
    if (!header.ok())
        return header.error();
    KEYWARD_TRY(header->checkCrit({ kB64 }));
    auto b64 = payloadEncoded(*header);
    if (!b64.ok())
        return b64.error();
    if (requiredB64 && *requiredB64 != *b64)
        return Error(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "keyward::core::Jws", "Every signature of one JWS must use the same \"b64\" value"));
    auto alg = header->alg();
    if (!alg.ok())
        return alg.error();
    KEYWARD_TRY(jose::checkKeyForAlg(key, *alg, jose::Purpose::Sign));
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, *alg);
    out.payloadSegment = *b64 ? base64url::encode(payload) : payload.toByteArray();
    const QByteArray input = out.protectedB64 + '.' + out.payloadSegment;
    auto sig = evpsign::sign(key.pkey(), *schemeFor(info->family), info->hashBits, input);
    if (!sig.ok())
        return sig.error();
    out.signature = *sig;
    return out;
}

} // namespace

Result<Jws> Jws::parse(QByteArrayView text)
{
    Jws jws;
    if (text.size() > kMaxSerializedBytes)
        return Error(
            ErrorCode::PolicyRefused, tr("The JWS is larger than %1 bytes").arg(kMaxSerializedBytes));
    // JSON serializations may be pretty-printed; a compact one never has whitespace.
    const QByteArrayView trimmed = text.trimmed();
    if (!trimmed.isEmpty() && trimmed.front() == '{') {
        strictjson::Limits limits;
        limits.maxBytes = kMaxSerializedBytes;
        auto object = strictjson::parseObject(text, limits);
        if (!object.ok())
            return object.error();
        const QJsonObject& o = *object;
        QJsonArray entries;
        if (o.contains(QStringLiteral("signatures"))) {
            for (const char* flat : { "signature", "protected", "header" })
                if (o.contains(QString::fromLatin1(flat)))
                    return Error(ErrorCode::Malformed,
                        tr("A general JSON JWS has \"%1\" at the top level").arg(QString::fromLatin1(flat)));
            const QJsonValue list = o.value(QStringLiteral("signatures"));
            if (!list.isArray() || list.toArray().isEmpty())
                return Error(ErrorCode::Malformed, tr("\"signatures\" is not a non-empty array"));
            entries = list.toArray();
            jws.m_serialization = Serialization::GeneralJson;
        } else if (o.contains(QStringLiteral("signature"))) {
            QJsonObject entry;
            for (const char* m : { "signature", "protected", "header" })
                if (o.contains(QString::fromLatin1(m)))
                    entry.insert(QString::fromLatin1(m), o.value(QString::fromLatin1(m)));
            entries.append(entry);
            jws.m_serialization = Serialization::FlattenedJson;
        } else {
            return Error(ErrorCode::Malformed,
                tr("The JSON object is not a JWS (no \"signature\" or \"signatures\")"));
        }
        for (const QJsonValue& entryValue : std::as_const(entries)) {
            if (!entryValue.isObject())
                return Error(ErrorCode::Malformed, tr("A JWS signature entry is not an object"));
            const QJsonObject entry = entryValue.toObject();
            const QJsonValue prot = entry.value(QStringLiteral("protected"));
            const QJsonValue unprot = entry.value(QStringLiteral("header"));
            const QJsonValue sig = entry.value(QStringLiteral("signature"));
            if (!sig.isString() || (!prot.isUndefined() && !prot.isString())
                || (!unprot.isUndefined() && !unprot.isObject()))
                return Error(ErrorCode::Malformed, tr("A JWS signature entry has members of the wrong type"));
            if (prot.isUndefined() && unprot.isUndefined())
                return Error(ErrorCode::Malformed,
                    tr("A JWS signature has neither a protected nor an unprotected header"));
            Signature s;
            const QByteArray protText = prot.toString().toLatin1();
            QJsonObject protHeader;
            if (!prot.isUndefined()) {
                auto decoded = JoseHeader::decodeProtected(protText);
                if (!decoded.ok())
                    return decoded.error();
                protHeader = *decoded;
            }
            s.unprotectedHeader = unprot.toObject();
            auto joined = JoseHeader::join(protText, protHeader, { s.unprotectedHeader });
            if (!joined.ok())
                return joined.error();
            s.header = *joined;
            auto bytes = decodePart(sig.toString().toLatin1(), tr("signature"));
            if (!bytes.ok())
                return bytes.error();
            s.signature = *bytes;
            jws.m_signatures << s;
        }
        const QJsonValue payload = o.value(QStringLiteral("payload"));
        if (!payload.isUndefined() && !payload.isString())
            return Error(ErrorCode::Malformed, tr("The JWS \"payload\" is not a string"));
        jws.m_detached = payload.isUndefined();
        jws.m_payloadSegment = payload.toString().toUtf8();
    } else {
        const QList<QByteArrayView> parts = [&] {
            QList<QByteArrayView> out;
            qsizetype start = 0;
            for (qsizetype i = 0; i <= text.size(); ++i)
                if (i == text.size() || text[i] == '.') {
                    out << text.sliced(start, i - start);
                    start = i + 1;
                }
            return out;
        }();
        if (parts.size() != 3)
            return Error(ErrorCode::Malformed,
                tr("A compact JWS has three dot-separated parts; this one has %1").arg(parts.size()));
        Signature s;
        auto header = JoseHeader::fromCompact(parts[0].toByteArray());
        if (!header.ok())
            return header.error();
        s.header = *header;
        auto bytes = decodePart(parts[2], tr("signature"));
        if (!bytes.ok())
            return bytes.error();
        s.signature = *bytes;
        jws.m_signatures << s;
        jws.m_payloadSegment = parts[1].toByteArray();
        jws.m_detached = false;
    }

    // Headers: alg present, crit understood, one b64 value for all signatures.
    std::optional<bool> b64;
    for (const Signature& s : std::as_const(jws.m_signatures)) {
        auto alg = s.header.alg();
        if (!alg.ok())
            return alg.error();
        KEYWARD_TRY(s.header.checkCrit({ kB64 }));
        auto encoded = payloadEncoded(s.header);
        if (!encoded.ok())
            return encoded.error();
        if (b64 && *b64 != *encoded)
            return Error(ErrorCode::Malformed, tr("The signatures disagree on \"b64\" (RFC 7797 §3)"));
        b64 = *encoded;
    }
    jws.m_b64 = b64.value_or(true);
    if (jws.m_b64) {
        auto payload = decodePart(jws.m_payloadSegment, tr("payload"));
        if (!payload.ok())
            return payload.error();
        jws.m_payload = *payload;
    } else {
        jws.m_payload = jws.m_payloadSegment;
    }
    return jws;
}

Result<Jws> Jws::parse(QByteArrayView text, const QByteArray& detachedPayload)
{
    auto jws = parse(text);
    if (!jws.ok())
        return jws;
    if (!jws->m_payloadSegment.isEmpty())
        return Error(ErrorCode::Malformed, tr("A detached payload was supplied but the JWS carries its own"));
    jws->m_detached = true;
    jws->m_payload = detachedPayload;
    jws->m_payloadSegment = jws->m_b64 ? base64url::encode(detachedPayload) : detachedPayload;
    return jws;
}

QByteArray Jws::signingInput(int index) const
{
    if (index < 0 || index >= m_signatures.size())
        return QByteArray();
    return m_signatures.at(index).header.protectedBase64Url() + '.' + m_payloadSegment;
}

Status Jws::verifySignature(int index, const Jwk& key) const
{
    if (index < 0 || index >= m_signatures.size())
        return Error(ErrorCode::InvalidArgument, tr("There is no signature %1").arg(index + 1));
    const Signature& s = m_signatures.at(index);
    auto alg = s.header.alg();
    if (!alg.ok())
        return alg.error();
    KEYWARD_TRY(jose::checkKeyForAlg(key, *alg, jose::Purpose::Verify));
    const QString kid = s.header.kid();
    if (!kid.isEmpty() && !key.kid().isEmpty() && kid != key.kid())
        return Error(ErrorCode::KeyMismatch,
            tr("The signature names kid \"%1\" but the key is \"%2\"").arg(kid, key.kid()));
    if (m_detached && m_payloadSegment.isEmpty() && m_payload.isEmpty()
        && m_serialization != Serialization::Compact)
        return Error(ErrorCode::Malformed, tr("The JWS payload is detached and was not supplied"));
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, *alg);
    return evpsign::verify(
        key.pkey(), *schemeFor(info->family), info->hashBits, signingInput(index), s.signature);
}

QList<Status> Jws::verifyEach(const KeyResolver& resolver) const
{
    QList<Status> out;
    for (int i = 0; i < m_signatures.size(); ++i) {
        auto alg = m_signatures.at(i).header.alg();
        if (!alg.ok()) {
            out << Status(alg.error());
            continue;
        }
        // Refuse none/HS*/unknown before looking for a key: the finding is the algorithm.
        auto usable = jose::usable(jose::AlgKind::Signature, *alg);
        if (!usable.ok()) {
            out << Status(usable.error());
            continue;
        }
        auto key = resolver(m_signatures.at(i).header);
        out << (key.ok() ? verifySignature(i, *key) : Status(key.error()));
    }
    return out;
}

Status Jws::verifyAny(const KeyResolver& resolver) const
{
    const QList<Status> each = verifyEach(resolver);
    for (const Status& s : each)
        if (s.ok())
            return {};
    return each.isEmpty() ? Status(ErrorCode::Malformed, tr("The JWS has no signature")) : each.first();
}

Status Jws::verifyAll(const KeyResolver& resolver) const
{
    const QList<Status> each = verifyEach(resolver);
    for (const Status& s : each)
        if (!s.ok())
            return s;
    return each.isEmpty() ? Status(ErrorCode::Malformed, tr("The JWS has no signature")) : Status();
}

Jws::KeyResolver Jws::resolverFor(const JwkSet& keys, bool allowSingleKeyWithoutKid)
{
    const QList<Jwk> list = keys.keys();
    return [list, allowSingleKeyWithoutKid](const JoseHeader& header) -> Result<Jwk> {
        const QString kid = header.kid();
        if (kid.isEmpty()) {
            if (allowSingleKeyWithoutKid && list.size() == 1)
                return list.first();
            return Error(ErrorCode::MissingKid, tr("The signature names no kid"));
        }
        // RFC 7517 §4.5 allows one kid on keys of different types (equivalent alternatives):
        // among the keys with this kid, keep those whose type fits the signature's alg.
        const jose::AlgorithmInfo* info
            = jose::find(jose::AlgKind::Signature, header.joined().value(QStringLiteral("alg")).toString());
        QList<Jwk> withKid;
        QList<Jwk> found;
        for (const Jwk& k : list) {
            if (k.kid() != kid)
                continue;
            withKid << k;
            if (!info || jose::keyTypeFits(*info, k.type(), k.curve()))
                found << k;
        }
        if (withKid.isEmpty())
            return Error(ErrorCode::UnknownKid, tr("No key has kid \"%1\"").arg(kid));
        if (found.isEmpty()) // the key exists but is of the wrong type: let the alg check say why
            return withKid.first();
        if (found.size() > 1)
            return Error(
                ErrorCode::PolicyRefused, tr("More than one key has kid \"%1\"; refusing to guess").arg(kid));
        return found.first();
    };
}

Result<QByteArray> Jws::signCompact(
    QJsonObject header, QByteArrayView payload, const Jwk& privateKey, const SignOptions& options)
{
    auto complete = completeHeader(std::move(header), privateKey, options.encodePayload);
    if (!complete.ok())
        return complete.error();
    return signCompactRaw(
        QJsonDocument(*complete).toJson(QJsonDocument::Compact), payload, privateKey, options.detached);
}

Result<QByteArray> Jws::signCompactRaw(
    const QByteArray& protectedJson, QByteArrayView payload, const Jwk& privateKey, bool detached)
{
    auto s = signWithHeader(protectedJson, {}, payload, privateKey);
    if (!s.ok())
        return s.error();
    if (!detached && s->payloadSegment.contains('.'))
        return Error(ErrorCode::InvalidArgument,
            tr("An unencoded payload with a '.' cannot go in a compact JWS; detach it"));
    return s->protectedB64 + '.' + (detached ? QByteArray() : s->payloadSegment) + '.'
        + base64url::encode(s->signature);
}

Result<QJsonObject> Jws::signJson(
    QByteArrayView payload, const QList<SignRequest>& requests, bool flattened, const SignOptions& options)
{
    if (requests.isEmpty() || (flattened && requests.size() != 1))
        return Error(ErrorCode::InvalidArgument,
            tr("A flattened JWS has exactly one signature; a general one at least one"));
    QJsonArray signatures;
    QByteArray segment;
    for (const SignRequest& r : requests) {
        auto complete = completeHeader(r.protectedHeader, r.key, options.encodePayload);
        if (!complete.ok())
            return complete.error();
        auto s = signWithHeader(QJsonDocument(*complete).toJson(QJsonDocument::Compact), r.unprotectedHeader,
            payload, r.key, options.encodePayload);
        if (!s.ok())
            return s.error();
        segment = s->payloadSegment;
        QJsonObject entry { { QStringLiteral("protected"), QString::fromLatin1(s->protectedB64) },
            { QStringLiteral("signature"), QString::fromLatin1(base64url::encode(s->signature)) } };
        if (!r.unprotectedHeader.isEmpty())
            entry.insert(QStringLiteral("header"), r.unprotectedHeader);
        signatures.append(entry);
    }
    QJsonObject out;
    if (flattened)
        out = signatures.first().toObject();
    else
        out.insert(QStringLiteral("signatures"), signatures);
    if (!options.detached)
        out.insert(QStringLiteral("payload"), QString::fromUtf8(segment));
    return out;
}

QByteArray Jws::toCompact() const
{
    if (m_signatures.size() != 1 || !m_signatures.first().unprotectedHeader.isEmpty())
        return QByteArray();
    const Signature& s = m_signatures.first();
    return s.header.protectedBase64Url() + '.' + (m_detached ? QByteArray() : m_payloadSegment) + '.'
        + base64url::encode(s.signature);
}

QJsonObject Jws::toJson(bool flattened) const
{
    QJsonArray signatures;
    for (const Signature& s : m_signatures) {
        QJsonObject entry { { QStringLiteral("signature"),
            QString::fromLatin1(base64url::encode(s.signature)) } };
        if (!s.header.protectedBase64Url().isEmpty())
            entry.insert(QStringLiteral("protected"), QString::fromLatin1(s.header.protectedBase64Url()));
        if (!s.unprotectedHeader.isEmpty())
            entry.insert(QStringLiteral("header"), s.unprotectedHeader);
        signatures.append(entry);
    }
    QJsonObject out;
    if (flattened && signatures.size() == 1)
        out = signatures.first().toObject();
    else
        out.insert(QStringLiteral("signatures"), signatures);
    if (!m_detached)
        out.insert(QStringLiteral("payload"), QString::fromUtf8(m_payloadSegment));
    return out;
}

} // namespace keyward::core
