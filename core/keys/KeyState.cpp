// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyState.h"

#include <QCoreApplication>

namespace keyward::core {

QString keyStateName(KeyState state)
{
    switch (state) {
    case KeyState::Pending: return QStringLiteral("pending");
    case KeyState::Active: return QStringLiteral("active");
    case KeyState::Grace: return QStringLiteral("grace");
    case KeyState::Retired: return QStringLiteral("retired");
    case KeyState::Revoked: return QStringLiteral("revoked");
    case KeyState::Destroyed: return QStringLiteral("destroyed");
    }
    return QString();
}

QString keyStateNistName(KeyState state)
{
    switch (state) {
    case KeyState::Pending: return QStringLiteral("pre-activation");
    case KeyState::Active: return QStringLiteral("active");
    case KeyState::Grace:
    case KeyState::Retired: return QStringLiteral("deactivated");
    case KeyState::Revoked: return QStringLiteral("compromised");
    case KeyState::Destroyed: return QStringLiteral("destroyed");
    }
    return QString();
}

QList<KeyState> allKeyStates()
{
    return { KeyState::Pending, KeyState::Active, KeyState::Grace,
             KeyState::Retired, KeyState::Revoked, KeyState::Destroyed };
}

std::optional<KeyState> keyStateFromName(const QString& name)
{
    for (KeyState state : allKeyStates()) {
        if (keyStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString keyUseName(KeyUse use)
{
    return use == KeyUse::Sig ? QStringLiteral("sig") : QStringLiteral("enc");
}

std::optional<KeyUse> keyUseFromName(const QString& name)
{
    if (name == QLatin1String("sig"))
        return KeyUse::Sig;
    if (name == QLatin1String("enc"))
        return KeyUse::Enc;
    return std::nullopt;
}

QList<KeyState> KeyStateMachine::successors(KeyState from)
{
    switch (from) {
    case KeyState::Pending: return { KeyState::Active, KeyState::Revoked, KeyState::Destroyed };
    case KeyState::Active: return { KeyState::Grace, KeyState::Retired, KeyState::Revoked };
    case KeyState::Grace: return { KeyState::Retired, KeyState::Revoked };
    case KeyState::Retired: return { KeyState::Revoked, KeyState::Destroyed };
    case KeyState::Revoked: return { KeyState::Destroyed };
    case KeyState::Destroyed: return {};
    }
    return {};
}

bool KeyStateMachine::canTransition(KeyState from, KeyState to)
{
    return successors(from).contains(to);
}

Status KeyStateMachine::checkTransition(KeyState from, KeyState to)
{
    if (canTransition(from, to))
        return {};
    const auto tr = [](const char* text) { return QCoreApplication::translate("keyward::core::KeyStateMachine", text); };
    if (from == KeyState::Destroyed)
        return Error(ErrorCode::Refused, tr("The key was destroyed; a destroyed key never changes state again."));
    if (from == KeyState::Revoked)
        return Error(ErrorCode::Refused, tr("The key was revoked; a revoked key can only be destroyed, never reactivated."));
    return Error(ErrorCode::Refused, tr("A key cannot move from %1 to %2.").arg(keyStateName(from), keyStateName(to)));
}

bool KeyStateMachine::isPublished(KeyState state, KeyUse use, bool prePublishSig)
{
    switch (state) {
    case KeyState::Pending: return use == KeyUse::Sig && prePublishSig;
    case KeyState::Active: return true;
    case KeyState::Grace: return use == KeyUse::Sig;
    case KeyState::Retired:
    case KeyState::Revoked:
    case KeyState::Destroyed: return false;
    }
    return false;
}

bool KeyStateMachine::allowsNewOperations(KeyState state, bool primary)
{
    return state == KeyState::Active && primary;
}

bool KeyStateMachine::allowsDecryptOrVerify(KeyState state, KeyUse use)
{
    switch (state) {
    case KeyState::Active:
    case KeyState::Grace: return true;
    case KeyState::Retired: return use == KeyUse::Enc; // decrypt-only archive access
    case KeyState::Pending:
    case KeyState::Revoked: // flagged: callers report key-revoked rather than silently succeed
    case KeyState::Destroyed: return false;
    }
    return false;
}

} // namespace keyward::core
