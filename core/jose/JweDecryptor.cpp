// SPDX-License-Identifier: GPL-3.0-or-later
#include "JweDecryptor.h"

#include "common/Base64Url.h"
#include "jose/ContentEncryption.h"
#include "jose/Deflate.h"
#include "jose/JoseAlgorithms.h"
#include "jose/JoseHeader.h"
#include "jose/JweKeyManagement.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace keyward::core::jose {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JweDecryptor)
};

Result<QString> stringParam(const JweHeader& header, QLatin1StringView name)
{
    const JweHeader::Kind kind = header.kind(name);
    if (kind == JweHeader::Kind::Absent)
        return Error(ErrorCode::Malformed, Tr::tr("The JWE header has no \"%1\".").arg(name));
    QString text = header.string(name);
    if (kind != JweHeader::Kind::String || text.isEmpty())
        return Error(ErrorCode::Malformed, Tr::tr("The JWE header \"%1\" is not a non-empty string.").arg(name));
    return text;
}

// The alg of one recipient, mapped to its outcome: none → PolicyRefused, RSA1_5 → DeprecatedAlg,
// unknown → UnsupportedAlg.
Result<const AlgorithmInfo*> keyManagementAlg(const JweHeader& header)
{
    auto name = stringParam(header, QLatin1StringView("alg"));
    KEYWARD_TRY(name);
    if (name.value() == QLatin1String("none"))
        return Error(ErrorCode::PolicyRefused, Tr::tr("\"alg\": \"none\" is refused (RFC 8725 §3.2)."));
    auto info = usable(AlgKind::KeyManagement, name.value());
    if (!info.ok() && info.code() == ErrorCode::DeprecatedAlg)
        return Error(ErrorCode::DeprecatedAlg,
                     Tr::tr("The recipient uses RSA1_5, which is deprecated (padding-oracle attacks) and never decrypted; re-encrypt the data with RSA-OAEP-256."));
    return info;
}

// RFC 7516 §4.1.3: zip must be integrity protected; DEF is the only registered value.
Status checkZip(const JweHeader& header, bool zipProtected, bool* inflate)
{
    *inflate = false;
    const QLatin1StringView zip("zip");
    if (!header.contains(zip))
        return {};
    if (!zipProtected)
        return Error(ErrorCode::Malformed, Tr::tr("\"zip\" must be in the protected header."));
    if (header.string(zip) != QLatin1String("DEF"))
        return Error(ErrorCode::UnsupportedAlg, Tr::tr("The compression \"zip\" value is not \"DEF\"."));
    *inflate = true;
    return {};
}

Status checkPbes2Cap(const JweHeader& header, const JweLimits& limits)
{
    const double p2c = header.number(QLatin1StringView("p2c"), 0);
    if (p2c > double(limits.maxPbes2Count))
        return Error(ErrorCode::PolicyRefused, Tr::tr("The PBES2 iteration count %1 is above the cap of %2.").arg(qint64(p2c)).arg(limits.maxPbes2Count));
    return {};
}

// The five parts of a compact JWE whose protected header is in the plain form (JweHeader), decoded
// with the JOSE rules, or nullopt for anything else — the general parser then reads it and gives
// the verdict. A compact JWE has no other header, so `header` is its recipient's whole JOSE Header.
struct PlainCompact {
    JweMessage message; // protectedHeader left empty: `header` stands for it
    JweHeader header;
    QByteArray decoded; // holds the four decoded parts the message's byte arrays point into
};

std::optional<PlainCompact> parsePlainCompact(QByteArrayView text, const JweLimits& limits)
{
    if (text.size() > limits.maxInputBytes)
        return std::nullopt;
    text = text.trimmed();
    if (text.isEmpty() || text.front() == '{')
        return std::nullopt;
    QByteArrayView parts[6];
    if (splitCompact(text, parts) != 5 || parts[0].size() > JoseHeader::kMaxProtectedBytes)
        return std::nullopt;
    auto json = base64url::decode(parts[0]);
    if (!json.ok())
        return std::nullopt;
    std::optional<JweHeader> header = JweHeader::parsePlain(std::move(json).value());
    // A critical extension needs the full header check (JoseHeader::checkCrit).
    if (!header || header->contains(QLatin1StringView("crit")))
        return std::nullopt;
    PlainCompact plain;
    JweMessage& m = plain.message;
    m.serialization = JweSerialization::Compact;
    // The message lives only as long as this decrypt call, within which `text` stays valid: the
    // protected header's text (the content's AAD) is used where it lies.
    m.protectedB64 = QByteArray::fromRawData(parts[0].data(), parts[0].size());
    // The other four parts decode into one buffer that the message's byte arrays point into: it
    // lives as long as the message, within this decrypt call.
    qsizetype sizes[4];
    qsizetype total = 0;
    for (int i = 0; i < 4; ++i) {
        sizes[i] = base64url::decodedSize(parts[i + 1].size());
        if (sizes[i] < 0)
            return std::nullopt;
        total += sizes[i];
    }
    plain.decoded = QByteArray(total, Qt::Uninitialized);
    JweRecipientPart recipient;
    QByteArray* const targets[4] = {&recipient.encryptedKey, &m.iv, &m.ciphertext, &m.tag};
    for (qsizetype i = 0, offset = 0; i < 4; offset += sizes[i], ++i) {
        char* at = plain.decoded.data() + offset;
        if (!base64url::decodeInto(parts[i + 1], reinterpret_cast<unsigned char*>(at)))
            return std::nullopt;
        *targets[i] = QByteArray::fromRawData(at, sizes[i]);
    }
    m.recipients.append(std::move(recipient));
    plain.header = std::move(*header);
    return plain;
}

