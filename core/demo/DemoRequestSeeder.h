// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QString>

namespace keyward::core {

class Vault;

// Fills the demo vault (after seedDemoKeys) with two-person-rule requests so the Requests page
// shows every state at work, all through the real RequestEngine with real signed approvals:
//   - executed:  rotation of idp-ed25519-2025 (expiring) to a generated successor, approved by
//                the approver — the old key sits in grace with its retirement date;
//   - pending:   rotation of pay-2025-q3 (past its cryptoperiod) to the pre-published
//                pay-2025-q4, and retirement of archive-wrap-kek, both waiting for the approver;
//   - rejected:  a PKCS#8 export of archive-2025, with the approver's reason;
//   - approved:  destruction of the leaked pay-legacy-rsa, scheduled 7 days out (cancellable);
//   - expired:   an earlier rotation request for archive-2025 nobody approved in time (its times
//                are backdated in one audited "demo.backdated" event, as the key seeder does).
// `vault` is open as the requester (key-officer; alice in the demo); `approver` holds approver
// and re-authenticates with `approverPassphrase` for each decision, as the approval dialog does.
// Refuses (AlreadyExists) a vault that already holds requests.
Status seedDemoRequests(Vault& vault, const QString& approver, const SecureBytes& approverPassphrase);

} // namespace keyward::core
