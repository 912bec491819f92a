// SPDX-License-Identifier: GPL-3.0-or-later
#include "JweKeyManagement.h"

#include "common/Base64Url.h"
#include "crypto/AesGcm.h"
#include "crypto/AesKeyWrap.h"
#include "crypto/ConcatKdf.h"
#include "crypto/OpenSslError.h"
#include "crypto/Random.h"
#include "jose/KeyManagement.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVarLengthArray>

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <cstring>

namespace keyward::core::jose {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JweKeyManagement)
};

constexpr quint32 kDefaultP2c = 600000;
constexpr int kMinSaltBytes = 8; // RFC 7518 §4.8.1.1

// A base64url header parameter, strictly decoded. Absent → empty (or Malformed when required).
// Every token has several of these (epk x/y, apu, apv), so the text is decoded where it lies.
Result<QByteArray> headerBytes(const JweHeader& header, QLatin1StringView name, bool required)
{
    const JweHeader::Kind kind = header.kind(name);
    if (kind == JweHeader::Kind::Absent) {
        if (required)
            return Error(ErrorCode::Malformed, Tr::tr("The JWE header has no \"%1\" parameter, which its \"alg\" needs.").arg(name));
        return QByteArray();
    }
    if (kind != JweHeader::Kind::String)
        return Error(ErrorCode::Malformed, Tr::tr("The JWE header parameter \"%1\" is not a string.").arg(name));
    QVarLengthArray<char, 256> storage;
    auto bytes = base64url::decode(header.latin1(name, storage));
    if (!bytes.ok())
        return Error(ErrorCode::Malformed, Tr::tr("The JWE header parameter \"%1\" is not strict base64url: %2").arg(name, bytes.message()));
    return bytes;
}

Status requireNoEncryptedKey(const AlgorithmInfo& alg, const QByteArray& encryptedKey)
{
    if (!encryptedKey.isEmpty())
        return Error(ErrorCode::Malformed, Tr::tr("\"%1\" uses no encrypted key, but the JWE carries one.").arg(alg.name));
    return {};
}

struct EpkCurve {
    Curve curve;
    const char* crv;
    const char* group; // OpenSSL group name
    int fieldBytes;
};

constexpr EpkCurve kEpkCurves[] = {
    {Curve::P256, "P-256", "prime256v1", 32},
    {Curve::P384, "P-384", "secp384r1", 48},
    {Curve::P521, "P-521", "secp521r1", 66},
    {Curve::X25519, "X25519", "X25519", 32},
};

// Decodes a coordinate into `out` (`bytes` long) where it lies; anything else is decoded again
// the general way, which says what is wrong with it.
Status epkCoordinate(const JweHeader& epk, QLatin1StringView name, int bytes, unsigned char* out)
{
    if (epk.kind(name) == JweHeader::Kind::String) {
        QVarLengthArray<char, 256> storage;
        const QByteArrayView text = epk.latin1(name, storage);
        if (base64url::decodedSize(text.size()) == bytes && base64url::decodeInto(text, out))
            return {};
    }
    auto value = headerBytes(epk, name, true);
    if (!value.ok())
        return Error(ErrorCode::Malformed, Tr::tr("The ECDH-ES \"epk\" member \"%1\" is missing or not strict base64url.").arg(name));
    if (value->size() != bytes)
        return Error(ErrorCode::Malformed, Tr::tr("The ECDH-ES \"epk\" member \"%1\" must be %2 bytes long.").arg(name).arg(bytes));
    std::memcpy(out, value->constData(), std::size_t(bytes));
    return {};
}

} // namespace

