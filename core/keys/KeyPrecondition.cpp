// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPrecondition.h"

namespace keyward::core {

KeyPrecondition KeyPrecondition::of(const KeyRecord& key)
{
    return { key.state, key.primary, key.version, key.expiresAt, key.successorKid };
}

Status KeyPrecondition::check(const KeyRecord& now) const
{
    QString change;
    if (now.state != state)
        //: Inside "(it is now %1)": the key's new state.
        change = tr("it is now %1").arg(keyStateName(now.state));
    else if (now.primary != primary)
        change = now.primary ? tr("it is now the primary key") : tr("it is no longer the primary key");
    else if (now.successorKid != successorKid)
        change = tr("it now has the successor %1").arg(now.successorKid);
    else if (now.expiresAt != expiresAt)
        change = tr("it now expires at %1").arg(now.expiresAt.toUTC().toString(Qt::ISODate));
    else if (now.version != version)
        change = tr("it is now version %1").arg(now.version);
    if (change.isEmpty())
        return {};
    return Error(ErrorCode::Refused,
                 tr("Key %1 was changed by another Keyward program since you opened this dialog (%2). Nothing was "
                    "changed; review it and try again.")
                     .arg(now.kid, change));
}

} // namespace keyward::core
