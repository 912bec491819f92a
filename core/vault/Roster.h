// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The officer roster as the signed audit events say it is (issue #12, SPEC §2). The officers
// table and keyslots.json are only caches of it: an officers row, a role or a keyslot the roster
// does not back was written by someone editing the vault files, and is refused.
//
// RosterBuilder replays the roster events in seq order and accepts each only when it is signed
// by officers the roster holds at that point — never by a key the event itself brings along
// (except the genesis officer's self-signature, which the vault fingerprint pins):
//   officer.added (genesis)    self-signed statement, kind "genesis"
//   officer.added (bootstrap)  statement signed by the genesis admin, kind "bootstrap", tofu
//   officer.removed (bootstrap) statement signed by an admin while the vault is not operational
//   officer.added / .removed / .roles-changed by request: the approvers' decision JWS, each by an
//                              approver other than the requester (an admin), over the request
//                              whose effect is this change
//   roster.adopted             a vault from before signed rosters, sealed at the first unlock by
//                              an admin (tofu): from then on the same rules hold.
//   officer.enrolled           an officer admitted by enrollment sets their own keys: a statement
//                              self-signed by the new key, and the same payload signed by the keys
//                              of both enrollment halves (OfficerEnrollment.h).

#include "common/Result.h"
#include "vault/Officer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace keyward::core {

class Database;
class KeySlotFile;
struct AuditEvent;

struct RosterMember {
    QString name;
    QList<Role> roles;
    QJsonObject signingJwk;
    QString boxPublic; // base64url X25519 public key of their keyslot
    QDateTime admittedAt;
    qint64 admittedSeq = 0;
    bool tofu = false; // genesis, bootstrap or adoption: trusted on first use
    // Admitted by an approved officer-add whose officer has not enrolled yet (OfficerEnrollment.h):
    // no signing or box key yet, so they can neither unlock nor decide. The half keys are what the
    // completion event must be signed with.
    bool enrolling = false;
    QJsonObject enrollmentA; // Ed25519 JWK of half A (from the request effect)
    QJsonObject enrollmentB; // Ed25519 JWK of half B (from the approver's statement)
    QString enrollmentNonce;
    qint64 enrollmentRequest = 0;
    bool removed = false;
    QDateTime removedAt;

    bool hasRole(Role role) const { return roles.contains(role); }
};

class Roster {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Roster)
public:
    // No signed genesis and no adoption: a vault from before signed rosters (nothing enforced yet).
    bool isSigned() const { return !m_genesisJwk.isEmpty(); }
    QString vaultId() const { return m_vaultId; }
    QString fingerprint() const; // empty while !isSigned()
    QJsonObject genesisJwk() const { return m_genesisJwk; }

    // Current (not removed) members by name.
    const RosterMember* member(const QString& name) const;
    QList<RosterMember> members() const;
    // The key the roster held for `name` at `at` (removed officers included): empty if none.
    QJsonObject signingKeyAt(const QString& name, const QDateTime& at) const;
    bool isOperational() const;

    // An officers row or keyslot the roster does not back, or a roster member without either:
    // IntegrityFailure naming the officer.
    Status checkOfficers(const QList<Officer>& rows) const;
    // A slot of a roster officer with other keys than the roster's: IntegrityFailure.
    Status checkSlots(const KeySlotFile& slots) const;
    // Slots for names the roster does not hold (planted, or left by an interrupted addition):
    // they can open nothing (no officers row may exist for them) and are never re-wrapped.
    QStringList unknownSlots(const KeySlotFile& slots) const;

private:
    friend class RosterBuilder;
    QString m_vaultId;
    QJsonObject m_genesisJwk;
    QMap<QString, RosterMember> m_current;
    QList<RosterMember> m_history; // every admission ever, for keys at a past time
};

class RosterBuilder {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RosterBuilder)
public:
    explicit RosterBuilder(const QString& vaultId);
    // The roster events of `db` (in seq order), applied one by one.
    static Result<Roster> fromDatabase(Database& db, const QString& vaultId);
    // One event; events that are not roster events are ignored. A forged or unsigned roster event
    // → IntegrityFailure naming the event and the officer.
    Status apply(const AuditEvent& event);
    const Roster& roster() const { return m_roster; }

    static QStringList rosterActions();

private:
    Status applyStatement(const AuditEvent& event, const QJsonObject& payload);
    Status applyApproved(const AuditEvent& event);
    Status applyEnrollmentHalf(const AuditEvent& event, const QJsonObject& effect, const QSet<QString>& approvers,
                               RosterMember& added);
    Status applyEnrollment(const AuditEvent& event);
    Status admit(const AuditEvent& event, RosterMember member);
    void markRemoved(const AuditEvent& event);
    Error forged(const AuditEvent& event, const QString& why) const;

    Roster m_roster;
};

} // namespace keyward::core
