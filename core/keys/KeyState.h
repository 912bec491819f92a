// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace keyward::core {

// SPEC §3 key states, with their NIST SP 800-57 Part 1 names.
enum class KeyState {
    Pending, // pre-activation
    Active, // active
    Grace, // deactivated: overlap window after a successor became primary
    Retired, // deactivated: enc keys keep decrypt-only archive access
    Revoked, // compromised: from any state but destroyed, never reactivated
    Destroyed, // destroyed: private material erased, metadata and public key kept
};

enum class KeyUse { Sig, Enc };

QString keyStateName(KeyState state); // "pending", "active", ...
QString keyStateNistName(KeyState state); // "pre-activation", "active", "deactivated", ...
std::optional<KeyState> keyStateFromName(const QString& name);
QList<KeyState> allKeyStates();

QString keyUseName(KeyUse use); // "sig" | "enc"
std::optional<KeyUse> keyUseFromName(const QString& name);

// The one place that says which lifecycle moves exist. Everything that changes a key's state asks
// this first, so neither front end can invent a transition.
class KeyStateMachine {
public:
    static bool canTransition(KeyState from, KeyState to);
    static Status checkTransition(KeyState from, KeyState to); // Refused with a specific reason
    static QList<KeyState> successors(KeyState from);

    // What each state allows (SPEC §3 table).
    static bool isPublished(KeyState state, KeyUse use, bool prePublishSig = false);
    static bool allowsNewOperations(KeyState state, bool primary);
    static bool allowsDecryptOrVerify(KeyState state, KeyUse use);
};

} // namespace keyward::core
