// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JWE decryption (RFC 7516) for the test-decrypt runs of SPEC §6: compact, flattened and general
// JSON, keys chosen by `kid` through a resolver (never trial-and-error over keys), every RFC 8725
// check, every cap. A failure is one ErrorCode outcome with a message an officer can act on:
// Malformed, MissingKid, UnknownKid, DeprecatedAlg, UnsupportedAlg, PolicyRefused, KeyMismatch,
// IntegrityFailure (or the resolver's own error, e.g. for a destroyed key).

#include "common/Result.h"
#include "jose/JoseAlgorithms.h"
#include "jose/Jwe.h"
#include "jose/Jwk.h"

#include <QByteArrayView>

namespace keyward::core::jose {

class JweDecryptor {
public:
    explicit JweDecryptor(JweKeyResolver resolver, JweLimits limits = JweLimits());
    explicit JweDecryptor(JweKidResolver resolver, JweLimits limits = JweLimits());

    void setPasswordProvider(JwePasswordProvider provider) { m_passwords = std::move(provider); }
    const JweLimits& limits() const { return m_limits; }

    // Tries, in order, only the recipients whose `kid` the resolver knows (PBES2 recipients: the
    // password provider). An RSA1_5 recipient is never decrypted: it is skipped when another
    // recipient fits, else the outcome is DeprecatedAlg. With no usable recipient the outcome is
    // the most specific finding: a failed attempt's error, then DeprecatedAlg/UnsupportedAlg/
    // PolicyRefused of an algorithm, then UnknownKid, then MissingKid.
    Result<JweDecrypted> decrypt(QByteArrayView serialized) const;
    Result<JweDecrypted> decrypt(const JweMessage& message) const;

    // Decrypts with one given key (the officer picked it, or a tool holds a single key): the kid is
    // not consulted, but every other check — the key against the alg, pinning, caps — still runs.
    // The first recipient whose alg fits the key type is used.
    Result<JweDecrypted> decryptWithKey(QByteArrayView serialized, const Jwk& key) const;

private:
    // The recipients of `message`, in order. `plainHeader`: the JOSE Header of a compact JWE read
    // in its plain form (then `message` has no protectedHeader object), else null.
    Result<JweDecrypted> decryptRecipients(const JweMessage& message, const JweHeader* plainHeader) const;
    // `header` is the recipient's JOSE Header and `alg` its key management algorithm, both already
    // taken from it by the caller, as is `kid` ("" when it has none); `zipProtected`: "zip", if
    // present, is in the protected header.
    Result<JweDecrypted> decryptRecipient(const JweMessage& message, int index, const JweHeader& header, bool zipProtected,
                                          const AlgorithmInfo& alg, const Jwk& key, const QString& kid) const;

    JweKeyResolver m_resolver;
    JweKidResolver m_kidResolver;
    JwePasswordProvider m_passwords;
    JweLimits m_limits;
};

} // namespace keyward::core::jose
