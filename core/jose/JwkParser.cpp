// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwkParser.h"

#include "common/Base64Url.h"
#include "crypto/EvpKeyParams.h"
#include "jose/JoseAlgorithms.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyward::core::jwkdetail {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::jwkdetail", text);
}

Result<QString> stringMember(const QJsonObject& o, const char* name, bool required, bool* present = nullptr)
{
    const QString key = QString::fromLatin1(name);
    const auto it = o.constFind(key);
    if (present)
        *present = it != o.constEnd();
    if (it == o.constEnd()) {
        if (required)
            return Error(ErrorCode::Malformed, tr("The JWK has no \"%1\" member").arg(key));
        return QString();
    }
    if (!it->isString())
        return Error(ErrorCode::Malformed, tr("The JWK member \"%1\" is not a string").arg(key));
    return it->toString();
}

Result<QByteArray> b64Member(const QJsonObject& o, const char* name)
{
    auto text = stringMember(o, name, true);
    if (!text.ok())
        return text.error();
    auto bytes = base64url::decode(text->toLatin1());
    if (!bytes.ok() || text->toLatin1().size() != text->size())
        return Error(ErrorCode::Malformed,
            tr("The JWK member \"%1\" is not strict base64url").arg(QString::fromLatin1(name)));
    return bytes;
}

Result<SecureBytes> secretMember(const QJsonObject& o, const char* name)
{
    auto text = stringMember(o, name, true);
    if (!text.ok())
        return text.error();
    QByteArray latin = text->toLatin1();
    auto bytes = base64url::decodeSecret(latin);
    secureWipe(latin);
    if (!bytes.ok())
        return Error(ErrorCode::Malformed,
            tr("The JWK member \"%1\" is not strict base64url").arg(QString::fromLatin1(name)));
    return bytes;
}

// RFC 7518 §2 Base64urlUInt: the public integers must use the minimum number of octets, so one key
// has exactly one encoding (and one RFC 7638 thumbprint).
Result<QByteArray> uintMember(const QJsonObject& o, const char* name)
{
    auto bytes = b64Member(o, name);
    if (!bytes.ok())
        return bytes;
    if (bytes->isEmpty() || (bytes->size() > 1 && bytes->at(0) == '\0'))
        return Error(ErrorCode::Malformed,
            tr("The JWK member \"%1\" is not a minimal unsigned integer").arg(QString::fromLatin1(name)));
    return bytes;
}

const QStringList& knownKeyOps()
{
    static const QStringList ops { QStringLiteral("sign"), QStringLiteral("verify"),
        QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("wrapKey"),
        QStringLiteral("unwrapKey"), QStringLiteral("deriveKey"), QStringLiteral("deriveBits") };
    return ops;
}

bool opFitsUse(const QString& op, const QString& use)
{
    const bool sigOp = op == QLatin1String("sign") || op == QLatin1String("verify");
    return use == QLatin1String("sig") ? sigOp : !sigOp;
}

