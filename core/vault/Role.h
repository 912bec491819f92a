// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward::core {

// SPEC §2. An officer may hold several roles.
enum class Role { Admin, KeyOfficer, Approver, Auditor };

QString roleName(Role role); // "admin", "key-officer", "approver", "auditor"
std::optional<Role> roleFromName(const QString& name);
QList<Role> allRoles();
QStringList roleNames(const QList<Role>& roles);

} // namespace keyward::core
