// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JWE content encryption (RFC 7518 §5): A128GCM/A192GCM/A256GCM and the composite AEADs
// A128CBC-HS256/A192CBC-HS384/A256CBC-HS512 exactly as §5.2 defines them (MAC key first,
// AL = AAD length in bits as 64-bit big-endian, tag = leading half of the HMAC).

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keyward::core::jose {

struct ContentAlgorithm {
    QString name;
    bool gcm; // else CBC-HMAC
    int cekBytes; // 16/24/32 for GCM, 32/48/64 for CBC-HMAC
    int ivBytes; // 12 for GCM, 16 for CBC
    int tagBytes; // 16 for GCM, cekBytes / 2 for CBC-HMAC
};

// nullptr for a name that is not one of the six.
const ContentAlgorithm* contentAlgorithm(QStringView enc);

struct ContentCiphertext {
    QByteArray ciphertext;
    QByteArray tag;
};

// `aad` is the JWE Additional Authenticated Data (ASCII(BASE64URL(protected)) [ '.' BASE64URL(aad) ]).
// InvalidArgument for a CEK or IV of the wrong size.
Result<ContentCiphertext> encryptContent(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv,
                                         QByteArrayView aad, QByteArrayView plaintext);

// Every authentication failure — a wrong tag, a wrong CEK, and for CBC-HMAC also bad padding
// (only reachable after the MAC verified, so never an oracle) — is the same IntegrityFailure with
// the same message. Tags are compared in constant time. An IV or tag of the wrong length is
// IntegrityFailure too (the sender's data cannot be authentic); a CEK of the wrong length is
// InvalidArgument (our own bug or a wrong key).
Result<QByteArray> decryptContent(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv,
                                  QByteArrayView aad, QByteArrayView ciphertext, QByteArrayView tag);

// HMAC-SHA-`hashBits` (256/384/512) over `data`: the MAC inside the CBC-HMAC AEADs.
Result<QByteArray> hmacSha2(int hashBits, QByteArrayView key, QByteArrayView data);

} // namespace keyward::core::jose
