// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-`alg` JWE key management (RFC 7518 §4): how the CEK is recovered from a recipient's
// encrypted key and header parameters, and how it is wrapped for a recipient. Keys arrive already
// checked against the algorithm (checkKeyForAlg); this layer validates header parameters (epk,
// apu/apv, iv/tag, p2s/p2c) and runs the primitives.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "jose/ContentEncryption.h"
#include "jose/Jwe.h"
#include "jose/JweHeader.h"
#include "jose/JoseAlgorithms.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyward::core::jose {

// The CEK for this recipient. For RSA-OAEP a failed or wrong-size unwrap yields a random CEK of the
// right size instead of an error (RFC 7516 §11.5): the content tag then fails as IntegrityFailure,
// with the same timing and outcome as any other integrity failure. `password` is used for PBES2 only.
Result<SecureBytes> recoverCek(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const JweHeader& header,
                               const QByteArray& encryptedKey, const Jwk& key, const SecureBytes& password,
                               const JweLimits& limits);
Result<SecureBytes> recoverCek(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const QJsonObject& header,
                               const QByteArray& encryptedKey, const Jwk& key, const SecureBytes& password,
                               const JweLimits& limits);

// Inputs a caller may fix for reproducible output; random/fresh when left empty.
struct JweKeyWrapParams {
    Jwk ephemeralKey; // ECDH-ES*: the ephemeral private key
    QByteArray apu, apv; // ECDH-ES*: Agreement PartyUInfo/PartyVInfo (decoded)
    QByteArray p2s; // PBES2 salt input (decoded), 16 random bytes by default
    quint32 p2c = 0; // PBES2 count, 600,000 by default
    QByteArray gcmIv; // A*GCMKW IV, 12 random bytes by default
};

struct JweWrappedKey {
    QByteArray encryptedKey; // empty for dir and ECDH-ES direct
    QJsonObject headerParams; // epk, apu, apv, p2s, p2c, iv, tag as the algorithm needs
    SecureBytes cek; // the CEK actually used (dir and ECDH-ES direct determine it)
};

// `cek` is the content key to wrap (ignored by dir and ECDH-ES direct, which derive their own).
Result<JweWrappedKey> wrapCek(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const SecureBytes& cek, const Jwk& key,
                              const SecureBytes& password, const JweKeyWrapParams& params);

// The `epk` header parameter of an ECDH-ES JWE as a public key on the recipient key's curve:
// Malformed for a broken JWK shape, PolicyRefused for another curve or a point off the curve (the
// partial validation that completes it runs in keymgmt::ecdhSharedSecret).
Result<ossl::PKey> ecdhEphemeralKey(const QJsonValue& epk, const Jwk& recipient);

// Does `alg` determine the CEK itself (dir, ECDH-ES) — so it cannot share a JWE with other recipients?
bool determinesCek(const AlgorithmInfo& alg);

} // namespace keyward::core::jose
