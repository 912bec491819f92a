// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Building EVP_PKEYs from raw components (OSSL_PARAM_BLD + EVP_PKEY_fromdata) and reading the
// components back (EVP_PKEY_get_bn_param / get_octet_string_param), with the consistency checks
// an imported key needs. OpenSSL 3 provider APIs only: no RSA_* / EC_KEY_*.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "crypto/OpenSslHandles.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::evp {

struct RsaComponents {
    QByteArray n;
    QByteArray e;
    // Private part: empty d means a public key. p..qi are either all present or all absent.
    SecureBytes d, p, q, dp, dq, qi;
};

// How much an RSA private key is checked when it is built. Full: OpenSSL's SP 800-56B public and
// pairwise checks (primality of p and q, n composite, CRT values) — about 0.2 s of CPU for
// RSA-2048, right for any key from outside. Stored: a key the vault validated in full when it
// was admitted and now reads back: the pairwise consistency test (2^e)^d ≡ 2 (mod n) only, one
// private-key operation, so a test run or a signature does not pay the admission checks again.
enum class RsaCheck { Full, Stored };

Result<ossl::PKey> buildRsa(const RsaComponents& rsa, RsaCheck check = RsaCheck::Full);
// groupName is the OpenSSL name ("P-256", "P-384", "P-521"); x and y big-endian, full length.
Result<ossl::PKey> buildEc(const char* groupName, QByteArrayView x, QByteArrayView y, const SecureBytes& d);
// algName "ED25519" or "X25519"; a non-empty d must derive x.
Result<ossl::PKey> buildOkp(const char* algName, QByteArrayView x, const SecureBytes& d);

// Big-endian unsigned integer parameter, minimal length (padTo > 0: left-padded to that length).
QByteArray bnParam(const EVP_PKEY* key, const char* name, int padTo = 0);
SecureBytes secretBnParam(const EVP_PKEY* key, const char* name, int padTo = 0);
bool hasParam(const EVP_PKEY* key, const char* name);
QByteArray rawPublic(const EVP_PKEY* key);
SecureBytes rawPrivate(const EVP_PKEY* key);

// Public-exponent and modulus checks that no signature can compensate for: e = 1, e even, and
// the ROCA fingerprint (CVE-2017-15361, Infineon RSALib primes). Empty when the modulus is fine.
QString rsaPublicWeakness(QByteArrayView n, QByteArrayView e);

} // namespace keyward::core::evp
