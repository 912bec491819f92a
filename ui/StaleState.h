// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward::core {
class Database;
struct KeyRecord;
} // namespace keyward::core

namespace keyward::ui {

// After a refused write from a dialog opened on `seen`: the message to show when the key is no
// longer as the officer saw it (another Keyward program changed it), empty otherwise. The dialog
// then closes and the page, refreshed, shows the message over the key as it is now.
QString keyChangedElsewhere(core::Database& db, const core::KeyRecord& seen);

} // namespace keyward::ui
