// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentEncryption.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>

#include <openssl/core_names.h>

#include <array>
#include <initializer_list>

namespace keyward::core::jose {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ContentEncryption)
};

const std::array<ContentAlgorithm, 6>& contentAlgorithms()
{
    static const std::array<ContentAlgorithm, 6> algorithms = {{
        {QStringLiteral("A128GCM"), true, 16, 12, 16},
        {QStringLiteral("A192GCM"), true, 24, 12, 16},
        {QStringLiteral("A256GCM"), true, 32, 12, 16},
        {QStringLiteral("A128CBC-HS256"), false, 32, 16, 16},
        {QStringLiteral("A192CBC-HS384"), false, 48, 16, 24},
        {QStringLiteral("A256CBC-HS512"), false, 64, 16, 32},
    }};
    return algorithms;
}

Error integrityError()
{
    return Error(ErrorCode::IntegrityFailure,
                 Tr::tr("The content does not authenticate: the ciphertext, its header, IV or tag was altered, or the key is wrong."));
}

const EVP_CIPHER* cbcCipher(int encKeyBytes)
{
    switch (encKeyBytes) {
    case 16:
        return fetched::cipher(fetched::Cipher::Aes128Cbc);
    case 24:
        return fetched::cipher(fetched::Cipher::Aes192Cbc);
    default:
        return fetched::cipher(fetched::Cipher::Aes256Cbc);
    }
}

// One HMAC over a list of pieces (no concatenation copy of a large ciphertext).
Result<QByteArray> hmacParts(int hashBits, QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    const char* digest = digest::shaNameForBits(hashBits);
    if (!digest)
        return Error(ErrorCode::InvalidArgument, Tr::tr("HMAC with SHA-%1 is not supported.").arg(hashBits));
    // EVP_MAC_fetch per call costs a provider lookup; cache the algorithm object per thread.
    thread_local ossl::Mac mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    ossl::MacCtx ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest), 0),
        OSSL_PARAM_construct_end(),
    };
    const unsigned char emptyKey = 0;
    if (!ctx
        || EVP_MAC_init(ctx.get(), key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char*>(key.data()), std::size_t(key.size()), params) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not compute the HMAC."));
    for (const QByteArrayView part : parts) {
        if (!part.isEmpty() && EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(part.data()), std::size_t(part.size())) != 1)
            return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not compute the HMAC."));
    }
    QByteArray out(hashBits / 8, Qt::Uninitialized);
    std::size_t outLen = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLen, std::size_t(out.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not compute the HMAC."));
    return out;
}

// HMAC(MAC_KEY, A ‖ IV ‖ E ‖ AL) truncated to the leading T_LEN bytes (RFC 7518 §5.2.2.1 steps 5-6).
Result<QByteArray> cbcHmacTag(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv, QByteArrayView aad,
                              QByteArrayView ciphertext)
{
    const int macKeyBytes = alg.cekBytes / 2;
    const quint64 aadBits = quint64(aad.size()) * 8;
    char al[8];
    for (int i = 0; i < 8; ++i)
        al[i] = char(aadBits >> (56 - 8 * i));
    auto full = hmacParts(macKeyBytes * 16, cek.view().first(macKeyBytes), {aad, iv, ciphertext, QByteArrayView(al, 8)});
    KEYWARD_TRY(full);
    QByteArray tag = full->left(alg.tagBytes);
    return tag;
}

Status checkSizes(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv)
{
    if (cek.isize() != alg.cekBytes)
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 needs a %2-bit content encryption key, not %3 bits.").arg(alg.name).arg(alg.cekBytes * 8).arg(cek.isize() * 8));
    if (iv.size() != alg.ivBytes)
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 needs a %2-bit IV, not %3 bits.").arg(alg.name).arg(alg.ivBytes * 8).arg(iv.size() * 8));
    return {};
}

