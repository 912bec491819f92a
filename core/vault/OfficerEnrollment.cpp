// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficerEnrollment.h"

#include "common/Base64Url.h"
#include "jose/StrictJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core {

namespace {

const QByteArray kHalfInfo("keyward/enrollment-half/v1");
const QByteArray kSignInfo("keyward/enrollment-sign/v1");
const QByteArray kBoxInfo("keyward/enrollment-box/v1");
const QByteArray kWrapInfo("keyward/enrollment-wrap/v1");
const QLatin1String kEnrollmentFormatName("keyward-enrollments");

QString enrollmentBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

QByteArray unb64(const QJsonValue& value, int size = -1)
{
    Result<QByteArray> decoded = base64url::decode(value.toString().toLatin1());
    if (!decoded.ok() || (size >= 0 && decoded->size() != size))
        return {};
    return *decoded;
}

QByteArray prefix(OfficerEnrollment::Half half)
{
    return half == OfficerEnrollment::Half::A ? QByteArray("keyward-half-a.") : QByteArray("keyward-half-b.");
}

// Binds a wrap to its vault, officer, request, generation and every public key involved.
QByteArray wrapAad(const QString& vaultId, const EnrollmentWrap& w)
{
    return "keyward-enrollment|" + vaultId.toUtf8() + '|' + w.officer.toUtf8() + '|' + QByteArray::number(w.request)
        + '|' + QByteArray::number(w.generation) + '|' + w.aBox.toBase64() + '|' + w.bBox.toBase64() + '|'
        + w.epkA.toBase64() + '|' + w.epkB.toBase64();
}

Result<SecureBytes> wrapKey(const SecureBytes& sharedA, const SecureBytes& sharedB, const EnrollmentWrap& w)
{
    SecureBytes both(sharedA.size() + sharedB.size());
    std::copy(sharedA.data(), sharedA.data() + sharedA.size(), both.data());
    std::copy(sharedB.data(), sharedB.data() + sharedB.size(), both.data() + sharedA.size());
    return slotcrypto::hkdfSha256(both, w.epkA + w.epkB, kWrapInfo, slotcrypto::kKeySize);
}

} // namespace

QString OfficerEnrollment::halfName(Half half)
{
    return half == Half::A ? QStringLiteral("A") : QStringLiteral("B");
}

Result<SecureBytes> OfficerEnrollment::deriveHalf(const Signer& signer, Half half, const QString& vaultId,
                                                  const QString& officer, const QString& nonce)
{
    const QByteArray message = "keyward-enrollment-half|" + QByteArray(half == Half::A ? "a" : "b") + '|'
        + vaultId.toUtf8() + '|' + officer.toUtf8() + '|' + nonce.toUtf8();
    Result<QByteArray> signature = signer(message);
    if (!signature.ok())
        return signature.error();
    SecureBytes ikm = SecureBytes::takeFrom(*signature);
    return slotcrypto::hkdfSha256(ikm, {}, kHalfInfo, slotcrypto::kKeySize);
}

Result<EnrollmentHalfKeys> OfficerEnrollment::keysOf(const SecureBytes& half)
{
    Result<SecureBytes> signingPrivate = slotcrypto::hkdfSha256(half, {}, kSignInfo, slotcrypto::kKeySize);
    Result<SecureBytes> boxPrivate = slotcrypto::hkdfSha256(half, {}, kBoxInfo, slotcrypto::kKeySize);
    if (!signingPrivate.ok())
        return signingPrivate.error();
    if (!boxPrivate.ok())
        return boxPrivate.error();
    Result<QByteArray> signingPublic = slotcrypto::rawPublicKey("ED25519", *signingPrivate);
    Result<QByteArray> boxPublic = slotcrypto::rawPublicKey("X25519", *boxPrivate);
    if (!signingPublic.ok())
        return signingPublic.error();
    if (!boxPublic.ok())
        return boxPublic.error();
    EnrollmentHalfKeys keys;
    keys.signingJwk = QJsonObject { { QStringLiteral("kty"), QStringLiteral("OKP") },
                                    { QStringLiteral("crv"), QStringLiteral("Ed25519") },
                                    { QStringLiteral("x"), enrollmentBase64(*signingPublic) },
                                    { QStringLiteral("use"), QStringLiteral("sig") },
                                    { QStringLiteral("alg"), QStringLiteral("EdDSA") } };
    keys.boxPublic = *boxPublic;
    keys.signingPrivate = std::move(*signingPrivate);
    keys.boxPrivate = std::move(*boxPrivate);
    return keys;
}

