// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/KeyRecord.h"

#include <QCoreApplication>

namespace keyward::core {

// What an officer saw of a key when they opened a dialog or menu on it. Another Keyward program
// (a second keyward-cli or window on the same vault) may change the key before they confirm; a
// command given a precondition re-reads the key inside its write transaction and refuses when it
// no longer matches, so an action is never applied to state the officer did not see.
struct KeyPrecondition {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyPrecondition)
public:
    KeyState state = KeyState::Pending;
    bool primary = false;
    int version = 1;
    QDateTime expiresAt;
    QString successorKid;

    static KeyPrecondition of(const KeyRecord& key);
    // Refused, naming what changed, when `now` is not the key as it was seen.
    Status check(const KeyRecord& now) const;
};

} // namespace keyward::core
