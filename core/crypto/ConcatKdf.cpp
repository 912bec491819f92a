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

// Appends a 32-bit big-endian length and the bytes; false when `end` would be passed.
bool appendLengthPrefixed(unsigned char*& at, const unsigned char* end, QByteArrayView data)
{
    if (std::size_t(end - at) < 4 + std::size_t(data.size()))
        return false;
    putBigEndian32(at, quint32(data.size()));
    if (!data.isEmpty())
        std::memcpy(at + 4, data.data(), std::size_t(data.size()));
    at += 4 + data.size();
    return true;
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
    const EVP_MD* sha256 = fetched::digest(fetched::Digest::Sha256);
    // The hash input after the counter — Z ‖ AlgorithmID ‖ PartyUInfo ‖ PartyVInfo ‖ SuppPubInfo —
    // is laid out once and hashed in one update per block: each update is a provider call, and
    // nine of them cost more than the hashing. Z is in it, so it is wiped before returning.
    // Inputs too long for the buffer (apu/apv of kilobytes) are hashed piece by piece instead.
    unsigned char input[512];
    unsigned char* at = input;
    const unsigned char* const end = input + sizeof input;
    bool laidOut = std::size_t(sharedSecret.size()) <= sizeof input;
    if (laidOut) {
        std::memcpy(at, sharedSecret.data(), std::size_t(sharedSecret.size()));
        at += sharedSecret.size();
        laidOut = appendLengthPrefixed(at, end, algorithmId) && appendLengthPrefixed(at, end, apu) && appendLengthPrefixed(at, end, apv)
            && std::size_t(end - at) >= 4;
    }
    if (laidOut) {
        putBigEndian32(at, quint32(keyBits));
        at += 4;
    }
    const auto hashRest = [&](EVP_MD_CTX* c) {
        if (laidOut)
            return EVP_DigestUpdate(c, input, std::size_t(at - input)) == 1;
        unsigned char suppPubInfo[4];
        putBigEndian32(suppPubInfo, quint32(keyBits));
        const auto lengthPrefixed = [c](QByteArrayView data) {
            unsigned char length[4];
            putBigEndian32(length, quint32(data.size()));
            return EVP_DigestUpdate(c, length, 4) == 1 && (data.isEmpty() || EVP_DigestUpdate(c, data.data(), std::size_t(data.size())) == 1);
        };
        return EVP_DigestUpdate(c, sharedSecret.data(), std::size_t(sharedSecret.size())) == 1 && lengthPrefixed(algorithmId)
            && lengthPrefixed(apu) && lengthPrefixed(apv) && EVP_DigestUpdate(c, suppPubInfo, 4) == 1;
    };
    unsigned char block[hashBytes];
    for (quint32 counter = 1, done = 0; done < keyBytes; ++counter) {
        unsigned char counterBytes[4];
        putBigEndian32(counterBytes, counter);
        const std::size_t take = std::min<std::size_t>(hashBytes, keyBytes - done);
        // A whole block goes straight to `out`; only a final partial one passes through `block`.
        unsigned char* dst = take == hashBytes ? out + done : block;
        unsigned int len = 0;
        // SHA-256 cannot fail on a live context; a failure here means memory exhaustion.
        if (!ctx || EVP_DigestInit_ex(ctx.get(), sha256, nullptr) != 1 || EVP_DigestUpdate(ctx.get(), counterBytes, 4) != 1 || !hashRest(ctx.get())
            || EVP_DigestFinal_ex(ctx.get(), dst, &len) != 1)
            qFatal("ConcatKdf: SHA-256 failed");
        if (dst == block)
            std::memcpy(out + done, block, take);
        done += quint32(take);
    }
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(input, std::size_t(at - input));
    // The context outlives the call, and SHA-256's chaining state after the last block is the last
    // block of key material: start it over so no derived key stays behind in it.
    if (EVP_DigestInit_ex(ctx.get(), sha256, nullptr) != 1)
        qFatal("ConcatKdf: SHA-256 failed");
}

} // namespace keyward::core::concatkdf