int findingRank(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MissingKid:
        return 1;
    case ErrorCode::UnknownKid:
        return 2;
    case ErrorCode::DeprecatedAlg:
    case ErrorCode::UnsupportedAlg:
    case ErrorCode::PolicyRefused:
        return 3;
    default:
        return 4; // a failed attempt with a held key, or a structural error
    }
}

// `dir` keys are conventionally pinned to the content algorithm (RFC 7520 §5.6 uses "alg":
// "A128GCM" for its dir key); accept that pin for dir, every other check still applies.
Status checkKey(const Jwk& key, const AlgorithmInfo& alg, const QString& enc)
{
    if (alg.family == AlgFamily::Direct && key.alg() == enc)
        return checkKeyForAlg(key.withAlg(QString()), alg.name, Purpose::Decrypt, enc);
    return checkKeyForAlg(key, alg.name, Purpose::Decrypt, enc);
}

} // namespace

JweDecryptor::JweDecryptor(JweKeyResolver resolver, JweLimits limits) : m_resolver(std::move(resolver)), m_limits(limits) { }

JweDecryptor::JweDecryptor(JweKidResolver resolver, JweLimits limits) : m_kidResolver(std::move(resolver)), m_limits(limits) { }

Result<JweDecrypted> JweDecryptor::decrypt(QByteArrayView serialized) const
{
    if (std::optional<PlainCompact> plain = parsePlainCompact(serialized, m_limits))
        return decryptRecipients(plain->message, &plain->header);
    auto message = parseJwe(serialized, m_limits);
    KEYWARD_TRY(message);
    return decrypt(message.value());
}

Result<JweDecrypted> JweDecryptor::decrypt(const JweMessage& message) const
{
    return decryptRecipients(message, nullptr);
}

Result<JweDecrypted> JweDecryptor::decryptRecipients(const JweMessage& message, const JweHeader* plainHeader) const
{
    std::optional<Error> finding; // built only when a recipient fails (translation is not free)
    int findingLevel = 0;
    auto note = [&](Error e, int rank = 0) {
        if (rank == 0)
            rank = findingRank(e.code);
        if (rank > findingLevel) {
            findingLevel = rank;
            finding = std::move(e);
        }
    };
    // A plain compact header is the whole protected header.
    const bool zipProtected = plainHeader || message.protectedHeader.contains(QStringLiteral("zip"));
    for (int i = 0; i < message.recipients.size(); ++i) {
        const JweHeader header = plainHeader ? *plainHeader : JweHeader(message.joseHeader(i));
        auto alg = keyManagementAlg(header);
        if (!alg.ok()) {
            note(alg.error());
            continue;
        }
        if (alg.value()->family == AlgFamily::Pbes2) {
            if (!m_passwords) {
                // An over-cap p2c is a finding of its own (SPEC §6 policy-refused), password or not.
                if (Status cap = checkPbes2Cap(header, m_limits); !cap.ok()) {
                    note(cap.error());
                    continue;
                }
                // Like an unknown kid: we hold nothing for this recipient.
                note(Error(ErrorCode::KeyMismatch, Tr::tr("The JWE is password-encrypted (PBES2) and no password was supplied.")),
                     findingRank(ErrorCode::UnknownKid));
                continue;
            }
            auto attempt = decryptRecipient(message, i, header, zipProtected, *alg.value(), Jwk(), header.string(QLatin1StringView("kid")));
            if (attempt.ok())
                return attempt;
            note(attempt.error());
            continue;
        }
        const QLatin1StringView kidName("kid");
        const JweHeader::Kind kidKind = header.kind(kidName);
        if (kidKind == JweHeader::Kind::Absent) {
            note(Error(ErrorCode::MissingKid, Tr::tr("The recipient names no key (\"kid\" is missing), so no key can be chosen for it.")));
            continue;
        }
        const QString kid = header.string(kidName);
        if (kidKind != JweHeader::Kind::String || kid.isEmpty()) {
            note(Error(ErrorCode::Malformed, Tr::tr("The recipient \"kid\" is not a non-empty string.")));
            continue;
        }
        auto key = m_kidResolver ? m_kidResolver(kid)
                   : m_resolver  ? m_resolver(kid, header.toJsonObject())
                                 : Result<Jwk>(ErrorCode::UnknownKid, QString());
        if (!key.ok()) {
            if (key.code() == ErrorCode::UnknownKid)
                note(Error(ErrorCode::UnknownKid, Tr::tr("No key with kid \"%1\" is in the vault.").arg(kid)));
            else
                note(key.error());
            continue;
        }
        auto attempt = decryptRecipient(message, i, header, zipProtected, *alg.value(), key.value(), kid);
        if (attempt.ok())
            return attempt;
        note(attempt.error());
    }
    if (!finding)
        return Error(ErrorCode::Malformed, Tr::tr("The JWE has no recipients."));
    return *finding;
}

