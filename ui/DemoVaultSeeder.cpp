// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoVaultSeeder.h"

#include "demo/DemoKeySeeder.h"

namespace keyward::ui {

using core::Role;

DemoVaultSeeder::DemoVaultSeeder(const core::Clock& clock)
    : m_clock(clock)
{
}

QList<DemoVaultSeeder::DemoOfficer> DemoVaultSeeder::officers()
{
    return {
        { QStringLiteral("alice"), { Role::Admin, Role::KeyOfficer }, QStringLiteral("alice-demo-passphrase") },
        { QStringLiteral("bob"), { Role::Approver }, QStringLiteral("bob-demo-passphrase") },
        { QStringLiteral("carol"), { Role::Auditor }, QStringLiteral("carol-demo-passphrase") },
    };
}

core::Status DemoVaultSeeder::seed(const core::VaultLocation& location) const
{
    const DemoOfficer first = officers().constFirst();
    auto created = core::Vault::create(location, first.name, first.roles,
                                       core::SecureBytes::fromView(first.passphrase.toUtf8()), demoKdf(), m_clock);
    if (!created)
        return created.error();
    core::Vault& vault = *created.value();
    KEYWARD_TRY(seedOfficers(vault));
    // The Keys page: a realistic inventory in every state, seeded through the real commands.
    KEYWARD_TRY(core::seedDemoKeys(vault, m_clock));
    vault.lock();
    return {};
}

core::Status DemoVaultSeeder::seedOfficers(core::Vault& vault) const
{
    const QList<DemoOfficer> all = officers();
    // alice created the vault; bob (the approver) is the bootstrap's second officer.
    for (qsizetype i = 1; i < all.size(); ++i) {
        const DemoOfficer& officer = all.at(i);
        KEYWARD_TRY(vault.addOfficer(officer.name, officer.roles,
                                     core::SecureBytes::fromView(officer.passphrase.toUtf8()), demoKdf()));
    }
    return {};
}

} // namespace keyward::ui
