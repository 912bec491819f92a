// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What happens when the vault is opened and by `request due` (for a scheduler), SPEC §4:
// overdue requests expire, due scheduled destructions run, and every primary key that reached
// the end of its cryptoperiod (or its expiry's final warning window) without an open rotation
// request gets one drafted by the current officer (when they hold key-officer or admin —
// otherwise it is reported as needing a key officer), so nothing expires unnoticed.

#include "common/Result.h"
#include "requests/Request.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace keyward::core {

class RequestEngine;
class Vault;

struct DueReport {
    QList<Request> expired;
    QList<Request> executed; // scheduled destructions that ran
    QList<Request> drafted; // rotation requests drafted now
    QStringList notes; // translated: keys due that could not be drafted, and why
    QJsonObject toJson() const;
};

class DueWork {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DueWork)
public:
    static Result<DueReport> run(Vault& vault, RequestEngine& engine);
};

} // namespace keyward::core
