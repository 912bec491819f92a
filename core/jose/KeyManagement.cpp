// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyManagement.h"

#include "crypto/Digest.h"
#include "crypto/OpenSslError.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <vector>

namespace keyward::core::jose::keymgmt {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyManagement)
};

// Both hashes set explicitly: OpenSSL's MGF1 default is SHA-1 whatever the OAEP digest is, which
// would silently turn RSA-OAEP-256 into the non-JOSE pairing SHA-256/MGF1-SHA-1.
Status configureOaep(EVP_PKEY_CTX* ctx, int hashBits, QByteArrayView label)
{
    const char* md = digest::shaNameForBits(hashBits);
    if (!md)
        return Error(ErrorCode::InvalidArgument, Tr::tr("RSA-OAEP with SHA-%1 is not supported.").arg(hashBits));
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) != 1 || EVP_PKEY_CTX_set_rsa_oaep_md_name(ctx, md, nullptr) != 1
        || EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, md, nullptr) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not configure RSA-OAEP."));
    if (!label.isEmpty()) {
        // OpenSSL takes ownership of the label buffer.
        void* copy = OPENSSL_memdup(label.data(), std::size_t(label.size()));
        if (!copy || EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, int(label.size())) != 1) {
            OPENSSL_free(copy);
            return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not set the RSA-OAEP label."));
        }
    }
    return {};
}

bool isRsa(EVP_PKEY* key)
{
    return key && EVP_PKEY_is_a(key, "RSA");
}

// "EC:P-256", "X25519", … — equal strings mean the same group.
QByteArray groupOf(EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "X25519"))
        return QByteArrayLiteral("X25519");
    if (EVP_PKEY_is_a(key, "X448"))
        return QByteArrayLiteral("X448");
    if (EVP_PKEY_is_a(key, "EC")) {
        char name[64] = {};
        std::size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &len) == 1)
            return QByteArrayLiteral("EC:") + QByteArray(name, qsizetype(len));
    }
    return {};
}

} // namespace

Result<QByteArray> rsaOaepEncrypt(EVP_PKEY* publicKey, int hashBits, QByteArrayView plaintext, QByteArrayView label)
{
    if (!isRsa(publicKey))
        return Error(ErrorCode::KeyMismatch, Tr::tr("RSA-OAEP needs an RSA key."));
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, publicKey, nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start RSA-OAEP encryption."));
    KEYWARD_TRY(configureOaep(ctx.get(), hashBits, label));
    std::size_t outLen = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(plaintext.data());
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLen, in, std::size_t(plaintext.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("RSA-OAEP encryption failed."));
    QByteArray out(qsizetype(outLen), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLen, in, std::size_t(plaintext.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("RSA-OAEP encryption failed."));
    out.resize(qsizetype(outLen));
    return out;
}

Result<SecureBytes> rsaOaepDecrypt(EVP_PKEY* privateKey, int hashBits, QByteArrayView ciphertext, QByteArrayView label)
{
    if (!isRsa(privateKey))
        return Error(ErrorCode::KeyMismatch, Tr::tr("RSA-OAEP needs an RSA key."));
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, privateKey, nullptr));
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not start RSA-OAEP decryption."));
    KEYWARD_TRY(configureOaep(ctx.get(), hashBits, label));
    const std::size_t modulusBytes = std::size_t(EVP_PKEY_get_size(privateKey));
    SecureBytes buffer(modulusBytes);
    std::size_t outLen = modulusBytes;
    if (EVP_PKEY_decrypt(ctx.get(), buffer.data(), &outLen, reinterpret_cast<const unsigned char*>(ciphertext.data()),
                         std::size_t(ciphertext.size()))
        != 1) {
        ossl::drainErrors();
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The encrypted key does not decrypt with this RSA key."));
    }
    return SecureBytes(buffer.data(), outLen);
}

