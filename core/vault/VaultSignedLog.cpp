// SPDX-License-Identifier: GPL-3.0-or-later
// The Vault's side of the signed log (issue #12): every head signed as the unlocked officer, the
// head they last signed or verified sealed into their own keyslot, and the check at unlock that
// the log still extends it — what catches events cut from the end, which no signature inside
// vault.db can (the remaining prefix is validly signed).

#include "vault/Vault.h"

#include "vault/VaultPrivate.h"

#include "audit/AuditLog.h"
#include "vault/Roster.h"
#include "vault/SlotCrypto.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace keyward::core {

Q_LOGGING_CATEGORY(lcSignedLog, "keyward.vault.signedlog", QtWarningMsg)

void Vault::Private::signHeadsAsOfficer()
{
    audit->signHeads(
        vaultId,
        HeadSigner { officer.name,
                     [this](QByteArrayView payload) { return slotcrypto::ed25519Sign(signingKey.get(), payload); } },
        [this](const AuditLog::Head& head, const QString& fingerprint) { sealOwnHead(head, fingerprint); });
}

void Vault::Private::sealOwnHead(const AuditLog::Head& head, const QString& fingerprint)
{
    // An alarm raised at unlock keeps the sealed head it was raised about, so it is raised again at
    // every unlock until someone investigates (restores the log from a backup).
    if (!headAlarms.isEmpty() || boxPrivate.isEmpty() || !db || db->inTransaction())
        return;
    // Under the write lock: every officer change writes keyslots.json.new under it and promotes it
    // only after its commit, so with no .new file present nobody replaces keyslots.json while this
    // read-modify-write runs. With one present, the head waits for this officer's next commit.
    if (!db->exec(QStringLiteral("BEGIN IMMEDIATE")).ok())
        return;
    if (!QFileInfo::exists(location.pendingKeySlotsPath())) {
        const Status sealed = KeySlotFile::resealHead(location.keySlotsPath(), officer.name, boxPrivate,
                                                      SealedHead { head.count, head.hash, fingerprint });
        // Best effort, like the slot upgrade: a read-only folder still works; the next commit retries.
        if (!sealed.ok())
            qCWarning(lcSignedLog) << "sealed head of" << officer.name << "not updated:" << sealed.message();
    }
    (void)db->exec(QStringLiteral("ROLLBACK"));
}

Status Vault::Private::checkSealedHead()
{
    headAlarms.clear();
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    const KeySlot* slot = slots->find(officer.name);
    if (!slot)
        return {};
    Result<std::optional<SealedHead>> sealed = slots->openHead(*slot, boxPrivate);
    if (!sealed.ok()) {
        headAlarms.append(tr("Tampering: %1").arg(sealed.message()));
        return {};
    }
    Result<qint64> last = db->queryInt64(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_events"));
    if (!last.ok())
        return last.error();
    Result<Roster> roster = RosterBuilder::fromDatabase(*db, vaultId);
    if (!roster.ok())
        return roster.error();

    if (!sealed->has_value()) {
        Result<Statement> signedBefore
            = db->prepare(QStringLiteral("SELECT COUNT(*) FROM audit_head_signatures WHERE officer = ?"));
        if (!signedBefore.ok())
            return signedBefore.error();
        signedBefore->bind(1, officer.name);
        Result<bool> row = signedBefore->step();
        if (!row.ok())
            return row.error();
        if (*row && signedBefore->columnInt64(0) > 0) {
            headAlarms.append(tr("Tampering: the keyslot of %1 carries no sealed audit head although %1 signed the "
                                 "log: it was removed from keyslots.json, which hides events cut from the end of the "
                                 "log.")
                                  .arg(officer.name));
            return {};
        }
        // The first unlock since signed heads: the log as it is now is trusted on first use.
        Result<AuditLog::Head> current = audit->head();
        if (current.ok() && current->count > 0)
            sealOwnHead(*current, roster->fingerprint());
        return {};
    }

    const SealedHead& head = **sealed;
    if (*last < head.count) {
        headAlarms.append(tr("Tampering: the audit log ends at event %1, but %2 signed or verified it up to event "
                             "%3: events were removed from the end.")
                              .arg(*last)
                              .arg(officer.name)
                              .arg(head.count));
        return {};
    }
    Result<Statement> at = db->prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    if (!at.ok())
        return at.error();
    at->bind(1, head.count);
    Result<bool> found = at->step();
    if (!found.ok())
        return found.error();
    if (!*found || at->columnUtf8(0) != head.hash) {
        headAlarms.append(tr("Tampering: event %1 is not the one %2 signed or verified: the audit log was rewritten "
                             "up to there and cut short.")
                              .arg(head.count)
                              .arg(officer.name));
        return {};
    }
    if (!head.fingerprint.isEmpty() && head.fingerprint != roster->fingerprint())
        headAlarms.append(tr("Tampering: the vault fingerprint is %1, but %2 signed or verified the log under %3: the "
                             "root of the signed roster was replaced.")
                              .arg(roster->fingerprint(), officer.name, head.fingerprint));
    return {};
}

ChainStatus Vault::verifyAudit()
{
    ChainStatus status = d->audit->verify();
    if (status.intact && !status.failure && rosterWarnings().isEmpty())
        d->sealOwnHead(AuditLog::Head { status.eventCount, status.headHash }, fingerprint());
    return status;
}

} // namespace keyward::core
