// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFlags.h"

#include <QCoreApplication>

namespace keyward::core {
namespace {

bool inUse(KeyState state)
{
    return state == KeyState::Active || state == KeyState::Grace || state == KeyState::Pending;
}

} // namespace

QDateTime cryptoperiodEnd(const KeyRecord& key, const KeySetPolicy& policy)
{
    const QDateTime start = key.activatesAt.isValid() ? key.activatesAt : key.createdAt;
    return start.addSecs(policy.cryptoperiodSecs);
}

KeyFlags computeKeyFlags(const KeyRecord& key, const KeySetPolicy& policy, const QDateTime& now)
{
    KeyFlags flags;
    if (key.noAlgPinned())
        flags |= KeyFlag::NoAlgPinned;
    if (!inUse(key.state))
        return flags;
    if (key.state != KeyState::Pending && key.createdAt.isValid() && cryptoperiodEnd(key, policy) <= now)
        flags |= KeyFlag::PastCryptoperiod;
    if (key.expiresAt.isValid()) {
        const qint64 left = now.secsTo(key.expiresAt);
        if (left <= 0) {
            if (key.state != KeyState::Pending)
                flags |= KeyFlag::Expired;
        } else if (left <= policy.warnFinalSecs) {
            flags |= KeyFlag::ExpiringImminently;
        } else if (left <= policy.warnFirstSecs) {
            flags |= KeyFlag::ExpiringSoon;
        }
    }
    return flags;
}

QStringList keyFlagNames(KeyFlags flags)
{
    QStringList names;
    if (flags & KeyFlag::PastCryptoperiod)
        names << QStringLiteral("past-cryptoperiod");
    if (flags & KeyFlag::ExpiringSoon)
        names << QStringLiteral("expiring-soon");
    if (flags & KeyFlag::ExpiringImminently)
        names << QStringLiteral("expiring-imminently");
    if (flags & KeyFlag::Expired)
        names << QStringLiteral("expired");
    if (flags & KeyFlag::NoAlgPinned)
        names << QStringLiteral("no-alg-pinned");
    return names;
}

QStringList keyFlagDescriptions(KeyFlags flags)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("keyward::core", text); };
    QStringList texts;
    if (flags & KeyFlag::PastCryptoperiod)
        texts << tr("Past its cryptoperiod: rotate it.");
    if (flags & KeyFlag::ExpiringSoon)
        texts << tr("Expires within the first warning window.");
    if (flags & KeyFlag::ExpiringImminently)
        texts << tr("Expires within the final warning window.");
    if (flags & KeyFlag::Expired)
        texts << tr("Expired while still in use.");
    if (flags & KeyFlag::NoAlgPinned)
        texts << tr("No alg pinned: usable with every algorithm its type and use allow.");
    return texts;
}

} // namespace keyward::core
