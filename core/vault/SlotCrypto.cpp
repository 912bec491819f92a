// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlotCrypto.h"

#include "crypto/OpenSslError.h"
#include "crypto/Random.h"

#include <QCoreApplication>

#include <argon2.h>
#include <openssl/core_names.h>

namespace keyward::core::slotcrypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::SlotCrypto)
};

Result<KeyPair> generate(const char* algorithm)
{
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not generate a %1 key").arg(QLatin1String(algorithm)));
    ossl::PKey key(raw);
    KeyPair pair { SecureBytes(kKeySize), QByteArray(kKeySize, Qt::Uninitialized) };
    std::size_t privateSize = pair.privateKey.size();
    std::size_t publicSize = std::size_t(pair.publicKey.size());
    if (EVP_PKEY_get_raw_private_key(key.get(), pair.privateKey.data(), &privateSize) != 1
        || EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pair.publicKey.data()), &publicSize)
            != 1
        || privateSize != std::size_t(kKeySize) || publicSize != std::size_t(kKeySize))
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not read the new %1 key").arg(QLatin1String(algorithm)));
    return pair;
}

} // namespace

Result<SecureBytes> argon2id(const SecureBytes& passphrase, QByteArrayView salt, const KdfParams& params,
                             std::size_t outputSize)
{
    SecureBytes output(outputSize);
    const int rc = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism, passphrase.data(),
                                     passphrase.size(), salt.data(), std::size_t(salt.size()), output.data(),
                                     output.size());
    if (rc != ARGON2_OK)
        return Error(ErrorCode::Crypto,
                     Tr::tr("Argon2id failed: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    return output;
}

Result<SecureBytes> hkdfSha256(const SecureBytes& ikm, QByteArrayView salt, QByteArrayView info, std::size_t size)
{
    ossl::Kdf kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    ossl::KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("HKDF is not available"));
    char digest[] = "SHA256";
    static const unsigned char noSalt = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(ikm.data()), ikm.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                          salt.isEmpty() ? const_cast<unsigned char*>(&noSalt)
                                                         : reinterpret_cast<unsigned char*>(const_cast<char*>(salt.data())),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                          reinterpret_cast<unsigned char*>(const_cast<char*>(info.data())),
                                          std::size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes out(size);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("HKDF failed"));
    return out;
}

Result<Sealed> seal(const SecureBytes& key, QByteArrayView aad, const SecureBytes& plaintext)
{
    if (key.size() != std::size_t(kKeySize))
        return Error(ErrorCode::Internal, Tr::tr("AES-256-GCM needs a 256-bit key."));
    Sealed sealed { random::bytes(kNonceSize), QByteArray(plaintext.isize(), Qt::Uninitialized),
                    QByteArray(kTagSize, Qt::Uninitialized) };
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    auto* out = reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(),
                                    reinterpret_cast<const unsigned char*>(sealed.nonce.constData()), nullptr) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(aad.data()),
                             int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), out, &length, plaintext.data(), plaintext.isize()) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, sealed.tag.data()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES-256-GCM encryption failed"));
    return sealed;
}

Result<SecureBytes> open(const SecureBytes& key, QByteArrayView aad, const Sealed& sealed)
{
    if (key.size() != std::size_t(kKeySize) || sealed.nonce.size() != kNonceSize || sealed.tag.size() != kTagSize)
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The sealed value has the wrong shape."));
    SecureBytes plaintext(std::size_t(sealed.ciphertext.size()));
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    QByteArray tag = sealed.tag;
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(),
                                    reinterpret_cast<const unsigned char*>(sealed.nonce.constData()), nullptr) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(aad.data()),
                             int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), plaintext.data(), &length,
                             reinterpret_cast<const unsigned char*>(sealed.ciphertext.constData()),
                             int(sealed.ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("AES-256-GCM decryption failed"));
    // EVP_DecryptFinal_ex compares the tag in constant time.
    if (EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + length, &length) != 1) {
        ossl::drainErrors();
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The authentication tag does not match."));
    }
    return plaintext;
}

Result<KeyPair> generateX25519()
{
    return generate("X25519");
}

Result<KeyPair> generateEd25519()
{
    return generate("ED25519");
}

Result<SecureBytes> x25519(const SecureBytes& privateKey, QByteArrayView peerPublic)
{
    ossl::PKey self(EVP_PKEY_new_raw_private_key_ex(nullptr, "X25519", nullptr, privateKey.data(), privateKey.size()));
    ossl::PKey peer(EVP_PKEY_new_raw_public_key_ex(nullptr, "X25519", nullptr,
                                                   reinterpret_cast<const unsigned char*>(peerPublic.data()),
                                                   std::size_t(peerPublic.size())));
    if (!self || !peer)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Invalid X25519 key"));
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, self.get(), nullptr));
    SecureBytes shared(kKeySize);
    std::size_t size = shared.size();
    // OpenSSL refuses an all-zero shared secret (low-order peer point) in EVP_PKEY_derive.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &size) != 1 || size != shared.size())
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("X25519 key agreement failed"));
    return shared;
}

Result<QByteArray> rawPublicKey(const char* algorithm, const SecureBytes& rawPrivate)
{
    ossl::PKey key(
        EVP_PKEY_new_raw_private_key_ex(nullptr, algorithm, nullptr, rawPrivate.data(), rawPrivate.size()));
    QByteArray publicKey(kKeySize, Qt::Uninitialized);
    std::size_t size = std::size_t(publicKey.size());
    if (!key
        || EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(publicKey.data()), &size)
            != 1
        || size != std::size_t(kKeySize))
        return ossl::cryptoError(
            ErrorCode::Crypto, Tr::tr("Invalid %1 private key").arg(QLatin1String(algorithm)));
    return publicKey;
}

Result<ossl::PKey> ed25519PrivateKey(const SecureBytes& rawPrivate)
{
    ossl::PKey key(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, rawPrivate.data(), rawPrivate.size()));
    if (!key)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Invalid Ed25519 private key"));
    return key;
}

Result<QByteArray> ed25519Sign(EVP_PKEY* key, QByteArrayView payload)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    std::size_t size = 64;
    QByteArray signature(int(size), Qt::Uninitialized);
    // Ed25519 is a one-shot scheme: no digest is named and the whole message goes in at once.
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key, nullptr) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                          reinterpret_cast<const unsigned char*>(payload.data()), std::size_t(payload.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Ed25519 signing failed"));
    signature.resize(qsizetype(size));
    return signature;
}

bool ed25519Verify(QByteArrayView rawPublic, QByteArrayView payload, QByteArrayView signature)
{
    ossl::PKey key(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr,
                                                  reinterpret_cast<const unsigned char*>(rawPublic.data()),
                                                  std::size_t(rawPublic.size())));
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = key && ctx
        && EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            std::size_t(signature.size()), reinterpret_cast<const unsigned char*>(payload.data()),
                            std::size_t(payload.size()))
            == 1;
    ossl::drainErrors();
    return ok;
}

} // namespace keyward::core::slotcrypto
