// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The primitives behind keyslots: Argon2id, HKDF-SHA256, AES-256-GCM, X25519 and Ed25519 through
// OpenSSL 3 EVP and libargon2. Secrets go in and out as SecureBytes only.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "crypto/OpenSslHandles.h"
#include "vault/KdfParams.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::slotcrypto {

constexpr int kKeySize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

struct Sealed {
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
};

Result<SecureBytes> argon2id(const SecureBytes& passphrase, QByteArrayView salt, const KdfParams& params,
                             std::size_t outputSize);
Result<SecureBytes> hkdfSha256(const SecureBytes& ikm, QByteArrayView salt, QByteArrayView info, std::size_t size);

Result<Sealed> seal(const SecureBytes& key, QByteArrayView aad, const SecureBytes& plaintext);
// IntegrityFailure when the tag does not match (wrong key, changed ciphertext or changed AAD).
Result<SecureBytes> open(const SecureBytes& key, QByteArrayView aad, const Sealed& sealed);

struct KeyPair {
    SecureBytes privateKey; // raw 32 bytes
    QByteArray publicKey; // raw 32 bytes
};
Result<KeyPair> generateX25519();
Result<KeyPair> generateEd25519();
Result<SecureBytes> x25519(const SecureBytes& privateKey, QByteArrayView peerPublic);
// The raw public key of a raw "X25519" or "ED25519" private key.
Result<QByteArray> rawPublicKey(const char* algorithm, const SecureBytes& rawPrivate);
Result<ossl::PKey> ed25519PrivateKey(const SecureBytes& rawPrivate);
Result<QByteArray> ed25519Sign(EVP_PKEY* key, QByteArrayView payload);
bool ed25519Verify(QByteArrayView rawPublic, QByteArrayView payload, QByteArrayView signature);

} // namespace keyward::core::slotcrypto
