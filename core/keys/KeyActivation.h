// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeyRecord.h"

#include <QList>

namespace keyward::core {

class Vault;

// Moves pending keys whose activation time has come to active (SPEC §3), each audited as
// "key.activated": primary only when their (set, use) never had a primary (PrimaryRule), else
// published ahead as a successor that an approved rotation may make primary.
// Front ends call it right after unlocking and whenever the officer asks (GUI refresh,
// `key activate-due`). Nothing due → empty list, no event.
Result<QList<KeyRecord>> activateDueKeys(Vault& vault);

} // namespace keyward::core
