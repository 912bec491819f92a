// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/jose: the shared state behind a Jwk and the curve table, used by Jwk.cpp
// (model, serialization) and JwkParser.cpp (JSON import). Not for use outside the JWK code.

#include "jose/Jwk.h"

namespace keyward::core {

struct Jwk::Data {
    KeyType type = KeyType::Oct;
    Curve curve = Curve::None;
    int bits = 0;
    bool isPrivate = false;
    ossl::PKey pkey;
    SecureBytes octets;
    QString kid, use, alg;
    QStringList keyOps;
    QStringList x5c;
    QString x5tS256;

    std::shared_ptr<Data> copy() const
    {
        auto c = std::make_shared<Data>();
        c->type = type;
        c->curve = curve;
        c->bits = bits;
        c->isPrivate = isPrivate;
        c->pkey = ossl::upRef(pkey.get());
        c->octets = octets.clone();
        c->kid = kid;
        c->use = use;
        c->alg = alg;
        c->keyOps = keyOps;
        c->x5c = x5c;
        c->x5tS256 = x5tS256;
        return c;
    }
};

namespace jwkdetail {

// Full for any key from outside; Stored for a key the vault validated at admission (see
// evp::RsaCheck: only RSA private keys are checked differently).
enum class KeyCheck { Full, Stored };

struct CurveInfo {
    Curve curve;
    const char* jwkName;
    const char* opensslName; // provider name for EC group / OKP algorithm
    const char* groupAlias; // what EVP_PKEY_get_group_name reports
    int fieldBytes;
    int bits;
};

inline constexpr CurveInfo kCurves[] = {
    { Curve::P256, "P-256", "P-256", "prime256v1", 32, 256 },
    { Curve::P384, "P-384", "P-384", "secp384r1", 48, 384 },
    { Curve::P521, "P-521", "P-521", "secp521r1", 66, 521 },
    { Curve::Ed25519, "Ed25519", "ED25519", "ED25519", 32, 256 },
    { Curve::X25519, "X25519", "X25519", "X25519", 32, 256 },
};

inline const CurveInfo* curveInfo(Curve c)
{
    for (const CurveInfo& info : kCurves)
        if (info.curve == c)
            return &info;
    return nullptr;
}

inline const CurveInfo* curveByJwkName(const QString& name)
{
    for (const CurveInfo& info : kCurves)
        if (name == QLatin1String(info.jwkName))
            return &info;
    return nullptr;
}

} // namespace jwkdetail
} // namespace keyward::core
