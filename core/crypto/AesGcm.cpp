// SPDX-License-Identifier: GPL-3.0-or-later
#include "AesGcm.h"

#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslHandles.h"
#include "crypto/ThreadCipherContexts.h"

#include <QCoreApplication>

namespace keyward::core::aesgcm {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AesGcm)
};

const EVP_CIPHER* cipherFor(qsizetype keyBytes)
{
    // Fetched once: a built-in EVP_aes_*_gcm() object would be fetched again on every init.
    switch (keyBytes) {
    case 16:
        return fetched::cipher(fetched::Cipher::Aes128Gcm);
    case 24:
        return fetched::cipher(fetched::Cipher::Aes192Gcm);
    case 32:
        return fetched::cipher(fetched::Cipher::Aes256Gcm);
    default:
        return nullptr;
    }
}

Status checkParams(QByteArrayView key, QByteArrayView iv)
{
    if (!cipherFor(key.size()))
        return Error(ErrorCode::InvalidArgument, Tr::tr("An AES-GCM key must be 128, 192 or 256 bits long, not %1 bits.").arg(key.size() * 8));
    if (iv.size() != kIvBytes)
        return Error(ErrorCode::InvalidArgument, Tr::tr("An AES-GCM IV must be 96 bits long, not %1 bits.").arg(iv.size() * 8));
    return {};
}

bool feedAad(EVP_CIPHER_CTX* ctx, QByteArrayView aad, bool encrypting)
{
    int len = 0;
    if (aad.isEmpty())
        return true;
    const auto* p = reinterpret_cast<const unsigned char*>(aad.data());
    return encrypting ? EVP_EncryptUpdate(ctx, nullptr, &len, p, int(aad.size())) == 1
                      : EVP_DecryptUpdate(ctx, nullptr, &len, p, int(aad.size())) == 1;
}

// This thread's AES-GCM decryption context, keyed with `key` and `iv` (nullptr on failure).
// Re-initialising with a null cipher keeps the provider context and only sets the key and IV,
// which also restarts GHASH and the counter (see ThreadCipherContexts for why and for the wipe).
EVP_CIPHER_CTX* startDecryptor(cipherctx::PreparedCipher& p, QByteArrayView key, QByteArrayView iv)
{
    const EVP_CIPHER* cipher = cipherFor(key.size());
    if (p.cipher != cipher || !p.ctx) {
        p.cipher = nullptr;
        p.ctx.reset(EVP_CIPHER_CTX_new());
        if (!p.ctx || EVP_DecryptInit_ex(p.ctx.get(), cipher, nullptr, nullptr, nullptr) != 1) {
            p.ctx.reset();
            return nullptr;
        }
        p.cipher = cipher;
    }
    if (EVP_DecryptInit_ex(p.ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(key.data()),
                           reinterpret_cast<const unsigned char*>(iv.data()))
        != 1) {
        p.ctx.reset(); // its state is unknown: the next message builds a new one
        return nullptr;
    }
    return p.ctx.get();
}

// Decrypts into `out` (sized to the ciphertext); false when the tag does not verify.
Status decryptInto(unsigned char* out, QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                   QByteArrayView ciphertext, QByteArrayView tag)
{
    KEYWARD_TRY(checkParams(key, iv));
    // Built only on failure: translating a message costs more than decrypting a short message.
    const auto integrity = [] {
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The AES-GCM authentication tag does not match: the data or its key is wrong."));
    };
    if (tag.size() != kTagBytes)
        return integrity();
    cipherctx::PreparedCipher& prepared = cipherctx::threadCipherContexts().gcmDecrypt[cipherctx::ThreadCipherContexts::slotFor(key.size())];
    struct Wipe {
        cipherctx::PreparedCipher& p;
        ~Wipe()
        {
            if (cipherctx::wipeEachMessage())
                cipherctx::wipeKeySchedule(p);
        }
    } wipe {prepared};
    EVP_CIPHER_CTX* ctx = startDecryptor(prepared, key, iv);
    if (!ctx || !feedAad(ctx, aad, false))
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES-GCM decryption."));
    int len = 0;
    if (!ciphertext.isEmpty()
        && EVP_DecryptUpdate(ctx, out, &len, reinterpret_cast<const unsigned char*>(ciphertext.data()), int(ciphertext.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES-GCM decryption failed."));
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, const_cast<char*>(tag.data())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not set the AES-GCM tag."));
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx, out + len, &finalLen) != 1) {
        ossl::drainErrors();
        OPENSSL_cleanse(out, std::size_t(ciphertext.size()));
        return integrity();
    }
    return {};
}

} // namespace

Result<Sealed> encrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext)
{
    KEYWARD_TRY(checkParams(key, iv));
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipherFor(key.size()), nullptr, reinterpret_cast<const unsigned char*>(key.data()), reinterpret_cast<const unsigned char*>(iv.data())) != 1
        || !feedAad(ctx.get(), aad, true))
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES-GCM encryption."));
    Sealed sealed;
    sealed.ciphertext.resize(plaintext.size());
    int len = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &len,
                             reinterpret_cast<const unsigned char*>(plaintext.data()), int(plaintext.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES-GCM encryption failed."));
    int finalLen = 0;
    sealed.tag.resize(kTagBytes);
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()) + len, &finalLen) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, sealed.tag.data()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES-GCM encryption failed."));
    return sealed;
}

Result<QByteArray> decrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView ciphertext,
                           QByteArrayView tag)
{
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    KEYWARD_TRY(decryptInto(reinterpret_cast<unsigned char*>(out.data()), key, iv, aad, ciphertext, tag));
    return out;
}

Result<SecureBytes> decryptSecret(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                                  QByteArrayView ciphertext, QByteArrayView tag)
{
    SecureBytes out(std::size_t(ciphertext.size()));
    KEYWARD_TRY(decryptInto(out.data(), key, iv, aad, ciphertext, tag));
    return out;
}

} // namespace keyward::core::aesgcm