SecureBytes OfficerEnrollment::encodeHalf(Half half, const SecureBytes& raw)
{
    QByteArray text = prefix(half) + base64url::encode(raw.view());
    return SecureBytes::takeFrom(text);
}

Result<SecureBytes> OfficerEnrollment::decodeHalf(Half half, const SecureBytes& text)
{
    QByteArrayView view = text.view().trimmed();
    const QByteArray other = prefix(half == Half::A ? Half::B : Half::A);
    if (view.startsWith(other))
        return Error(ErrorCode::InvalidArgument,
                     tr("What was given as half %1 is half %2: the requester holds half A, the approver half B.")
                         .arg(halfName(half), halfName(half == Half::A ? Half::B : Half::A)));
    if (!view.startsWith(prefix(half)))
        return Error(ErrorCode::InvalidArgument,
                     tr("What was given as half %1 is not an enrollment half (it starts with \"%2\").")
                         .arg(halfName(half), QString::fromLatin1(prefix(half))));
    Result<SecureBytes> raw = base64url::decodeSecret(view.sliced(prefix(half).size()));
    if (!raw.ok() || raw->size() != std::size_t(slotcrypto::kKeySize))
        return Error(ErrorCode::InvalidArgument, tr("Half %1 is damaged: check that it was copied whole.").arg(halfName(half)));
    return raw;
}

Result<EnrollmentWrap> OfficerEnrollment::wrap(const QString& vaultId, const QString& officer, qint64 request,
                                               qint64 generation, const QByteArray& aBox, const QByteArray& bBox,
                                               const SecureBytes& masterKey)
{
    Result<slotcrypto::KeyPair> ephemeralA = slotcrypto::generateX25519();
    Result<slotcrypto::KeyPair> ephemeralB = slotcrypto::generateX25519();
    if (!ephemeralA.ok())
        return ephemeralA.error();
    if (!ephemeralB.ok())
        return ephemeralB.error();
    Result<SecureBytes> sharedA = slotcrypto::x25519(ephemeralA->privateKey, aBox);
    Result<SecureBytes> sharedB = slotcrypto::x25519(ephemeralB->privateKey, bBox);
    if (!sharedA.ok())
        return sharedA.error();
    if (!sharedB.ok())
        return sharedB.error();
    EnrollmentWrap w { officer, request, generation, aBox, bBox, ephemeralA->publicKey, ephemeralB->publicKey, {} };
    Result<SecureBytes> key = wrapKey(*sharedA, *sharedB, w);
    if (!key.ok())
        return key.error();
    Result<slotcrypto::Sealed> sealed = slotcrypto::seal(*key, wrapAad(vaultId, w), masterKey);
    if (!sealed.ok())
        return sealed.error();
    w.master = *sealed;
    return w;
}

Result<SecureBytes> OfficerEnrollment::unwrap(const QString& vaultId, const EnrollmentWrap& w,
                                              const EnrollmentHalfKeys& a, const EnrollmentHalfKeys& b)
{
    Result<SecureBytes> sharedA = slotcrypto::x25519(a.boxPrivate, w.epkA);
    Result<SecureBytes> sharedB = slotcrypto::x25519(b.boxPrivate, w.epkB);
    if (!sharedA.ok() || !sharedB.ok())
        return Error(ErrorCode::VaultDamaged, tr("The enrollment of %1 in enrollments.json is invalid.").arg(w.officer));
    Result<SecureBytes> key = wrapKey(*sharedA, *sharedB, w);
    if (!key.ok())
        return key.error();
    Result<SecureBytes> master = slotcrypto::open(*key, wrapAad(vaultId, w), w.master);
    if (!master.ok())
        return Error(ErrorCode::VaultDamaged,
                     tr("The enrollment of %1 in enrollments.json was altered or belongs to another vault.").arg(w.officer));
    return master;
}

