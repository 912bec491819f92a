// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JWE encryption (RFC 7516) for every SPEC §6 alg/enc except the deprecated RSA1_5, in compact,
// flattened or general JSON serialization, multi-recipient, with optional `zip: DEF`. Every random
// input (CEK, IV, ephemeral key, p2s, GCMKW IV) can be injected so published examples (RFC 7520)
// are reproduced byte for byte.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "jose/Jwe.h"
#include "jose/JweKeyManagement.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace keyward::core::jose {

struct JweRecipientSpec {
    Jwk key; // the recipient's public key (RSA/EC/OKP) or secret (oct); unused for PBES2
    QString alg;
    SecureBytes password; // PBES2 only
    QJsonObject header; // extra per-recipient unprotected members (general/flattened JSON)
    JweKeyWrapParams params; // injections; empty = fresh random values
};

struct JweEncryptOptions {
    QString enc;
    JweSerialization serialization = JweSerialization::Compact;
    bool compress = false; // zip: DEF (in the protected header)
    QJsonObject protectedHeader; // extra protected members (typ, cty, …)
    QJsonObject unprotectedHeader; // shared unprotected members (JSON serializations only)
    QByteArray aad; // JSON "aad" (raw bytes; JSON serializations only)
    // Per-recipient members (alg, kid, epk, p2s, …) go into the protected header when there is
    // one recipient, into each recipient's header otherwise — or always there when this is set.
    bool keyParamsInRecipientHeader = false;
    // Injections for reproducible output; random when empty.
    SecureBytes cek;
    QByteArray iv;
    // The exact protected header (its base64url text) to use verbatim, for byte-for-byte
    // reproduction. Members the encryption determines (enc, zip, alg, kid, epk, iv, tag, p2s, p2c)
    // must then agree with what is generated, or go into unprotected headers.
    QByteArray protectedB64;
};

class JweEncryptor {
public:
    // InvalidArgument for an inconsistent request (several recipients with dir/ECDH-ES, headers in
    // a compact JWE, a header member given twice with different values); DeprecatedAlg for RSA1_5;
    // KeyMismatch/PolicyRefused when a key does not fit its alg (RFC 8725 checks as for decrypt).
    static Result<QByteArray> encrypt(QByteArrayView plaintext, const std::vector<JweRecipientSpec>& recipients,
                                      const JweEncryptOptions& options);
};

} // namespace keyward::core::jose
