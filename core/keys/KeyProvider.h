// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The narrow door to private key material (SPEC §1). Today the vault's own encrypted database
// holds it (VaultKeyProvider); later a PKCS#11 token will, behind this same interface, so nothing
// above it may assume the private bytes are reachable. Keys are named by their KeyRecord id.

#include "common/Result.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keyward::core {

class KeyProvider {
public:
    virtual ~KeyProvider() = default;

    // Short machine name shown in audit details ("vault", later "pkcs11").
    virtual QString name() const = 0;

    // Keeps the private part of `key` for record `keyId`. Called inside the transaction that
    // inserts the record, so a failure rolls both back. `key` must hold private material.
    virtual Status storePrivate(qint64 keyId, const Jwk& key) = 0;
    virtual Result<bool> hasPrivate(qint64 keyId) const = 0;

    // JWS signature (RFC 7515/7518 form: raw r||s for ECDSA) over `data` with the key's private
    // part. The private bytes never leave the provider.
    virtual Result<QByteArray> sign(qint64 keyId, const QString& alg, QByteArrayView data) const = 0;

    // The private JWK for a decrypt/unwrap operation (test-decrypt, rewrap). Callers drop it as
    // soon as the operation ends; an HSM provider returns a handle-backed key instead.
    virtual Result<Jwk> loadPrivate(qint64 keyId) const = 0;

    // Crypto-shred: the private material is gone for good. Erasing nothing is not an error.
    virtual Status erase(qint64 keyId) = 0;
};

} // namespace keyward::core
