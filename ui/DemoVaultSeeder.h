// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"

#include <QList>
#include <QString>

namespace keyward::ui {

// Fills the throwaway vault of `keyward --demo` with realistic content. The foundation seeds the
// officers; every later issue adds data for its page here (keys, requests, workloads, samples)
// in its own seed step, so the demo always shows each page at work.
class DemoVaultSeeder {
public:
    struct DemoOfficer {
        QString name;
        QList<core::Role> roles;
        QString passphrase; // printed on the unlock screen: demo only
    };

    explicit DemoVaultSeeder(const core::Clock& clock);

    static QList<DemoOfficer> officers();
    // Argon2id cost for the demo vault only. The vault lives in a temporary folder for one run and
    // its passphrases are shown on screen, so a calibrated (~0.5 s per officer) cost protects
    // nothing and would just slow the demo start and every demo unlock. The floor of kdfLimits()
    // is the cheapest cost this program accepts (test cost only in test builds).
    static core::KdfParams demoKdf() { return core::KdfParams::floor(); }

    // Creates the vault at `location` with the demo officers and content, then locks it.
    core::Status seed(const core::VaultLocation& location) const;

private:
    // The officers after the bootstrap's two, each through an approved officer-add request.
    core::Status seedOfficers(core::Vault& vault) const;

    const core::Clock& m_clock;
};

} // namespace keyward::ui