namespace {

// The encoded public point of an `epk` (X25519: 32 bytes; EC: 0x04 ‖ x ‖ y), checked for shape
// and curve; whether it lies on the curve is for the decoder (keymgmt) to say.
struct EpkPoint {
    const EpkCurve* curve = nullptr;
    unsigned char bytes[1 + 2 * 66] = {};
    std::size_t size = 0;
    QByteArrayView view() const { return QByteArrayView(bytes, qsizetype(size)); }
};

Error noEpkObject()
{
    return Error(ErrorCode::Malformed, Tr::tr("The ECDH-ES header has no \"epk\" object."));
}

// `epk`: the header's "epk" object.
Result<EpkPoint> epkPoint(const JweHeader& epk, const Jwk& recipient)
{
    if (epk.contains(QLatin1StringView("d")))
        return Error(ErrorCode::Malformed, Tr::tr("The ECDH-ES \"epk\" contains a private key."));
    // Compared as bytes where they lie (a non-string reads as empty, which matches nothing);
    // turned into text only for a message.
    const QLatin1StringView ktyName("kty"), crvName("crv");
    QVarLengthArray<char, 256> ktyStorage, crvStorage;
    const QByteArrayView kty = epk.kind(ktyName) == JweHeader::Kind::String ? epk.latin1(ktyName, ktyStorage) : QByteArrayView();
    const QByteArrayView crv = epk.kind(crvName) == JweHeader::Kind::String ? epk.latin1(crvName, crvStorage) : QByteArrayView();
    const EpkCurve* curve = nullptr;
    for (const EpkCurve& c : kEpkCurves) {
        if (crv == QByteArrayView(c.crv))
            curve = &c;
    }
    const bool okp = kty == QByteArrayView("OKP");
    if (!curve || (!okp && kty != QByteArrayView("EC")) || okp != (curve->curve == Curve::X25519))
        return Error(ErrorCode::PolicyRefused, Tr::tr("The ECDH-ES ephemeral key (kty \"%1\", crv \"%2\") is not an EC P-256/384/521 or X25519 key.")
                                                   .arg(epk.string(ktyName), epk.string(crvName)));
    if (curve->curve != recipient.curve())
        return Error(ErrorCode::PolicyRefused, Tr::tr("The ECDH-ES ephemeral key is on %1 but the recipient key is on %2.")
                                                   .arg(epk.string(crvName), curveName(recipient.curve())));
    EpkPoint point;
    point.curve = curve;
    // X25519: the u-coordinate; EC: 0x04 ‖ x ‖ y.
    KEYWARD_TRY(epkCoordinate(epk, QLatin1StringView("x"), curve->fieldBytes, okp ? point.bytes : point.bytes + 1));
    if (okp) {
        if (epk.contains(QLatin1StringView("y")))
            return Error(ErrorCode::Malformed, Tr::tr("An X25519 \"epk\" has no \"y\" member."));
        point.size = std::size_t(curve->fieldBytes);
        return point;
    }
    KEYWARD_TRY(epkCoordinate(epk, QLatin1StringView("y"), curve->fieldBytes, point.bytes + 1 + curve->fieldBytes));
    point.bytes[0] = 0x04;
    point.size = std::size_t(1 + 2 * curve->fieldBytes);
    return point;
}

} // namespace

// The `epk` header parameter as an EVP_PKEY on the recipient key's curve, with exactly the
// validation ECDH needs: a curve that matches the recipient's, the point decoded onto the curve
// (OpenSSL refuses points off it) and SP 800-56A partial public-key validation
// (ecdhSharedSecret). A full JWK import (Jwk::fromJson) would add an order check — a whole scalar
// multiplication — that the cofactor-1 NIST curves do not need. The decrypt path itself does not
// build a key per sample: it decodes the same point into a per-thread key (recoverEcdh).
Result<ossl::PKey> ecdhEphemeralKey(const QJsonValue& value, const Jwk& recipient)
{
    if (!value.isObject())
        return noEpkObject();
    auto point = epkPoint(JweHeader(value.toObject()), recipient);
    KEYWARD_TRY(point);
    const EpkCurve& curve = *point->curve;
    if (curve.curve == Curve::X25519) {
        ossl::PKey key(EVP_PKEY_new_raw_public_key_ex(nullptr, "X25519", nullptr, point->bytes, point->size));
        if (!key)
            return ossl::cryptoError(ErrorCode::PolicyRefused, Tr::tr("The X25519 ephemeral key is refused."));
        return key;
    }
    // The group comes from the recipient key (same curve, checked above): building it from its
    // name would recreate its precomputed tables. Setting the encoded point decodes it onto the
    // curve and refuses it when it is not there.
    ossl::PKey key(EVP_PKEY_new());
    if (!key || EVP_PKEY_copy_parameters(key.get(), recipient.pkey()) != 1)
        return ossl::cryptoError(ErrorCode::Crypto, Tr::tr("Could not decode the ephemeral key."));
    if (EVP_PKEY_set1_encoded_public_key(key.get(), point->bytes, point->size) != 1)
        return ossl::cryptoError(ErrorCode::PolicyRefused, Tr::tr("The ECDH-ES ephemeral key is not a point on %1.").arg(QLatin1String(curve.crv)));
    return key;
}