// use / alg / key_ops / kid: RFC 7517 §4 and their consistency with each other and the key type.
Status parseCommon(const QJsonObject& o, Jwk::Data& d)
{
    auto use = stringMember(o, "use", false);
    auto alg = stringMember(o, "alg", false);
    auto kid = stringMember(o, "kid", false);
    for (const auto* r : { &use, &alg, &kid })
        if (!r->ok())
            return r->error();
    d.use = *use;
    d.alg = *alg;
    d.kid = *kid;
    if (!d.use.isEmpty() && d.use != QLatin1String("sig") && d.use != QLatin1String("enc"))
        return Error(ErrorCode::Malformed,
            tr("The JWK \"use\" is \"%1\"; Keyward knows \"sig\" and \"enc\"").arg(d.use));

    if (o.contains(QStringLiteral("key_ops"))) {
        const QJsonValue v = o.value(QStringLiteral("key_ops"));
        if (!v.isArray())
            return Error(ErrorCode::Malformed, tr("The JWK \"key_ops\" is not an array"));
        for (const QJsonValue& op : v.toArray()) {
            const QString name = op.toString();
            if (!op.isString() || !knownKeyOps().contains(name))
                return Error(ErrorCode::Malformed,
                    tr("The JWK \"key_ops\" has an unknown operation \"%1\"").arg(name));
            if (d.keyOps.contains(name))
                return Error(ErrorCode::Malformed, tr("The JWK \"key_ops\" lists \"%1\" twice").arg(name));
            if (!d.use.isEmpty() && !opFitsUse(name, d.use))
                return Error(ErrorCode::KeyMismatch,
                    tr("The JWK \"key_ops\" value \"%1\" contradicts \"use\": \"%2\"").arg(name, d.use));
            d.keyOps << name;
        }
    }

    if (!d.alg.isEmpty()) {
        const jose::AlgorithmInfo* info = nullptr;
        for (auto kind :
            { jose::AlgKind::Signature, jose::AlgKind::KeyManagement, jose::AlgKind::ContentEncryption })
            if (!info)
                info = jose::find(kind, d.alg);
        if (!info)
            return Error(
                ErrorCode::UnsupportedAlg, tr("The JWK is pinned to an unknown algorithm \"%1\"").arg(d.alg));
        if (info->status == jose::AlgStatus::Forbidden)
            return Error(ErrorCode::PolicyRefused, tr("A key pinned to \"none\" is refused (RFC 8725 §3.2)"));
        if (!jose::keyTypeFits(*info, d.type, d.curve))
            return Error(ErrorCode::KeyMismatch,
                tr("The JWK is a %1 key but is pinned to \"%2\"").arg(keyTypeName(d.type), d.alg));
        const QString wantedUse = jose::useFor(info->kind);
        if (!d.use.isEmpty() && d.use != wantedUse)
            return Error(ErrorCode::KeyMismatch,
                tr("The JWK has \"use\": \"%1\" but its algorithm \"%2\" is for \"%3\"")
                    .arg(d.use, d.alg, wantedUse));
        for (const QString& op : std::as_const(d.keyOps))
            if (!opFitsUse(op, wantedUse))
                return Error(ErrorCode::KeyMismatch,
                    tr("The JWK \"key_ops\" value \"%1\" does not fit its algorithm \"%2\"").arg(op, d.alg));
    }
    return {};
}

Status parseRsa(const QJsonObject& o, Jwk::Data& d, KeyCheck check)
{
    evp::RsaComponents c;
    auto n = uintMember(o, "n");
    if (!n.ok())
        return n.error();
    auto e = uintMember(o, "e");
    if (!e.ok())
        return e.error();
    c.n = *n;
    c.e = *e;
    const QString weakness = evp::rsaPublicWeakness(c.n, c.e);
    if (!weakness.isEmpty())
        return Error(ErrorCode::WeakKey, tr("The RSA key is refused: %1").arg(weakness));
    if (o.contains(QStringLiteral("oth")))
        return Error(ErrorCode::UnsupportedAlg, tr("Multi-prime RSA keys (\"oth\") are not supported"));
    if (o.contains(QStringLiteral("d"))) {
        auto dd = secretMember(o, "d");
        if (!dd.ok())
            return dd.error();
        c.d = std::move(*dd);
        const char* crt[] = { "p", "q", "dp", "dq", "qi" };
        int present = 0;
        for (const char* m : crt)
            present += o.contains(QString::fromLatin1(m)) ? 1 : 0;
        if (present != 0 && present != 5)
            return Error(ErrorCode::Malformed, tr("The RSA JWK has some but not all of p, q, dp, dq and qi"));
        if (present == 5) {
            SecureBytes* out[] = { &c.p, &c.q, &c.dp, &c.dq, &c.qi };
            for (int i = 0; i < 5; ++i) {
                auto v = secretMember(o, crt[i]);
                if (!v.ok())
                    return v.error();
                *out[i] = std::move(*v);
            }
        }
    } else {
        for (const char* m : { "p", "q", "dp", "dq", "qi" })
            if (o.contains(QString::fromLatin1(m)))
                return Error(ErrorCode::Malformed, tr("The RSA JWK has private factors but no \"d\""));
    }
    auto key = evp::buildRsa(c, check == KeyCheck::Stored ? evp::RsaCheck::Stored : evp::RsaCheck::Full);
    if (!key.ok())
        return key.error();
    d.isPrivate = !c.d.isEmpty();
    d.pkey = std::move(*key);
    d.bits = EVP_PKEY_get_bits(d.pkey.get());
    return {};
}

