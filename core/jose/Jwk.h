// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RFC 7517 JSON Web Key over an OpenSSL EVP_PKEY (RSA, EC, OKP) or secret octets (oct).
// Cheap to copy: the key material is shared and immutable.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "crypto/OpenSslHandles.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyward::core {

enum class KeyType { Rsa, Ec, Okp, Oct };
enum class Curve { None, P256, P384, P521, Ed25519, X25519 };

QString keyTypeName(KeyType type); // "RSA", "EC", "OKP", "oct"
QString curveName(Curve curve); // "P-256", ..., "Ed25519", "X25519", "" for None

class Jwk {
public:
    Jwk(); // empty (isNull)

    // Parses and validates a JWK object: required members per kty, base64url strictness, RSA
    // private CRT consistency, EC points on the curve, `use`/`alg`/`key_ops` consistency.
    static Result<Jwk> fromJson(const QJsonObject& object);
    static Result<Jwk> fromJsonText(QByteArrayView text); // strict JSON (duplicate members refused)
    // A private key the vault validated in full when it was admitted, read back from its storage:
    // the same parse, but an RSA key gets a pairwise consistency test (one private-key operation)
    // instead of OpenSSL's SP 800-56B checks again (~0.2 s of CPU for RSA-2048, per load).
    static Result<Jwk> fromStoredJsonText(QByteArrayView text);
    // Takes ownership of an EVP_PKEY (public or private).
    static Result<Jwk> fromPkey(ossl::PKey key);
    static Result<Jwk> fromOctets(SecureBytes secret);

    bool isNull() const;
    KeyType type() const;
    Curve curve() const;
    int sizeBits() const; // modulus bits, curve field bits, or secret bits
    int securityStrengthBits() const; // NIST SP 800-57 Part 1 Table 2 equivalent
    bool hasPrivate() const; // private RSA/EC/OKP material, or any oct key

    QString kid() const;
    QString use() const; // "", "sig" or "enc"
    QString alg() const; // "" when no alg is pinned
    QStringList keyOps() const;
    Jwk withKid(const QString& kid) const;
    Jwk withUse(const QString& use) const;
    Jwk withAlg(const QString& alg) const;

    EVP_PKEY* pkey() const; // nullptr for oct
    const SecureBytes& octets() const; // empty unless oct

    // Public members only (plus kid/use/alg/key_ops/x5c/x5t#S256 when set). Never secret.
    QJsonObject toPublicJson() const;
    // Includes private members: only for approved exports and tests, never logs.
    QJsonObject toPrivateJson() const;
    Jwk publicOnly() const;

    // RFC 7638 thumbprint over the required public members.
    QByteArray thumbprint(const QString& hashName = QStringLiteral("SHA256")) const; // raw digest
    QString thumbprintBase64Url() const; // SHA-256, base64url: the default kid

    // x5c chain (base64 DER, leaf first) when the key came from a certificate.
    QStringList x5c() const;
    // Checks the leaf certificate holds this key; sets x5t#S256 from the leaf.
    Result<Jwk> withX5c(const QStringList& chain) const;
    QString x5tS256() const; // base64url SHA-256 of the leaf DER, "" without x5c

    // Why this key should not be trusted for new work although it parses (RSA < 2048 bits, an oct
    // key shorter than 128 bits or than its pinned HS*/A*KW/A*GCM algorithm needs), or "".
    // Broken keys (e = 1, even e, ROCA moduli, off-curve points) never parse at all (WeakKey).
    QString weakKeyReason() const;

    // Same key material (public parts compared, constant time for oct).
    bool sameKeyMaterial(const Jwk& other) const;

    struct Data;

private:
    explicit Jwk(std::shared_ptr<const Data> data);
    static Result<Jwk> fromJsonChecked(const QJsonObject& object, bool stored);
    template <typename Change>
    Jwk modified(Change change) const; // copy-on-write: the shared material is never mutated
    std::shared_ptr<const Data> d;
};

} // namespace keyward::core
