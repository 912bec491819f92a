// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace keyward::core {

class Clock;
class Vault;

// Fills the demo vault (after seedDemoKeys, before seedDemoRequests so the demo rotation's overlap
// is computed from these workloads) with the trust map of `keyward --demo`: eight workloads —
// gateways, services, a mobile SDK pinned to the revoked pay-legacy-rsa (stale trust: it is still
// observed using it), a partner SSO pinning the federation key, a never-observed HR app whose
// one-day JWKS cache keeps the identity-tokens rotation converging — and a gateway log imported
// through the real observation import. Everything is an audited change.
Status seedDemoTrust(Vault& vault, const Clock& clock);

} // namespace keyward::core