namespace {

// The derive contexts of the private keys this thread used last. A test run decrypts thousands of
// samples with a handful of keys; making a context (a provider lookup) and initialising it cost
// about a tenth of a P-256 agreement and a third of an X25519 one, so each thread prepares one per
// key and only swaps the peer in. With it goes a public key object on the same curve that each
// sample's encoded ephemeral point is decoded into: a fresh EVP_PKEY per sample (new key, group
// copy, key-type lookup by name, free) cost about as much as the rest of the JOSE layer together.
// A context holds a reference on its key, so a cached address cannot be reused by another key; the
// cache is small and dies with the thread (test runs use their own worker threads).
struct PreparedDerive {
    EVP_PKEY* key = nullptr;
    ossl::PKeyCtx ctx;
    ossl::PKey peer; // scratch: the last decoded peer (public values only)
    QByteArray group;
    bool x25519 = false;
    std::size_t secretBytes = 0;
    // Whether decoding a new point into `peer` is enough for `ctx` to derive with it: see
    // peerIsShared(). Known after the first sample; until then, and when not, the peer is set anew.
    enum class PeerBinding { Unknown, SetEachTime, Shared } binding = PeerBinding::Unknown;
    bool peerBound = false; // `peer` has been set as the peer of `ctx`
};
constexpr std::size_t kPreparedPerThread = 8;
thread_local std::vector<PreparedDerive> tlPrepared;

bool prepare(PreparedDerive& p, EVP_PKEY* own)
{
    p.key = own;
    p.group = groupOf(own);
    if (p.group.isEmpty())
        return false;
    p.ctx.reset(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
    if (!p.ctx || EVP_PKEY_derive_init(p.ctx.get()) != 1) {
        ossl::drainErrors();
        return false;
    }
    // The secret's size is the field size, known from the key alone.
    p.x25519 = p.group == "X25519";
    p.secretBytes = p.x25519 ? 32 : std::size_t((EVP_PKEY_get_bits(own) + 7) / 8);
    return true;
}

// The scratch peer of a prepared derive, made at first use: an X25519 public key (any u-coordinate
// will do until the first sample replaces it), or an EC key holding only the own key's group.
EVP_PKEY* scratchPeer(PreparedDerive& p)
{
    if (p.peer)
        return p.peer.get();
    if (p.x25519) {
        static constexpr unsigned char kBasePoint[32] = {9};
        p.peer.reset(EVP_PKEY_new_raw_public_key_ex(nullptr, "X25519", nullptr, kBasePoint, sizeof kBasePoint));
    } else if (p.group.startsWith("EC:")) {
        p.peer.reset(EVP_PKEY_new());
        if (p.peer && EVP_PKEY_copy_parameters(p.peer.get(), p.key) != 1)
            p.peer.reset();
    }
    if (!p.peer)
        ossl::drainErrors();
    return p.peer.get();
}

// Only long-lived recipient keys are cached: an ephemeral private key must not outlive its use.
PreparedDerive* preparedFor(EVP_PKEY* own)
{
    for (PreparedDerive& p : tlPrepared) {
        if (p.key == own)
            return &p;
    }
    PreparedDerive p;
    if (!prepare(p, own))
        return nullptr;
    if (tlPrepared.size() >= kPreparedPerThread)
        tlPrepared.erase(tlPrepared.begin());
    tlPrepared.push_back(std::move(p));
    return &tlPrepared.back();
}

Error lowOrderError()
{
    return Error(ErrorCode::PolicyRefused, Tr::tr("The ephemeral X25519 key is a low-order point (all-zero shared secret)."));
}

// The agreement into `out` (prepared.secretBytes long).
Status deriveInto(PreparedDerive& prepared, EVP_PKEY* peerPublic, unsigned char* out, bool setPeer = true)
{
    const bool x25519 = prepared.x25519;
    std::size_t len = prepared.secretBytes;
    if (setPeer && EVP_PKEY_derive_set_peer_ex(prepared.ctx.get(), peerPublic, 0) != 1)
        return ossl::cryptoError(ErrorCode::PolicyRefused, Tr::tr("ECDH key agreement with the ephemeral public key was refused."));
    if (EVP_PKEY_derive(prepared.ctx.get(), out, &len) != 1 || len != prepared.secretBytes) {
        ossl::drainErrors();
        // OpenSSL itself refuses an all-zero X25519 output; report it as what it is.
        if (x25519)
            return lowOrderError();
        return Error(ErrorCode::PolicyRefused, Tr::tr("ECDH key agreement with the ephemeral public key was refused."));
    }
    // Only X25519 has low-order points. On the prime-order NIST curves an all-zero x-coordinate is a
    // legitimate result of a validated point (Wycheproof "x**2 = 0" cases), not an attack.
    unsigned char acc = 0;
    for (std::size_t i = 0; i < len; ++i)
        acc |= out[i];
    if (x25519 && acc == 0)
        return lowOrderError();
    return {};
}

// Setting a peer on a derive context (EVP_PKEY_derive_set_peer_ex) compares the two keys' groups
// and moves key references: a tenth of what the JOSE layer adds to a P-256 agreement. OpenSSL 3's
// exchange keeps a reference to the peer's key object rather than a copy, so a point decoded into
// the same EVP_PKEY is the one the next derive uses. That is how OpenSSL behaves, not a documented
// promise, so it is checked once per prepared context against the documented route, with two
// points that need no sample (the key's own public point and a fresh key's); when the check fails
// each sample sets its peer as before.
bool peerIsShared(PreparedDerive& p)
{
    EVP_PKEY* peer = scratchPeer(p);
    auto other = generateEphemeral(p.key);
    if (!peer || !other.ok())
        return false;
    const auto encoded = [](EVP_PKEY* key) {
        unsigned char* bytes = nullptr;
        const std::size_t size = EVP_PKEY_get1_encoded_public_key(key, &bytes);
        QByteArray copy(reinterpret_cast<const char*>(bytes), qsizetype(size));
        OPENSSL_free(bytes);
        return copy;
    };
    const QByteArray first = encoded(p.key), second = encoded(other->get());
    const auto decode = [peer](const QByteArray& point) {
        return !point.isEmpty()
            && EVP_PKEY_set1_encoded_public_key(peer, reinterpret_cast<const unsigned char*>(point.constData()), std::size_t(point.size())) == 1;
    };
    SecureBytes secrets(3 * p.secretBytes);
    unsigned char* const withFirst = secrets.data();
    unsigned char* const inPlace = withFirst + p.secretBytes;
    unsigned char* const reference = inPlace + p.secretBytes;
    PreparedDerive fresh;
    const bool derived = decode(first) && deriveInto(p, peer, withFirst).ok() && decode(second)
        && deriveInto(p, peer, inPlace, false).ok() && prepare(fresh, p.key) && deriveInto(fresh, peer, reference).ok();
    p.peerBound = derived;
    ossl::drainErrors();
    return derived && CRYPTO_memcmp(inPlace, reference, p.secretBytes) == 0 && CRYPTO_memcmp(withFirst, reference, p.secretBytes) != 0;
}

Result<SecureBytes> derive(PreparedDerive& prepared, EVP_PKEY* peerPublic)
{
    SecureBytes secret(prepared.secretBytes);
    KEYWARD_TRY(deriveInto(prepared, peerPublic, secret.data()));
    return secret;
}

} // namespace

Result<SecureBytes> ecdhSharedSecret(EVP_PKEY* ownPrivate, EVP_PKEY* peerPublic)
{
    if (!ownPrivate || !peerPublic)
        return Error(ErrorCode::InvalidArgument, Tr::tr("ECDH needs both keys."));
    const QByteArray ownGroup = groupOf(ownPrivate);
    const QByteArray peerGroup = groupOf(peerPublic);
    if (ownGroup.isEmpty())
        return Error(ErrorCode::KeyMismatch, Tr::tr("ECDH needs an EC or X25519 key."));
    if (ownGroup != peerGroup)
        return Error(ErrorCode::KeyMismatch,
                     Tr::tr("The ephemeral public key is on %1 but the recipient key is on %2.")
                         .arg(QString::fromLatin1(peerGroup.isEmpty() ? QByteArray("another key type") : peerGroup),
                              QString::fromLatin1(ownGroup)));
    // X25519 has no invalid encodings (every 32 bytes is a u-coordinate); its bad points show up as
    // an all-zero shared secret. EC points get SP 800-56A §5.6.2.3.4 partial validation (not
    // the point at infinity, coordinates in range, on the curve) — complete for the cofactor-1 NIST
    // curves, where the full check's extra order test is a redundant scalar multiplication.
    if (ownGroup != "X25519") {
        ossl::PKeyCtx checkCtx(EVP_PKEY_CTX_new_from_pkey(nullptr, peerPublic, nullptr));
        if (!checkCtx || EVP_PKEY_public_check_quick(checkCtx.get()) != 1) {
            ossl::drainErrors();
            return Error(ErrorCode::PolicyRefused, Tr::tr("The ephemeral public key is not a valid point on %1.").arg(QString::fromLatin1(ownGroup.mid(3))));
        }
    }
    PreparedDerive once;
    if (!prepare(once, ownPrivate))
        return ossl::cryptoError(ErrorCode::PolicyRefused, Tr::tr("ECDH key agreement with the ephemeral public key was refused."));
    return derive(once, peerPublic);
}

Result<std::size_t> ecdhWithEncodedPeer(EVP_PKEY* ownPrivate, QByteArrayView encodedPeer, unsigned char* out, std::size_t outSize)
{
    PreparedDerive* prepared = ownPrivate ? preparedFor(ownPrivate) : nullptr;
    if (!prepared)
        return Error(ErrorCode::KeyMismatch, Tr::tr("ECDH needs an EC or X25519 key."));
    if (outSize < prepared->secretBytes)
        return Error(ErrorCode::InvalidArgument, Tr::tr("The buffer for the ECDH shared secret is too small."));
    EVP_PKEY* peer = scratchPeer(*prepared);
    if (!peer)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not decode the ephemeral key."));
    // X25519: every 32 bytes are a u-coordinate (its bad points show up as an all-zero secret).
    // EC: decoding the uncompressed point refuses coordinates out of range and points off the
    // curve — SP 800-56A partial validation, complete for the cofactor-1 NIST curves.
    if (prepared->binding == PreparedDerive::PeerBinding::Unknown)
        prepared->binding = peerIsShared(*prepared) ? PreparedDerive::PeerBinding::Shared : PreparedDerive::PeerBinding::SetEachTime;
    const std::size_t expected = prepared->x25519 ? 32 : 1 + 2 * prepared->secretBytes;
    if (std::size_t(encodedPeer.size()) != expected
        || EVP_PKEY_set1_encoded_public_key(peer, reinterpret_cast<const unsigned char*>(encodedPeer.data()), expected) != 1) {
        ossl::drainErrors();
        return Error(ErrorCode::PolicyRefused, Tr::tr("The ECDH-ES ephemeral key is not a point on %1.")
                                                   .arg(QString::fromLatin1(prepared->group.startsWith("EC:") ? prepared->group.mid(3) : prepared->group)));
    }
    const bool setPeer = prepared->binding != PreparedDerive::PeerBinding::Shared || !prepared->peerBound;
    prepared->peerBound = false; // until the peer is known to be set again
    KEYWARD_TRY(deriveInto(*prepared, peer, out, setPeer));
    prepared->peerBound = true;
    return prepared->secretBytes;
}

Result<ossl::PKey> generateEphemeral(EVP_PKEY* like)
{
    const QByteArray group = groupOf(like);
    ossl::PKey key;
    if (group == "X25519") {
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    } else if (group.startsWith("EC:")) {
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group.constData() + 3));
    } else {
        return Error(ErrorCode::KeyMismatch, Tr::tr("ECDH-ES needs an EC (P-256/384/521) or X25519 recipient key."));
    }
    if (!key)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not generate the ephemeral key."));
    return key;
}

Result<SecureBytes> pbkdf2(QByteArrayView password, QByteArrayView salt, quint32 iterations, int hashBits, int keyBytes)
{
    const char* md = digest::shaNameForBits(hashBits);
    if (!md || iterations == 0 || keyBytes <= 0)
        return Error(ErrorCode::InvalidArgument, Tr::tr("Unusable PBKDF2 parameters."));
    thread_local ossl::Kdf kdf(EVP_KDF_fetch(nullptr, "PBKDF2", nullptr));
    ossl::KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    // pkcs5 = 1 turns off the SP 800-132 minimums (salt ≥ 128 bits, ≥ 1000 iterations): JOSE
    // senders choose p2s and p2c, and the JWE layer applies its own policy to them.
    int pkcs5 = 1;
    unsigned int iter = iterations;
    const char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(password.isEmpty() ? &empty : password.data()),
                                          std::size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.isEmpty() ? &empty : salt.data()), std::size_t(salt.size())),
        OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>(md), 0),
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_PKCS5, &pkcs5),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes out{std::size_t(keyBytes)};
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("PBKDF2 key derivation failed."));
    return out;
}

} // namespace keyward::core::jose::keymgmt
