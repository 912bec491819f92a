// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwk.h"

#include "common/Base64Url.h"
#include "crypto/Digest.h"
#include "crypto/EvpKeyParams.h"
#include "crypto/OpenSslError.h"
#include "jose/JoseAlgorithms.h"
#include "jose/JwkData.h"
#include "jose/JwkParser.h"
#include "jose/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

#include <openssl/core_names.h>

namespace keyward::core {

using jwkdetail::CurveInfo;
using jwkdetail::curveInfo;
using jwkdetail::kCurves;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::Jwk", text);
}

Result<KeyType> detectType(EVP_PKEY* key, Curve* curve, int* bits)
{
    *curve = Curve::None;
    if (EVP_PKEY_is_a(key, "RSA")) {
        *bits = EVP_PKEY_get_bits(key);
        return KeyType::Rsa;
    }
    for (const CurveInfo& info : kCurves) {
        if (info.curve == Curve::Ed25519 || info.curve == Curve::X25519) {
            if (EVP_PKEY_is_a(key, info.opensslName)) {
                *curve = info.curve;
                *bits = info.bits;
                return KeyType::Okp;
            }
        }
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        std::size_t len = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) == 1) {
            for (const CurveInfo& info : kCurves) {
                if (qstrcmp(group, info.groupAlias) == 0 || qstrcmp(group, info.opensslName) == 0) {
                    *curve = info.curve;
                    *bits = info.bits;
                    return KeyType::Ec;
                }
            }
        }
        ossl::drainErrors();
        return Error(ErrorCode::UnsupportedAlg,
            QCoreApplication::translate(
                "keyward::core::Jwk", "Only the P-256, P-384 and P-521 EC curves are supported"));
    }
    return Error(ErrorCode::UnsupportedAlg,
        QCoreApplication::translate("keyward::core::Jwk", "Key type \"%1\" is not supported")
            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
}

void putSecret(QJsonObject& o, const char* name, const SecureBytes& bytes)
{
    QByteArray text = base64url::encode(bytes.view());
    o.insert(QString::fromLatin1(name), QString::fromLatin1(text));
    secureWipe(text);
}

// The required public members (RFC 7638 §3.2), as base64url text.
QList<std::pair<QString, QString>> requiredMembers(const Jwk::Data& d)
{
    QList<std::pair<QString, QString>> m;
    const auto b64 = [](QByteArrayView v) { return QString::fromLatin1(base64url::encode(v)); };
    m.append({ QStringLiteral("kty"), keyTypeName(d.type) });
    switch (d.type) {
    case KeyType::Rsa:
        m.append({ QStringLiteral("n"), b64(evp::bnParam(d.pkey.get(), OSSL_PKEY_PARAM_RSA_N)) });
        m.append({ QStringLiteral("e"), b64(evp::bnParam(d.pkey.get(), OSSL_PKEY_PARAM_RSA_E)) });
        break;
    case KeyType::Ec: {
        const int len = curveInfo(d.curve)->fieldBytes;
        m.append({ QStringLiteral("crv"), curveName(d.curve) });
        m.append({ QStringLiteral("x"), b64(evp::bnParam(d.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, len)) });
        m.append({ QStringLiteral("y"), b64(evp::bnParam(d.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, len)) });
        break;
    }
    case KeyType::Okp:
        m.append({ QStringLiteral("crv"), curveName(d.curve) });
        m.append({ QStringLiteral("x"), b64(evp::rawPublic(d.pkey.get())) });
        break;
    case KeyType::Oct: {
        QByteArray k = base64url::encode(d.octets.view());
        m.append({ QStringLiteral("k"), QString::fromLatin1(k) });
        secureWipe(k);
        break;
    }
    }
    std::sort(m.begin(), m.end());
    return m;
}

Result<QByteArray> certificateDer(const QString& entry)
{
    // x5c entries are standard base64 (RFC 7517 §4.7), not base64url.
    const auto decoded
        = QByteArray::fromBase64Encoding(entry.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::Jwk", "An \"x5c\" entry is not base64 DER"));
    return decoded.decoded;
}

} // namespace

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Rsa:
        return QStringLiteral("RSA");
    case KeyType::Ec:
        return QStringLiteral("EC");
    case KeyType::Okp:
        return QStringLiteral("OKP");
    case KeyType::Oct:
        return QStringLiteral("oct");
    }
    return QString();
}

QString curveName(Curve curve)
{
    const CurveInfo* info = curveInfo(curve);
    return info ? QString::fromLatin1(info->jwkName) : QString();
}

