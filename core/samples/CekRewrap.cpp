// SPDX-License-Identifier: GPL-3.0-or-later
#include "CekRewrap.h"

#include "common/Base64Url.h"
#include "jose/ContentEncryption.h"
#include "jose/JoseAlgorithms.h"
#include "jose/JweKeyManagement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core::samples {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::CekRewrap)
};

// The members that say which key a recipient is for and how its CEK is wrapped (RFC 7516 §4.1,
// RFC 7518 §4.6–4.8): they belong to the recipient, so a re-wrap must be free to replace them.
const QStringList& recipientMembers()
{
    static const QStringList names = {QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("jwk"), QStringLiteral("jku"),
                                      QStringLiteral("x5u"), QStringLiteral("x5c"), QStringLiteral("x5t"), QStringLiteral("x5t#S256"),
                                      QStringLiteral("epk"), QStringLiteral("apu"), QStringLiteral("apv"), QStringLiteral("iv"),
                                      QStringLiteral("tag"), QStringLiteral("p2s"), QStringLiteral("p2c")};
    return names;
}

bool holdsRecipientMember(const QJsonObject& header)
{
    for (const QString& name : recipientMembers()) {
        if (header.contains(name))
            return true;
    }
    return false;
}

bool determinesCekByName(const QString& alg)
{
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::KeyManagement, alg);
    return !info || jose::determinesCek(*info);
}

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

// The message again, with recipient `index` replaced; every content member exactly as received.
QByteArray serialize(const jose::JweMessage& m, int index, const jose::JweRecipientPart& replacement)
{
    QJsonObject o;
    if (!m.protectedB64.isEmpty())
        o.insert(QStringLiteral("protected"), QString::fromLatin1(m.protectedB64));
    if (!m.sharedHeader.isEmpty())
        o.insert(QStringLiteral("unprotected"), m.sharedHeader);
    auto recipientObject = [](const jose::JweRecipientPart& r) {
        QJsonObject out;
        if (!r.header.isEmpty())
            out.insert(QStringLiteral("header"), r.header);
        if (!r.encryptedKey.isEmpty())
            out.insert(QStringLiteral("encrypted_key"), b64(r.encryptedKey));
        return out;
    };
    if (m.serialization == jose::JweSerialization::General) {
        QJsonArray list;
        for (int i = 0; i < m.recipients.size(); ++i)
            list.append(recipientObject(i == index ? replacement : m.recipients.at(i)));
        o.insert(QStringLiteral("recipients"), list);
    } else {
        const QJsonObject r = recipientObject(replacement);
        for (auto it = r.begin(); it != r.end(); ++it)
            o.insert(it.key(), it.value());
    }
    if (m.hasAad)
        o.insert(QStringLiteral("aad"), QString::fromLatin1(m.aadB64));
    o.insert(QStringLiteral("iv"), b64(m.iv));
    o.insert(QStringLiteral("ciphertext"), b64(m.ciphertext));
    o.insert(QStringLiteral("tag"), b64(m.tag));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString rewrapMethodName(RewrapMethod method)
{
    return method == RewrapMethod::CekRewrap ? QStringLiteral("cek-rewrap") : QStringLiteral("re-encrypt");
}

QString cekRewrapObstacle(const jose::JweMessage& message, int index, const QString& predecessorAlg, const QString& successorAlg,
                          bool predecessorRevoked)
{
    if (message.serialization == jose::JweSerialization::Compact)
        return QStringLiteral("compact");
    if (index < 0 || index >= message.recipients.size() || holdsRecipientMember(message.protectedHeader))
        return QStringLiteral("protected-recipient");
    if (holdsRecipientMember(message.sharedHeader))
        return QStringLiteral("shared-recipient");
    if (determinesCekByName(predecessorAlg))
        return QStringLiteral("direct-predecessor");
    if (determinesCekByName(successorAlg))
        return QStringLiteral("direct-successor");
    if (predecessorRevoked)
        return QStringLiteral("revoked-predecessor");
    return QString();
}

Result<QByteArray> rewrapCek(const jose::JweMessage& message, int index, const Jwk& oldKey, const Jwk& successor,
                             const QString& successorAlg, const jose::JweLimits& limits)
{
    const QJsonObject header = message.joseHeader(index);
    const QString oldAlgName = header.value(QStringLiteral("alg")).toString();
    const QString encName = header.value(QStringLiteral("enc")).toString();
    if (!cekRewrapObstacle(message, index, oldAlgName, successorAlg, false).isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("This JWE recipient cannot keep its content: it needs a full re-encryption."));
    const jose::ContentAlgorithm* enc = jose::contentAlgorithm(encName);
    if (!enc)
        return Error(ErrorCode::UnsupportedAlg, Tr::tr("The content encryption \"%1\" is not supported.").arg(encName));
    Result<const jose::AlgorithmInfo*> oldAlg = jose::usable(jose::AlgKind::KeyManagement, oldAlgName);
    KEYWARD_TRY(oldAlg);
    Result<const jose::AlgorithmInfo*> newAlg = jose::usable(jose::AlgKind::KeyManagement, successorAlg);
    KEYWARD_TRY(newAlg);
    KEYWARD_TRY(jose::checkKeyForAlg(oldKey, oldAlgName, jose::Purpose::Decrypt, encName));
    KEYWARD_TRY(jose::checkKeyForAlg(successor, successorAlg, jose::Purpose::Encrypt, encName));

    Result<SecureBytes> cek = jose::recoverCek(**oldAlg, *enc, header, message.recipients.at(index).encryptedKey, oldKey, SecureBytes(), limits);
    KEYWARD_TRY(cek);
    Result<jose::JweWrappedKey> wrapped = jose::wrapCek(**newAlg, *enc, *cek, successor, SecureBytes(), jose::JweKeyWrapParams());
    KEYWARD_TRY(wrapped);

    // The recipient's other members (none are defined today, but a header may carry private ones)
    // stay; its key members are the successor's.
    jose::JweRecipientPart replacement;
    replacement.header = message.recipients.at(index).header;
    for (const QString& name : recipientMembers())
        replacement.header.remove(name);
    replacement.header.insert(QStringLiteral("alg"), successorAlg);
    if (!successor.kid().isEmpty())
        replacement.header.insert(QStringLiteral("kid"), successor.kid());
    for (auto it = wrapped->headerParams.begin(); it != wrapped->headerParams.end(); ++it)
        replacement.header.insert(it.key(), it.value());
    replacement.encryptedKey = wrapped->encryptedKey;
    return serialize(message, index, replacement);
}

} // namespace keyward::core::samples
