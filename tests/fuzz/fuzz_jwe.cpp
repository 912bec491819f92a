// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the JWE parser and decryptor (SPEC §10): any byte string goes through
// parseJwe and a full kid-driven decrypt with keys of every family, plus an explicit-key decrypt.
// Whatever the input, the result must be a typed outcome — never a crash, a sanitizer report, a
// hang or unbounded memory. The caps are lowered so hostile PBES2 counts and zip bombs stay cheap.
//
// The keys below are throwaway fuzzing keys generated for this file; they protect nothing.
#include "jose/JweDecryptor.h"
#include "jose/Jwk.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace {

using namespace keyward::core;
using namespace keyward::core::jose;

const char* const kFuzzKeys[] = {
    R"({"kty":"oct","kid":"oct128","k":"AAECAwQFBgcICQoLDA0ODw"})",
    R"({"kty":"oct","kid":"oct256","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"})",
    R"({"crv":"P-256","d":"fG7J0ySAOSL9QhDse14zY46RZrC5tYbVbF4KT_XRnH4","kty":"EC","x":"urzKrUwij69Ejg-LHK7SWN1nIzj-KhOpUrEJ9IYqfyI","y":"DQTgSlDGNMiOQVMrYHDIi1SGIfkhm4DH-53s2z4Kejc"})",
    R"({"crv":"X25519","d":"yMVhuGzozBZJxb61Bwc3PmlCMWaY9abKpYSuQeJ_vl4","kty":"OKP","x":"2LEUewjPoxdcC5C_Ikh-TZo9ric-cGePLaYmIMHubC4"})",
    R"({"d":"HI-BvUsMeii3H-F9cHw2NbCDomzUaP2XZb_LPocCL-YFi346JR71lmHAP6tytETynDe5TzkFdYafvoqXTGWMctz2l9-_L-pUSXupETEVXi4WdPo2lQHSGkrehgSmQ3q2rJGhznBoLQkXqohp5B7sMvjO_N-xoD-tAeuxNSfGSdvjTZyU4N_PuTJFAPdyEw_CDNxriIOFStiP0yW-PAAp8sLnajNtNtF3zO835tRhOqMMfE3DzXliXHv6HX0ROTVvY_Q3kggVXV3KHT9wxiSX7vtYuRvAXqK3E1woWwZppKzNWyO0C3SMLRPvdacxLsd9EKF4xDNzHY1YIgBpbFwkYQ","dp":"pCrD8E97HaNmOkX_048E7Nz8aOGVE022sWWggVH8soaCRuNEm3lI4S0WRP-Bky8LlkGcaHim1pquGGnR0qnSEsJZS6V-InNZGGPheZq3PH47svC3A9mKxic6CyEpLZ7oS-IvR-zGkWzhBYrJH8ebfwqIkwlBOFQnX23DGQqUsTM","dq":"kF0B9asqSEL7sQE3BKutI8StVI4hSlMar3gPZ2rXAe7Auvk4aF-jHenZN4riFcFJIfzCAmjxCz4R0jCd4r5TyPMcOq24qCsdeaurz5Bxcu95WfTGqsv7eIZNvwTK9ls0LPPlctEFBsfoR6KBie6bYZSlsVYwgCDt6gvw1o1KnAE","e":"AQAB","kty":"RSA","n":"txzCD6WvfRmG5uvY-xUnkSxcb5uYKbkvarelzKqEgW7H46T7IAiu10MImcNAqBY2BitQdxFMJcS6Qax_zKGBSZ1c7y3Oms9enJLsCUUisUxMz8gw3czJqEUkVgfSH2Este1tPmpAjK3StgWe17MSoU8JtYlA9nc9ssghR5m0zwZjlCyyMfZgcUOL6SDQ7lLIUKV3dknQZZKeZOzhWGrIvZeJu8DRpdC75qaOhPJLTxqAD7jnCrmR2V808h75hC9yzl7MnIfI8Idihg9jDRpJv2dCuWO_1sRy6DGIceWjXZT7TkPQLHKqdGQqT58gZCGHimcyQ-5nF240cJxNPCiA1w","p":"8aEIiE0y1g_Jb-OKm5q-6UivOh6tmZ7h6KAGqcTOGsaY_1kDikPJWX_eEWhb9WbdkyY1Qx4viugUwubHcluRYutjlX4cLs7YsL1ezyBJim9Rx4JyMj2i5MzKvA5ClOV6WCa-4MmKHflJkKJx9GzRqJCDQSf0GLT8pU-dJprW0-8","q":"wgDEoisrm8lCdOWrXpYZRyYNkh4u05e2Gk2ZsrMOrmR3Je52xP9jbkMlIXMIO_x3c0O3bb9uIdfWbTL7ZfGBC8tzI1PsSxs-AmZT9ujS_9Y8259qVBZfxY14owl1j1GGbQ-M-DkR7kMaSUujgkS7Nq1ke5xl6ZUSMwiKQoKGmZk","qi":"CQANZ9Hc6uJB8W815cxVy6qc69RPeLAHISUhG5n1eAbmEN8Gu6PmlUGUfORSei-2LpCIL7jXuzu7cxpxJobJ4zUshebpBmgBQEn2FKmNgvZA0P6iHfPxN6NRzqV2zZMFdBKA4MBlu3D1l0TNFdKgRQyWSU9Dwx5L_KQBd6pUvuY"})",
};

struct FuzzKeys {
    QList<Jwk> keys;
    FuzzKeys()
    {
        const char* kids[] = {"oct128", "oct256", "p256", "x25519", "rsa"};
        int i = 0;
        for (const char* text : kFuzzKeys) {
            auto key = Jwk::fromJsonText(QByteArrayView(text));
            if (!key.ok())
                qFatal("fuzz key %d does not parse: %s", i, qPrintable(key.message()));
            keys.append(key->withKid(QString::fromLatin1(kids[i++])));
        }
    }
};

const FuzzKeys& fuzzKeys()
{
    static const FuzzKeys keys;
    return keys;
}

JweLimits fuzzLimits()
{
    JweLimits limits;
    limits.maxPbes2Count = 2000; // a real decrypt, but cheap enough for thousands of runs per second
    limits.maxInflatedBytes = 1024 * 1024;
    limits.maxInputBytes = 256 * 1024;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<Jwk>& keys = fuzzKeys().keys;
    JweDecryptor decryptor(
        [&keys](const QString& kid, const QJsonObject&) -> Result<Jwk> {
            for (const Jwk& k : keys) {
                if (k.kid() == kid)
                    return k;
            }
            return Error(ErrorCode::UnknownKid, QStringLiteral("unknown"));
        },
        fuzzLimits());
    decryptor.setPasswordProvider([](const QJsonObject&) -> Result<SecureBytes> { return SecureBytes::fromView("fuzz password"); });

    auto parsed = parseJwe(input, decryptor.limits());
    if (parsed.ok()) {
        // Touch every header path the decryptor uses.
        for (int i = 0; i < parsed->recipients.size(); ++i)
            (void)parsed->joseHeader(i);
        (void)parsed->additionalAuthenticatedData();
    }
    auto result = decryptor.decrypt(input);
    if (!result.ok() && result.message().isEmpty())
        __builtin_trap(); // every refusal must explain itself
    // The explicit-key path with a key chosen from the input, so every key family is reached.
    const Jwk& key = keys.at(size % std::size_t(keys.size()));
    auto explicitResult = decryptor.decryptWithKey(input, key);
    if (!explicitResult.ok() && explicitResult.message().isEmpty())
        __builtin_trap();
    return 0;
}
