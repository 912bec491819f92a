// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `key generate | import | register | list | show | revoke | activate-due` and
// `keyset list | set` (SPEC §3, §8): thin front ends over the core key commands.

#include "Command.h"

namespace keyward::core {
class SecureBytes;
class Vault;
}

namespace keyward::cli {

class CliContext;

QList<CommandSpec> keyCommands();
QList<CommandSpec> keySetCommands();

// Opens the vault as CliContext::openVault does, then activates pending keys whose date has come
// (SPEC §3: it happens whenever a vault is opened), reporting each on stderr. `keepPassphrase` as in
// CliContext::openVault.
std::unique_ptr<core::Vault> openVaultForKeys(CliContext& context, int& exitCode,
                                              core::SecureBytes* keepPassphrase = nullptr);

} // namespace keyward::cli
