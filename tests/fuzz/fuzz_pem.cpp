// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for PEM / certificate import (SPEC §10): keys in SPKI, PKCS#8, encrypted
// PKCS#8 and traditional form, and X.509 certificates (PEM or DER). Whatever imports must export
// back to PEM and re-import to the same key. A refusal must carry a message.
#include "jose/Jwk.h"
#include "jose/PemCodec.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

using namespace keyward::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    // The seed corpus's encrypted keys use this passphrase, so the decrypting path is reached.
    static const char kPass[] = "correct horse battery staple";
    auto key = PemCodec::importPem(input, SecureBytes(kPass, sizeof kPass - 1));
    if (key.ok()) {
        auto pub = PemCodec::exportPublicPem(*key);
        if (!pub.ok())
            __builtin_trap();
        auto back = PemCodec::importPem(*pub);
        if (!back.ok() || !back->sameKeyMaterial(*key))
            __builtin_trap();
        (void)key->toPublicJson();
    } else if (key.message().isEmpty()) {
        __builtin_trap();
    }
    auto cert = PemCodec::importCertificate(input);
    if (!cert.ok() && cert.message().isEmpty())
        __builtin_trap();
    return 0;
}
