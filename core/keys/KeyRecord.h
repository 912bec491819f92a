// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyward::core {

// Inventory metadata for one key (SPEC §3, NIST SP 800-130). The private material is not here:
// it stays encrypted in the vault and is reached only through the key provider.
struct KeyRecord {
    qint64 id = 0; // database row id
    QString kid;
    QString keySet;
    KeyUse use = KeyUse::Sig;
    QString alg; // empty: no alg pinned (imported JWK without alg)
    QString keyType; // "RSA", "EC", "OKP", "oct"
    QString curveOrSize; // "P-256", "Ed25519", "3072" ...
    int sizeBits = 0;
    int strengthBits = 0; // derived security strength
    QString owner;
    QString environment = QStringLiteral("prod");
    QDateTime createdAt;
    QDateTime activatesAt; // null: at once
    QDateTime expiresAt;
    QDateTime retireAfter; // computed when the key enters grace
    KeyState state = KeyState::Pending;
    bool primary = false;
    int version = 1; // within its lineage
    QString predecessorKid;
    QString successorKid;
    QString createdByProduct; // "Keyward 0.1.0" or what an import says
    QString createdBy; // officer
    QString thumbprint; // RFC 7638 SHA-256, base64url
    QJsonObject publicJwk;
    bool hasPrivate = false;
    QStringList tags;
    QString notes;

    bool noAlgPinned() const { return alg.isEmpty(); }
};

} // namespace keyward::core
