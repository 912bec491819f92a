// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwe.h"

#include "common/Base64Url.h"
#include "jose/JoseHeader.h"
#include "jose/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core::jose {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jwe)
};

Error malformed(const QString& why)
{
    return Error(ErrorCode::Malformed, why);
}

// `what` is a QT_TRANSLATE_NOOP text, translated only when there is an error to report (a
// translation lookup costs more than decoding a member).
Result<QByteArray> decodeMember(QByteArrayView text, const char* what)
{
    auto bytes = base64url::decode(text);
    if (!bytes.ok())
        return malformed(Tr::tr("The JWE %1 is not strict base64url: %2").arg(Tr::tr(what), bytes.message()));
    return bytes;
}

Result<QJsonObject> decodeProtected(QByteArrayView b64)
{
    // The shared JOSE rules: size cap before decoding, strict base64url, strict JSON.
    auto header = JoseHeader::decodeProtected(b64);
    if (!header.ok())
        return Error(header.code(), Tr::tr("The JWE protected header: %1").arg(header.message()));
    return header;
}

Status checkHeaderSize(const QJsonObject& header, const JweLimits& limits, const QString& what)
{
    if (QJsonDocument(header).toJson(QJsonDocument::Compact).size() > limits.maxHeaderBytes)
        return Error(ErrorCode::PolicyRefused, Tr::tr("The JWE %1 is larger than the %2-byte cap.").arg(what).arg(limits.maxHeaderBytes));
    return {};
}

// RFC 7516 §7.2.1: the three headers of each recipient must be disjoint (JoseHeader::join); the
// `crit` rules are checked when a recipient is decrypted.
Status checkHeaders(const JweMessage& m)
{
    for (const auto& r : m.recipients)
        KEYWARD_TRY(JoseHeader::join(m.protectedB64, m.protectedHeader, {m.sharedHeader, r.header}));
    return {};
}

Result<QByteArray> stringMember(const QJsonObject& o, const QString& name, bool required, const char* what)
{
    if (!o.contains(name)) {
        if (required)
            return malformed(Tr::tr("The JWE JSON has no \"%1\" member.").arg(name));
        return QByteArray();
    }
    if (!o.value(name).isString())
        return malformed(Tr::tr("The JWE JSON member \"%1\" is not a string.").arg(name));
    return decodeMember(o.value(name).toString().toLatin1(), what);
}

Result<JweMessage> parseCompact(QByteArrayView text)
{
    QByteArrayView parts[6];
    const int count = splitCompact(text, parts);
    if (count != 5)
        return malformed(Tr::tr("A compact JWE has five dot-separated parts; this one has %1.").arg(count));
    JweMessage m;
    m.serialization = JweSerialization::Compact;
    m.protectedB64 = parts[0].toByteArray();
    auto header = decodeProtected(parts[0]);
    KEYWARD_TRY(header);
    m.protectedHeader = std::move(header).value();
    JweRecipientPart recipient;
    auto ek = decodeMember(parts[1], QT_TRANSLATE_NOOP("Jwe", "encrypted key"));
    KEYWARD_TRY(ek);
    recipient.encryptedKey = std::move(ek).value();
    m.recipients.append(std::move(recipient));
    auto iv = decodeMember(parts[2], QT_TRANSLATE_NOOP("Jwe", "IV"));
    KEYWARD_TRY(iv);
    auto ct = decodeMember(parts[3], QT_TRANSLATE_NOOP("Jwe", "ciphertext"));
    KEYWARD_TRY(ct);
    auto tag = decodeMember(parts[4], QT_TRANSLATE_NOOP("Jwe", "tag"));
    KEYWARD_TRY(tag);
    m.iv = std::move(iv).value();
    m.ciphertext = std::move(ct).value();
    m.tag = std::move(tag).value();
    // A compact JWE has only its protected header: nothing for it to overlap with (checkHeaders).
    return m;
}

Result<QJsonObject> objectMember(const QJsonObject& o, const QString& name, const JweLimits& limits)
{
    if (!o.contains(name))
        return QJsonObject();
    if (!o.value(name).isObject())
        return malformed(Tr::tr("The JWE JSON member \"%1\" is not an object.").arg(name));
    const QJsonObject value = o.value(name).toObject();
    KEYWARD_TRY(checkHeaderSize(value, limits, Tr::tr("\"%1\" header").arg(name)));
    return value;
}

Result<JweRecipientPart> parseRecipient(const QJsonObject& o, const JweLimits& limits)
{
    JweRecipientPart r;
    auto header = objectMember(o, QStringLiteral("header"), limits);
    KEYWARD_TRY(header);
    r.header = std::move(header).value();
    auto ek = stringMember(o, QStringLiteral("encrypted_key"), false, QT_TRANSLATE_NOOP("Jwe", "encrypted key"));
    KEYWARD_TRY(ek);
    r.encryptedKey = std::move(ek).value();
    return r;
}

