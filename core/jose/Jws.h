// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RFC 7515 JSON Web Signature: parse (compact, general JSON, flattened JSON), sign and verify with
// RS/PS/ES 256/384/512 and EdDSA; detached payloads (Appendix F) and unencoded payloads (RFC 7797
// `b64: false`, only with `crit`). HS* parses but never verifies (Keyward accepts no shared-secret
// signatures); `none` is refused everywhere (RFC 8725 §3.2).

#include "common/Result.h"
#include "jose/JoseHeader.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace keyward::core {

class JwkSet;

struct JwsSignOptions {
    bool detached = false; // leave the payload out of the output
    bool encodePayload = true; // false: RFC 7797 b64:false (adds "b64":false and crit)
};

class Jws {
public:
    enum class Serialization { Compact, GeneralJson, FlattenedJson };

    struct Signature {
        JoseHeader header; // protected joined with the per-signature unprotected `header`
        QJsonObject unprotectedHeader;
        QByteArray signature; // raw bytes
    };

    // Picks the verification key for one signature, normally by its `kid` (UnknownKid /
    // MissingKid when it cannot). Later features plug their key inventory in here.
    using KeyResolver = std::function<Result<Jwk>(const JoseHeader& header)>;

    // A JWS above this size is refused unparsed (SPEC §6: bounded time and memory).
    static constexpr qsizetype kMaxSerializedBytes = 16 * 1024 * 1024;

    // Structure only: strict base64url everywhere, headers decoded, crit checked, b64 consistent
    // across signatures. No key is touched, so HS256 tokens parse too.
    static Result<Jws> parse(QByteArrayView text);
    // For a detached payload (empty compact payload part or no JSON `payload`): the raw payload
    // bytes as they were signed (base64url-decoded form; with b64:false the bytes themselves).
    static Result<Jws> parse(QByteArrayView text, const QByteArray& detachedPayload);

    Serialization serialization() const { return m_serialization; }
    const QByteArray& payload() const { return m_payload; }
    bool isDetached() const { return m_detached; }
    bool isPayloadEncoded() const { return m_b64; } // false for RFC 7797 b64:false
    const QList<Signature>& signatures() const { return m_signatures; }
    QByteArray signingInput(int index) const;

    // One signature against one key: alg usable (none → PolicyRefused, HS* → UnsupportedAlg),
    // key fits the alg (jose::checkKeyForAlg, Verify), kids agree when both are set, then the
    // signature itself (IntegrityFailure).
    Status verifySignature(int index, const Jwk& key) const;
    // Every signature through the resolver: one Status per signature, in order.
    QList<Status> verifyEach(const KeyResolver& resolver) const;
    // Succeeds when at least one signature verifies; otherwise the first signature's error.
    Status verifyAny(const KeyResolver& resolver) const;
    // Succeeds only when every signature verifies (officer approvals carrying two signatures).
    Status verifyAll(const KeyResolver& resolver) const;

    // Resolver over a key set: by kid; a header without kid resolves only when the set holds a
    // single key and allowSingleKeyWithoutKid is true.
    static KeyResolver resolverFor(const JwkSet& keys, bool allowSingleKeyWithoutKid = false);

    // --- signing ---
    struct SignRequest {
        QJsonObject protectedHeader; // alg filled from the key's pinned alg, kid from the key's kid
        QJsonObject unprotectedHeader; // JSON serializations only
        Jwk key;
    };
    using SignOptions = JwsSignOptions;

    // The common case (officer approvals, signed JWKS bundles): one key, compact output.
    static Result<QByteArray> signCompact(
        QJsonObject header, QByteArrayView payload, const Jwk& privateKey, const SignOptions& options = {});
    // Exact protected-header bytes (UTF-8 JSON), for reproducing published vectors byte for byte.
    static Result<QByteArray> signCompactRaw(const QByteArray& protectedJson, QByteArrayView payload,
        const Jwk& privateKey, bool detached = false);
    // General (or, with one request and flattened = true, flattened) JSON serialization.
    static Result<QJsonObject> signJson(QByteArrayView payload, const QList<SignRequest>& requests,
        bool flattened = false, const SignOptions& options = {});

    QByteArray toCompact() const; // only for a single signature without unprotected header
    QJsonObject toJson(bool flattened = false) const;

private:
    Serialization m_serialization = Serialization::Compact;
    QByteArray m_payload; // decoded payload bytes
    QByteArray m_payloadSegment; // as it appears in the signing input
    bool m_detached = false;
    bool m_b64 = true;
    QList<Signature> m_signatures;
};

} // namespace keyward::core
