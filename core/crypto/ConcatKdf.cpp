// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConcatKdf.h"

#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslHandles.h"

#include <QByteArray>

#include <openssl/crypto.h>

#include <cstring>

namespace keyward::core::concatkdf {
namespace {

void appendBigEndian32(QByteArray& out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void appendLengthPrefixed(QByteArray& out, QByteArrayView data)
{
    appendBigEndian32(out, quint32(data.size()));
    out.append(data);
}

} // namespace

SecureBytes deriveSha256(const SecureBytes& sharedSecret, int keyBits, QByteArrayView algorithmId, QByteArrayView apu,
                         QByteArrayView apv)
{
    QByteArray otherInfo;
    appendLengthPrefixed(otherInfo, algorithmId);
    appendLengthPrefixed(otherInfo, apu);
    appendLengthPrefixed(otherInfo, apv);
    appendBigEndian32(otherInfo, quint32(keyBits));

    const std::size_t keyBytes = std::size_t(keyBits) / 8;
    constexpr std::size_t hashBytes = 32;
    SecureBytes block(hashBytes);
    SecureBytes out(keyBytes);
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    for (quint32 counter = 1, done = 0; done < keyBytes; ++counter) {
        QByteArray counterBytes;
        appendBigEndian32(counterBytes, counter);
        unsigned int len = 0;
        // SHA-256 cannot fail on a live context; a failure here means memory exhaustion.
        if (!ctx || EVP_DigestInit_ex(ctx.get(), fetched::digest("SHA256"), nullptr) != 1
            || EVP_DigestUpdate(ctx.get(), counterBytes.constData(), 4) != 1
            || EVP_DigestUpdate(ctx.get(), sharedSecret.data(), sharedSecret.size()) != 1
            || EVP_DigestUpdate(ctx.get(), otherInfo.constData(), std::size_t(otherInfo.size())) != 1
            || EVP_DigestFinal_ex(ctx.get(), block.data(), &len) != 1)
            qFatal("ConcatKdf: SHA-256 failed");
        const std::size_t take = std::min<std::size_t>(hashBytes, keyBytes - done);
        std::memcpy(out.data() + done, block.data(), take);
        done += quint32(take);
    }
    return out;
}

} // namespace keyward::core::concatkdf