Status parseCurveKey(const QJsonObject& o, Jwk::Data& d)
{
    auto crv = stringMember(o, "crv", true);
    if (!crv.ok())
        return crv.error();
    const CurveInfo* info = curveByJwkName(*crv);
    const bool okp = d.type == KeyType::Okp;
    if (!info || okp != (info->curve == Curve::Ed25519 || info->curve == Curve::X25519))
        return Error(ErrorCode::UnsupportedAlg,
            tr("The curve \"%1\" is not supported for %2 keys").arg(*crv, keyTypeName(d.type)));
    d.curve = info->curve;
    d.bits = info->bits;
    auto x = b64Member(o, "x");
    if (!x.ok())
        return x.error();
    QByteArray y;
    if (!okp) {
        auto yy = b64Member(o, "y");
        if (!yy.ok())
            return yy.error();
        y = *yy;
    } else if (o.contains(QStringLiteral("y"))) {
        return Error(ErrorCode::Malformed, tr("An OKP JWK has no \"y\" member"));
    }
    // RFC 7518 §6.2.1.2 / RFC 8037 §2: coordinates are exactly the field length.
    if (x->size() != info->fieldBytes || (!okp && y.size() != info->fieldBytes))
        return Error(ErrorCode::Malformed,
            tr("The %1 coordinates must be %2 bytes long").arg(*crv).arg(info->fieldBytes));
    SecureBytes priv;
    if (o.contains(QStringLiteral("d"))) {
        auto dd = secretMember(o, "d");
        if (!dd.ok())
            return dd.error();
        if (dd->isize() != info->fieldBytes)
            return Error(ErrorCode::Malformed,
                tr("The %1 private key must be %2 bytes long").arg(*crv).arg(info->fieldBytes));
        priv = std::move(*dd);
    }
    auto key
        = okp ? evp::buildOkp(info->opensslName, *x, priv) : evp::buildEc(info->opensslName, *x, y, priv);
    if (!key.ok())
        return key.error();
    d.isPrivate = !priv.isEmpty();
    d.pkey = std::move(*key);
    return {};
}

Status parseOct(const QJsonObject& o, Jwk::Data& d)
{
    auto k = secretMember(o, "k");
    if (!k.ok())
        return k.error();
    if (k->isEmpty())
        return Error(ErrorCode::WeakKey, tr("The oct JWK has an empty secret"));
    d.octets = std::move(*k);
    d.bits = d.octets.isize() * 8;
    d.isPrivate = true;
    return {};
}

} // namespace

Status parseMembers(const QJsonObject& o, Jwk::Data& data, KeyCheck check)
{
    auto kty = stringMember(o, "kty", true);
    if (!kty.ok())
        return kty.error();
    Status parsed;
    if (*kty == QLatin1String("RSA")) {
        data.type = KeyType::Rsa;
        parsed = parseRsa(o, data, check);
    } else if (*kty == QLatin1String("EC") || *kty == QLatin1String("OKP")) {
        data.type = *kty == QLatin1String("EC") ? KeyType::Ec : KeyType::Okp;
        parsed = parseCurveKey(o, data);
    } else if (*kty == QLatin1String("oct")) {
        data.type = KeyType::Oct;
        parsed = parseOct(o, data);
    } else {
        return Error(ErrorCode::UnsupportedAlg, tr("Key type \"%1\" is not supported").arg(*kty));
    }
    if (!parsed.ok())
        return parsed;
    return parseCommon(o, data);
}

} // namespace keyward::core::jwkdetail
