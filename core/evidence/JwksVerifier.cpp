// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwksVerifier.h"

#include "evidence/EvidenceFiles.h"
#include "evidence/JwksExport.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/StrictJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::JwksVerifier)
};

std::optional<QJsonObject> readObject(const QDir& dir, const QString& name, EvidenceReport& report)
{
    Result<QByteArray> bytes = EvidenceFiles::read(dir.filePath(name));
    if (!bytes.ok()) {
        report.fail(Tr::tr("%1 is readable").arg(name), bytes.message());
        return std::nullopt;
    }
    Result<QJsonObject> object = strictjson::parseObject(*bytes);
    if (!object.ok()) {
        report.fail(Tr::tr("%1 is JSON").arg(name), Tr::tr("%1 is not valid JSON: %2").arg(name, object.message()));
        return std::nullopt;
    }
    return *object;
}

bool checkDigests(const QDir& dir, const QJsonObject& manifest, const QStringList& required, EvidenceReport& report)
{
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QStringList listed;
    for (const QJsonValue& value : files) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.')))
            return report.fail(Tr::tr("manifest.json names its files"), Tr::tr("manifest.json names a file outside the folder: \"%1\".").arg(name));
        Result<QByteArray> bytes = EvidenceFiles::read(dir.filePath(name), qint64(1) << 40);
        if (!bytes.ok())
            return report.fail(Tr::tr("%1 is present").arg(name), bytes.message());
        if (file.size() != 3 || file.value(QStringLiteral("size")).toInteger(-1) != bytes->size()
            || EvidenceFiles::sha256Hex(*bytes) != file.value(QStringLiteral("sha256")).toString().toLatin1())
            return report.fail(Tr::tr("%1 matches its SHA-256 in the manifest").arg(name),
                               Tr::tr("%1 was changed: its SHA-256 differs from the one in the manifest.").arg(name));
        report.pass(Tr::tr("%1 matches its SHA-256 in the manifest").arg(name));
        listed.append(name);
    }
    for (const QString& name : required) {
        if (!listed.contains(name))
            return report.fail(Tr::tr("manifest lists %1").arg(name), Tr::tr("The manifest does not list %1.").arg(name));
    }
    return true;
}

// Every field of manifest.json besides the digests is repeated in the signed claims (or the header),
// and the file is in the one form Keyward writes: no byte of it can change unnoticed.
bool checkManifestClaims(const QJsonObject& manifest, const QJsonObject& claims, const QString& kid, const QString& alg,
                         EvidenceReport& report)
{
    const QJsonObject signerJwk = manifest.value(QStringLiteral("signer")).toObject().value(QStringLiteral("jwk")).toObject();
    const qint64 maxAge = claims.value(QStringLiteral("cache_max_age")).toInteger(-1);
    const QString issuer = claims.value(QStringLiteral("iss")).toString();
    const bool same = manifest.size() == 10
        && manifest.value(QStringLiteral("kind")).toString() == QLatin1String("keyward-jwks-bundle")
        && manifest.value(QStringLiteral("generator")) == claims.value(QStringLiteral("generator"))
        && manifest.value(QStringLiteral("generated_at")).toString()
            == QDateTime::fromSecsSinceEpoch(claims.value(QStringLiteral("iat")).toInteger(), Qt::UTC).toString(Qt::ISODate)
        && manifest.value(QStringLiteral("issuer")).toString() == issuer
        && issuer == JwksExport::issuerFor(manifest.value(QStringLiteral("vault")).toString(), manifest.value(QStringLiteral("set")).toString())
        && manifest.value(QStringLiteral("max_age")).toInteger(-2) == maxAge
        && manifest.value(QStringLiteral("cache_control")).toString() == QStringLiteral("max-age=%1").arg(maxAge)
        && manifest.value(QStringLiteral("signer")).toObject().value(QStringLiteral("kid")).toString() == kid
        && manifest.value(QStringLiteral("signer")).toObject().size() == 2
        && signerJwk.value(QStringLiteral("kid")).toString() == kid
        && signerJwk.value(QStringLiteral("use")).toString() == QLatin1String("sig")
        && signerJwk.value(QStringLiteral("alg")).toString() == alg;
    if (!same)
        return report.fail(Tr::tr("manifest.json agrees with the signed claims"),
                           Tr::tr("manifest.json was changed: its issuer, time, generator, cache lifetime or signer "
                                  "differ from what jwks.jws signs."));
    report.pass(Tr::tr("manifest.json agrees with the signed claims (Cache-Control: max-age=%1)").arg(maxAge));
    return true;
}

} // namespace

