// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

namespace keyward::core {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::KeyOfficer: return QStringLiteral("key-officer");
    case Role::Approver: return QStringLiteral("approver");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return QString();
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : allRoles()) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return { Role::Admin, Role::KeyOfficer, Role::Approver, Role::Auditor };
}

QStringList roleNames(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(roleName(role));
    return names;
}

} // namespace keyward::core