namespace {

// Z → Concat KDF (RFC 7518 §4.6.2): the CEK for ECDH-ES direct, else the KEK.
int ecdhKeyBits(const AlgorithmInfo& alg, const ContentAlgorithm& enc)
{
    return alg.family == AlgFamily::EcdhEsDirect ? enc.cekBytes * 8 : alg.keyBits;
}

// The AlgorithmID of the Concat KDF: the `enc` name for ECDH-ES direct, else the `alg` name.
// Registered names are short ASCII, narrowed into the caller's stack buffer (once per sample).
QByteArrayView ecdhAlgorithmId(const AlgorithmInfo& alg, const ContentAlgorithm& enc, QVarLengthArray<char, 32>& storage)
{
    const QString& name = alg.family == AlgFamily::EcdhEsDirect ? enc.name : alg.name;
    storage.resize(name.size());
    for (qsizetype i = 0; i < name.size(); ++i)
        storage[i] = char(name.at(i).unicode());
    return QByteArrayView(storage.constData(), storage.size());
}

SecureBytes ecdhDerive(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const SecureBytes& z, QByteArrayView apu,
                       QByteArrayView apv)
{
    QVarLengthArray<char, 32> algorithmId;
    return concatkdf::deriveSha256(z, ecdhKeyBits(alg, enc), ecdhAlgorithmId(alg, enc, algorithmId), apu, apv);
}

QByteArray pbes2Salt(const AlgorithmInfo& alg, QByteArrayView p2s)
{
    QByteArray salt = alg.name.toUtf8();
    salt.append('\0');
    salt.append(p2s);
    return salt;
}

Result<SecureBytes> unwrapChecked(QByteArrayView kek, const QByteArray& encryptedKey, const ContentAlgorithm& enc)
{
    auto cek = aeskw::unwrap(kek, encryptedKey);
    if (!cek.ok()) {
        if (cek.code() == ErrorCode::InvalidArgument)
            return cek;
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The encrypted key does not unwrap with this key: it is the wrong key or the data was altered."));
    }
    if (cek->isize() != enc.cekBytes)
        return Error(ErrorCode::IntegrityFailure, Tr::tr("The unwrapped content key has %1 bits; %2 needs %3.").arg(cek->isize() * 8).arg(enc.name).arg(enc.cekBytes * 8));
    return cek;
}

Result<SecureBytes> recoverEcdh(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const JweHeader& header,
                                const QByteArray& encryptedKey, const Jwk& key)
{
    if (alg.family == AlgFamily::EcdhEsDirect)
        KEYWARD_TRY(requireNoEncryptedKey(alg, encryptedKey));
    if (header.kind(QLatin1StringView("epk")) != JweHeader::Kind::Object)
        return noEpkObject();
    auto epk = epkPoint(header.object(QLatin1StringView("epk")), key);
    KEYWARD_TRY(epk);
    auto apu = headerBytes(header, QLatin1StringView("apu"), false);
    KEYWARD_TRY(apu);
    auto apv = headerBytes(header, QLatin1StringView("apv"), false);
    KEYWARD_TRY(apv);
    // Z and the derived key live in this thread's secure scratch, wiped before it returns: one
    // secure-heap allocation per sample (the CEK handed back) instead of five, each of which
    // takes the heap's process-wide lock.
    constexpr std::size_t kZBytes = 66, kDerivedBytes = 64;
    thread_local SecureBytes scratch(kZBytes + kDerivedBytes);
    struct Wipe {
        SecureBytes& bytes;
        ~Wipe() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    } wipe {scratch};
    auto zBytes = keymgmt::ecdhWithEncodedPeer(key.pkey(), epk->view(), scratch.data(), kZBytes);
    KEYWARD_TRY(zBytes);
    const int keyBits = ecdhKeyBits(alg, enc);
    if (keyBits / 8 > int(kDerivedBytes))
        return Error(ErrorCode::InvalidArgument, Tr::tr("\"%1\" derives a key longer than Keyward supports.").arg(alg.name));
    unsigned char* derived = scratch.data() + kZBytes;
    QVarLengthArray<char, 32> algorithmId;
    concatkdf::deriveSha256Into(QByteArrayView(scratch.data(), qsizetype(*zBytes)), keyBits, ecdhAlgorithmId(alg, enc, algorithmId), apu.value(),
                                apv.value(), derived);
    const QByteArrayView derivedView(derived, keyBits / 8);
    if (alg.family == AlgFamily::EcdhEsDirect)
        return SecureBytes::fromView(derivedView);
    return unwrapChecked(derivedView, encryptedKey, enc);
}

Result<SecureBytes> recoverPbes2(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const JweHeader& header,
                                 const QByteArray& encryptedKey, const SecureBytes& password, const JweLimits& limits)
{
    const QLatin1StringView p2c("p2c");
    const double count = header.number(p2c, -1);
    if (header.kind(p2c) != JweHeader::Kind::Number || count < 1 || count != double(qint64(count)))
        return Error(ErrorCode::Malformed, Tr::tr("The PBES2 \"p2c\" is not a positive integer."));
    // The cap comes before any other work: a huge count would otherwise burn CPU (SPEC §6).
    if (count > double(limits.maxPbes2Count))
        return Error(ErrorCode::PolicyRefused,
                     Tr::tr("The PBES2 iteration count %1 is above the cap of %2.").arg(qint64(count)).arg(limits.maxPbes2Count));
    auto p2s = headerBytes(header, QLatin1StringView("p2s"), true);
    KEYWARD_TRY(p2s);
    if (p2s->size() < kMinSaltBytes)
        return Error(ErrorCode::Malformed, Tr::tr("The PBES2 salt input \"p2s\" is shorter than 8 bytes."));
    if (password.isEmpty())
        return Error(ErrorCode::KeyMismatch, Tr::tr("No password is available for this PBES2-encrypted JWE."));
    auto kek = keymgmt::pbkdf2(password.view(), pbes2Salt(alg, p2s.value()), quint32(count), alg.hashBits, alg.keyBits / 8);
    KEYWARD_TRY(kek);
    return unwrapChecked(kek->view(), encryptedKey, enc);
}

} // namespace

