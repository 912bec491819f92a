// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PEM (and DER certificate) import/export for JWKs: SPKI public keys, PKCS#8 private keys
// (plain or encrypted, PBKDF2 or scrypt), traditional PKCS#1 / SEC 1 keys, and X.509
// certificates (→ public JWK carrying x5c and x5t#S256). OSSL_DECODER / OSSL_ENCODER and the
// non-deprecated PKCS#8 APIs only.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core {

class PemCodec {
public:
    enum class Kind { PublicKey, PrivateKey, EncryptedPrivateKey, Certificate, Unknown };

    // The first PEM block's label decides: PUBLIC KEY / RSA PUBLIC KEY, PRIVATE KEY /
    // RSA PRIVATE KEY / EC PRIVATE KEY, ENCRYPTED PRIVATE KEY (or a Proc-Type encrypted
    // traditional key), CERTIFICATE.
    static Kind detect(QByteArrayView pem);

    // Imports a key or certificate. An encrypted key needs the passphrase (InvalidArgument
    // without one; AuthenticationFailed when it does not decrypt). Anything that is not a
    // supported PEM block is Malformed with the reason; a key on an unsupported curve or of an
    // unsupported type is UnsupportedAlg.
    static Result<Jwk> importPem(QByteArrayView pem, const SecureBytes& passphrase = SecureBytes());
    // PEM (one or more CERTIFICATE blocks, leaf first) or a single DER certificate.
    static Result<Jwk> importCertificate(QByteArrayView pemOrDer);

    static Result<QByteArray> exportPublicPem(const Jwk& key); // SubjectPublicKeyInfo
    static Result<SecureBytes> exportPrivatePem(const Jwk& key); // unencrypted PKCS#8

    enum class Pbe { Pbkdf2Aes256Cbc, ScryptAes256Cbc };
    struct EncryptionParams {
        Pbe pbe = Pbe::Pbkdf2Aes256Cbc;
        int pbkdf2Iterations = 600000; // OWASP 2023 figure for PBKDF2-HMAC-SHA256
        int scryptLog2N = 14; // N = 16384, r = 8, p = 1: what `openssl pkcs8 -scrypt` uses
    };
    // PKCS#8 EncryptedPrivateKeyInfo, AES-256-CBC under PBES2.
    static Result<QByteArray> exportEncryptedPrivatePem(
        const Jwk& key, const SecureBytes& passphrase, const EncryptionParams& params);
    static Result<QByteArray> exportEncryptedPrivatePem(const Jwk& key, const SecureBytes& passphrase)
    {
        return exportEncryptedPrivatePem(key, passphrase, EncryptionParams());
    }
};

} // namespace keyward::core
