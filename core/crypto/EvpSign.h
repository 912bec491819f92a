// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Raw signature primitives behind JWS (RFC 7518 §3, RFC 8037): RSASSA-PKCS1-v1_5, RSASSA-PSS with
// MGF1 on the same hash and salt = hash length, ECDSA with IEEE P1363 r‖s encoding, and Ed25519.
// One-shot EVP_DigestSign/Verify; every failure drains the OpenSSL queue.

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/evp.h>

namespace keyward::core::evpsign {

enum class Scheme { RsaPkcs1, RsaPss, Ecdsa, Ed25519 };

// hashBits: 256, 384 or 512 (ignored for Ed25519). ECDSA signatures come out as P1363 r‖s.
Result<QByteArray> sign(EVP_PKEY* key, Scheme scheme, int hashBits, QByteArrayView data);
// IntegrityFailure when the signature does not verify (including a wrong length or encoding).
Status verify(EVP_PKEY* key, Scheme scheme, int hashBits, QByteArrayView data, QByteArrayView signature);

// ECDSA encodings: DER (what OpenSSL speaks) ↔ IEEE P1363 fixed-length r‖s (what JOSE speaks).
Result<QByteArray> ecdsaDerToP1363(QByteArrayView der, int fieldBytes);
Result<QByteArray> ecdsaP1363ToDer(QByteArrayView p1363, int fieldBytes);

} // namespace keyward::core::evpsign
