// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemCodec.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>

#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace keyward::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::PemCodec", text);
}

using DecoderCtx = std::unique_ptr<OSSL_DECODER_CTX, ossl::Deleter<OSSL_DECODER_CTX_free>>;
using EncoderCtx = std::unique_ptr<OSSL_ENCODER_CTX, ossl::Deleter<OSSL_ENCODER_CTX_free>>;
using Pkcs8Info = std::unique_ptr<PKCS8_PRIV_KEY_INFO, ossl::Deleter<PKCS8_PRIV_KEY_INFO_free>>;
using Pkcs8Sig = std::unique_ptr<X509_SIG, ossl::Deleter<X509_SIG_free>>;
using Algor = std::unique_ptr<X509_ALGOR, ossl::Deleter<X509_ALGOR_free>>;

// Nothing but PEM armour, certificates and keys is read; 1 MiB covers a long certificate chain.
constexpr qsizetype kMaxPemBytes = 1024 * 1024;

QByteArray firstLabel(QByteArrayView pem)
{
    const QByteArrayView begin("-----BEGIN ");
    const qsizetype at = pem.indexOf(begin);
    if (at < 0)
        return QByteArray();
    const qsizetype start = at + begin.size();
    const qsizetype end = pem.indexOf(QByteArrayView("-----"), start);
    return end < 0 ? QByteArray() : pem.sliced(start, end - start).toByteArray();
}

ossl::Bio memBio(QByteArrayView data)
{
    return ossl::Bio(BIO_new_mem_buf(data.data(), int(data.size())));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

Result<Jwk> keyFromPkey(EVP_PKEY* raw)
{
    auto jwk = Jwk::fromPkey(ossl::PKey(raw));
    if (!jwk.ok() && jwk.code() == ErrorCode::InvalidArgument)
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::PemCodec", "The PEM block holds no key"));
    return jwk;
}

Result<ossl::X509Ptr> readCertificate(BIO* bio, bool pem)
{
    X509* cert = pem ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : d2i_X509_bio(bio, nullptr);
    if (!cert)
        return ossl::cryptoError(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::PemCodec", "The certificate cannot be read"));
    return ossl::X509Ptr(cert);
}

QString certificateBase64(X509* cert)
{
    unsigned char* der = nullptr;
    const int len = i2d_X509(cert, &der);
    if (len <= 0)
        return QString();
    const QString out = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(der), len).toBase64());
    OPENSSL_free(der);
    return out;
}

template <typename T, auto FreeFn>
std::unique_ptr<T, ossl::Deleter<FreeFn>> unpack(const ASN1_ITEM* item, const X509_ALGOR* alg)
{
    const void* value = nullptr;
    int type = 0;
    X509_ALGOR_get0(nullptr, &type, &value, alg);
    if (type != V_ASN1_SEQUENCE || !value)
        return nullptr;
    ASN1_TYPE wrapper {};
    wrapper.type = V_ASN1_SEQUENCE;
    wrapper.value.sequence = static_cast<ASN1_STRING*>(const_cast<void*>(value));
    return std::unique_ptr<T, ossl::Deleter<FreeFn>>(
        static_cast<T*>(ASN1_TYPE_unpack_sequence(item, &wrapper)));
}

bool above(const ASN1_INTEGER* value, uint64_t cap)
{
    uint64_t v = 0;
    return !value || ASN1_INTEGER_get_uint64(&v, value) != 1 || v > cap;
}

