// SPDX-License-Identifier: GPL-3.0-or-later
#include "AesKeyWrap.h"

#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslHandles.h"
#include "crypto/ThreadCipherContexts.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <cstring>

namespace keyward::core::aeskw {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AesKeyWrap)
};

const EVP_CIPHER* wrapCipherFor(qsizetype kekBytes)
{
    switch (kekBytes) {
    case 16:
        return fetched::cipher(fetched::Cipher::Aes128Wrap);
    case 24:
        return fetched::cipher(fetched::Cipher::Aes192Wrap);
    case 32:
        return fetched::cipher(fetched::Cipher::Aes256Wrap);
    default:
        return nullptr;
    }
}

// Wrap-mode ciphers refuse to run unless the context explicitly allows them (an OpenSSL guard
// against using them by accident as ordinary ciphers).
ossl::CipherCtx startContext(QByteArrayView kek, bool encrypting)
{
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return ctx;
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (EVP_CipherInit_ex(ctx.get(), wrapCipherFor(kek.size()), nullptr, reinterpret_cast<const unsigned char*>(kek.data()), nullptr,
                          encrypting ? 1 : 0) != 1)
        ctx.reset();
    return ctx;
}

// Unwrapping runs RFC 3394 over single AES blocks rather than through OpenSSL's AES-*-WRAP
// cipher: in OpenSSL 3.0 that cipher sets up a software (non AES-NI) key schedule on every
// init, and one unwrap of a 256-bit CEK cost ~5 µs — a fifth of an X25519 agreement, paid by
// every ECDH-ES+A*KW and A*KW sample of a test run. The block decryptions go through EVP
// AES-ECB (hardware AES), one prepared context per thread and key size, re-keyed per call.
const EVP_CIPHER* ecbFor(qsizetype kekBytes)
{
    switch (kekBytes) {
    case 16:
        return fetched::cipher(fetched::Cipher::Aes128Ecb);
    case 24:
        return fetched::cipher(fetched::Cipher::Aes192Ecb);
    case 32:
        return fetched::cipher(fetched::Cipher::Aes256Ecb);
    default:
        return nullptr;
    }
}

constexpr unsigned char kDefaultIv[8] = {0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6};

// This thread's AES-ECB decryption context for `ecb`, keyed with `kek` (nullptr on failure). It
// outlives the call (see ThreadCipherContexts for the wipe) and never leaves the thread.
cipherctx::PreparedCipher* blockDecryptor(const EVP_CIPHER* ecb, QByteArrayView kek)
{
    cipherctx::PreparedCipher& p = cipherctx::threadCipherContexts().ecbDecrypt[cipherctx::ThreadCipherContexts::slotFor(kek.size())];
    if (p.cipher != ecb || !p.ctx) {
        p.ctx.reset(EVP_CIPHER_CTX_new());
        if (!p.ctx || EVP_CipherInit_ex(p.ctx.get(), ecb, nullptr, nullptr, nullptr, 0) != 1
            || EVP_CIPHER_CTX_set_padding(p.ctx.get(), 0) != 1) {
            p.ctx.reset();
            return nullptr;
        }
        p.cipher = ecb;
    }
    if (EVP_CipherInit_ex(p.ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(kek.data()), nullptr, 0) != 1)
        return nullptr;
    return &p;
}

Error kekSizeError(qsizetype kekBytes)
{
    return Error(ErrorCode::InvalidArgument, Tr::tr("An AES key-wrap key must be 128, 192 or 256 bits long, not %1 bits.").arg(kekBytes * 8));
}

} // namespace

Result<QByteArray> wrap(QByteArrayView kek, QByteArrayView keyData)
{
    if (!wrapCipherFor(kek.size()))
        return kekSizeError(kek.size());
    if (keyData.size() < 16 || keyData.size() % 8 != 0)
        return Error(ErrorCode::InvalidArgument, Tr::tr("AES key wrap needs key data of at least 128 bits in 64-bit blocks (got %1 bytes).").arg(keyData.size()));
    ossl::CipherCtx ctx = startContext(kek, true);
    if (!ctx)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES key wrap."));
    QByteArray out(keyData.size() + 8, Qt::Uninitialized);
    int len = 0;
    if (EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, reinterpret_cast<const unsigned char*>(keyData.data()), int(keyData.size())) != 1
        || len != out.size())
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES key wrap failed."));
    return out;
}

Result<SecureBytes> unwrap(QByteArrayView kek, QByteArrayView wrapped)
{
    const EVP_CIPHER* ecb = ecbFor(kek.size());
    if (!ecb)
        return kekSizeError(kek.size());
    if (wrapped.size() < 24 || wrapped.size() % 8 != 0)
        return Error(ErrorCode::Malformed, Tr::tr("A wrapped key must be at least 24 bytes in 64-bit blocks (got %1 bytes).").arg(wrapped.size()));
    cipherctx::PreparedCipher* prepared = blockDecryptor(ecb, kek);
    if (!prepared)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES key unwrap."));
    EVP_CIPHER_CTX* const ctx = prepared->ctx.get();
    // RFC 3394 §2.2.2, index-based: R[1..n] are unwrapped in place in the output (secure memory);
    // the block B holds key data too, so it is wiped before it leaves the stack.
    const qsizetype n = wrapped.size() / 8 - 1;
    SecureBytes out(std::size_t(n * 8));
    std::memcpy(out.data(), wrapped.data() + 8, std::size_t(n * 8));
    unsigned char a[8];
    std::memcpy(a, wrapped.data(), 8);
    unsigned char b[16];
    bool ok = true;
    for (int j = 5; j >= 0 && ok; --j) {
        for (qsizetype i = n; i >= 1 && ok; --i) {
            const quint64 t = quint64(n) * quint64(j) + quint64(i);
            std::memcpy(b, a, 8);
            for (int k = 0; k < 8; ++k)
                b[7 - k] ^= static_cast<unsigned char>(t >> (8 * k));
            unsigned char* r = out.data() + (i - 1) * 8;
            std::memcpy(b + 8, r, 8);
            // EVP_Cipher goes straight to the provider's one-shot ECB (16 bytes written, or -1): no
            // update bookkeeping for 24 single blocks per key, which cost more than the AES itself.
            ok = EVP_Cipher(ctx, b, b, 16) == 16;
            std::memcpy(a, b, 8);
            std::memcpy(r, b + 8, 8);
        }
    }
    OPENSSL_cleanse(b, sizeof b);
    // The context outlives the call: the expanded KEK is overwritten now, or when the batch ends.
    if (cipherctx::wipeEachMessage())
        cipherctx::wipeKeySchedule(*prepared);
    if (!ok)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES key unwrap failed."));
    if (CRYPTO_memcmp(a, kDefaultIv, sizeof kDefaultIv) != 0)
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The wrapped key does not unwrap: the key-encryption key is wrong or the data was altered."));
    return out;
}

} // namespace keyward::core::aeskw
