// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The key-management primitives of JWE (RFC 7518 §4) on OpenSSL 3 EVP: RSA-OAEP with an explicitly
// set MGF1 hash, ECDH key agreement with peer validation, and the PBES2 key derivation. AES key
// wrap, AES-GCM and the Concat KDF live in core/crypto; JweKeyManagement composes all of them
// per `alg`.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "crypto/OpenSslHandles.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::jose::keymgmt {

// RSAES-OAEP with SHA-`hashBits` (160 = SHA-1 for RSA-OAEP, 256/384/512 for RSA-OAEP-256/…) and
// MGF1 with the same hash, set explicitly rather than relying on the OpenSSL default (SHA-1).
// `label` stays empty for JOSE; the parameter exists for the Wycheproof vectors.
Result<QByteArray> rsaOaepEncrypt(EVP_PKEY* publicKey, int hashBits, QByteArrayView plaintext, QByteArrayView label = {});
// IntegrityFailure for any decryption failure, all with one message (no padding oracle).
Result<SecureBytes> rsaOaepDecrypt(EVP_PKEY* privateKey, int hashBits, QByteArrayView ciphertext, QByteArrayView label = {});

// ECDH (EC P-256/384/521 or X25519) between our private key and the peer's public key. The peer
// must be the same key type and curve (KeyMismatch otherwise) and pass OpenSSL's public-key check
// (on the curve, not the point at infinity; PolicyRefused otherwise). An all-zero X25519 result —
// a low-order peer point — is PolicyRefused (RFC 7748 §6.1).
Result<SecureBytes> ecdhSharedSecret(EVP_PKEY* ownPrivate, EVP_PKEY* peerPublic);
// The ECDH-ES decrypt path: the peer as its encoded public key (X25519: the 32-byte u-coordinate;
// EC: the uncompressed point 0x04 ‖ x ‖ y) decoded onto the own key's curve into a key object this
// thread keeps with the prepared derive context of `ownPrivate`. A point off the curve or with a
// coordinate out of range, an encoding of the wrong length, and a low-order X25519 point (all-zero
// secret) are PolicyRefused. The secret is written to `out` (66 bytes cover every curve) and its
// length returned, so the caller can keep it in memory it already holds.
Result<std::size_t> ecdhWithEncodedPeer(EVP_PKEY* ownPrivate, QByteArrayView encodedPeer, unsigned char* out, std::size_t outSize);

// A fresh key pair on the same curve as `like` (the ephemeral key of ECDH-ES).
Result<ossl::PKey> generateEphemeral(EVP_PKEY* like);

// PBKDF2-HMAC-SHA-`hashBits` (RFC 8018). For PBES2 the caller passes the salt
// UTF8(alg) ‖ 0x00 ‖ p2s (RFC 7518 §4.8.1.1). No lower bounds are imposed here: the JWE layer caps
// and floors p2c itself.
Result<SecureBytes> pbkdf2(QByteArrayView password, QByteArrayView salt, quint32 iterations, int hashBits, int keyBytes);

} // namespace keyward::core::jose::keymgmt
