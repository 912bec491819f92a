// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPreconditions.h"

#include "keys/KeyStore.h"
#include "requests/RequestEngine.h"
#include "vault/OfficerStore.h"

#include <algorithm>

namespace keyward::core {

namespace {

Status checkRolesUnchanged(Database& db, const QString& name, QList<Role> seen)
{
    Result<std::optional<Officer>> officer = OfficerStore(db).find(name);
    if (!officer.ok())
        return officer.error();
    QList<Role> now = officer->has_value() ? (*officer)->roles : QList<Role>();
    std::sort(seen.begin(), seen.end());
    std::sort(now.begin(), now.end());
    if (officer->has_value() && now == seen)
        return {};
    const QString change = officer->has_value()
        ? RequestEngine::tr("they now hold %1").arg(roleNames(now).join(QStringLiteral(", ")))
        : RequestEngine::tr("they are no longer an officer");
    return Error(ErrorCode::Refused,
                 RequestEngine::tr("Officer %1 was changed by another Keyward program since you opened this dialog "
                                   "(%2). Nothing was changed; review it and try again.")
                     .arg(name, change));
}

} // namespace

Status checkDraftPreconditions(Database& db, const RequestDraft& draft)
{
    if (draft.expectedKey) {
        Result<KeyRecord> key = KeyStore(db).find(draft.subject, draft.keySet);
        if (!key.ok())
            return key.error();
        KEYWARD_TRY(draft.expectedKey->check(*key));
    }
    if (draft.expectedRoles)
        KEYWARD_TRY(checkRolesUnchanged(db, draft.subject, *draft.expectedRoles));
    return {};
}

} // namespace keyward::core
