// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The signed details of an "officer.removed" event, as Vault::removeOfficer writes them, for tests
// that stage a removal by hand (crash recovery, backups during a re-key): an unsigned removal is
// what the signed roster refuses as tampering (issue #12).

#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "vault/KeySlots.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"

#include <QJsonObject>

#include <memory>

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

// A bare AuditLog signs its heads as `officer` would (the signed log, issue #12): what
// Vault::open installs, for tests that write through their own connection.
inline bool signHeadsAs(core::AuditLog& audit, const QString& vaultId, const QString& officer,
                        const core::SecureBytes& signingPrivate)
{
    using namespace keyward::core;
    Result<ossl::PKey> key = slotcrypto::ed25519PrivateKey(signingPrivate);
    if (!key.ok())
        return false;
    auto shared = std::make_shared<ossl::PKey>(std::move(*key));
    audit.signHeads(vaultId,
                    HeadSigner { officer, [shared](QByteArrayView payload) { return slotcrypto::ed25519Sign(shared->get(), payload); } },
                    {});
    return true;
}

} // namespace keyward::test
