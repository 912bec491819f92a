// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an OfficerCredential holds; only Vault (which makes them) and OfficerCredential see it.

#include "crypto/OpenSslHandles.h"
#include "vault/OfficerCredential.h"

namespace keyward::core {

struct OfficerCredential::Private {
    Officer officer;
    ossl::PKey signingKey; // Ed25519, unwrapped from the officer's keyslot just now
};

} // namespace keyward::core
