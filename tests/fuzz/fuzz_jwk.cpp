// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the JWK and JWK Set parsers (SPEC §10). Any byte string goes through
// Jwk::fromJsonText and both JwkSet parsers; whatever parses must serialize, thumbprint and
// re-import to the same key material. A refusal must carry a message.
#include "jose/JoseAlgorithms.h"
#include "jose/Jwk.h"
#include "jose/JwkSet.h"

#include <QByteArrayView>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace keyward::core;

namespace {

void exercise(const Jwk& key)
{
    (void)key.toPublicJson();
    (void)key.thumbprintBase64Url();
    (void)key.securityStrengthBits();
    (void)key.weakKeyReason();
    (void)jose::algorithmsForKey(key);
    (void)key.publicOnly();
    // Invariant: the private serialization re-imports to the same key.
    auto again = Jwk::fromJson(key.toPrivateJson());
    if (!again.ok() || !again->sameKeyMaterial(key) || again->thumbprintBase64Url() != key.thumbprintBase64Url())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto key = Jwk::fromJsonText(input);
    if (key.ok())
        exercise(*key);
    else if (key.message().isEmpty())
        __builtin_trap();

    auto set = JwkSet::fromJsonText(input);
    if (set.ok()) {
        for (const Jwk& k : set->keys())
            exercise(k);
        for (const JwkSet::KeyError& e : set->errors())
            if (e.error.message.isEmpty())
                __builtin_trap();
        (void)set->validate();
        (void)set->toJsonText();
    }
    auto strict = JwkSet::fromJsonTextStrict(input);
    if (!strict.ok() && strict.message().isEmpty())
        __builtin_trap();
    return 0;
}
