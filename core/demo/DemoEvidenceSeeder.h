// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo vault's evidence history (issue #15): payments-api gets a bundle-signing key, named by a
// policy change alice requests and `approver` approves, so a first `Export JWKS bundle…` works and
// a first audit export shows every part of the report (inventory in every state, rotations with
// signatures, the open break-glass review, overdue keys, the officers' roster).

#include "common/Result.h"

namespace keyward::core {

class SecureBytes;
class Vault;

Status seedDemoEvidence(Vault& vault, const QString& approver, const SecureBytes& approverPassphrase);

} // namespace keyward::core