// An encrypted key names its own KDF cost: a hostile file could ask for 2^31 PBKDF2 iterations
// or a huge scrypt N·r·p and stall the import. Read the parameters before decrypting and refuse
// costs far above what any tool writes (SPEC §6: refused fast, in bounded time and memory).
Status checkPbeCost(QByteArrayView pem)
{
    constexpr uint64_t kMaxIterations = 10'000'000;
    ossl::Bio bio = memBio(pem);
    Pkcs8Sig sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!sig) {
        ossl::drainErrors();
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::PemCodec", "The encrypted private key is damaged"));
    }
    const X509_ALGOR* alg = nullptr;
    X509_SIG_get0(sig.get(), &alg, nullptr);
    const ASN1_OBJECT* algObject = nullptr;
    X509_ALGOR_get0(&algObject, nullptr, nullptr, alg);
    if (OBJ_obj2nid(algObject) != NID_pbes2) {
        auto pbe = unpack<PBEPARAM, PBEPARAM_free>(ASN1_ITEM_rptr(PBEPARAM), alg);
        if (!pbe || above(pbe->iter, kMaxIterations))
            return Error(ErrorCode::PolicyRefused,
                QCoreApplication::translate(
                    "keyward::core::PemCodec", "The key encryption parameters are unreadable or too costly"));
        return {};
    }
    auto pbe2 = unpack<PBE2PARAM, PBE2PARAM_free>(ASN1_ITEM_rptr(PBE2PARAM), alg);
    if (!pbe2 || !pbe2->keyfunc)
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate(
                "keyward::core::PemCodec", "The PBES2 parameters of the encrypted key are damaged"));
    const ASN1_OBJECT* kdfObject = nullptr;
    X509_ALGOR_get0(&kdfObject, nullptr, nullptr, pbe2->keyfunc);
    const int kdf = OBJ_obj2nid(kdfObject);
    if (kdf == NID_id_pbkdf2) {
        auto params = unpack<PBKDF2PARAM, PBKDF2PARAM_free>(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc);
        if (!params || above(params->iter, kMaxIterations))
            return Error(ErrorCode::PolicyRefused,
                QCoreApplication::translate("keyward::core::PemCodec",
                    "The encrypted key asks for more than %1 PBKDF2 iterations; refused")
                    .arg(kMaxIterations));
        return {};
    }
    if (kdf == NID_id_scrypt) {
        auto params = unpack<SCRYPT_PARAMS, SCRYPT_PARAMS_free>(ASN1_ITEM_rptr(SCRYPT_PARAMS), pbe2->keyfunc);
        if (!params || above(params->costParameter, uint64_t(1) << 20) || above(params->blockSize, 32)
            || above(params->parallelizationParameter, 16))
            return Error(ErrorCode::PolicyRefused,
                QCoreApplication::translate("keyward::core::PemCodec",
                    "The encrypted key asks for an scrypt cost above N=2^20, r=32, p=16; refused"));
        return {};
    }
    return Error(ErrorCode::UnsupportedAlg,
        QCoreApplication::translate(
            "keyward::core::PemCodec", "The encrypted key uses an unsupported key derivation"));
}

} // namespace

PemCodec::Kind PemCodec::detect(QByteArrayView pem)
{
    const QByteArray label = firstLabel(pem);
    if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY")
        return Kind::PublicKey;
    if (label == "ENCRYPTED PRIVATE KEY")
        return Kind::EncryptedPrivateKey;
    if (label == "PRIVATE KEY" || label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY") {
        // Traditional keys encrypt with a Proc-Type header (RFC 1421) instead of a new label.
        return pem.indexOf(QByteArrayView("Proc-Type: 4,ENCRYPTED")) >= 0 ? Kind::EncryptedPrivateKey
                                                                          : Kind::PrivateKey;
    }
    if (label == "CERTIFICATE" || label == "TRUSTED CERTIFICATE")
        return Kind::Certificate;
    return Kind::Unknown;
}

