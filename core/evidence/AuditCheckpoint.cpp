// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCheckpoint.h"

#include "audit/AuditLog.h"
#include "evidence/AuditLeaf.h"
#include "evidence/AuditTreeHead.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace keyward::core {

Q_LOGGING_CATEGORY(lcCheckpoint, "keyward.evidence.checkpoint", QtWarningMsg)

namespace {

const QString kAction = QStringLiteral("audit.checkpoint");
const QString kFrontier = QStringLiteral("frontier");
// How many checkpoints back a frontier is looked for (an export's checkpoint carries none).
constexpr int kFrontierSearch = 8;

struct Newest {
    qint64 seq = 0; // the newest checkpoint event; 0: none
    QDateTime at; // its event time
    QByteArray headDigest; // its head's payload SHA-256: the next head's prev
    MerkleFrontier base; // the tree at the newest checkpoint with a usable frontier (empty: none)
};

// The frontier a checkpoint stored, when it gives exactly the root its head signs.
bool frontierOf(const QJsonObject& details, const TreeHead& head, MerkleFrontier& out, MerkleHasher& hasher)
{
    QList<MerkleHash> nodes;
    const QJsonArray stored = details.value(kFrontier).toArray();
    for (const QJsonValue& value : stored) {
        MerkleHash hash;
        if (!merkleFromHex(value.toString().toLatin1(), hash))
            return false;
        nodes.append(hash);
    }
    MerkleFrontier frontier;
    if (!frontier.restore(head.size, nodes) || merkleHex(frontier.root(hasher)) != head.rootHex)
        return false;
    out = std::move(frontier);
    return true;
}

Result<Newest> newestCheckpoint(Database& db, bool wantBase, MerkleHasher& hasher)
{
    Newest newest;
    // The action index finds the checkpoints among millions of events.
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT seq, at, details FROM audit_events WHERE action = ? ORDER BY seq DESC LIMIT ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kAction).bind(2, qint64(wantBase ? kFrontierSearch : 1));
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const QJsonObject details = QJsonDocument::fromJson(stmt->columnUtf8(2)).object();
        const std::optional<TreeHead> head = TreeHead::fromPayload(details.value(QStringLiteral("head")).toObject());
        if (newest.seq == 0) {
            newest.seq = stmt->columnInt64(0);
            newest.at = QDateTime::fromString(stmt->columnText(1), Qt::ISODateWithMs);
            newest.headDigest = head ? head->payloadDigest() : QByteArray();
        }
        if (!wantBase || (head && frontierOf(details, *head, newest.base, hasher)))
            break;
    }
    return newest;
}

bool due(AuditCheckpoint::Occasion occasion, const Newest& newest, qint64 count, const QDateTime& now)
{
    if (count == 0)
        return false;
    if (occasion == AuditCheckpoint::Occasion::Unlock)
        return count > newest.seq;
    return newest.seq == 0 || newest.at.secsTo(now) >= AuditCheckpoint::kMaxAgeSecs;
}

// Another program's write lock is waited for briefly, not the usual 20 s: a checkpoint can wait.
class ShortLockWait {
public:
    ShortLockWait(Database& db, int ms) : m_db(db), m_saved(db.busyTimeoutMs())
    {
        m_db.setBusyTimeout(std::min(ms, m_saved));
    }
    ~ShortLockWait() { m_db.setBusyTimeout(m_saved); }

private:
    Database& m_db;
    int m_saved;
};

} // namespace

Result<bool> AuditCheckpoint::isDue(Vault& vault, Occasion occasion)
{
    Database& db = vault.database();
    Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
    if (!snapshot.ok())
        return snapshot.error();
    MerkleHasher hasher;
    Result<Newest> newest = newestCheckpoint(db, false, hasher);
    if (!newest.ok())
        return newest.error();
    Result<qint64> count = vault.audit().count();
    if (!count.ok())
        return count.error();
    return due(occasion, *newest, *count, vault.clock().now());
}

Result<bool> AuditCheckpoint::recordIfDue(Vault& vault, Occasion occasion)
{
    Database& db = vault.database();
    const ShortLockWait politely(db, kLockWaitMs);
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    AuditLeafHasher leaves;
    Result<Newest> newest = newestCheckpoint(db, true, leaves.hasher());
    if (!newest.ok())
        return newest.error();
    Result<qint64> count = vault.audit().count();
    if (!count.ok())
        return count.error();
    if (!due(occasion, *newest, *count, vault.clock().now()))
        return false;

    // The tree of the whole log so far, from the last stored frontier on.
    MerkleFrontier frontier = newest->base;
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, subject, details, prev, hash FROM audit_events WHERE seq > ? ORDER BY seq"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, frontier.size());
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const qint64 seq = stmt->columnInt64(0);
        if (seq != frontier.size() + 1)
            break; // a gap: refused below
        frontier.append(leaves.leaf({ seq, stmt->columnView(1), stmt->columnView(2), stmt->columnView(3),
                                      stmt->columnView(4), stmt->columnView(5), stmt->columnView(6),
                                      stmt->columnView(7) }),
                        leaves.hasher());
    }
    if (frontier.size() != *count)
        return Error(ErrorCode::VaultDamaged,
                     tr("No checkpoint was recorded: the audit log does not hold events 1 to %1 without gaps. Run "
                        "audit verify.")
                         .arg(*count));

    const TreeHead head = TreeHead::make(vault.vaultId(), vault.fingerprint(), frontier.size(),
                                         frontier.root(leaves.hasher()), vault.clock().now(), newest->headDigest);
    const Officer& officer = vault.currentOfficer();
    Result<QByteArray> jws = head.signCompact(officer.signingJwk,
                                              [&](QByteArrayView input) { return vault.signAsCurrentOfficer(input); });
    if (!jws.ok())
        return jws.error();
    QJsonObject details = head.checkpointDetails(*jws);
    QJsonArray nodes;
    for (const MerkleHash& node : frontier.nodes())
        nodes.append(QString::fromLatin1(merkleHex(node)));
    details.insert(kFrontier, nodes);
    details.insert(QStringLiteral("occasion"),
                   occasion == Occasion::Unlock ? QStringLiteral("unlock") : QStringLiteral("daily"));
    Result<AuditEvent> event = vault.audit().record(officer.name, kAction, vault.vaultId(), details);
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return true;
}

void AuditCheckpoint::recordAtUnlock(Vault& vault)
{
    if (!vault.rosterWarnings().isEmpty())
        return;
    const Result<bool> recorded = recordIfDue(vault, Occasion::Unlock);
    if (!recorded.ok())
        qCWarning(lcCheckpoint) << "no checkpoint recorded at the unlock of" << vault.currentOfficer().name << ":"
                                << recorded.message();
}

} // namespace keyward::core