Result<ContentCiphertext> encryptCbcHmac(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv,
                                         QByteArrayView aad, QByteArrayView plaintext)
{
    const int half = alg.cekBytes / 2;
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cbcCipher(half), nullptr, cek.data() + half, reinterpret_cast<const unsigned char*>(iv.data())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES-CBC encryption."));
    ContentCiphertext out;
    out.ciphertext.resize(plaintext.size() + 16);
    int len = 0;
    int finalLen = 0;
    auto* dst = reinterpret_cast<unsigned char*>(out.ciphertext.data());
    if ((!plaintext.isEmpty()
         && EVP_EncryptUpdate(ctx.get(), dst, &len, reinterpret_cast<const unsigned char*>(plaintext.data()), int(plaintext.size())) != 1)
        || EVP_EncryptFinal_ex(ctx.get(), dst + len, &finalLen) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES-CBC encryption failed."));
    out.ciphertext.resize(len + finalLen);
    auto tag = cbcHmacTag(alg, cek, iv, aad, out.ciphertext);
    KEYWARD_TRY(tag);
    out.tag = std::move(tag).value();
    return out;
}

Result<QByteArray> decryptCbcHmac(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv,
                                  QByteArrayView aad, QByteArrayView ciphertext, QByteArrayView tag)
{
    // MAC first (encrypt-then-MAC): nothing is decrypted, and no padding is looked at, before the
    // tag verified — so padding errors can never be told apart from MAC errors.
    auto expected = cbcHmacTag(alg, cek, iv, aad, ciphertext);
    KEYWARD_TRY(expected);
    if (!constantTimeEquals(expected.value(), tag))
        return integrityError();
    if (ciphertext.isEmpty() || ciphertext.size() % 16 != 0)
        return integrityError();
    const int half = alg.cekBytes / 2;
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cbcCipher(half), nullptr, cek.data() + half, reinterpret_cast<const unsigned char*>(iv.data())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start AES-CBC decryption."));
    QByteArray plain(ciphertext.size(), Qt::Uninitialized);
    auto* dst = reinterpret_cast<unsigned char*>(plain.data());
    int len = 0;
    int finalLen = 0;
    if (EVP_DecryptUpdate(ctx.get(), dst, &len, reinterpret_cast<const unsigned char*>(ciphertext.data()), int(ciphertext.size())) != 1
        || EVP_DecryptFinal_ex(ctx.get(), dst + len, &finalLen) != 1) {
        ossl::drainErrors();
        secureWipe(plain);
        return integrityError();
    }
    plain.resize(len + finalLen);
    return plain;
}

} // namespace

Result<QByteArray> hmacSha2(int hashBits, QByteArrayView key, QByteArrayView data)
{
    return hmacParts(hashBits, key, {data});
}

const ContentAlgorithm* contentAlgorithm(QStringView enc)
{
    for (const auto& alg : contentAlgorithms()) {
        if (alg.name == enc)
            return &alg;
    }
    return nullptr;
}

Result<ContentCiphertext> encryptContent(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv,
                                         QByteArrayView aad, QByteArrayView plaintext)
{
    KEYWARD_TRY(checkSizes(alg, cek, iv));
    if (!alg.gcm)
        return encryptCbcHmac(alg, cek, iv, aad, plaintext);
    auto sealed = aesgcm::encrypt(cek.view(), iv, aad, plaintext);
    KEYWARD_TRY(sealed);
    return ContentCiphertext{std::move(sealed->ciphertext), std::move(sealed->tag)};
}

Result<QByteArray> decryptContent(const ContentAlgorithm& alg, const SecureBytes& cek, QByteArrayView iv,
                                  QByteArrayView aad, QByteArrayView ciphertext, QByteArrayView tag)
{
    if (cek.isize() != alg.cekBytes)
        return checkSizes(alg, cek, iv).error();
    if (iv.size() != alg.ivBytes || tag.size() != alg.tagBytes)
        return integrityError();
    if (!alg.gcm)
        return decryptCbcHmac(alg, cek, iv, aad, ciphertext, tag);
    auto plain = aesgcm::decrypt(cek.view(), iv, aad, ciphertext, tag);
    if (!plain.ok() && plain.code() == ErrorCode::IntegrityFailure)
        return integrityError();
    return plain;
}

} // namespace keyward::core::jose
