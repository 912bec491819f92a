// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward::core {

struct Officer {
    QString name;
    QList<Role> roles;
    QJsonObject signingJwk; // public part of the officer's personal signing key (Ed25519 OKP JWK)
    QDateTime createdAt;
    QString createdBy;
    bool custodianAcknowledged = false; // PCI DSS 3.7.8, asked at first unlock

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace keyward::core