bool determinesCek(const AlgorithmInfo& alg)
{
    return alg.family == AlgFamily::Direct || alg.family == AlgFamily::EcdhEsDirect;
}

Result<SecureBytes> recoverCek(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const QJsonObject& header,
                               const QByteArray& encryptedKey, const Jwk& key, const SecureBytes& password,
                               const JweLimits& limits)
{
    return recoverCek(alg, enc, JweHeader(header), encryptedKey, key, password, limits);
}

Result<SecureBytes> recoverCek(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const JweHeader& header,
                               const QByteArray& encryptedKey, const Jwk& key, const SecureBytes& password,
                               const JweLimits& limits)
{
    switch (alg.family) {
    case AlgFamily::RsaOaep: {
        auto cek = keymgmt::rsaOaepDecrypt(key.pkey(), alg.hashBits, encryptedKey);
        if (!cek.ok() || cek->isize() != enc.cekBytes)
            return random::secretBytes(std::size_t(enc.cekBytes)); // RFC 7516 §11.5: no oracle
        return cek;
    }
    case AlgFamily::AesKeyWrap:
        return unwrapChecked(key.octets().view(), encryptedKey, enc);
    case AlgFamily::AesGcmKeyWrap: {
        auto iv = headerBytes(header, QLatin1StringView("iv"), true);
        KEYWARD_TRY(iv);
        auto tag = headerBytes(header, QLatin1StringView("tag"), true);
        KEYWARD_TRY(tag);
        if (iv->size() != aesgcm::kIvBytes || tag->size() != aesgcm::kTagBytes)
            return Error(ErrorCode::Malformed, Tr::tr("The AES-GCM key wrap \"iv\" must be 96 bits and its \"tag\" 128 bits."));
        auto cek = aesgcm::decryptSecret(key.octets().view(), iv.value(), {}, encryptedKey, tag.value());
        if (!cek.ok())
            return Error(ErrorCode::IntegrityFailure, Tr::tr("The encrypted key does not unwrap with this key: it is the wrong key or the data was altered."));
        if (cek->isize() != enc.cekBytes)
            return Error(ErrorCode::IntegrityFailure, Tr::tr("The unwrapped content key has %1 bits; %2 needs %3.").arg(cek->isize() * 8).arg(enc.name).arg(enc.cekBytes * 8));
        return cek;
    }
    case AlgFamily::Direct:
        KEYWARD_TRY(requireNoEncryptedKey(alg, encryptedKey));
        if (key.octets().isize() != enc.cekBytes)
            return Error(ErrorCode::KeyMismatch, Tr::tr("\"dir\" with %1 needs a %2-bit key.").arg(enc.name).arg(enc.cekBytes * 8));
        return key.octets().clone();
    case AlgFamily::EcdhEsDirect:
    case AlgFamily::EcdhEsKeyWrap:
        return recoverEcdh(alg, enc, header, encryptedKey, key);
    case AlgFamily::Pbes2:
        return recoverPbes2(alg, enc, header, encryptedKey, password, limits);
    default:
        return Error(ErrorCode::UnsupportedAlg, Tr::tr("\"%1\" is not a JWE key management algorithm Keyward decrypts.").arg(alg.name));
    }
}

