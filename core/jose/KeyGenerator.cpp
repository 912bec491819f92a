// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyGenerator.h"

#include "crypto/OpenSslError.h"
#include "crypto/Random.h"
#include "jose/JoseAlgorithms.h"

#include <QCoreApplication>

namespace keyward::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::KeyGenerator", text);
}

const jose::AlgorithmInfo* findAny(const QString& alg)
{
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, alg);
    if (!info)
        info = jose::find(jose::AlgKind::KeyManagement, alg);
    return info;
}

Result<ossl::PKey> keygen(const KeySpec& spec)
{
    EVP_PKEY* raw = nullptr;
    switch (spec.type) {
    case KeyType::Rsa:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(spec.bits));
        break;
    case KeyType::Ec: {
        const char* group = spec.curve == Curve::P256 ? "P-256"
            : spec.curve == Curve::P384               ? "P-384"
                                                      : "P-521";
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group);
        break;
    }
    case KeyType::Okp:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, spec.curve == Curve::Ed25519 ? "ED25519" : "X25519");
        break;
    case KeyType::Oct:
        break;
    }
    if (!raw)
        return ossl::cryptoError(ErrorCode::Crypto,
            QCoreApplication::translate("keyward::core::KeyGenerator", "Could not generate the %1 key")
                .arg(keyTypeName(spec.type)));
    return ossl::PKey(raw);
}

Status checkSpec(const KeySpec& spec)
{
    switch (spec.type) {
    case KeyType::Rsa:
        if (spec.bits < 2048)
            return Error(ErrorCode::WeakKey,
                QCoreApplication::translate(
                    "keyward::core::KeyGenerator", "RSA keys under 2048 bits are refused (%1 requested)")
                    .arg(spec.bits));
        if (spec.bits != 2048 && spec.bits != 3072 && spec.bits != 4096)
            return Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "keyward::core::KeyGenerator", "RSA keys are 2048, 3072 or 4096 bits (%1 requested)")
                    .arg(spec.bits));
        return {};
    case KeyType::Ec:
        if (spec.curve != Curve::P256 && spec.curve != Curve::P384 && spec.curve != Curve::P521)
            return Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "keyward::core::KeyGenerator", "EC keys use P-256, P-384 or P-521"));
        return {};
    case KeyType::Okp:
        if (spec.curve != Curve::Ed25519 && spec.curve != Curve::X25519)
            return Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate("keyward::core::KeyGenerator", "OKP keys use Ed25519 or X25519"));
        return {};
    case KeyType::Oct:
        if (spec.bits != 128 && spec.bits != 192 && spec.bits != 256)
            return Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "keyward::core::KeyGenerator", "Secret keys are 128, 192 or 256 bits (%1 requested)")
                    .arg(spec.bits));
        return {};
    }
    return Error(ErrorCode::InvalidArgument,
        QCoreApplication::translate("keyward::core::KeyGenerator", "Unknown key type"));
}

} // namespace

Result<Jwk> KeyGenerator::generate(const KeySpec& spec, const QString& alg, const QString& use)
{
    KEYWARD_TRY(checkSpec(spec));
    if (alg.isEmpty())
        return Error(ErrorCode::InvalidArgument,
            tr("A generated key needs an algorithm (SPEC: alg is always pinned)"));
    KEYWARD_TRY(jose::checkAlgForNewKey(alg));
    const jose::AlgorithmInfo* info = findAny(alg);
    if (info->family == jose::AlgFamily::Pbes2)
        return Error(ErrorCode::InvalidArgument,
            tr("\"%1\" is keyed by a password, which Keyward does not generate").arg(alg));
    if (!jose::keyTypeFits(*info, spec.type, spec.curve))
        return Error(ErrorCode::KeyMismatch,
            tr("A %1 %2 key cannot be used with \"%3\"")
                .arg(keyTypeName(spec.type),
                    spec.curve == Curve::None ? QString::number(spec.bits) : curveName(spec.curve), alg));
    if (spec.type == KeyType::Oct && info->keyBits != 0 && info->keyBits != spec.bits)
        return Error(ErrorCode::KeyMismatch,
            tr("\"%1\" needs a %2-bit key, not %3").arg(alg).arg(info->keyBits).arg(spec.bits));
    const QString wantedUse = jose::useFor(info->kind);
    if (!use.isEmpty() && use != wantedUse)
        return Error(ErrorCode::KeyMismatch,
            tr("\"%1\" is a \"%2\" algorithm; the key cannot be for \"%3\"").arg(alg, wantedUse, use));

    Result<Jwk> key = Error(ErrorCode::Internal, QString());
    if (spec.type == KeyType::Oct) {
        key = Jwk::fromOctets(random::secretBytes(std::size_t(spec.bits / 8)));
    } else {
        auto pkey = keygen(spec);
        if (!pkey.ok())
            return pkey.error();
        key = Jwk::fromPkey(std::move(*pkey));
    }
    if (!key.ok())
        return key;
    const Jwk pinned = key->withAlg(alg).withUse(wantedUse);
    return pinned.withKid(pinned.thumbprintBase64Url());
}

Result<KeySpec> KeyGenerator::specForAlg(const QString& alg, int rsaBits, const QString& enc)
{
    KEYWARD_TRY(jose::checkAlgForNewKey(alg));
    const jose::AlgorithmInfo* info = findAny(alg);
    switch (info->family) {
    case jose::AlgFamily::RsaPkcs1:
    case jose::AlgFamily::RsaPss:
    case jose::AlgFamily::RsaOaep:
        return KeySpec::rsa(rsaBits);
    case jose::AlgFamily::Ecdsa:
        return KeySpec::ec(info->curve);
    case jose::AlgFamily::EdDsa:
        return KeySpec::okp(Curve::Ed25519);
    case jose::AlgFamily::EcdhEsDirect:
    case jose::AlgFamily::EcdhEsKeyWrap:
        return KeySpec::ec(Curve::P256);
    case jose::AlgFamily::AesKeyWrap:
    case jose::AlgFamily::AesGcmKeyWrap:
        return KeySpec::oct(info->keyBits);
    case jose::AlgFamily::Direct: {
        const jose::AlgorithmInfo* e = jose::find(jose::AlgKind::ContentEncryption, enc);
        if (!e)
            return Error(ErrorCode::InvalidArgument, tr("A \"dir\" key is the content key: name its enc"));
        return KeySpec::oct(e->keyBits);
    }
    default:
        return Error(ErrorCode::InvalidArgument, tr("Keyward does not generate keys for \"%1\"").arg(alg));
    }
}

Result<Jwk> KeyGenerator::generateForAlg(const QString& alg, int rsaBits, const QString& enc)
{
    auto spec = specForAlg(alg, rsaBits, enc);
    if (!spec.ok())
        return spec.error();
    return generate(*spec, alg);
}

} // namespace keyward::core