Result<Jwk> PemCodec::importPem(QByteArrayView pem, const SecureBytes& passphrase)
{
    if (pem.size() > kMaxPemBytes)
        return Error(ErrorCode::PolicyRefused, tr("The PEM file is larger than %1 bytes").arg(kMaxPemBytes));
    const Kind kind = detect(pem);
    switch (kind) {
    case Kind::Unknown: {
        const QByteArray label = firstLabel(pem);
        if (label.isEmpty())
            return Error(ErrorCode::Malformed, tr("No PEM block (-----BEGIN ...-----) was found"));
        return Error(ErrorCode::Malformed,
            tr("A \"%1\" PEM block is not a key or certificate Keyward can import")
                .arg(QString::fromLatin1(label.left(40))));
    }
    case Kind::Certificate:
        return importCertificate(pem);
    case Kind::EncryptedPrivateKey:
        if (passphrase.isEmpty())
            return Error(
                ErrorCode::InvalidArgument, tr("The private key is encrypted: a passphrase is needed"));
        if (firstLabel(pem) == "ENCRYPTED PRIVATE KEY")
            KEYWARD_TRY(checkPbeCost(pem));
        break;
    case Kind::PublicKey:
    case Kind::PrivateKey:
        break;
    }

    EVP_PKEY* raw = nullptr;
    const int selection = kind == Kind::PublicKey ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR;
    DecoderCtx ctx(OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, nullptr, selection, nullptr, nullptr));
    if (!ctx)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not set up the PEM decoder"));
    if (kind == Kind::EncryptedPrivateKey
        && OSSL_DECODER_CTX_set_passphrase(ctx.get(), passphrase.data(), passphrase.size()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not pass the passphrase to the decoder"));
    const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
    std::size_t len = std::size_t(pem.size());
    if (OSSL_DECODER_from_data(ctx.get(), &data, &len) != 1 || !raw) {
        EVP_PKEY_free(raw);
        if (kind == Kind::EncryptedPrivateKey)
            return ossl::cryptoError(ErrorCode::AuthenticationFailed,
                tr("The private key does not decrypt: wrong passphrase or damaged file"));
        return ossl::cryptoError(
            ErrorCode::Malformed, tr("The PEM key is damaged or of an unsupported type"));
    }
    ossl::drainErrors();
    return keyFromPkey(raw);
}

Result<Jwk> PemCodec::importCertificate(QByteArrayView input)
{
    if (input.size() > kMaxPemBytes)
        return Error(
            ErrorCode::PolicyRefused, tr("The certificate file is larger than %1 bytes").arg(kMaxPemBytes));
    const bool pem = !firstLabel(input).isEmpty();
    ossl::Bio bio = memBio(input);
    QStringList chain;
    ossl::X509Ptr leaf;
    while (true) {
        auto cert = readCertificate(bio.get(), pem);
        if (!cert.ok()) {
            if (chain.isEmpty())
                return cert.error();
            ossl::drainErrors(); // end of the chain
            break;
        }
        chain << certificateBase64(cert->get());
        if (!leaf)
            leaf = std::move(*cert);
        if (!pem)
            break;
    }
    auto jwk = keyFromPkey(X509_get_pubkey(leaf.get()));
    if (!jwk.ok())
        return jwk.error();
    return jwk->withX5c(chain);
}

Result<QByteArray> PemCodec::exportPublicPem(const Jwk& key)
{
    if (key.isNull() || !key.pkey())
        return Error(ErrorCode::KeyMismatch, tr("Only RSA, EC and OKP keys have a PEM public key"));
    EncoderCtx ctx(OSSL_ENCODER_CTX_new_for_pkey(
        key.pkey(), EVP_PKEY_PUBLIC_KEY, "PEM", "SubjectPublicKeyInfo", nullptr));
    unsigned char* out = nullptr;
    std::size_t len = 0;
    if (!ctx || OSSL_ENCODER_to_data(ctx.get(), &out, &len) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not encode the public key"));
    QByteArray pem(reinterpret_cast<const char*>(out), qsizetype(len));
    OPENSSL_free(out);
    return pem;
}

Result<SecureBytes> PemCodec::exportPrivatePem(const Jwk& key)
{
    if (key.isNull() || !key.pkey() || !key.hasPrivate())
        return Error(ErrorCode::KeyMismatch, tr("There is no private RSA, EC or OKP key to export"));
    EncoderCtx ctx(
        OSSL_ENCODER_CTX_new_for_pkey(key.pkey(), EVP_PKEY_KEYPAIR, "PEM", "PrivateKeyInfo", nullptr));
    unsigned char* out = nullptr;
    std::size_t len = 0;
    if (!ctx || OSSL_ENCODER_to_data(ctx.get(), &out, &len) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not encode the private key"));
    SecureBytes pem(out, len);
    OPENSSL_clear_free(out, len);
    return pem;
}

Result<QByteArray> PemCodec::exportEncryptedPrivatePem(
    const Jwk& key, const SecureBytes& passphrase, const EncryptionParams& params)
{
    if (key.isNull() || !key.pkey() || !key.hasPrivate())
        return Error(ErrorCode::KeyMismatch, tr("There is no private RSA, EC or OKP key to export"));
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An encrypted export needs a passphrase"));
    Pkcs8Info info(EVP_PKEY2PKCS8(key.pkey()));
    if (!info)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not encode the private key"));
    Algor pbe(params.pbe == Pbe::ScryptAes256Cbc
            ? PKCS5_pbe2_set_scrypt(
                EVP_aes_256_cbc(), nullptr, 0, nullptr, uint64_t(1) << params.scryptLog2N, 8, 1)
            : PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), params.pbkdf2Iterations, nullptr, 0, nullptr,
                NID_hmacWithSHA256, nullptr));
    if (!pbe)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not set up the key encryption"));
    Pkcs8Sig sig(PKCS8_set0_pbe(passphrase.constChars(), passphrase.isize(), info.get(), pbe.get()));
    if (!sig)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not encrypt the private key"));
    pbe.release(); // owned by sig now
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), sig.get()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, tr("Could not write the encrypted private key"));
    return bioBytes(bio.get());
}

} // namespace keyward::core
