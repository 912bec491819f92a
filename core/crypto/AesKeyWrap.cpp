// SPDX-License-Identifier: GPL-3.0-or-later
#include "AesKeyWrap.h"

#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>

namespace keyward::core::aeskw {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AesKeyWrap)
};

const EVP_CIPHER* cipherFor(qsizetype kekBytes)
{
    switch (kekBytes) {
    case 16:
        return fetched::cipher("AES-128-WRAP");
    case 24:
        return fetched::cipher("AES-192-WRAP");
    case 32:
        return fetched::cipher("AES-256-WRAP");
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
    if (EVP_CipherInit_ex(ctx.get(), cipherFor(kek.size()), nullptr, reinterpret_cast<const unsigned char*>(kek.data()), nullptr,
                          encrypting ? 1 : 0) != 1)
        ctx.reset();
    return ctx;
}

Error kekSizeError(qsizetype kekBytes)
{
    return Error(ErrorCode::InvalidArgument, Tr::tr("An AES key-wrap key must be 128, 192 or 256 bits long, not %1 bits.").arg(kekBytes * 8));
}

} // namespace

Result<QByteArray> wrap(QByteArrayView kek, QByteArrayView keyData)
{
    if (!cipherFor(kek.size()))
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
    if (!cipherFor(kek.size()))
        return kekSizeError(kek.size());
    if (wrapped.size() < 24 || wrapped.size() % 8 != 0)
        return Error(ErrorCode::Malformed, Tr::tr("A wrapped key must be at least 24 bytes in 64-bit blocks (got %1 bytes).").arg(wrapped.size()));
    ossl::CipherCtx ctx = startContext(kek, false);
    if (!ctx)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES key unwrap."));
    SecureBytes out(std::size_t(wrapped.size()));
    int len = 0;
    if (EVP_CipherUpdate(ctx.get(), out.data(), &len, reinterpret_cast<const unsigned char*>(wrapped.data()), int(wrapped.size())) != 1
        || len != wrapped.size() - 8) {
        ossl::drainErrors();
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The wrapped key does not unwrap: the key-encryption key is wrong or the data was altered."));
    }
    return SecureBytes(out.data(), std::size_t(len));
}

} // namespace keyward::core::aeskw
