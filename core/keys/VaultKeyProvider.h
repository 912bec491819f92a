// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyProvider.h"

#include <QCoreApplication>

namespace keyward::core {

class Database;

// Private material as compact private-JWK JSON in the key_material table of the (SQLCipher-
// encrypted) vault database. Read only into SecureBytes, parsed, and wiped.
class VaultKeyProvider final : public KeyProvider {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::VaultKeyProvider)
public:
    explicit VaultKeyProvider(Database& db) : m_db(db) { }

    QString name() const override { return QStringLiteral("vault"); }
    Status storePrivate(qint64 keyId, const Jwk& key) override;
    Result<bool> hasPrivate(qint64 keyId) const override;
    Result<QByteArray> sign(qint64 keyId, const QString& alg, QByteArrayView data) const override;
    Result<Jwk> loadPrivate(qint64 keyId) const override;
    Status erase(qint64 keyId) override;

private:
    Database& m_db;
};

} // namespace keyward::core
