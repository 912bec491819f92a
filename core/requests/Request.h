// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A two-person-rule request (SPEC §4): one officer asks, a different officer holding `approver`
// approves by signing the canonical request with their personal key. Stored in the `requests`
// and `request_decisions` tables (migration 0004).

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keyward::core {

enum class RequestKind {
    Rotate, // "rotate": a new key becomes primary, the predecessor goes to grace
    Retire, // "retire": a grace (or non-primary active) key leaves service, after the gate
    Destroy, // "destroy": crypto-shred of private material, scheduled after a waiting period
    ExportPrivate, // "export-private": encrypted PKCS#8 or JWE-wrapped JWK, never clear
    OfficerAdd, // "officer-add"
    OfficerRemove, // "officer-remove": re-keys the vault, opens an offboarding review
    RoleChange, // "role-change"
    PolicyChange, // "policy-change": a key set's policy
};

enum class RequestState {
    Pending, // waiting for approval (until expiresAt)
    Approved, // approved; not (yet) executed: scheduled destruction, export awaiting its
              // requester, or a failed execution (executionError says why)
    Rejected,
    Cancelled,
    Expired,
    Executed,
};

QString requestKindName(RequestKind kind);
std::optional<RequestKind> requestKindFromName(const QString& name);
QList<RequestKind> allRequestKinds();
QString requestKindTitle(RequestKind kind); // translated: "Rotation", "Retirement", ...
QString requestStateName(RequestState state);
std::optional<RequestState> requestStateFromName(const QString& name);
bool isFinalRequestState(RequestState state); // rejected, cancelled, expired, executed

// An approval or a rejection, each a compact JWS (EdDSA, officer's personal key) whose payload is
// the canonical request plus the decision (see RequestSignatures).
struct RequestDecision {
    enum class Verdict { Approve, Reject };
    Verdict verdict = Verdict::Approve;
    QString officer;
    QDateTime at;
    QString why; // rejections: the stated reason
    QByteArray jws; // compact serialization
    QJsonObject officerJwk; // the officer's public signing JWK at signing time
};

struct Request {
    static constexpr qint64 kDefaultLifetimeSecs = 72 * 3600; // SPEC §4

    qint64 id = 0;
    RequestKind kind = RequestKind::Rotate;
    QString subject; // kid (key kinds), officer name (officer kinds) or key set name (policy)
    QString keySet; // key kinds and policy change
    QString requester;
    QString reason;
    // The exact effect, kind-specific; signed by approvers (documented in RequestEffects.h).
    QJsonObject effect;
    QDateTime createdAt;
    QDateTime expiresAt;
    RequestState state = RequestState::Pending;
    int requiredApprovals = 1;
    QList<RequestDecision> decisions; // in order of signing
    QDateTime scheduledFor; // destruction: when the crypto-shred runs; null otherwise
    QDateTime executedAt;
    QString executionError; // the last failed execution's reason (translated), else empty
    QJsonObject outcome; // what execution did: successor kid, retirement date, export thumbprint ...

    int approvalCount() const;
    bool hasDecisionBy(const QString& officer) const;
    // Pending and past its expiry: treated as expired even before the sweep writes it so.
    bool isOverdue(const QDateTime& now) const;
    // The audit event subject of every event about request `id` ("request-42").
    static QString auditSubject(qint64 id);
    // The SPEC §8 `request ... --json` object: id, kind, state, subject, requester, approvals
    // (officer, at, jws), plus keySet, reason, effect, times, rejections, outcome.
    QJsonObject toJson() const;
};

} // namespace keyward::core
