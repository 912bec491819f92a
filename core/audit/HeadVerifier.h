// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/HeadSignature.h"
#include "vault/Roster.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <vector>

namespace keyward::core {

// Checks the signed heads of a log (HeadSignature.h) while its events stream past in seq order,
// next to the ChainVerifier: it rebuilds the roster from the roster events as they come, so each
// head is judged against the officers and keys of that point of the log, and checks that every
// event's actor signed the first head at or after it. The Ed25519 checks themselves are collected
// and run at the end on all cores: they are per transaction, not per event.
class HeadVerifier {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::HeadVerifier)
public:
    // `heads`: every signed head, by count. `officerKeys`: the officers table's keys, for the heads
    // of a vault whose roster is not signed yet (from before signed rosters, not yet adopted).
    HeadVerifier(const QString& vaultId, QList<SignedHead> heads, QHash<QString, QJsonObject> officerKeys);

    // For a log read from event `firstSeq` on (a range export): the roster as its events before
    // that point built it, and the heads before it taken as reached. Before the first feed().
    void startAt(qint64 firstSeq, const RosterBuilder& rosterBefore);
    // One event the chain verifier accepted. false once a finding stops the walk.
    bool feed(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action, QByteArrayView subject,
              QByteArrayView detailsJson, QByteArrayView hash);
    // After the last event fed (`eventCount` of them; `chainComplete`: the chain verifier walked
    // the whole log): heads past the end, events after the last signed head, then the signatures.
    void finish(qint64 eventCount, bool chainComplete);

    qint64 firstBadSeq() const { return m_firstBadSeq; }
    QString problem() const { return m_problem; }

private:
    struct Job {
        qint64 count = 0;
        QString officer;
        QByteArray signedBytes;
        QByteArray publicKey; // raw Ed25519
        QByteArray signature;
    };
    struct Actor {
        QByteArray name;
        qint64 firstSeq = 0;
    };

    void fail(qint64 seq, const QString& problem); // keeps the earliest finding
    bool applyRosterEvent(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action,
                          QByteArrayView subject, QByteArrayView detailsJson);
    bool checkHead(qint64 count, QByteArrayView hash);
    QByteArray publicKeyOf(const QString& officer);
    void verifySignatures();

    QString m_vaultId;
    QList<SignedHead> m_heads;
    qsizetype m_next = 0; // the next head to reach
    QHash<QString, QJsonObject> m_officerKeys;
    RosterBuilder m_roster;
    QString m_fingerprint;
    int m_createdSchema = 0; // "schema" of vault.created: 7 and up never had unsigned heads
    std::vector<Actor> m_actors; // since the last head
    std::vector<Job> m_jobs;
    qint64 m_lastHead = 0;
    qint64 m_firstBadSeq = 0;
    QString m_problem;
};

} // namespace keyward::core