template <typename Change> Jwk Jwk::modified(Change change) const
{
    if (!d)
        return Jwk();
    auto c = d->copy();
    change(*c);
    return Jwk(c);
}

Jwk::Jwk() = default;
Jwk::Jwk(std::shared_ptr<const Data> data)
    : d(std::move(data))
{
}

Result<Jwk> Jwk::fromJson(const QJsonObject& o)
{
    return fromJsonChecked(o, false);
}

Result<Jwk> Jwk::fromJsonChecked(const QJsonObject& o, bool stored)
{
    auto data = std::make_shared<Data>();
    KEYWARD_TRY(jwkdetail::parseMembers(o, *data, stored ? jwkdetail::KeyCheck::Stored : jwkdetail::KeyCheck::Full));
    Jwk key(data);
    if (o.contains(QStringLiteral("x5c"))) {
        const QJsonValue v = o.value(QStringLiteral("x5c"));
        QStringList chain;
        if (!v.isArray() || v.toArray().isEmpty())
            return Error(ErrorCode::Malformed, tr("The JWK \"x5c\" is not a non-empty array"));
        for (const QJsonValue& c : v.toArray()) {
            if (!c.isString())
                return Error(ErrorCode::Malformed, tr("An \"x5c\" entry is not a string"));
            chain << c.toString();
        }
        auto withChain = key.withX5c(chain);
        if (!withChain.ok())
            return withChain.error();
        key = *withChain;
        const QJsonValue given = o.value(QStringLiteral("x5t#S256"));
        if (!given.isUndefined() && (!given.isString() || given.toString() != key.x5tS256()))
            return Error(ErrorCode::KeyMismatch, tr("The JWK \"x5t#S256\" does not match its certificate"));
    }
    return key;
}

Result<Jwk> Jwk::fromJsonText(QByteArrayView text)
{
    auto object = strictjson::parseObject(text);
    if (!object.ok())
        return object.error();
    return fromJson(*object);
}

Result<Jwk> Jwk::fromStoredJsonText(QByteArrayView text)
{
    auto object = strictjson::parseObject(text);
    if (!object.ok())
        return object.error();
    return fromJsonChecked(*object, true);
}

Result<Jwk> Jwk::fromPkey(ossl::PKey key)
{
    if (!key)
        return Error(ErrorCode::InvalidArgument, tr("No key was given"));
    auto data = std::make_shared<Data>();
    auto type = detectType(key.get(), &data->curve, &data->bits);
    if (!type.ok())
        return type.error();
    data->type = *type;
    switch (data->type) {
    case KeyType::Rsa: {
        const QString weakness = evp::rsaPublicWeakness(
            evp::bnParam(key.get(), OSSL_PKEY_PARAM_RSA_N), evp::bnParam(key.get(), OSSL_PKEY_PARAM_RSA_E));
        if (!weakness.isEmpty())
            return Error(ErrorCode::WeakKey, tr("The RSA key is refused: %1").arg(weakness));
        data->isPrivate = evp::hasParam(key.get(), OSSL_PKEY_PARAM_RSA_D);
        break;
    }
    case KeyType::Ec:
        data->isPrivate = evp::hasParam(key.get(), OSSL_PKEY_PARAM_PRIV_KEY);
        break;
    case KeyType::Okp:
        data->isPrivate = !evp::rawPrivate(key.get()).isEmpty();
        break;
    case KeyType::Oct:
        break;
    }
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!ctx || EVP_PKEY_public_check(ctx.get()) != 1)
        return ossl::cryptoError(ErrorCode::WeakKey, tr("The public key fails validation"));
    if (data->isPrivate && data->type != KeyType::Okp && EVP_PKEY_pairwise_check(ctx.get()) != 1)
        return ossl::cryptoError(ErrorCode::Malformed, tr("The private key does not match its public key"));
    ossl::drainErrors();
    data->pkey = std::move(key);
    return Jwk(data);
}

Result<Jwk> Jwk::fromOctets(SecureBytes secret)
{
    if (secret.isEmpty())
        return Error(ErrorCode::WeakKey, tr("The secret key is empty"));
    auto data = std::make_shared<Data>();
    data->type = KeyType::Oct;
    data->bits = secret.isize() * 8;
    data->isPrivate = true;
    data->octets = std::move(secret);
    return Jwk(data);
}

