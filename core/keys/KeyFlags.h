// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"

#include <QDateTime>
#include <QFlags>
#include <QStringList>

namespace keyward::core {

// What an officer must notice about a key, computed from the record, its set's policy and now.
// Shown everywhere a key is listed (inventory, CLI `key list`, evidence report).
enum class KeyFlag {
    None = 0,
    PastCryptoperiod = 1 << 0, // created + cryptoperiod is behind us while still in use
    ExpiringSoon = 1 << 1, // inside the first warning window
    ExpiringImminently = 1 << 2, // inside the final warning window
    Expired = 1 << 3, // expiry passed while active or in grace
    NoAlgPinned = 1 << 4,
};
Q_DECLARE_FLAGS(KeyFlags, KeyFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyFlags)

KeyFlags computeKeyFlags(const KeyRecord& key, const KeySetPolicy& policy, const QDateTime& now);
QDateTime cryptoperiodEnd(const KeyRecord& key, const KeySetPolicy& policy);
QStringList keyFlagNames(KeyFlags flags); // "past-cryptoperiod", "expiring-soon", ...
QStringList keyFlagDescriptions(KeyFlags flags); // translated sentences

} // namespace keyward::core
