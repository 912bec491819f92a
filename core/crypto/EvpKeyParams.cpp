// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvpKeyParams.h"

#include "crypto/OpenSslError.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>

#include <set>

namespace keyward::core::evp {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::evp", text);
}

ossl::BigNum toBn(QByteArrayView bytes)
{
    return ossl::BigNum(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()), int(bytes.size()), nullptr));
}

// Secret integers live in secure-heap BIGNUMs so OSSL_PARAM_BLD copies them into secure memory.
ossl::BigNum toSecretBn(const SecureBytes& bytes)
{
    ossl::BigNum bn(BN_secure_new());
    if (bn && !BN_bin2bn(bytes.data(), bytes.isize(), bn.get()))
        bn.reset();
    return bn;
}

Result<ossl::PKey> fromData(const char* type, int selection, OSSL_PARAM_BLD* bld, const QString& what)
{
    ossl::Params params(OSSL_PARAM_BLD_to_param(bld));
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &raw, selection, params.get()) <= 0)
        return ossl::cryptoError(ErrorCode::Malformed, tr("The %1 key is not valid").arg(what));
    ossl::drainErrors();
    return ossl::PKey(raw);
}

Status checkKey(EVP_PKEY* key, bool isPrivate, const QString& what)
{
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not check the %1 key").arg(what));
    if (EVP_PKEY_public_check(ctx.get()) != 1)
        return ossl::cryptoError(ErrorCode::WeakKey, tr("The %1 public key fails validation").arg(what));
    if (isPrivate && EVP_PKEY_pairwise_check(ctx.get()) != 1)
        return ossl::cryptoError(
            ErrorCode::Malformed, tr("The %1 private key does not match its public key").arg(what));
    ossl::drainErrors();
    return {};
}

bool isPrime(unsigned p)
{
    for (unsigned i = 2; i * i <= p; ++i)
        if (p % i == 0)
            return false;
    return true;
}

} // namespace

Result<ossl::PKey> buildRsa(const RsaComponents& rsa, RsaCheck check)
{
    ossl::ParamBld bld(OSSL_PARAM_BLD_new());
    const ossl::BigNum n = toBn(rsa.n);
    const ossl::BigNum e = toBn(rsa.e);
    if (!bld || !n || !e || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not prepare the RSA key"));
    const bool isPrivate = !rsa.d.isEmpty();
    const bool hasCrt = !rsa.p.isEmpty();
    ossl::BigNum d, p, q, dp, dq, qi;
    if (isPrivate) {
        d = toSecretBn(rsa.d);
        if (!d || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_D, d.get()))
            return ossl::cryptoError(ErrorCode::Crypto, tr("Could not prepare the RSA key"));
    }
    if (isPrivate && hasCrt) {
        p = toSecretBn(rsa.p);
        q = toSecretBn(rsa.q);
        dp = toSecretBn(rsa.dp);
        dq = toSecretBn(rsa.dq);
        qi = toSecretBn(rsa.qi);
        if (!p || !q || !dp || !dq || !qi
            || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, p.get())
            || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, q.get())
            || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, dp.get())
            || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, dq.get())
            || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qi.get()))
            return ossl::cryptoError(ErrorCode::Crypto, tr("Could not prepare the RSA key"));
    }
    const QString what = QStringLiteral("RSA");
    auto key = fromData("RSA", isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld.get(), what);
    if (!key.ok())
        return key;
    if (isPrivate && hasCrt && check == RsaCheck::Full) {
        // SP 800-56B pairwise check: n = p·q, d·e ≡ 1, CRT values consistent.
        KEYWARD_TRY(checkKey(key->get(), true, what));
    } else if (isPrivate) {
        // Without the CRT factors OpenSSL cannot run its pairwise check, and a stored key had it
        // at admission: test (2^e)^d ≡ 2 (mod n). (OpenSSL's CRT private operation verifies its
        // own result, so inconsistent CRT values in a stored key cannot leak a factor.)
        ossl::BigNum two(BN_new()), c(BN_new()), m(BN_secure_new());
        std::unique_ptr<BN_CTX, ossl::Deleter<BN_CTX_free>> bnCtx(BN_CTX_secure_new());
        if (!two || !c || !m || !bnCtx || !BN_set_word(two.get(), 2)
            || !BN_mod_exp(c.get(), two.get(), e.get(), n.get(), bnCtx.get())
            || !BN_mod_exp(m.get(), c.get(), d.get(), n.get(), bnCtx.get()))
            return ossl::cryptoError(ErrorCode::Crypto, tr("Could not check the RSA key"));
        if (BN_cmp(m.get(), two.get()) != 0)
            return Error(ErrorCode::Malformed, tr("The RSA private exponent does not match the public key"));
    }
    return key;
}

