// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the JWS parser and verifier (SPEC §10): compact, general and flattened
// JSON, detached and b64:false payloads, verified against keys of every JWS family through the
// kid resolver and explicitly. Never a crash, sanitizer report or hang; every refusal explains.
//
// The keys below are throwaway fuzzing keys; they protect nothing.
#include "jose/JwkSet.h"
#include "jose/Jws.h"

#include <QByteArrayView>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace keyward::core;

namespace {

const char* const kKeys[] = {
    R"({"kty":"EC","kid":"es256","crv":"P-256","x":"ZNlIAY9kXrmNiozuIQXYmuwYK1jrs_Cmpiv9SvmJtSw","y":"XoySVjN8MNUI8Rjdk6PPYB2594aepQ03kPRYJFUm_Rg"})",
    R"({"kty":"OKP","kid":"ed","crv":"Ed25519","x":"_EbTVY8GhmvBhol4QzdveZKvrdeUJ1f1C1lGUFKyowo"})",
    R"({"kty":"RSA","kid":"rsa","e":"AQAB","n":"kah_9jPeTg-YCDzGCpeK_ruG5xMJy0D2TQV2RCGV3sTi3cayUZb_o6EBvkX6mejNPpCmRWutzGE7i0tF3gtQ2u06k7Z2dnj7au1xLN9bpDhlqV4WYa2F8u3itU8vpAmyDsn7BDNyjXeHXH9zh3f7gHGOXisVi-dNBorX68uF4ghrYFMRhAchKbL_jFxeJnqrcCIQcNOkr-F2CenWhWTacoexnjLhMKZ-WlLnpSGGZKQZ-OqpIdeRCJ0d_phuDVzntWyT4fxfaE20PS5nMLzUURTjBm4ppx61i0y6w4wXkXDkoY0zOBIsBKA3SS1jmqckVOOrJfRpqRUAx7AtxSVGQQ"})",
    R"({"kty":"oct","kid":"hs","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"})",
};

const JwkSet& keys()
{
    static const JwkSet set = [] {
        QList<Jwk> list;
        for (const char* text : kKeys) {
            auto key = Jwk::fromJsonText(QByteArrayView(text));
            if (!key.ok())
                qFatal("fuzz key does not parse: %s", qPrintable(key.message()));
            list << *key;
        }
        return JwkSet(list);
    }();
    return set;
}

void check(const Status& s)
{
    if (!s.ok() && s.message().isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto jws = Jws::parse(input);
    if (jws.ok()) {
        for (const Status& s : jws->verifyEach(Jws::resolverFor(keys(), true)))
            check(s);
        const Jwk& key = keys().keys().at(qsizetype(size % std::size_t(keys().size())));
        for (int i = 0; i < jws->signatures().size(); ++i)
            check(jws->verifySignature(i, key));
        (void)jws->toCompact();
        (void)QJsonDocument(jws->toJson()).toJson();
    } else {
        check(jws.error());
    }
    auto detached = Jws::parse(input, QByteArrayLiteral("detached payload"));
    if (detached.ok())
        check(detached->verifyAny(Jws::resolverFor(keys(), true)));
    else
        check(detached.error());
    return 0;
}