QString OfficerEnrollment::filePath(const QString& vaultDir)
{
    return QDir(vaultDir).filePath(QStringLiteral("enrollments.json"));
}

Result<QList<EnrollmentWrap>> OfficerEnrollment::load(const QString& vaultDir, const QString& vaultId)
{
    QFile file(filePath(vaultDir));
    if (!file.exists())
        return QList<EnrollmentWrap>();
    const auto damaged = [&](const QString& why) {
        return Error(ErrorCode::VaultDamaged, tr("The enrollment file %1 is damaged: %2").arg(file.fileName(), why));
    };
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    strictjson::Limits limits;
    limits.maxBytes = 1024 * 1024;
    Result<QJsonObject> root = strictjson::parseObject(file.read(limits.maxBytes + 1), limits);
    if (!root.ok())
        return damaged(root.message());
    if (root->value(QStringLiteral("format")).toString() != kEnrollmentFormatName || root->value(QStringLiteral("version")).toInt() != 1)
        return damaged(tr("it is not a Keyward enrollment file."));
    if (!vaultId.isEmpty() && root->value(QStringLiteral("vaultId")).toString() != vaultId)
        return damaged(tr("it belongs to another vault."));
    QList<EnrollmentWrap> wraps;
    for (const QJsonValue& value : root->value(QStringLiteral("enrollments")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject master = o.value(QStringLiteral("master")).toObject();
        EnrollmentWrap w;
        w.officer = o.value(QStringLiteral("officer")).toString();
        w.request = o.value(QStringLiteral("request")).toInteger();
        w.generation = o.value(QStringLiteral("generation")).toInteger();
        w.aBox = unb64(o.value(QStringLiteral("aBox")), slotcrypto::kKeySize);
        w.bBox = unb64(o.value(QStringLiteral("bBox")), slotcrypto::kKeySize);
        w.epkA = unb64(o.value(QStringLiteral("epkA")), slotcrypto::kKeySize);
        w.epkB = unb64(o.value(QStringLiteral("epkB")), slotcrypto::kKeySize);
        w.master = { unb64(master.value(QStringLiteral("nonce")), slotcrypto::kNonceSize),
                     unb64(master.value(QStringLiteral("ciphertext"))),
                     unb64(master.value(QStringLiteral("tag")), slotcrypto::kTagSize) };
        if (w.officer.isEmpty() || w.aBox.isEmpty() || w.bBox.isEmpty() || w.epkA.isEmpty() || w.epkB.isEmpty()
            || w.master.nonce.isEmpty() || w.master.tag.isEmpty() || w.master.ciphertext.isEmpty())
            return damaged(tr("an enrollment is incomplete."));
        wraps.append(w);
    }
    return wraps;
}

QByteArray OfficerEnrollment::toJson(const QString& vaultId, const QList<EnrollmentWrap>& wraps)
{
    QJsonArray list;
    for (const EnrollmentWrap& w : wraps) {
        list.append(QJsonObject {
            { QStringLiteral("officer"), w.officer },
            { QStringLiteral("request"), w.request },
            { QStringLiteral("generation"), w.generation },
            { QStringLiteral("aBox"), enrollmentBase64(w.aBox) },
            { QStringLiteral("bBox"), enrollmentBase64(w.bBox) },
            { QStringLiteral("epkA"), enrollmentBase64(w.epkA) },
            { QStringLiteral("epkB"), enrollmentBase64(w.epkB) },
            { QStringLiteral("master"),
              QJsonObject { { QStringLiteral("nonce"), enrollmentBase64(w.master.nonce) },
                            { QStringLiteral("ciphertext"), enrollmentBase64(w.master.ciphertext) },
                            { QStringLiteral("tag"), enrollmentBase64(w.master.tag) } } } });
    }
    const QJsonObject root { { QStringLiteral("format"), QString(kEnrollmentFormatName) },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("vaultId"), vaultId },
                             { QStringLiteral("enrollments"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace keyward::core
