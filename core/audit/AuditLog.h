// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"
#include "audit/HeadSignature.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace keyward::core {

class Database;
class Clock;

struct ChainStatus {
    bool intact = false;
    qint64 eventCount = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem; // translated: what was found at firstBadSeq
    QByteArray headHash;
    // Set when the chain could not be read at all — another program held the lock too long
    // (Busy), the vault was re-keyed elsewhere (VaultChanged), an I/O or damage error. Then
    // intact is false but nothing was found about the chain: show this error, not "broken".
    std::optional<Error> failure;
};

// The single door through which governed state changes: `record` runs `change` and appends its
// event inside one transaction, so either both are stored or neither (SPEC §1, §10). Inside an
// outer Transaction it nests as a savepoint.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditLog)
public:
    AuditLog(Database& db, const Clock& clock);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    using Change = std::function<Status(Database&)>;
    Result<AuditEvent> record(const QString& actor, const QString& action, const QString& subject,
                              const QJsonObject& details, const Change& change = {});

    // The end of the chain as recorded next to it (same transaction as every append).
    struct Head {
        qint64 count = 0;
        QByteArray hash;
    };
    Result<Head> head() const;

    Result<qint64> count() const;
    // Writes one event row as given, without the head: the low-level step of record(). Outside
    // record() only for building chains that already exist elsewhere (fixtures, imports, tests).
    static Status insertRow(Database& db, const AuditEvent& event);
    // Events with seq in [fromSeq, fromSeq + limit), ascending.
    Result<QList<AuditEvent>> events(qint64 fromSeq, int limit) const;
    Result<QList<AuditEvent>> eventsForSubject(const QString& subject) const;
    // Streams every event through a ChainVerifier and checks the recorded head, all in one read
    // snapshot: another program appending meanwhile can neither make the head look ahead of the
    // events nor the events ahead of the head (which would read as a tampered tail).
    // With a vault id (signHeads, or read from the vault's meta table), also every signed head
    // against the roster rebuilt from the log (HeadSignature.h), on all cores.
    ChainStatus verify() const;

    // --- The signed log (issue #12, HeadSignature.h).
    // Installs the commit step on the database: every outermost transaction that appended events
    // ends, just before COMMIT, with a signature over the new head by each officer who acted in it
    // — `session` for the unlocked officer, lent signers for officers who re-authenticated. An
    // actor nobody can sign for refuses the commit: no write path can leave a head unsigned.
    // `afterSigned` runs once such a transaction committed (the officer's sealed head, KeySlots).
    // `fingerprint` in `afterSigned`: the roster root the head was signed with.
    using AfterSigned = std::function<void(const Head& head, const QString& fingerprint)>;
    void signHeads(const QString& vaultId, HeadSigner session, AfterSigned afterSigned);
    // While it lives, `signer` signs the heads of transactions in which that officer acted (an
    // approver deciding in another officer's session).
    class LentSigner {
    public:
        LentSigner(AuditLog& log, HeadSigner signer);
        ~LentSigner();
        LentSigner(const LentSigner&) = delete;
        LentSigner& operator=(const LentSigner&) = delete;

    private:
        AuditLog& m_log;
        QString m_officer;
    };
    Result<QList<SignedHead>> signedHeads() const;


private:
    Status signNewHead();

    Database& m_db;
    const Clock& m_clock;
    QString m_vaultId;
    HeadSigner m_session;
    QList<HeadSigner> m_lent;
    QString m_fingerprint; // the roster root, once signed (it never changes after)
    AfterSigned m_afterSigned;
    std::optional<Head> m_justSigned; // between the signing step and the end of the commit
};

// Checks a sequence of events (seq contiguity, prev links, hashes) — used by AuditLog::verify and
// later by `verify audit DIR` on exported audit.jsonl.
ChainStatus verifyChain(const QList<AuditEvent>& events);

} // namespace keyward::core
