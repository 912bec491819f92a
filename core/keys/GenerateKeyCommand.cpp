// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateKeyCommand.h"

#include "jose/JoseAlgorithms.h"
#include "jose/KeyGenerator.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyStore.h"
#include "vault/Vault.h"

namespace keyward::core {

namespace {

std::optional<Curve> curveFromName(const QString& name)
{
    for (Curve curve : { Curve::P256, Curve::P384, Curve::P521, Curve::Ed25519, Curve::X25519 }) {
        if (curveName(curve) == name)
            return curve;
    }
    return std::nullopt;
}

} // namespace

GenerateKeyCommand::GenerateKeyCommand(Vault& vault, KeyProvider& provider, Params params)
    : m_vault(vault)
    , m_provider(provider)
    , m_params(std::move(params))
{
}

QStringList GenerateKeyCommand::sizesFor(const QString& alg)
{
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, alg);
    if (!info)
        info = jose::find(jose::AlgKind::KeyManagement, alg);
    if (!info)
        return {};
    switch (info->family) {
    case jose::AlgFamily::RsaPkcs1:
    case jose::AlgFamily::RsaPss:
    case jose::AlgFamily::RsaOaep:
        return { QStringLiteral("2048"), QStringLiteral("3072"), QStringLiteral("4096") };
    case jose::AlgFamily::EcdhEsDirect:
    case jose::AlgFamily::EcdhEsKeyWrap:
        return { QStringLiteral("P-256"), QStringLiteral("P-384"), QStringLiteral("P-521"), QStringLiteral("X25519") };
    case jose::AlgFamily::Direct:
        return { QStringLiteral("128"), QStringLiteral("192"), QStringLiteral("256") };
    default:
        return {};
    }
}

QStringList GenerateKeyCommand::generatableAlgs(KeyUse use)
{
    QStringList algs;
    for (const jose::AlgorithmInfo& info : jose::allAlgorithms()) {
        const bool rightKind = use == KeyUse::Sig ? info.kind == jose::AlgKind::Signature
                                                  : info.kind == jose::AlgKind::KeyManagement;
        if (rightKind && info.family != jose::AlgFamily::Pbes2 && specFor(info.name).ok())
            algs << info.name;
    }
    return algs;
}

Result<GenerateKeyCommand::Spec> GenerateKeyCommand::specFor(const QString& alg, const QString& size)
{
    if (alg.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A generated key needs an alg (for example ES256 or RSA-OAEP-256)."));
    KEYWARD_TRY(jose::checkAlgForNewKey(alg));
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, alg);
    if (!info)
        info = jose::find(jose::AlgKind::KeyManagement, alg);
    if (!info)
        return Error(ErrorCode::UnsupportedAlg, tr("\"%1\" is not an algorithm Keyward generates keys for.").arg(alg));
    const QStringList sizes = sizesFor(alg);
    if (!size.isEmpty() && sizes.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" fixes its key size; leave the size out.").arg(alg));

    Spec spec;
    switch (info->family) {
    case jose::AlgFamily::RsaPkcs1:
    case jose::AlgFamily::RsaPss:
    case jose::AlgFamily::RsaOaep: {
        bool ok = false;
        const int bits = size.isEmpty() ? 3072 : size.toInt(&ok);
        if (!size.isEmpty() && !ok)
            return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not an RSA key size.").arg(size));
        if (bits < 2048)
            return Error(ErrorCode::WeakKey,
                tr("A %1-bit RSA key is too weak; Keyward generates 2048, 3072 or 4096 bits.").arg(bits));
        if (!sizes.contains(QString::number(bits)))
            return Error(ErrorCode::InvalidArgument, tr("Keyward generates RSA keys of 2048, 3072 or 4096 bits."));
        spec = { KeyType::Rsa, Curve::None, bits };
        break;
    }
    case jose::AlgFamily::Ecdsa:
        spec = { KeyType::Ec, info->curve, 0 };
        break;
    case jose::AlgFamily::EdDsa:
        spec = { KeyType::Okp, Curve::Ed25519, 0 };
        break;
    case jose::AlgFamily::EcdhEsDirect:
    case jose::AlgFamily::EcdhEsKeyWrap: {
        const std::optional<Curve> curve = curveFromName(size.isEmpty() ? QStringLiteral("P-256") : size);
        if (!curve || !sizes.contains(curveName(*curve)))
            return Error(ErrorCode::InvalidArgument, tr("\"%1\" takes a P-256, P-384, P-521 or X25519 key.").arg(alg));
        spec = { *curve == Curve::X25519 ? KeyType::Okp : KeyType::Ec, *curve, 0 };
        break;
    }
    case jose::AlgFamily::AesKeyWrap:
    case jose::AlgFamily::AesGcmKeyWrap:
        spec = { KeyType::Oct, Curve::None, info->keyBits };
        break;
    case jose::AlgFamily::Direct: {
        const QString bits = size.isEmpty() ? QStringLiteral("256") : size;
        if (!sizes.contains(bits))
            return Error(ErrorCode::InvalidArgument, tr("A dir key has 128, 192 or 256 bits."));
        spec = { KeyType::Oct, Curve::None, bits.toInt() };
        break;
    }
    default:
        return Error(ErrorCode::UnsupportedAlg, tr("Keyward does not generate keys for \"%1\".").arg(alg));
    }
    return spec;
}

Status GenerateKeyCommand::validate() const
{
    const KeyAdmission admission(m_vault, m_provider);
    KEYWARD_TRY(admission.checkParams(m_params.key));
    Result<Spec> spec = specFor(m_params.key.alg, m_params.size);
    if (!spec.ok())
        return spec.error();
    const KeyUse algUse = jose::find(jose::AlgKind::Signature, m_params.key.alg) ? KeyUse::Sig : KeyUse::Enc;
    if (m_params.key.use && *m_params.key.use != algUse)
        return Error(ErrorCode::KeyMismatch,
            tr("\"%1\" is a %2 algorithm; it cannot be used for \"%3\".")
                .arg(m_params.key.alg, keyUseName(algUse), keyUseName(*m_params.key.use)));
    if (!m_params.key.kid.isEmpty()) {
        const KeyStore store(m_vault.database());
        Result<std::optional<KeyRecord>> existing = store.byKid(m_params.key.keySet, m_params.key.kid);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return Error(ErrorCode::AlreadyExists,
                tr("Key set %1 already has a key with kid \"%2\".").arg(m_params.key.keySet, m_params.key.kid));
    }
    return {};
}

Status GenerateKeyCommand::run()
{
    KEYWARD_TRY(validate());
    const Spec spec = *specFor(m_params.key.alg, m_params.size);
    const KeySpec keySpec { spec.type, spec.bits, spec.curve };
    Result<Jwk> key = KeyGenerator::generate(keySpec, m_params.key.alg);
    if (!key.ok())
        return key.error();
    KeyAdmission admission(m_vault, m_provider);
    Result<KeyRecord> record = admission.admit(*key, m_params.key, QStringLiteral("key.generated"),
        QJsonObject { { QStringLiteral("source"), QStringLiteral("generated") } }, KeyAdmission::productName());
    if (!record.ok())
        return record.error();
    m_result = std::move(record).value();
    return {};
}

} // namespace keyward::core
