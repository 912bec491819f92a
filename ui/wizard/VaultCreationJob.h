// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfProvider.h"
#include "vault/Vault.h"

#include <memory>
#include <optional>

namespace keyward::ui {

// What the first-run wizard hands to a worker thread: calibrate Argon2, create the vault with the
// first officer, add the second (the bootstrap, SPEC §2). Either both officers exist afterwards
// or no vault is left behind.
struct VaultCreationJob {
    struct NewOfficer {
        QString name;
        QList<core::Role> roles;
        core::SecureBytes passphrase;
    };

    core::VaultLocation location;
    NewOfficer first;
    NewOfficer second;
    KdfProvider kdf;
    const core::Clock* clock = nullptr;

    std::unique_ptr<core::Vault> vault;
    std::optional<core::Error> error;

    void run();
};

} // namespace keyward::ui
