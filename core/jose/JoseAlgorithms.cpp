// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoseAlgorithms.h"

#include <QCoreApplication>

namespace keyward::core::jose {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::jose", text);
}

QList<AlgorithmInfo> buildTable()
{
    using K = AlgKind;
    using F = AlgFamily;
    using S = AlgStatus;
    const auto sig = [](const char* n, F f, S s, int hash, Curve c = Curve::None, int keyBits = 0) {
        return AlgorithmInfo { QString::fromLatin1(n), K::Signature, f, s, hash, keyBits, c };
    };
    const auto km = [](const char* n, F f, S s, int hash, int keyBits) {
        return AlgorithmInfo { QString::fromLatin1(n), K::KeyManagement, f, s, hash, keyBits, Curve::None };
    };
    const auto enc = [](const char* n, F f, int hash, int keyBits) {
        return AlgorithmInfo { QString::fromLatin1(n), K::ContentEncryption, f, S::Supported, hash, keyBits,
            Curve::None };
    };
    return {
        sig("none", F::None, S::Forbidden, 0),
        sig("HS256", F::Hmac, S::NotAccepted, 256, Curve::None, 256),
        sig("HS384", F::Hmac, S::NotAccepted, 384, Curve::None, 384),
        sig("HS512", F::Hmac, S::NotAccepted, 512, Curve::None, 512),
        sig("RS256", F::RsaPkcs1, S::Supported, 256),
        sig("RS384", F::RsaPkcs1, S::Supported, 384),
        sig("RS512", F::RsaPkcs1, S::Supported, 512),
        sig("PS256", F::RsaPss, S::Supported, 256),
        sig("PS384", F::RsaPss, S::Supported, 384),
        sig("PS512", F::RsaPss, S::Supported, 512),
        sig("ES256", F::Ecdsa, S::Supported, 256, Curve::P256),
        sig("ES384", F::Ecdsa, S::Supported, 384, Curve::P384),
        sig("ES512", F::Ecdsa, S::Supported, 512, Curve::P521),
        sig("EdDSA", F::EdDsa, S::Supported, 0, Curve::Ed25519),
        km("RSA1_5", F::RsaPkcs1KeyWrap, S::Deprecated, 0, 0),
        km("RSA-OAEP", F::RsaOaep, S::Supported, 160, 0),
        km("RSA-OAEP-256", F::RsaOaep, S::Supported, 256, 0),
        km("RSA-OAEP-384", F::RsaOaep, S::Supported, 384, 0),
        km("RSA-OAEP-512", F::RsaOaep, S::Supported, 512, 0),
        km("ECDH-ES", F::EcdhEsDirect, S::Supported, 256, 0),
        km("ECDH-ES+A128KW", F::EcdhEsKeyWrap, S::Supported, 256, 128),
        km("ECDH-ES+A192KW", F::EcdhEsKeyWrap, S::Supported, 256, 192),
        km("ECDH-ES+A256KW", F::EcdhEsKeyWrap, S::Supported, 256, 256),
        km("A128KW", F::AesKeyWrap, S::Supported, 0, 128),
        km("A192KW", F::AesKeyWrap, S::Supported, 0, 192),
        km("A256KW", F::AesKeyWrap, S::Supported, 0, 256),
        km("A128GCMKW", F::AesGcmKeyWrap, S::Supported, 0, 128),
        km("A192GCMKW", F::AesGcmKeyWrap, S::Supported, 0, 192),
        km("A256GCMKW", F::AesGcmKeyWrap, S::Supported, 0, 256),
        km("dir", F::Direct, S::Supported, 0, 0),
        km("PBES2-HS256+A128KW", F::Pbes2, S::Supported, 256, 128),
        km("PBES2-HS384+A192KW", F::Pbes2, S::Supported, 384, 192),
        km("PBES2-HS512+A256KW", F::Pbes2, S::Supported, 512, 256),
        enc("A128GCM", F::AesGcm, 0, 128),
        enc("A192GCM", F::AesGcm, 0, 192),
        enc("A256GCM", F::AesGcm, 0, 256),
        enc("A128CBC-HS256", F::AesCbcHmac, 256, 256),
        enc("A192CBC-HS384", F::AesCbcHmac, 384, 384),
        enc("A256CBC-HS512", F::AesCbcHmac, 512, 512),
    };
}