Result<ossl::PKey> buildEc(const char* groupName, QByteArrayView x, QByteArrayView y, const SecureBytes& d)
{
    QByteArray point;
    point.reserve(1 + x.size() + y.size());
    point.append('\x04').append(x).append(y); // SEC 1 uncompressed point
    ossl::ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName, 0)
        || !OSSL_PARAM_BLD_push_octet_string(
            bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())))
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not prepare the EC key"));
    ossl::BigNum priv;
    if (!d.isEmpty()) {
        priv = toSecretBn(d);
        if (!priv || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get()))
            return ossl::cryptoError(ErrorCode::Crypto, tr("Could not prepare the EC key"));
    }
    const QString what = QStringLiteral("EC %1").arg(QString::fromLatin1(groupName));
    auto key = fromData("EC", d.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR, bld.get(), what);
    if (!key.ok()) // the point did not decode: it is not on the curve
        return Error(ErrorCode::WeakKey, tr("The %1 public point is not on the curve").arg(what));
    KEYWARD_TRY(checkKey(key->get(), !d.isEmpty(), what));
    return key;
}

Result<ossl::PKey> buildOkp(const char* algName, QByteArrayView x, const SecureBytes& d)
{
    const QString what = QString::fromLatin1(algName);
    EVP_PKEY* raw = nullptr;
    if (d.isEmpty())
        raw = EVP_PKEY_new_raw_public_key_ex(
            nullptr, algName, nullptr, reinterpret_cast<const unsigned char*>(x.data()), size_t(x.size()));
    else
        raw = EVP_PKEY_new_raw_private_key_ex(nullptr, algName, nullptr, d.data(), d.size());
    ossl::PKey key(raw);
    if (!key)
        return ossl::cryptoError(ErrorCode::Malformed, tr("The %1 key is not valid").arg(what));
    if (!d.isEmpty() && rawPublic(key.get()) != x)
        return Error(ErrorCode::Malformed, tr("The %1 private key does not match its public key").arg(what));
    return key;
}

QByteArray bnParam(const EVP_PKEY* key, const char* name, int padTo)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        ossl::drainErrors();
        return QByteArray();
    }
    ossl::BigNum bn(raw);
    const int len = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    QByteArray out(qMax(len, 1), '\0');
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(out.data()), int(out.size())) < 0)
        return QByteArray();
    return out;
}

SecureBytes secretBnParam(const EVP_PKEY* key, const char* name, int padTo)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        ossl::drainErrors();
        return SecureBytes();
    }
    ossl::BigNum bn(raw);
    const int len = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    SecureBytes out(std::size_t(qMax(len, 1)));
    if (BN_bn2binpad(bn.get(), out.data(), out.isize()) < 0)
        return SecureBytes();
    return out;
}

bool hasParam(const EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) == 1) {
        BN_clear_free(raw);
        return true;
    }
    std::size_t len = 0;
    const bool octets = EVP_PKEY_get_octet_string_param(key, name, nullptr, 0, &len) == 1 && len > 0;
    ossl::drainErrors();
    return octets;
}

QByteArray rawPublic(const EVP_PKEY* key)
{
    std::size_t len = 0;
    if (EVP_PKEY_get_raw_public_key(key, nullptr, &len) != 1) {
        ossl::drainErrors();
        return QByteArray();
    }
    QByteArray out(qsizetype(len), '\0');
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &len) != 1)
        return QByteArray();
    return out;
}

SecureBytes rawPrivate(const EVP_PKEY* key)
{
    std::size_t len = 0;
    if (EVP_PKEY_get_raw_private_key(key, nullptr, &len) != 1) {
        ossl::drainErrors();
        return SecureBytes();
    }
    SecureBytes out(len);
    if (EVP_PKEY_get_raw_private_key(key, out.data(), &len) != 1)
        return SecureBytes();
    return out;
}

QString rsaPublicWeakness(QByteArrayView n, QByteArrayView e)
{
    const ossl::BigNum nBn = toBn(n);
    const ossl::BigNum eBn = toBn(e);
    if (!nBn || !eBn)
        return tr("the RSA key could not be read");
    if (BN_is_one(eBn.get()) || BN_is_zero(eBn.get()))
        return tr("the RSA public exponent is 1, so the key encrypts and signs nothing");
    if (!BN_is_odd(eBn.get()))
        return tr("the RSA public exponent is even");
    if (!BN_is_odd(nBn.get()))
        return tr("the RSA modulus is even");
    // ROCA (Nemec et al., CCS 2017): moduli from Infineon RSALib lie, modulo every small prime p,
    // in the subgroup generated by 65537. Every ROCA modulus has this property for all primes up
    // to 167 (the smallest primorial RSALib used); a random modulus almost never does.
    bool allInSubgroup = true;
    for (unsigned p = 3; p <= 167 && allInSubgroup; ++p) {
        if (!isPrime(p))
            continue;
        const BN_ULONG r = BN_mod_word(nBn.get(), p);
        std::set<BN_ULONG> subgroup;
        BN_ULONG g = 1;
        do {
            subgroup.insert(g);
            g = (g * (65537 % p)) % p;
        } while (g != 1);
        allInSubgroup = subgroup.count(r) != 0;
    }
    if (allInSubgroup)
        return tr("the RSA modulus has the ROCA fingerprint (CVE-2017-15361): its factors can be recovered");
    return QString();
}

} // namespace keyward::core::evp
