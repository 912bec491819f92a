// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReportData.h"

#include "keys/KeyFlags.h"
#include "keys/KeyStore.h"
#include "keys/ReviewStore.h"
#include "requests/RequestSignatures.h"
#include "requests/RequestStore.h"
#include "storage/Database.h"
#include "vault/Roster.h"
#include "vault/RosterStatement.h"
#include "vault/Vault.h"

namespace keyward::core {

namespace {

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

Result<bool> tableExists(Database& db, const QString& table)
{
    Result<Statement> stmt = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, table);
    return stmt->step();
}

// A table the report shows as it stands (samples runs, trust findings) when it exists.
Status addOptionalSection(Database& db, const QString& table, const QString& title, const QString& sql,
                          AuditReportData& data)
{
    Result<bool> exists = tableExists(db, table);
    if (!exists.ok())
        return exists.error();
    if (!*exists)
        return {};
    Result<Statement> stmt = db.prepare(sql);
    if (!stmt.ok())
        return {}; // another schema than expected: the section is left out, not the report
    QList<AuditReportData::Row> rows;
    for (int guard = 0; guard < 500; ++guard) {
        Result<bool> row = stmt->step();
        if (!row.ok() || !*row)
            break;
        AuditReportData::Row cells;
        for (int c = 0; c < stmt->columnCount(); ++c)
            cells.cells.append(stmt->columnText(c));
        rows.append(cells);
    }
    data.extraSections.append({ title, rows });
    return {};
}

} // namespace

Result<AuditReportData> AuditReportGatherer::gather(Vault& vault)
{
    AuditReportData data;
    Database& db = vault.database();
    const QDateTime now = vault.clock().now();
    data.vaultId = vault.vaultId();
    data.fingerprint = vault.fingerprint();
    data.exporter = vault.currentOfficer().name;
    data.generatedAt = when(now);

    Result<Roster> roster = vault.roster();
    if (!roster.ok())
        return roster.error();
    for (const RosterMember& member : roster->members())
        data.officers.append({ member.name, roleNames(member.roles).join(QStringLiteral(", ")),
                               RosterStatement::thumbprint(member.signingJwk), member.tofu });

    const KeyStore store(db);
    Result<QList<KeyRecord>> keys = store.all(KeyStore::Detail::Summary);
    Result<QHash<QString, KeySetPolicy>> policies = store.policies();
    if (!keys.ok())
        return keys.error();
    if (!policies.ok())
        return policies.error();
    for (const KeyRecord& key : *keys) {
        const KeyFlags flags = computeKeyFlags(key, policies->value(key.keySet), now);
        const AuditReportData::Key row { key.keySet, key.kid, keyUseName(key.use),
                                         key.alg.isEmpty() ? tr("(none pinned)") : key.alg, keyStateName(key.state),
                                         keyStateNistName(key.state), key.owner, key.environment, when(key.expiresAt),
                                         keyFlagNames(flags).join(QStringLiteral(", ")), key.primary };
        data.keys.append(row);
        if (flags & (KeyFlag::PastCryptoperiod | KeyFlag::Expired))
            data.overdue.append(row);
    }

    const RequestStore requests(db);
    Result<QList<Request>> all = requests.list({});
    if (!all.ok())
        return all.error();
    for (const Request& request : *all) {
        if (request.kind != RequestKind::Rotate)
            continue;
        QStringList approvers;
        QString signature = request.decisions.isEmpty() ? tr("no decision yet") : tr("valid");
        for (const RequestDecision& decision : request.decisions) {
            approvers.append(decision.officer);
            const RosterMember* member = roster->member(decision.officer);
            const Status verified = RequestSignatures::verify(request, data.vaultId, decision,
                                                              member ? member->signingJwk : QJsonObject());
            if (!verified.ok())
                signature = tr("INVALID (%1)").arg(decision.officer);
        }
        data.rotations.append({ request.id, request.subject, request.keySet, request.requester,
                                approvers.join(QStringLiteral(", ")), requestStateName(request.state), request.reason,
                                when(request.createdAt), when(request.executedAt), signature });
    }

    Result<QList<Review>> open = ReviewStore(db).openReviews();
    if (!open.ok())
        return open.error();
    for (const Review& review : *open) {
        if (review.kind == Review::kBreakGlassRevocation)
            data.unreviewedBreakGlass.append({ review.id, review.subject, review.keySet, review.openedBy,
                                               when(review.openedAt), review.reason });
    }

    // A run's outcomes stay out: they are one encoded value, not text (schema 11).
    KEYWARD_TRY(addOptionalSection(db, QStringLiteral("sample_runs"), tr("Samples test-decrypt runs"),
                                   QStringLiteral("SELECT id, started_at, finished_at, officer, selection, partial, selected, summary "
                                                  "FROM sample_runs ORDER BY 1 DESC"),
                                   data));
    KEYWARD_TRY(addOptionalSection(db, QStringLiteral("trust_findings"), tr("Trust map findings"),
                                   QStringLiteral("SELECT * FROM trust_findings ORDER BY 1"), data));
    return data;
}

} // namespace keyward::core
