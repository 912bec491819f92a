// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The signed details of an "officer.removed" event, as Vault::removeOfficer writes them, for tests
// that stage a removal by hand (crash recovery, backups during a re-key): an unsigned removal is
// what the signed roster refuses as tampering (issue #12).

#include "audit/AuditEvent.h"
#include "vault/KeySlots.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"

#include <QJsonObject>

namespace keyward::test {

// `by` signs with the signing key their slot opened to (`signingPrivate`); empty on failure.
inline QJsonObject signedRemovalDetails(const core::KeySlotFile& slots, const QString& by,
                                        const core::SecureBytes& signingPrivate, const QString& removed,
                                        const QDateTime& at)
{
    using namespace keyward::core;
    const KeySlot* signer = slots.find(by);
    Result<ossl::PKey> key = slotcrypto::ed25519PrivateKey(signingPrivate);
    if (!signer || !key.ok())
        return {};
    const QJsonObject statement { { QStringLiteral("v"), RosterStatement::kVersion },
                                  { QStringLiteral("vault"), slots.vaultId },
                                  { QStringLiteral("kind"), QStringLiteral("removal") },
                                  { QStringLiteral("by"), by },
                                  { QStringLiteral("officer"), removed },
                                  { QStringLiteral("at"), AuditEvent::formatTime(at) } };
    Result<QByteArray> jws = RosterStatement::sign(statement, signer->signingJwk, [&](QByteArrayView input) {
        return slotcrypto::ed25519Sign(key->get(), input);
    });
    if (!jws.ok())
        return {};
    return QJsonObject { { RosterStatement::detailsKey(), QString::fromLatin1(*jws) } };
}

} // namespace keyward::test
