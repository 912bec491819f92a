// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AES-GCM (NIST SP 800-38D) with 96-bit IVs and 128-bit tags: the profile JOSE (A*GCM, A*GCMKW)
// and the vault use. One-shot calls; the key is a 16-, 24- or 32-byte secret.

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::aesgcm {

inline constexpr int kIvBytes = 12;
inline constexpr int kTagBytes = 16;

struct Sealed {
    QByteArray ciphertext;
    QByteArray tag; // kTagBytes
};

// InvalidArgument for a key that is not 16/24/32 bytes or an IV that is not 12 bytes.
Result<Sealed> encrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext);

// IntegrityFailure when the tag does not verify (OpenSSL compares it in constant time); nothing of
// the unauthenticated plaintext is returned.
Result<QByteArray> decrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView ciphertext,
                           QByteArrayView tag);
// The same, for plaintext that is key material (wrapped CEKs, vault keys).
Result<SecureBytes> decryptSecret(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                                  QByteArrayView ciphertext, QByteArrayView tag);

} // namespace keyward::core::aesgcm