QString purposeOp(Purpose purpose, AlgKind kind)
{
    // RFC 7517 §4.3 operation names; JWE key management wraps/unwraps (or derives, for ECDH-ES).
    switch (purpose) {
    case Purpose::Sign:
        return QStringLiteral("sign");
    case Purpose::Verify:
        return QStringLiteral("verify");
    case Purpose::Encrypt:
        return kind == AlgKind::ContentEncryption ? QStringLiteral("encrypt") : QStringLiteral("wrapKey");
    case Purpose::Decrypt:
        return kind == AlgKind::ContentEncryption ? QStringLiteral("decrypt") : QStringLiteral("unwrapKey");
    }
    return QString();
}

// key_ops values that also allow the operation (ECDH-ES derives instead of wrapping; `dir` and
// content keys encrypt/decrypt directly).
bool keyOpsAllow(const QStringList& ops, const AlgorithmInfo& alg, Purpose purpose)
{
    if (ops.isEmpty())
        return true;
    const QString op = purposeOp(purpose, alg.kind);
    if (ops.contains(op))
        return true;
    if (alg.kind != AlgKind::KeyManagement)
        return false;
    if ((alg.family == AlgFamily::EcdhEsDirect || alg.family == AlgFamily::EcdhEsKeyWrap)
        && (ops.contains(QStringLiteral("deriveKey")) || ops.contains(QStringLiteral("deriveBits"))))
        return true;
    if (alg.family == AlgFamily::Direct)
        return ops.contains(
            purpose == Purpose::Encrypt ? QStringLiteral("encrypt") : QStringLiteral("decrypt"));
    return false;
}

QString describeKey(const Jwk& key)
{
    const QString crv = curveName(key.curve());
    if (!crv.isEmpty())
        return QStringLiteral("%1 %2").arg(keyTypeName(key.type()), crv);
    return QStringLiteral("%1 %2-bit").arg(keyTypeName(key.type())).arg(key.sizeBits());
}

} // namespace

const QList<AlgorithmInfo>& allAlgorithms()
{
    static const QList<AlgorithmInfo> table = buildTable();
    return table;
}

const AlgorithmInfo* find(AlgKind kind, QStringView name)
{
    for (const AlgorithmInfo& info : allAlgorithms()) {
        // Names are case-sensitive (RFC 7515 §4.1.1): "rs256" is not RS256.
        if (info.kind == kind && info.name == name)
            return &info;
    }
    return nullptr;
}

Result<const AlgorithmInfo*> usable(AlgKind kind, const QString& name)
{
    const AlgorithmInfo* info = find(kind, name);
    if (!info) {
        if (kind == AlgKind::ContentEncryption)
            return Error(
                ErrorCode::UnsupportedAlg, tr("Content encryption \"%1\" is not supported").arg(name));
        return Error(ErrorCode::UnsupportedAlg, tr("Algorithm \"%1\" is not supported").arg(name));
    }
    switch (info->status) {
    case AlgStatus::Supported:
        return info;
    case AlgStatus::Deprecated:
        return Error(ErrorCode::DeprecatedAlg,
            tr("Algorithm \"%1\" is deprecated (RSAES-PKCS1-v1_5 is open to padding-oracle attacks) and is "
               "never used")
                .arg(name));
    case AlgStatus::NotAccepted:
        return Error(ErrorCode::UnsupportedAlg,
            tr("Algorithm \"%1\" is not accepted: a shared-secret MAC cannot show which party signed")
                .arg(name));
    case AlgStatus::Forbidden:
        return Error(ErrorCode::PolicyRefused, tr("Unsecured \"none\" is refused (RFC 8725 §3.2)"));
    }
    return Error(ErrorCode::Internal, tr("Unknown algorithm status"));
}

QString useFor(AlgKind kind)
{
    return kind == AlgKind::Signature ? QStringLiteral("sig") : QStringLiteral("enc");
}

bool keyTypeFits(const AlgorithmInfo& alg, KeyType type, Curve curve)
{
    switch (alg.family) {
    case AlgFamily::None:
        return false;
    case AlgFamily::Hmac:
    case AlgFamily::AesKeyWrap:
    case AlgFamily::AesGcmKeyWrap:
    case AlgFamily::Direct:
    case AlgFamily::Pbes2: // the password, carried as oct octets
    case AlgFamily::AesGcm:
    case AlgFamily::AesCbcHmac:
        return type == KeyType::Oct;
    case AlgFamily::RsaPkcs1:
    case AlgFamily::RsaPss:
    case AlgFamily::RsaPkcs1KeyWrap:
    case AlgFamily::RsaOaep:
        return type == KeyType::Rsa;
    case AlgFamily::Ecdsa:
        return type == KeyType::Ec && curve == alg.curve;
    case AlgFamily::EdDsa:
        return type == KeyType::Okp && curve == Curve::Ed25519;
    case AlgFamily::EcdhEsDirect:
    case AlgFamily::EcdhEsKeyWrap:
        return (type == KeyType::Ec && (curve == Curve::P256 || curve == Curve::P384 || curve == Curve::P521))
            || (type == KeyType::Okp && curve == Curve::X25519);
    }
    return false;
}

