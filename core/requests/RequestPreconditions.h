// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace keyward::core {

class Database;
struct RequestDraft;

// The draft's preconditions (RequestDraft::expectedKey, expectedRoles) against the vault as it is
// now. RequestEngine::submit calls it inside its write transaction, so a key or officer another
// Keyward program changed after the officer opened the dialog is refused, not requested.
Status checkDraftPreconditions(Database& db, const RequestDraft& draft);

} // namespace keyward::core