bool Jwk::isNull() const
{
    return !d;
}
KeyType Jwk::type() const
{
    return d ? d->type : KeyType::Oct;
}
Curve Jwk::curve() const
{
    return d ? d->curve : Curve::None;
}
int Jwk::sizeBits() const
{
    return d ? d->bits : 0;
}
bool Jwk::hasPrivate() const
{
    return d && d->isPrivate;
}
QString Jwk::kid() const
{
    return d ? d->kid : QString();
}
QString Jwk::use() const
{
    return d ? d->use : QString();
}
QString Jwk::alg() const
{
    return d ? d->alg : QString();
}
QStringList Jwk::keyOps() const
{
    return d ? d->keyOps : QStringList();
}
QStringList Jwk::x5c() const
{
    return d ? d->x5c : QStringList();
}
QString Jwk::x5tS256() const
{
    return d ? d->x5tS256 : QString();
}
EVP_PKEY* Jwk::pkey() const
{
    return d ? d->pkey.get() : nullptr;
}

const SecureBytes& Jwk::octets() const
{
    static const SecureBytes empty;
    return d ? d->octets : empty;
}

int Jwk::securityStrengthBits() const
{
    if (!d)
        return 0;
    switch (d->type) {
    case KeyType::Rsa: {
        // NIST SP 800-57 Part 1 Rev. 5 Table 2 (IFC): the strength of the largest row reached.
        const int n = d->bits;
        return n >= 15360 ? 256 : n >= 7680 ? 192 : n >= 3072 ? 128 : n >= 2048 ? 112 : n >= 1024 ? 80 : 0;
    }
    case KeyType::Ec:
        return d->curve == Curve::P256 ? 128 : d->curve == Curve::P384 ? 192 : 256;
    case KeyType::Okp:
        return 128;
    case KeyType::Oct:
        return qMin(d->bits, 256);
    }
    return 0;
}

QString Jwk::weakKeyReason() const
{
    if (!d)
        return QString();
    if (d->type == KeyType::Rsa && d->bits < 2048)
        return tr("The RSA modulus has %1 bits; at least 2048 are required").arg(d->bits);
    if (d->type == KeyType::Oct) {
        if (d->bits < 128)
            return tr("The secret key has %1 bits; at least 128 are required").arg(d->bits);
        const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, d->alg);
        if (!info)
            info = jose::find(jose::AlgKind::KeyManagement, d->alg);
        if (!info)
            info = jose::find(jose::AlgKind::ContentEncryption, d->alg);
        if (info && info->keyBits > 0 && info->family == jose::AlgFamily::Hmac && d->bits < info->keyBits)
            return tr("\"%1\" needs a key of at least %2 bits; this one has %3")
                .arg(d->alg)
                .arg(info->keyBits)
                .arg(d->bits);
        if (info && info->keyBits > 0 && info->family != jose::AlgFamily::Hmac
            && info->family != jose::AlgFamily::Pbes2 && d->bits != info->keyBits)
            return tr("\"%1\" needs a key of exactly %2 bits; this one has %3")
                .arg(d->alg)
                .arg(info->keyBits)
                .arg(d->bits);
    }
    return QString();
}

Jwk Jwk::withKid(const QString& kid) const
{
    return modified([&](Data& c) { c.kid = kid; });
}

Jwk Jwk::withUse(const QString& use) const
{
    return modified([&](Data& c) { c.use = use; });
}

Jwk Jwk::withAlg(const QString& alg) const
{
    return modified([&](Data& c) { c.alg = alg; });
}

Result<Jwk> Jwk::withX5c(const QStringList& chain) const
{
    if (!d)
        return Error(ErrorCode::InvalidArgument, tr("No key was given"));
    if (d->type == KeyType::Oct)
        return Error(ErrorCode::KeyMismatch, tr("A secret key cannot carry a certificate chain"));
    auto c = d->copy();
    c->x5c = chain;
    c->x5tS256.clear();
    if (!chain.isEmpty()) {
        QByteArray leafDer;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            auto der = certificateDer(chain.at(i));
            if (!der.ok())
                return der.error();
            const auto* p = reinterpret_cast<const unsigned char*>(der->constData());
            ossl::X509Ptr cert(d2i_X509(nullptr, &p, long(der->size())));
            if (!cert || p != reinterpret_cast<const unsigned char*>(der->constData()) + der->size())
                return ossl::cryptoError(
                    ErrorCode::Malformed, tr("An \"x5c\" entry is not an X.509 certificate"));
            if (i == 0) {
                leafDer = *der;
                // RFC 7517 §4.7: the key in the first certificate MUST match the JWK.
                if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), d->pkey.get()) != 1) {
                    ossl::drainErrors();
                    return Error(
                        ErrorCode::KeyMismatch, tr("The first \"x5c\" certificate holds a different key"));
                }
            }
        }
        c->x5tS256 = QString::fromLatin1(base64url::encode(digest::sha256(leafDer)));
    }
    return Jwk(c);
}

