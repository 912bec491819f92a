// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Re-wrapping only the content key (CEK) of one JWE recipient: the content — protected header,
// shared unprotected header, aad, iv, ciphertext and tag — is kept byte for byte, and only the
// recipient's own header and encrypted_key are replaced by ones for the successor.
//
// Why this is possible only sometimes: the protected header is part of the AAD of the content
// encryption (RFC 7516 §5.1 step 14), so a recipient whose alg, kid or key parameters (epk, p2s,
// iv/tag of GCMKW, …) sit in the protected header cannot be changed without breaking the tag.
// A compact JWE has nothing but a protected header, so it is always re-encrypted; a flattened or
// general JSON JWE whose recipient members live in that recipient's own (unprotected) header is
// the legitimate case for a CEK re-wrap (RFC 7516 §7.2.1: recipients are added or replaced freely).
// cekRewrapObstacle() is the single rule SampleRewrap applies.

#include "common/Result.h"
#include "jose/Jwe.h"
#include "jose/Jwk.h"

namespace keyward::core::samples {

enum class RewrapMethod {
    CekRewrap, // the same CEK wrapped for the successor, content untouched
    ReEncrypt, // a fresh CEK and a new content encryption
};

// "cek-rewrap" or "re-encrypt": the `method` of the manifest and of `samples rewrap --json`.
QString rewrapMethodName(RewrapMethod method);

// Why recipient `index` of `message` must be fully re-encrypted for a successor using
// `successorAlg`, as a stable code for the manifest — or an empty string when a CEK re-wrap is
// legitimate. The codes, in the order they are checked:
//   "compact"              a compact JWE: every member is in the protected header;
//   "protected-recipient"  the recipient's alg/kid/key parameters are in the protected header;
//   "shared-recipient"     they are in the shared unprotected header (other recipients use it);
//   "direct-predecessor"   dir or ECDH-ES direct: the CEK is the old key (or derived from it) and
//                          would stay readable with the predecessor's material;
//   "direct-successor"     the successor's alg determines the CEK itself, it cannot wrap one;
//   "revoked-predecessor"  the old key is revoked (SPEC §6: presumed exposed), so its CEK is too.
QString cekRewrapObstacle(const jose::JweMessage& message, int index, const QString& predecessorAlg, const QString& successorAlg,
                          bool predecessorRevoked);

// Recovers the CEK of recipient `index` with `oldKey`, wraps it for `successor` under
// `successorAlg` and serializes the JWE again (same serialization) with that recipient replaced.
// The caller has decrypted the message with `oldKey` first (so the CEK is known to be right) and
// test-decrypts the result with the successor before it counts.
Result<QByteArray> rewrapCek(const jose::JweMessage& message, int index, const Jwk& oldKey, const Jwk& successor,
                             const QString& successorAlg, const jose::JweLimits& limits);

} // namespace keyward::core::samples
