// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvpSign.h"

#include "crypto/Digest.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>

#include <openssl/ec.h>
#include <openssl/rsa.h>

namespace keyward::core::evpsign {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::evpsign", text);
}

using EcdsaSig = std::unique_ptr<ECDSA_SIG, ossl::Deleter<ECDSA_SIG_free>>;

int ecFieldBytes(EVP_PKEY* key)
{
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

// Sets up a one-shot sign or verify context with the JOSE parameters of the scheme.
Result<ossl::MdCtx> initContext(EVP_PKEY* key, Scheme scheme, int hashBits, bool signing)
{
    ossl::MdCtx md(EVP_MD_CTX_new());
    if (!md)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not allocate a signature context"));
    const char* digest = scheme == Scheme::Ed25519 ? nullptr : digest::shaNameForBits(hashBits);
    if (scheme != Scheme::Ed25519 && !digest)
        return Error(ErrorCode::UnsupportedAlg, tr("Unsupported signature hash size %1").arg(hashBits));
    EVP_PKEY_CTX* pctx = nullptr; // owned by md
    const int rc = signing ? EVP_DigestSignInit_ex(md.get(), &pctx, digest, nullptr, nullptr, key, nullptr)
                           : EVP_DigestVerifyInit_ex(md.get(), &pctx, digest, nullptr, nullptr, key, nullptr);
    if (rc != 1)
        return ossl::cryptoError(
            ErrorCode::KeyMismatch, tr("The key cannot be used for this signature algorithm"));
    if (scheme == Scheme::RsaPss) {
        // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash output.
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, digest, nullptr) != 1)
            return ossl::cryptoError(ErrorCode::Crypto, tr("Could not set the RSA-PSS parameters"));
    } else if (scheme == Scheme::RsaPkcs1) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
            return ossl::cryptoError(ErrorCode::Crypto, tr("Could not set the RSA padding"));
    }
    return md;
}

bool schemeFitsKey(EVP_PKEY* key, Scheme scheme)
{
    switch (scheme) {
    case Scheme::RsaPkcs1:
    case Scheme::RsaPss:
        return EVP_PKEY_is_a(key, "RSA");
    case Scheme::Ecdsa:
        return EVP_PKEY_is_a(key, "EC");
    case Scheme::Ed25519:
        return EVP_PKEY_is_a(key, "ED25519");
    }
    return false;
}

} // namespace

Result<QByteArray> sign(EVP_PKEY* key, Scheme scheme, int hashBits, QByteArrayView data)
{
    if (!key || !schemeFitsKey(key, scheme))
        return Error(ErrorCode::KeyMismatch, tr("The key type does not fit the signature algorithm"));
    auto md = initContext(key, scheme, hashBits, true);
    if (!md.ok())
        return md.error();
    const auto* in = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t len = 0;
    if (EVP_DigestSign(md->get(), nullptr, &len, in, std::size_t(data.size())) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Signing failed"));
    QByteArray out(qsizetype(len), '\0');
    if (EVP_DigestSign(
            md->get(), reinterpret_cast<unsigned char*>(out.data()), &len, in, std::size_t(data.size()))
        != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Signing failed"));
    out.resize(qsizetype(len));
    if (scheme == Scheme::Ecdsa)
        return ecdsaDerToP1363(out, ecFieldBytes(key));
    return out;
}

Status verify(EVP_PKEY* key, Scheme scheme, int hashBits, QByteArrayView data, QByteArrayView signature)
{
    if (!key || !schemeFitsKey(key, scheme))
        return Error(ErrorCode::KeyMismatch, tr("The key type does not fit the signature algorithm"));
    QByteArray sig = signature.toByteArray();
    if (scheme == Scheme::Ecdsa) {
        auto der = ecdsaP1363ToDer(signature, ecFieldBytes(key));
        if (!der.ok())
            return der.error();
        sig = *der;
    } else if (scheme != Scheme::Ed25519 && signature.size() != EVP_PKEY_get_size(key)) {
        return Error(ErrorCode::IntegrityFailure,
            tr("The RSA signature is %1 bytes; the key needs exactly %2")
                .arg(signature.size())
                .arg(EVP_PKEY_get_size(key)));
    }
    auto md = initContext(key, scheme, hashBits, false);
    if (!md.ok())
        return md.error();
    const int rc = EVP_DigestVerify(md->get(), reinterpret_cast<const unsigned char*>(sig.constData()),
        std::size_t(sig.size()), reinterpret_cast<const unsigned char*>(data.data()),
        std::size_t(data.size()));
    ossl::drainErrors();
    if (rc != 1)
        return Error(ErrorCode::IntegrityFailure, tr("The signature does not verify"));
    return {};
}

Result<QByteArray> ecdsaDerToP1363(QByteArrayView der, int fieldBytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return ossl::cryptoError(ErrorCode::Crypto, tr("OpenSSL returned an unreadable ECDSA signature"));
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray out(2 * fieldBytes, '\0');
    auto* buf = reinterpret_cast<unsigned char*>(out.data());
    if (BN_bn2binpad(r, buf, fieldBytes) < 0 || BN_bn2binpad(s, buf + fieldBytes, fieldBytes) < 0)
        return Error(ErrorCode::Crypto, tr("The ECDSA signature does not fit the curve size"));
    return out;
}

Result<QByteArray> ecdsaP1363ToDer(QByteArrayView p1363, int fieldBytes)
{
    // RFC 7518 §3.4: exactly 2 × the field size; any other length is an invalid signature.
    if (p1363.size() != 2 * fieldBytes)
        return Error(ErrorCode::IntegrityFailure,
            tr("The ECDSA signature is %1 bytes; the curve needs exactly %2")
                .arg(p1363.size())
                .arg(2 * fieldBytes));
    const auto* buf = reinterpret_cast<const unsigned char*>(p1363.data());
    ossl::BigNum r(BN_bin2bn(buf, fieldBytes, nullptr));
    ossl::BigNum s(BN_bin2bn(buf + fieldBytes, fieldBytes, nullptr));
    EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not build the ECDSA signature"));
    r.release(); // now owned by sig
    s.release();
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not encode the ECDSA signature"));
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace keyward::core::evpsign
