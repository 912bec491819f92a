// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace keyward::core {

class Clock;
class Vault;

// Fills an open vault with a realistic key inventory for `keyward --demo`: three key sets
// (payments-api sig, identity-tokens sig, archive-enc enc) and twelve keys in every state, with
// the flags an officer should notice (expiring within 7 days, past cryptoperiod, no alg pinned,
// a pre-published successor, a revoked key with an open break-glass review). Everything goes
// through the real commands, so the audit chain records it; keys that must look old are
// backdated in one final "demo.backdated" event, so the log says so. The current officer needs
// the key-officer and admin roles. Refuses (AlreadyExists) a vault that already holds keys.
Status seedDemoKeys(Vault& vault, const Clock& clock);

} // namespace keyward::core