Result<JweDecrypted> JweDecryptor::decryptWithKey(QByteArrayView serialized, const Jwk& key) const
{
    auto message = parseJwe(serialized, m_limits);
    KEYWARD_TRY(message);
    const JweMessage& m = message.value();
    const bool zipProtected = m.protectedHeader.contains(QStringLiteral("zip"));
    std::optional<Error> first;
    for (int i = 0; i < m.recipients.size(); ++i) {
        const JweHeader header(m.joseHeader(i));
        auto alg = keyManagementAlg(header);
        if (!alg.ok()) {
            if (!first)
                first = alg.error();
            continue;
        }
        if (alg.value()->family != AlgFamily::Pbes2 && !keyTypeFits(*alg.value(), key.type(), key.curve()) && m.recipients.size() > 1)
            continue;
        return decryptRecipient(m, i, header, zipProtected, *alg.value(), key, header.string(QLatin1StringView("kid")));
    }
    if (first)
        return *first;
    return Error(ErrorCode::KeyMismatch, Tr::tr("No recipient of the JWE uses an algorithm that fits this %1 key.").arg(keyTypeName(key.type())));
}

Result<JweDecrypted> JweDecryptor::decryptRecipient(const JweMessage& message, int index, const JweHeader& header, bool zipProtected,
                                                    const AlgorithmInfo& algorithm, const Jwk& key, const QString& kid) const
{
    const AlgorithmInfo* const alg = &algorithm;
    auto encName = stringParam(header, QLatin1StringView("enc"));
    KEYWARD_TRY(encName);
    const ContentAlgorithm* enc = contentAlgorithm(encName.value());
    if (!enc)
        return Error(ErrorCode::UnsupportedAlg, Tr::tr("The content encryption \"%1\" is not supported.").arg(encName.value()));
    // Keyward implements no JWE header extension, so any critical one makes the JWE unprocessable.
    // (`header` is the join of the three headers, checked disjoint at parse: without a "crit" in
    // it there is nothing to check. A plain compact header with one never comes here.)
    if (header.contains(QLatin1StringView("crit"))) {
        auto joined = JoseHeader::join(message.protectedB64, message.protectedHeader, {message.sharedHeader, message.recipients.at(index).header});
        KEYWARD_TRY(joined);
        KEYWARD_TRY(joined->checkCrit({}));
    }
    bool inflate = false;
    KEYWARD_TRY(checkZip(header, zipProtected, &inflate));

    SecureBytes password;
    const bool pbes2 = alg->family == AlgFamily::Pbes2;
    if (pbes2) {
        // Refuse an over-cap p2c before asking anyone for a password.
        KEYWARD_TRY(checkPbes2Cap(header, m_limits));
        if (!m_passwords)
            return Error(ErrorCode::KeyMismatch, Tr::tr("The JWE is password-encrypted (PBES2) and no password was supplied."));
        auto supplied = m_passwords(header.toJsonObject());
        KEYWARD_TRY(supplied);
        password = std::move(supplied).value();
    } else {
        KEYWARD_TRY(checkKey(key, *alg, enc->name));
    }

    auto cek = recoverCek(*alg, *enc, header, message.recipients.at(index).encryptedKey, key, password, m_limits);
    KEYWARD_TRY(cek);
    auto plaintext = decryptContent(*enc, cek.value(), message.iv, message.additionalAuthenticatedData(), message.ciphertext, message.tag);
    if (!plaintext.ok()) {
        if (plaintext.code() == ErrorCode::InvalidArgument)
            return Error(ErrorCode::KeyMismatch, plaintext.message());
        return plaintext.error();
    }
    JweDecrypted out;
    if (inflate) {
        auto inflated = deflate::decompress(plaintext.value(), m_limits.maxInflatedBytes);
        KEYWARD_TRY(inflated);
        out.plaintext = std::move(inflated).value();
    } else {
        out.plaintext = std::move(plaintext).value();
    }
    out.kid = kid;
    out.alg = alg->name;
    out.enc = enc->name;
    out.recipientIndex = index;
    out.joseHeader = header;
    out.serialization = message.serialization;
    return out;
}

} // namespace keyward::core::jose
