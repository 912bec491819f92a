// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key generation for the types SPEC §3 lists: RSA 2048/3072/4096, EC P-256/384/521, OKP
// Ed25519/X25519, oct 128/192/256. Every generated key has its `alg` pinned (SPEC §3), a `use`
// that fits it, and the RFC 7638 thumbprint as default `kid`.

#include "common/Result.h"
#include "jose/Jwk.h"

#include <QString>

namespace keyward::core {

struct KeySpec {
    KeyType type = KeyType::Ec;
    int bits = 0; // RSA modulus or oct secret size; ignored for EC/OKP
    Curve curve = Curve::None; // EC/OKP only

    static KeySpec rsa(int bits) { return { KeyType::Rsa, bits, Curve::None }; }
    static KeySpec ec(Curve curve) { return { KeyType::Ec, 0, curve }; }
    static KeySpec okp(Curve curve) { return { KeyType::Okp, 0, curve }; }
    static KeySpec oct(int bits) { return { KeyType::Oct, bits, Curve::None }; }
};

class KeyGenerator {
public:
    // Refuses: RSA under 2048 bits (WeakKey) or of another size than 2048/3072/4096, curves and
    // oct sizes outside the list (InvalidArgument); an alg that is deprecated, not accepted or
    // unknown (jose::checkAlgForNewKey); an alg the key type/size does not fit or a `use` that
    // contradicts it (KeyMismatch). `use` defaults to the alg's ("sig" or "enc").
    static Result<Jwk> generate(const KeySpec& spec, const QString& alg, const QString& use = QString());

    // The spec Keyward proposes for an alg (RS*/PS*/RSA-OAEP*: RSA rsaBits; ES*: the alg's
    // curve; EdDSA: Ed25519; ECDH-ES*: P-256; A*KW/A*GCMKW: oct of the wrapped size; `dir`
    // needs an enc: the enc's CEK size). InvalidArgument when there is none (PBES2: a password).
    static Result<KeySpec> specForAlg(const QString& alg, int rsaBits = 3072, const QString& enc = QString());
    static Result<Jwk> generateForAlg(const QString& alg, int rsaBits = 3072, const QString& enc = QString());
};

} // namespace keyward::core
