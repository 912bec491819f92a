// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySlotBinding.h"

#include "common/Base64Url.h"

#include <QJsonDocument>
#include <QtEndian>

#include <argon2.h>

namespace keyward::core::slotbinding {

namespace {

// Every field is prefixed with its 4-byte big-endian length, so no two different slots encode to
// the same bytes however their fields are cut ("ab"+"c" vs "a"+"bc").
void append(QByteArray& out, QByteArrayView field)
{
    char size[4];
    qToBigEndian(quint32(field.size()), size);
    out.append(size, 4);
    out.append(field);
}

void append(QByteArray& out, qint64 number)
{
    append(out, QByteArray::number(number));
}

// The JWK as compact JSON with members in key order (QJsonObject keeps them sorted), which is
// what keyslots.json stores; any added, removed or changed member changes these bytes.
QByteArray canonicalJwk(const QJsonObject& jwk)
{
    return QJsonDocument(jwk).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray fields(const QString& vaultId, const KeySlot& slot)
{
    QByteArray out;
    append(out, vaultId.toUtf8());
    append(out, slot.officer.toUtf8());
    append(out, qint64(slot.slotVersion));
    append(out, QByteArrayView("argon2id"));
    append(out, qint64(ARGON2_VERSION_13));
    append(out, qint64(slot.kdf.timeCost));
    append(out, qint64(slot.kdf.memoryKiB));
    append(out, qint64(slot.kdf.parallelism));
    append(out, slot.salt);
    append(out, slot.passphraseCheck);
    append(out, slot.boxPublic);
    append(out, canonicalJwk(slot.signingJwk));
    return out;
}

QByteArray sealAad(const char* purpose, const QString& vaultId, const KeySlot& slot)
{
    if (slot.binding == kLegacy) {
        // Exactly what format 1 sealed with, so old slots still open (and can be upgraded).
        return QByteArray("keyward/") + purpose + '|' + vaultId.toUtf8() + '|' + slot.officer.toUtf8() + '|'
            + QByteArray::number(slot.slotVersion);
    }
    QByteArray out("keyward/slot-aad/v2");
    append(out, QByteArrayView(purpose));
    return out + fields(vaultId, slot);
}

QByteArray masterAad(const QString& vaultId, const KeySlot& slot, qint64 generation)
{
    QByteArray out = sealAad("master", vaultId, slot);
    if (slot.binding == kLegacy)
        return out + '|' + QByteArray::number(generation);
    append(out, slot.masterEpk);
    append(out, generation);
    return out;
}

QByteArray signedBytes(const QString& vaultId, const KeySlot& slot)
{
    return QByteArray("keyward/slot-signature/v2") + fields(vaultId, slot);
}

QByteArray signingPublic(const KeySlot& slot)
{
    const QJsonObject& jwk = slot.signingJwk;
    if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("OKP")
        || jwk.value(QStringLiteral("crv")).toString() != QLatin1String("Ed25519"))
        return {};
    Result<QByteArray> x = base64url::decode(jwk.value(QStringLiteral("x")).toString().toLatin1());
    if (!x.ok() || x->size() != slotcrypto::kKeySize)
        return {};
    return *x;
}

bool signatureHolds(const QString& vaultId, const KeySlot& slot)
{
    const QByteArray key = signingPublic(slot);
    return !key.isEmpty() && !slot.signature.isEmpty()
        && slotcrypto::ed25519Verify(key, signedBytes(vaultId, slot), slot.signature);
}

} // namespace keyward::core::slotbinding