Result<JweWrappedKey> wrapCek(const AlgorithmInfo& alg, const ContentAlgorithm& enc, const SecureBytes& cek, const Jwk& key,
                              const SecureBytes& password, const JweKeyWrapParams& params)
{
    JweWrappedKey out;
    switch (alg.family) {
    case AlgFamily::RsaOaep: {
        auto ek = keymgmt::rsaOaepEncrypt(key.pkey(), alg.hashBits, cek.view());
        KEYWARD_TRY(ek);
        out.encryptedKey = std::move(ek).value();
        out.cek = cek.clone();
        return out;
    }
    case AlgFamily::AesKeyWrap: {
        auto ek = aeskw::wrap(key.octets().view(), cek.view());
        KEYWARD_TRY(ek);
        out.encryptedKey = std::move(ek).value();
        out.cek = cek.clone();
        return out;
    }
    case AlgFamily::AesGcmKeyWrap: {
        const QByteArray iv = params.gcmIv.isEmpty() ? random::bytes(aesgcm::kIvBytes) : params.gcmIv;
        auto sealed = aesgcm::encrypt(key.octets().view(), iv, {}, cek.view());
        KEYWARD_TRY(sealed);
        out.encryptedKey = sealed->ciphertext;
        out.headerParams.insert(QStringLiteral("iv"), QString::fromLatin1(base64url::encode(iv)));
        out.headerParams.insert(QStringLiteral("tag"), QString::fromLatin1(base64url::encode(sealed->tag)));
        out.cek = cek.clone();
        return out;
    }
    case AlgFamily::Direct:
        if (key.octets().isize() != enc.cekBytes)
            return Error(ErrorCode::KeyMismatch, Tr::tr("\"dir\" with %1 needs a %2-bit key.").arg(enc.name).arg(enc.cekBytes * 8));
        out.cek = key.octets().clone();
        return out;
    case AlgFamily::EcdhEsDirect:
    case AlgFamily::EcdhEsKeyWrap: {
        Jwk ephemeral = params.ephemeralKey;
        if (ephemeral.isNull()) {
            auto fresh = keymgmt::generateEphemeral(key.pkey());
            KEYWARD_TRY(fresh);
            auto wrapped = Jwk::fromPkey(std::move(fresh).value());
            KEYWARD_TRY(wrapped);
            ephemeral = wrapped.value();
        }
        auto z = keymgmt::ecdhSharedSecret(ephemeral.pkey(), key.pkey());
        KEYWARD_TRY(z);
        SecureBytes derived = ecdhDerive(alg, enc, z.value(), params.apu, params.apv);
        out.headerParams.insert(QStringLiteral("epk"), ephemeral.toPublicJson());
        if (!params.apu.isEmpty())
            out.headerParams.insert(QStringLiteral("apu"), QString::fromLatin1(base64url::encode(params.apu)));
        if (!params.apv.isEmpty())
            out.headerParams.insert(QStringLiteral("apv"), QString::fromLatin1(base64url::encode(params.apv)));
        if (alg.family == AlgFamily::EcdhEsDirect) {
            out.cek = std::move(derived);
            return out;
        }
        auto ek = aeskw::wrap(derived.view(), cek.view());
        KEYWARD_TRY(ek);
        out.encryptedKey = std::move(ek).value();
        out.cek = cek.clone();
        return out;
    }
    case AlgFamily::Pbes2: {
        if (password.isEmpty())
            return Error(ErrorCode::InvalidArgument, Tr::tr("PBES2 needs a password."));
        const QByteArray p2s = params.p2s.isEmpty() ? random::bytes(16) : params.p2s;
        const quint32 p2c = params.p2c == 0 ? kDefaultP2c : params.p2c;
        auto kek = keymgmt::pbkdf2(password.view(), pbes2Salt(alg, p2s), p2c, alg.hashBits, alg.keyBits / 8);
        KEYWARD_TRY(kek);
        auto ek = aeskw::wrap(kek->view(), cek.view());
        KEYWARD_TRY(ek);
        out.encryptedKey = std::move(ek).value();
        out.headerParams.insert(QStringLiteral("p2s"), QString::fromLatin1(base64url::encode(p2s)));
        out.headerParams.insert(QStringLiteral("p2c"), qint64(p2c));
        out.cek = cek.clone();
        return out;
    }
    default:
        return Error(ErrorCode::UnsupportedAlg, Tr::tr("Keyward does not encrypt with \"%1\".").arg(alg.name));
    }
}

} // namespace keyward::core::jose