Result<JweMessage> parseJson(QByteArrayView text, const JweLimits& limits)
{
    strictjson::Limits jsonLimits;
    jsonLimits.maxBytes = limits.maxInputBytes;
    auto parsed = strictjson::parseObject(text, jsonLimits);
    if (!parsed.ok())
        return Error(parsed.code(), Tr::tr("The JWE JSON: %1").arg(parsed.message()));
    const QJsonObject o = parsed.value();
    JweMessage m;
    if (o.contains(QStringLiteral("protected"))) {
        if (!o.value(QStringLiteral("protected")).isString())
            return malformed(Tr::tr("The JWE JSON member \"protected\" is not a string."));
        m.protectedB64 = o.value(QStringLiteral("protected")).toString().toLatin1();
        auto header = decodeProtected(m.protectedB64);
        KEYWARD_TRY(header);
        m.protectedHeader = std::move(header).value();
    }
    auto shared = objectMember(o, QStringLiteral("unprotected"), limits);
    KEYWARD_TRY(shared);
    m.sharedHeader = std::move(shared).value();
    if (o.contains(QStringLiteral("aad"))) {
        if (!o.value(QStringLiteral("aad")).isString())
            return malformed(Tr::tr("The JWE JSON member \"aad\" is not a string."));
        m.aadB64 = o.value(QStringLiteral("aad")).toString().toLatin1();
        KEYWARD_TRY(decodeMember(m.aadB64, QT_TRANSLATE_NOOP("Jwe", "aad")));
        m.hasAad = true;
    }
    if (o.contains(QStringLiteral("recipients"))) {
        if (o.contains(QStringLiteral("header")) || o.contains(QStringLiteral("encrypted_key")))
            return malformed(Tr::tr("A JWE cannot use both \"recipients\" and the flattened \"header\"/\"encrypted_key\" members."));
        const QJsonValue list = o.value(QStringLiteral("recipients"));
        if (!list.isArray() || list.toArray().isEmpty())
            return malformed(Tr::tr("The JWE \"recipients\" member is not a non-empty array."));
        if (list.toArray().size() > limits.maxRecipients)
            return Error(ErrorCode::PolicyRefused, Tr::tr("The JWE has more than %1 recipients.").arg(limits.maxRecipients));
        m.serialization = JweSerialization::General;
        for (const auto entry : list.toArray()) {
            if (!entry.isObject())
                return malformed(Tr::tr("A JWE recipient is not an object."));
            auto r = parseRecipient(entry.toObject(), limits);
            KEYWARD_TRY(r);
            m.recipients.append(std::move(r).value());
        }
    } else {
        m.serialization = JweSerialization::Flattened;
        auto r = parseRecipient(o, limits);
        KEYWARD_TRY(r);
        m.recipients.append(std::move(r).value());
    }
    auto iv = stringMember(o, QStringLiteral("iv"), true, QT_TRANSLATE_NOOP("Jwe", "IV"));
    KEYWARD_TRY(iv);
    auto ct = stringMember(o, QStringLiteral("ciphertext"), true, QT_TRANSLATE_NOOP("Jwe", "ciphertext"));
    KEYWARD_TRY(ct);
    auto tag = stringMember(o, QStringLiteral("tag"), true, QT_TRANSLATE_NOOP("Jwe", "tag"));
    KEYWARD_TRY(tag);
    m.iv = std::move(iv).value();
    m.ciphertext = std::move(ct).value();
    m.tag = std::move(tag).value();
    KEYWARD_TRY(checkHeaders(m));
    return m;
}

} // namespace

int splitCompact(QByteArrayView text, QByteArrayView (&parts)[6])
{
    // Five parts, or a sixth holding the rest (which is all an error needs to say): no list to grow.
    int count = 0;
    for (qsizetype start = 0;;) {
        const qsizetype dot = text.indexOf('.', start);
        if (dot < 0 || count == 5) {
            parts[count++] = text.sliced(start);
            return count;
        }
        parts[count++] = text.sliced(start, dot - start);
        start = dot + 1;
    }
}

QJsonObject JweMessage::joseHeader(int index) const
{
    QJsonObject merged = protectedHeader;
    for (auto it = sharedHeader.begin(); it != sharedHeader.end(); ++it)
        merged.insert(it.key(), it.value());
    if (index >= 0 && index < recipients.size()) {
        const QJsonObject& own = recipients.at(index).header;
        for (auto it = own.begin(); it != own.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    return merged;
}

QByteArray JweMessage::additionalAuthenticatedData() const
{
    if (!hasAad)
        return protectedB64;
    return protectedB64 + '.' + aadB64;
}

Result<JweMessage> parseJwe(QByteArrayView text, const JweLimits& limits)
{
    if (text.size() > limits.maxInputBytes)
        return Error(ErrorCode::PolicyRefused, Tr::tr("The JWE is larger than the %1-byte cap.").arg(limits.maxInputBytes));
    QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return malformed(Tr::tr("The JWE is empty."));
    if (trimmed.front() == '{')
        return parseJson(trimmed, limits);
    return parseCompact(trimmed);
}

} // namespace keyward::core::jose
