// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleState.h"

#include "keys/KeyPrecondition.h"
#include "keys/KeyStore.h"

namespace keyward::ui {

QString keyChangedElsewhere(core::Database& db, const core::KeyRecord& seen)
{
    const core::Result<core::KeyRecord> now = core::KeyStore(db).find(seen.kid, seen.keySet);
    if (!now)
        return now.code() == core::ErrorCode::NotFound ? now.message() : QString();
    const core::Status same = core::KeyPrecondition::of(seen).check(now.value());
    return same ? QString() : same.message();
}

} // namespace keyward::ui
