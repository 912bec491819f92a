// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "audit/AuditRows.h"
#include "audit/ChainVerifier.h"
#include "audit/HeadVerifier.h"
#include "audit/VaultTime.h"
#include "common/Base64Url.h"
#include "common/Clock.h"
#include "evidence/CheckpointVerifier.h"
#include "vault/Roster.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditLog)
};

const QString kSelectColumns = QStringLiteral("SELECT seq, at, actor, action, subject, details, prev, hash "
                                              "FROM audit_events ");

AuditEvent eventFromRow(const Statement& row)
{
    AuditEvent event;
    event.seq = row.columnInt64(0);
    event.at = QDateTime::fromString(row.columnText(1), Qt::ISODateWithMs);
    event.actor = row.columnText(2);
    event.action = row.columnText(3);
    event.subject = row.columnText(4);
    event.details = QJsonDocument::fromJson(row.columnText(5).toUtf8()).object();
    event.prev = row.columnText(6).toLatin1();
    event.hash = row.columnText(7).toLatin1();
    return event;
}

Result<QList<AuditEvent>> collectEvents(Statement& stmt)
{
    QList<AuditEvent> result;
    for (;;) {
        Result<bool> row = stmt.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return result;
        result.append(eventFromRow(stmt));
    }
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

AuditLog::~AuditLog()
{
    if (!m_vaultId.isEmpty())
        m_db.setCommitSteps({}, {});
}

void AuditLog::signHeads(const QString& vaultId, HeadSigner session, AfterSigned afterSigned)
{
    m_vaultId = vaultId;
    m_session = std::move(session);
    m_afterSigned = std::move(afterSigned);
    m_db.setCommitSteps([this] { return signNewHead(); },
                        [this] {
                            const std::optional<Head> signedHead = std::exchange(m_justSigned, std::nullopt);
                            if (signedHead && m_afterSigned)
                                m_afterSigned(*signedHead, m_fingerprint);
                        });
}

AuditLog::LentSigner::LentSigner(AuditLog& log, HeadSigner signer) : m_log(log), m_officer(signer.officer)
{
    m_log.m_lent.append(std::move(signer));
}

AuditLog::LentSigner::~LentSigner()
{
    m_log.m_lent.removeIf([this](const HeadSigner& s) { return s.officer == m_officer; });
}

Result<QList<SignedHead>> AuditLog::signedHeads() const
{
    return headsig::load(m_db);
}

Status AuditLog::signNewHead()
{
    m_justSigned.reset();
    // A vault still below schema 7 (its upgrade is this transaction's job or not begun): nothing to sign.
    if (!headsig::tableExists(m_db))
        return {};
    Result<qint64> lastSigned
        = m_db.queryInt64(QStringLiteral("SELECT COALESCE(MAX(count), 0) FROM audit_head_signatures"));
    if (!lastSigned.ok())
        return lastSigned.error();
    Result<Head> current = head();
    if (!current.ok())
        return current.error();
    if (current->count <= *lastSigned)
        return {}; // this transaction appended no event
    Result<Statement> actors = m_db.prepare(QStringLiteral("SELECT DISTINCT actor FROM audit_events WHERE seq > ?"));
    if (!actors.ok())
        return actors.error();
    actors->bind(1, *lastSigned);
    QStringList names;
    for (;;) {
        Result<bool> row = actors->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        names.append(actors->columnText(0));
    }
    if (m_fingerprint.isEmpty()) {
        Result<Roster> roster = RosterBuilder::fromDatabase(m_db, m_vaultId);
        if (!roster.ok())
            return roster.error();
        m_fingerprint = roster->fingerprint(); // empty until the roster is signed (then fixed)
    }
    for (const QString& name : std::as_const(names)) {
        const HeadSigner* signer = m_session.officer == name ? &m_session : nullptr;
        for (const HeadSigner& lent : std::as_const(m_lent)) {
            if (lent.officer == name)
                signer = &lent;
        }
        if (!signer || !signer->sign)
            return Error(ErrorCode::Refused,
                         tr("The change cannot be recorded: %1 acted in it but did not authenticate in this session, so "
                            "the audit log cannot be signed by %1.")
                             .arg(name));
        Result<QByteArray> signature
            = signer->sign(headsig::signedBytes(m_vaultId, m_fingerprint, current->count, current->hash, name));
        if (!signature.ok())
            return signature.error();
        Result<Statement> insert = m_db.prepare(
            QStringLiteral("INSERT INTO audit_head_signatures (count, officer, signature) VALUES (?, ?, ?)"));
        if (!insert.ok())
            return insert.error();
        insert->bind(1, current->count).bind(2, name).bind(3, QString::fromLatin1(base64url::encode(*signature)));
        KEYWARD_TRY(insert->run());
    }
    m_justSigned = *current;
    return {};
}

Result<AuditLog::Head> AuditLog::head() const
{
    Result<Statement> row = m_db.queryFirstRow(QStringLiteral("SELECT count, hash FROM audit_head WHERE id = 1"));
    if (!row.ok() && row.code() == ErrorCode::NotFound)
        return Error(ErrorCode::VaultDamaged, Tr::tr("The audit chain head is missing from the vault."));
    if (!row.ok())
        return row.error();
    return Head { row->columnInt64(0), row->columnText(1).toLatin1() };
}

Result<AuditEvent> AuditLog::record(const QString& actor, const QString& action, const QString& subject,
                                    const QJsonObject& details, const Change& change)
{
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    // Time only moves forward (SPEC §1): with the clock behind the newest event nothing is written,
    // neither the change nor its event, so a clock set back cannot back-date or reorder the log.
    // Read inside the transaction, so no other writer slips an event in between.
    Result<QDateTime> at = VaultTime::nextEventTime(m_db, m_clock);
    if (!at.ok())
        return at.error();
    if (change)
        KEYWARD_TRY(change(m_db));

    Result<Head> current = head();
    if (!current.ok())
        return current.error();

    AuditEvent event;
    event.seq = current->count + 1;
    // Milliseconds, never before the previous event (VaultTime::nextEventTime).
    event.at = *at;
    event.actor = actor;
    event.action = action;
    event.subject = subject;
    event.details = details;
    event.prev = current->hash;
    event.hash = event.computeHash();

    KEYWARD_TRY(insertRow(m_db, event));
    {
        Result<Statement> update
            = m_db.prepare(QStringLiteral("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1"));
        if (!update.ok())
            return update.error();
        update->bind(1, event.seq).bind(2, QString::fromLatin1(event.hash));
        KEYWARD_TRY(update->run());
    }
    KEYWARD_TRY(transaction->commit());
    return event;
}

Status AuditLog::insertRow(Database& db, const AuditEvent& event)
{
    Result<Statement> insert = db.prepare(QStringLiteral(
        "INSERT INTO audit_events (seq, at, actor, action, subject, details, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.ok())
        return insert.error();
    insert->bind(1, event.seq)
        .bind(2, AuditEvent::formatTime(event.at))
        .bind(3, event.actor)
        .bind(4, event.action)
        .bind(5, event.subject)
        .bind(6, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)))
        .bind(7, QString::fromLatin1(event.prev))
        .bind(8, QString::fromLatin1(event.hash));
    return insert->run();
}

Result<qint64> AuditLog::count() const
{
    Result<Head> current = head();
    if (!current.ok())
        return current.error();
    return current->count;
}

Result<QList<AuditEvent>> AuditLog::events(qint64 fromSeq, int limit) const
{
    Result<Statement> stmt = m_db.prepare(kSelectColumns + QStringLiteral("WHERE seq >= ? ORDER BY seq LIMIT ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, fromSeq).bind(2, qint64(limit));
    return collectEvents(*stmt);
}

Result<QList<AuditEvent>> AuditLog::eventsForSubject(const QString& subject) const
{
    Result<Statement> stmt = m_db.prepare(kSelectColumns + QStringLiteral("WHERE subject = ? ORDER BY seq"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, subject);
    return collectEvents(*stmt);
}

ChainStatus AuditLog::verify() const
{
    // Now, for the events dated in the future: a clock set ahead when they were written.
    ChainVerifier verifier(m_clock.now());
    const auto unreadable = [](const Error& error) {
        ChainStatus failed;
        failed.problem = error.message;
        failed.failure = error;
        return failed;
    };
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_db);
    if (!snapshot.ok())
        return unreadable(snapshot.error());

    // The signed heads, when this is a vault (a bare chain in a test database has no vault id).
    std::optional<HeadVerifier> heads;
    QString vaultId = m_vaultId;
    if (vaultId.isEmpty()) {
        Result<QString> stored = m_db.queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'"));
        if (stored.ok())
            vaultId = *stored;
    }
    if (!vaultId.isEmpty() && headsig::tableExists(m_db)) {
        Result<QList<SignedHead>> signedList = headsig::load(m_db);
        if (!signedList.ok())
            return unreadable(signedList.error());
        QHash<QString, QJsonObject> officerKeys;
        Result<Statement> officers = m_db.prepare(QStringLiteral("SELECT name, signing_jwk FROM officers"));
        if (!officers.ok())
            return unreadable(officers.error());
        for (;;) {
            Result<bool> row = officers->step();
            if (!row.ok())
                return unreadable(row.error());
            if (!*row)
                break;
            officerKeys.insert(officers->columnText(0), QJsonDocument::fromJson(officers->columnUtf8(1)).object());
        }
        heads.emplace(vaultId, std::move(*signedList), std::move(officerKeys));
    }

    CheckpointVerifier checkpoints(vaultId); // issue #15: every checkpoint's root, recomputed

    // Straight from SQLite's row buffers: no copy, no parsing of times or details per event.
    AuditRows rows(m_db);
    ChainVerifier::RawEvent event;
    qint64 fed = 0;
    for (;;) {
        Result<bool> row = rows.next(event);
        if (!row.ok())
            return unreadable(row.error());
        if (!*row)
            break;
        if (!verifier.feedRaw(event))
            break;
        ++fed;
        if (heads
            && !heads->feed(event.seq, event.at, event.actor, event.action, event.subject, event.detailsJson, event.hash))
            break;
        // Not a reason to stop: the heads are still judged to the end.
        checkpoints.feed(event);
    }
    Result<Head> recorded = head();
    if (!recorded.ok())
        return unreadable(recorded.error());
    verifier.checkHead(recorded->count, recorded->hash);
    ChainStatus status = verifier.status();
    if (heads) {
        heads->finish(fed, !verifier.broken() && heads->firstBadSeq() == 0);
        if (heads->firstBadSeq() != 0 && (status.intact || heads->firstBadSeq() < status.firstBadSeq)) {
            status.intact = false;
            status.firstBadSeq = heads->firstBadSeq();
            status.problem = heads->problem();
        }
    }
    // Only a log whose chain and heads hold can have a checkpoint that is itself the lie; otherwise
    // the broken chain or head is what explains a checkpoint that no longer matches, and says more.
    if (checkpoints.firstBadSeq() != 0 && status.intact && !status.failure) {
        status.intact = false;
        status.firstBadSeq = checkpoints.firstBadSeq();
        status.problem = checkpoints.problem();
    }
    return status;
}

} // namespace keyward::core