Status checkKeyForAlg(const Jwk& key, const QString& alg, Purpose purpose, const QString& enc)
{
    if (key.isNull())
        return Error(ErrorCode::KeyMismatch, tr("No key was given for \"%1\"").arg(alg));
    const bool signing = purpose == Purpose::Sign || purpose == Purpose::Verify;
    const AlgKind kind = signing ? AlgKind::Signature : AlgKind::KeyManagement;
    auto info = usable(kind, alg);
    if (!info.ok())
        return info.error();
    const AlgorithmInfo& a = **info;

    if (!keyTypeFits(a, key.type(), key.curve()))
        return Error(
            ErrorCode::KeyMismatch, tr("A %1 key cannot be used with \"%2\"").arg(describeKey(key), alg));
    if (key.type() == KeyType::Rsa && key.sizeBits() < 2048)
        return Error(
            ErrorCode::WeakKey, tr("The %1-bit RSA key is below the 2048-bit minimum").arg(key.sizeBits()));
    if (key.type() == KeyType::Oct) {
        int wanted = 0;
        if (a.family == AlgFamily::AesKeyWrap || a.family == AlgFamily::AesGcmKeyWrap)
            wanted = a.keyBits;
        if (a.family == AlgFamily::Direct && !enc.isEmpty()) {
            auto e = usable(AlgKind::ContentEncryption, enc);
            if (!e.ok())
                return e.error();
            wanted = (*e)->keyBits;
        }
        if (wanted != 0 && key.sizeBits() != wanted)
            return Error(ErrorCode::KeyMismatch,
                tr("\"%1\" needs a %2-bit key; this key has %3 bits")
                    .arg(alg)
                    .arg(wanted)
                    .arg(key.sizeBits()));
    }

    const QString wantedUse = useFor(kind);
    if (!key.use().isEmpty() && key.use() != wantedUse)
        return Error(ErrorCode::KeyMismatch,
            tr("The key is for \"%1\" but \"%2\" needs a \"%3\" key").arg(key.use(), alg, wantedUse));
    if (!key.alg().isEmpty() && key.alg() != alg)
        return Error(ErrorCode::PolicyRefused,
            tr("The key is pinned to \"%1\" and may not be used with \"%2\" (RFC 8725 §3.1)")
                .arg(key.alg(), alg));
    if (!keyOpsAllow(key.keyOps(), a, purpose))
        return Error(ErrorCode::KeyMismatch,
            tr("The key's key_ops (%1) do not allow \"%2\"")
                .arg(key.keyOps().join(QStringLiteral(", ")), purposeOp(purpose, kind)));
    const bool needsPrivate = purpose == Purpose::Sign || purpose == Purpose::Decrypt;
    if (needsPrivate && !key.hasPrivate())
        return Error(ErrorCode::KeyMismatch,
            tr("\"%1\" needs the private key; only the public key is present").arg(alg));
    return {};
}

QStringList algorithmsForKey(const Jwk& key)
{
    QStringList out;
    if (key.isNull())
        return out;
    for (const AlgorithmInfo& a : allAlgorithms()) {
        if (a.kind == AlgKind::ContentEncryption || a.status != AlgStatus::Supported)
            continue;
        const Purpose p = a.kind == AlgKind::Signature ? Purpose::Verify : Purpose::Encrypt;
        // Verify/Encrypt need no private part, so public keys list their algorithms too.
        if (checkKeyForAlg(key, a.name, p).ok())
            out << a.name;
    }
    return out;
}

Status checkAlgForNewKey(const QString& alg)
{
    const AlgorithmInfo* sig = find(AlgKind::Signature, alg);
    auto info = usable(sig ? AlgKind::Signature : AlgKind::KeyManagement, alg);
    if (!info.ok())
        return info.error();
    return {};
}

} // namespace keyward::core::jose
