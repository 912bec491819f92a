// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JOSE algorithm registry (RFC 7518, RFC 8037, SPEC §6): every `alg` and `enc` name Keyward
// knows, how it is classified, which key it needs, and the RFC 8725 check of a key against an
// algorithm. Shared by JWS and JWE so the two never disagree on what a name means.

#include "common/Result.h"
#include "jose/Jwk.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::core::jose {

// Where a name lives: the JWS `alg`, the JWE `alg` (key management) or the JWE `enc`.
enum class AlgKind { Signature, KeyManagement, ContentEncryption };

enum class AlgFamily {
    None, // "none": unsecured JWS
    Hmac, // HS256/384/512
    RsaPkcs1, // RS256/384/512
    RsaPss, // PS256/384/512
    Ecdsa, // ES256/384/512
    EdDsa, // EdDSA (Ed25519 only, RFC 8037)
    RsaPkcs1KeyWrap, // RSA1_5
    RsaOaep, // RSA-OAEP, RSA-OAEP-256/384/512
    EcdhEsDirect, // ECDH-ES
    EcdhEsKeyWrap, // ECDH-ES+A128KW/A192KW/A256KW
    AesKeyWrap, // A128KW/A192KW/A256KW
    AesGcmKeyWrap, // A128GCMKW/A192GCMKW/A256GCMKW
    Direct, // dir
    Pbes2, // PBES2-HS256+A128KW/HS384+A192KW/HS512+A256KW
    AesGcm, // enc A128GCM/A192GCM/A256GCM
    AesCbcHmac, // enc A128CBC-HS256/A192CBC-HS384/A256CBC-HS512
};

enum class AlgStatus {
    Supported,
    Deprecated, // RSA1_5: reported as deprecated-alg, never used (SPEC §6)
    NotAccepted, // HS*: a shared-secret MAC proves nothing about who signed; unsupported-alg
    Forbidden, // none: refused everywhere (RFC 8725 §3.2); policy-refused
};

struct AlgorithmInfo {
    QString name;
    AlgKind kind;
    AlgFamily family;
    AlgStatus status;
    int hashBits; // SHA-2 size for signatures/OAEP/PBES2/CBC-HMAC; 160 for RSA-OAEP (SHA-1); 0 if none
    int keyBits; // exact oct key size (A*KW, A*GCMKW, HS*), KEK size (ECDH-ES+A*KW, PBES2) or CEK size (enc)
    Curve curve; // the one curve an ES*/EdDSA alg requires; None otherwise
};

// What a key is about to be used for (RFC 7517 §4.3 key_ops).
enum class Purpose { Sign, Verify, Encrypt, Decrypt };

const QList<AlgorithmInfo>& allAlgorithms();
const AlgorithmInfo* find(AlgKind kind, QStringView name); // nullptr when the name is unknown

// Looks an `alg`/`enc` up and maps its status to the SPEC §6 outcome: unknown → UnsupportedAlg,
// HS* → UnsupportedAlg, RSA1_5 → DeprecatedAlg, none → PolicyRefused.
Result<const AlgorithmInfo*> usable(AlgKind kind, const QString& name);

// The `use` value a key must carry (if it carries one) for an algorithm of this kind.
QString useFor(AlgKind kind); // "sig" or "enc"

// Is a key of this type/curve the right kind for the algorithm (ignoring size, use and pinning)?
bool keyTypeFits(const AlgorithmInfo& alg, KeyType type, Curve curve);

// RFC 8725 §3.1 / SPEC §3: may `key` be used with `alg` for `purpose`? Checks, in order: the alg
// is usable (see usable()), kty/crv fit, the oct size is exact, RSA ≥ 2048 bits, the key's `use`
// matches, its pinned `alg` is this one (else PolicyRefused), `key_ops` allows the operation, and
// private material is there when signing/decrypting. `enc` is only consulted for `dir`, whose
// key is the CEK itself. Mismatches are KeyMismatch with a message naming both sides.
Status checkKeyForAlg(const Jwk& key, const QString& alg, Purpose purpose, const QString& enc = QString());

// Every supported algorithm a key may be used with (its `alg` only, when pinned): the inventory's
// answer to "what can this key do" for a key imported without `alg`.
QStringList algorithmsForKey(const Jwk& key);

// RFC 8725 / SPEC §3: algorithms new keys may be generated or imported for. RSA1_5, HS* and none
// are refused with their reason.
Status checkAlgForNewKey(const QString& alg);

} // namespace keyward::core::jose
