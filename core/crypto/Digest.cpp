// SPDX-License-Identifier: GPL-3.0-or-later
#include "Digest.h"

#include "crypto/FetchedAlgorithms.h"

#include <openssl/evp.h>

namespace keyward::core::digest {
namespace {

QByteArray run(const char* name, QByteArrayView data)
{
    // A digest fetched once (EVP_Q_digest would fetch it by name on every call).
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), out, &len, fetched::digest(name), nullptr) != 1)
        qFatal("EVP_Digest failed for a built-in digest");
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

} // namespace

QByteArray sha256(QByteArrayView data) { return run("SHA256", data); }
QByteArray sha384(QByteArrayView data) { return run("SHA384", data); }
QByteArray sha512(QByteArrayView data) { return run("SHA512", data); }

const char* shaNameForBits(int hashBits)
{
    switch (hashBits) {
    case 160: return "SHA1";
    case 256: return "SHA256";
    case 384: return "SHA384";
    case 512: return "SHA512";
    default: return nullptr;
    }
}

} // namespace keyward::core::digest