EvidenceReport JwksVerifier::verify(const QString& path, const QJsonObject& trustedKey, const QDateTime& now)
{
    EvidenceReport report;
    const QDir dir(path);
    const std::optional<QJsonObject> manifest = readObject(dir, QStringLiteral("manifest.json"), report);
    if (!manifest)
        return report;
    Result<QByteArray> manifestBytes = EvidenceFiles::read(dir.filePath(QStringLiteral("manifest.json")));
    if (!manifestBytes.ok() || *manifestBytes != QJsonDocument(*manifest).toJson(QJsonDocument::Indented)) {
        report.fail(tr("manifest.json is as Keyward wrote it"), tr("manifest.json was reformatted or edited."));
        return report;
    }
    if (!checkDigests(dir, *manifest, { QStringLiteral("jwks.json"), QStringLiteral("jwks.jws") }, report))
        return report;
    const std::optional<QJsonObject> jwks = readObject(dir, QStringLiteral("jwks.json"), report);
    if (!jwks)
        return report;
    for (const QString& name : { QStringLiteral("manifest.json"), QStringLiteral("jwks.json") }) {
        const QString member = EvidenceFiles::privateMemberIn(name == QLatin1String("jwks.json") ? *jwks : *manifest);
        if (!member.isEmpty()) {
            report.fail(tr("%1 holds public key members only").arg(name),
                        tr("%1 holds the private JWK member \"%2\": this bundle leaks key material.").arg(name, member));
            return report;
        }
    }
    report.pass(tr("No file holds a private JWK member"));

    Result<QByteArray> jwsText = EvidenceFiles::read(dir.filePath(QStringLiteral("jwks.jws")));
    if (!jwsText.ok()) {
        report.fail(tr("jwks.jws is readable"), jwsText.message());
        return report;
    }
    Result<Jws> jws = Jws::parse(jwsText->trimmed());
    if (!jws.ok() || jws->serialization() != Jws::Serialization::Compact || jws->signatures().size() != 1) {
        report.fail(tr("jwks.jws is a compact JWS"), tr("jwks.jws is not a compact JWS: %1").arg(jws.ok() ? QString() : jws.message()));
        return report;
    }
    const JoseHeader& header = jws->signatures().first().header;
    if (header.protectedHeader().value(QStringLiteral("typ")).toString() != QLatin1String("jwk-set+jwt")) {
        report.fail(tr("jwks.jws has typ jwk-set+jwt"), tr("jwks.jws does not declare typ jwk-set+jwt."));
        return report;
    }
    QJsonObject keyJson = trustedKey;
    if (keyJson.isEmpty()) {
        keyJson = manifest->value(QStringLiteral("signer")).toObject().value(QStringLiteral("jwk")).toObject();
        report.warnings.append(tr("No trusted key was given: the signature was checked against the key the manifest "
                                  "names, which only proves the bundle is intact, not who made it. Pin the "
                                  "bundle-signing key with --trusted-key."));
    }
    Result<Jwk> key = Jwk::fromJson(keyJson);
    if (!key.ok()) {
        report.fail(tr("The signing key is a usable JWK"), key.message());
        return report;
    }
    const Status signature = jws->verifySignature(0, key->publicOnly());
    if (!signature.ok()) {
        report.fail(tr("jwks.jws is signed by the bundle-signing key"),
                    tr("The signature of jwks.jws does not verify: %1").arg(signature.message()));
        return report;
    }
    report.pass(tr("jwks.jws is signed by the bundle-signing key %1").arg(header.kid()));

    Result<QJsonObject> claims = strictjson::parseObject(jws->payload());
    if (!claims.ok()) {
        report.fail(tr("jwks.jws carries JSON claims"), claims.message());
        return report;
    }
    for (const QString& claim : { QStringLiteral("iss"), QStringLiteral("iat"), QStringLiteral("exp"), QStringLiteral("keys") }) {
        if (!claims->contains(claim)) {
            report.fail(tr("jwks.jws carries iss, iat, exp and keys"), tr("jwks.jws has no \"%1\" claim.").arg(claim));
            return report;
        }
    }
    if (claims->value(QStringLiteral("keys")) != jwks->value(QStringLiteral("keys"))) {
        report.fail(tr("The signed keys equal jwks.json"), tr("jwks.json differs from the keys signed in jwks.jws."));
        return report;
    }
    report.pass(tr("The signed keys equal jwks.json (%n key(s))", nullptr, int(jwks->value(QStringLiteral("keys")).toArray().size())));
    const qint64 exp = claims->value(QStringLiteral("exp")).toInteger();
    if (now.isValid() && exp <= now.toSecsSinceEpoch()) {
        report.fail(tr("The bundle has not expired"),
                    tr("The bundle expired at %1 (exp): publish a fresh one.")
                        .arg(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate)));
        return report;
    }
    if (!checkManifestClaims(*manifest, *claims, header.kid(), header.protectedHeader().value(QStringLiteral("alg")).toString(), report))
        return report;
    report.pass(tr("The bundle is valid until %1").arg(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate)));
    return report;
}

} // namespace keyward::core
