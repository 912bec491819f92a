// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultKeyProvider.h"

#include "crypto/EvpSign.h"
#include "jose/JoseAlgorithms.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace keyward::core {

Status VaultKeyProvider::storePrivate(qint64 keyId, const Jwk& key)
{
    if (!key.hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("The key has no private part to store."));
    QByteArray json = QJsonDocument(key.toPrivateJson()).toJson(QJsonDocument::Compact);
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("INSERT INTO key_material (key_id, private_jwk) VALUES (?, ?)"));
    if (!stmt.ok()) {
        secureWipe(json);
        return stmt.error();
    }
    stmt->bind(1, keyId).bind(2, json);
    const Status status = stmt->run();
    secureWipe(json);
    return status;
}

Result<bool> VaultKeyProvider::hasPrivate(qint64 keyId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT 1 FROM key_material WHERE key_id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, keyId);
    return stmt->step();
}

Result<Jwk> VaultKeyProvider::loadPrivate(qint64 keyId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT private_jwk FROM key_material WHERE key_id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, keyId);
    Result<bool> row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("The vault holds no private key for this record."));
    QByteArray blob = stmt->columnBlob(0);
    const SecureBytes json = SecureBytes::takeFrom(blob);
    // Validated in full when it was admitted; reading it back must stay cheap (a test run loads
    // each key it uses, a signature loads its key).
    Result<Jwk> key = Jwk::fromStoredJsonText(json.view());
    if (!key.ok())
        return Error(ErrorCode::VaultDamaged, tr("The stored private key does not parse: %1").arg(key.message()));
    if (!key->hasPrivate())
        return Error(ErrorCode::VaultDamaged, tr("The stored private key has no private part."));
    return key;
}

Result<QByteArray> VaultKeyProvider::sign(qint64 keyId, const QString& alg, QByteArrayView data) const
{
    Result<Jwk> key = loadPrivate(keyId);
    if (!key.ok())
        return key.error();
    KEYWARD_TRY(jose::checkKeyForAlg(*key, alg, jose::Purpose::Sign));
    const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, alg);
    if (!info || !key->pkey())
        return Error(ErrorCode::UnsupportedAlg, tr("\"%1\" is not a signature algorithm.").arg(alg));

    evpsign::Scheme scheme = evpsign::Scheme::Ed25519;
    switch (info->family) {
    case jose::AlgFamily::RsaPkcs1: scheme = evpsign::Scheme::RsaPkcs1; break;
    case jose::AlgFamily::RsaPss: scheme = evpsign::Scheme::RsaPss; break;
    case jose::AlgFamily::Ecdsa: scheme = evpsign::Scheme::Ecdsa; break;
    case jose::AlgFamily::EdDsa: scheme = evpsign::Scheme::Ed25519; break;
    default: return Error(ErrorCode::UnsupportedAlg, tr("\"%1\" is not a signature algorithm.").arg(alg));
    }
    return evpsign::sign(key->pkey(), scheme, info->hashBits, data);
}

Status VaultKeyProvider::erase(qint64 keyId)
{
    // The database runs with secure_delete on, so the deleted row's bytes are overwritten in the
    // file, not merely unlinked.
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM key_material WHERE key_id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, keyId);
    return stmt->run();
}

} // namespace keyward::core