QJsonObject Jwk::toPublicJson() const
{
    QJsonObject o;
    if (!d)
        return o;
    if (d->type != KeyType::Oct)
        for (const auto& [name, value] : requiredMembers(*d))
            o.insert(name, value);
    else
        o.insert(QStringLiteral("kty"), keyTypeName(d->type)); // a secret has no public part
    if (!d->kid.isEmpty())
        o.insert(QStringLiteral("kid"), d->kid);
    if (!d->use.isEmpty())
        o.insert(QStringLiteral("use"), d->use);
    if (!d->alg.isEmpty())
        o.insert(QStringLiteral("alg"), d->alg);
    if (!d->keyOps.isEmpty())
        o.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(d->keyOps));
    if (!d->x5c.isEmpty()) {
        o.insert(QStringLiteral("x5c"), QJsonArray::fromStringList(d->x5c));
        o.insert(QStringLiteral("x5t#S256"), d->x5tS256);
    }
    return o;
}

QJsonObject Jwk::toPrivateJson() const
{
    QJsonObject o = toPublicJson();
    if (!d || !d->isPrivate)
        return o;
    EVP_PKEY* k = d->pkey.get();
    switch (d->type) {
    case KeyType::Rsa:
        putSecret(o, "d", evp::secretBnParam(k, OSSL_PKEY_PARAM_RSA_D));
        if (evp::hasParam(k, OSSL_PKEY_PARAM_RSA_FACTOR1)) {
            putSecret(o, "p", evp::secretBnParam(k, OSSL_PKEY_PARAM_RSA_FACTOR1));
            putSecret(o, "q", evp::secretBnParam(k, OSSL_PKEY_PARAM_RSA_FACTOR2));
            putSecret(o, "dp", evp::secretBnParam(k, OSSL_PKEY_PARAM_RSA_EXPONENT1));
            putSecret(o, "dq", evp::secretBnParam(k, OSSL_PKEY_PARAM_RSA_EXPONENT2));
            putSecret(o, "qi", evp::secretBnParam(k, OSSL_PKEY_PARAM_RSA_COEFFICIENT1));
        }
        break;
    case KeyType::Ec:
        putSecret(o, "d", evp::secretBnParam(k, OSSL_PKEY_PARAM_PRIV_KEY, curveInfo(d->curve)->fieldBytes));
        break;
    case KeyType::Okp:
        putSecret(o, "d", evp::rawPrivate(k));
        break;
    case KeyType::Oct:
        putSecret(o, "k", d->octets);
        break;
    }
    return o;
}

Jwk Jwk::publicOnly() const
{
    if (!d || !d->isPrivate || d->type == KeyType::Oct)
        return d && d->type == KeyType::Oct ? Jwk() : *this;
    auto c = d->copy();
    // Re-import the public members only, so no private component stays reachable from the copy.
    QJsonObject pub;
    for (const auto& [name, value] : requiredMembers(*d))
        pub.insert(name, value);
    auto parsed = fromJson(pub);
    if (!parsed.ok())
        return Jwk();
    c->pkey = ossl::upRef(parsed->pkey());
    c->isPrivate = false;
    return Jwk(c);
}

QByteArray Jwk::thumbprint(const QString& hashName) const
{
    if (!d)
        return QByteArray();
    // RFC 7638 §3: required members only, sorted by name, no whitespace. Every value is a
    // base64url string or a fixed name, so no JSON escaping is ever needed.
    QByteArray json("{");
    bool first = true;
    for (const auto& [name, value] : requiredMembers(*d)) {
        if (!first)
            json += ',';
        first = false;
        json += '"' + name.toLatin1() + "\":\"" + value.toLatin1() + '"';
    }
    json += '}';
    QByteArray out;
    if (hashName == QLatin1String("SHA384"))
        out = digest::sha384(json);
    else if (hashName == QLatin1String("SHA512"))
        out = digest::sha512(json);
    else
        out = digest::sha256(json);
    secureWipe(json); // holds k for oct keys
    return out;
}

QString Jwk::thumbprintBase64Url() const
{
    return d ? QString::fromLatin1(base64url::encode(thumbprint())) : QString();
}

bool Jwk::sameKeyMaterial(const Jwk& other) const
{
    if (!d || !other.d || d->type != other.d->type)
        return false;
    if (d->type == KeyType::Oct)
        return d->octets.constantTimeEquals(other.d->octets.view());
    return EVP_PKEY_eq(d->pkey.get(), other.d->pkey.get()) == 1;
}

} // namespace keyward::core
