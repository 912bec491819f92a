// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConcatKdf.h"

#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

namespace keyward::core::concatkdf {
namespace {

void putBigEndian32(unsigned char* out, quint32 value)
{
    out[0] = static_cast<unsigned char>(value >> 24);
    out[1] = static_cast<unsigned char>(value >> 16);
    out[2] = static_cast<unsigned char>(value >> 8);
    out[3] = static_cast<unsigned char>(value);
}

bool updateLengthPrefixed(EVP_MD_CTX* ctx, QByteArrayView data)
{
    unsigned char length[4];
    putBigEndian32(length, quint32(data.size()));
    return EVP_DigestUpdate(ctx, length, 4) == 1 && (data.isEmpty() || EVP_DigestUpdate(ctx, data.data(), std::size_t(data.size())) == 1);
}

} // namespace

SecureBytes deriveSha256(const SecureBytes& sharedSecret, int keyBits, QByteArrayView algorithmId, QByteArrayView apu,
                         QByteArrayView apv)
{
    SecureBytes out(std::size_t(keyBits) / 8);
    deriveSha256Into(sharedSecret.view(), keyBits, algorithmId, apu, apv, out.data());
    return out;
}

void deriveSha256Into(QByteArrayView sharedSecret, int keyBits, QByteArrayView algorithmId, QByteArrayView apu, QByteArrayView apv,
                      unsigned char* out)
{
    const std::size_t keyBytes = std::size_t(keyBits) / 8;
    constexpr std::size_t hashBytes = 32;
    // One digest context per thread: the KDF runs once per ECDH-ES sample of a test run.
    thread_local ossl::MdCtx ctx(EVP_MD_CTX_new());
    unsigned char suppPubInfo[4];
    putBigEndian32(suppPubInfo, quint32(keyBits));
    unsigned char block[hashBytes];
    for (quint32 counter = 1, done = 0; done < keyBytes; ++counter) {
        unsigned char counterBytes[4];
        putBigEndian32(counterBytes, counter);
        const std::size_t take = std::min<std::size_t>(hashBytes, keyBytes - done);
        // A whole block goes straight to `out`; only a final partial one passes through `block`.
        unsigned char* dst = take == hashBytes ? out + done : block;
        unsigned int len = 0;
        // SHA-256 cannot fail on a live context; a failure here means memory exhaustion.
        if (!ctx || EVP_DigestInit_ex(ctx.get(), fetched::digest(fetched::Digest::Sha256), nullptr) != 1
            || EVP_DigestUpdate(ctx.get(), counterBytes, 4) != 1
            || EVP_DigestUpdate(ctx.get(), sharedSecret.data(), std::size_t(sharedSecret.size())) != 1
            || !updateLengthPrefixed(ctx.get(), algorithmId) || !updateLengthPrefixed(ctx.get(), apu)
            || !updateLengthPrefixed(ctx.get(), apv) || EVP_DigestUpdate(ctx.get(), suppPubInfo, 4) != 1
            || EVP_DigestFinal_ex(ctx.get(), dst, &len) != 1)
            qFatal("ConcatKdf: SHA-256 failed");
        if (dst == block)
            std::memcpy(out + done, block, take);
        done += quint32(take);
    }
    OPENSSL_cleanse(block, sizeof block);
    // The context outlives the call, and SHA-256's chaining state after the last block is the last
    // block of key material: start it over so no derived key stays behind in it.
    if (EVP_DigestInit_ex(ctx.get(), fetched::digest(fetched::Digest::Sha256), nullptr) != 1)
        qFatal("ConcatKdf: SHA-256 failed");
}

} // namespace keyward::core::concatkdf
