// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRequestSeeder.h"

#include "audit/AuditLog.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/RequestEngine.h"
#include "storage/Database.h"
#include "vault/OfficerCredential.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DemoRequestSeeder)
};

class Seeder {
public:
    Seeder(Vault& vault, const QString& approver, const SecureBytes& passphrase)
        : m_vault(vault)
        , m_provider(vault.database())
        , m_executors(RequestExecutors::standard())
        , m_engine(vault, m_provider, m_executors)
        , m_approver(approver)
        , m_passphrase(passphrase)
    {
    }

    Status run();

private:
    Result<Request> submit(const Result<RequestDraft>& draft)
    {
        if (!draft.ok())
            return draft.error();
        return m_engine.submit(draft.value());
    }
    // The approver types their passphrase for every decision, as in the approval dialog.
    Result<Request> decide(qint64 id, bool approve, const QString& why = QString())
    {
        Result<OfficerCredential> credential = m_vault.authenticateOfficer(m_approver, m_passphrase);
        if (!credential.ok())
            return credential.error();
        return approve ? m_engine.approve(id, *credential) : m_engine.reject(id, *credential, why);
    }
    Status expiredRotation();

    Vault& m_vault;
    VaultKeyProvider m_provider;
    RequestExecutors m_executors;
    RequestEngine m_engine;
    QString m_approver;
    const SecureBytes& m_passphrase;
};

RotationParams rotation(const char* kid, const char* set, const char* category, const QString& reason)
{
    RotationParams params;
    params.kid = QLatin1String(kid);
    params.keySet = QLatin1String(set);
    params.reasonCategory = QLatin1String(category);
    params.reason = reason;
    return params;
}

// A rotation asked for days ago that nobody approved in time: its times move back in one audited
// event (the request carries no signature yet), then the engine's sweep marks it expired.
Status Seeder::expiredRotation()
{
    Result<Request> request = submit(KeyRequestDrafts::rotation(rotation("archive-2025", "archive-enc", "scheduled",
        QStringLiteral("Annual rotation of the statement archive key, ahead of the audit."))));
    if (!request.ok())
        return request.error();
    const QDateTime now = m_vault.clock().now();
    const QDateTime created = now.addDays(-5);
    const QDateTime expires = created.addSecs(Request::kDefaultLifetimeSecs);
    Database& db = m_vault.database();
    const QJsonObject details { { QStringLiteral("requests"), QJsonArray { request->id } },
        { QStringLiteral("reason"), QStringLiteral("demo data") } };
    Result<AuditEvent> event = m_vault.audit().record(m_vault.currentOfficer().name, QStringLiteral("demo.backdated"),
        m_vault.vaultId(), details, [&](Database&) -> Status {
            Result<Statement> stmt = db.prepare(QStringLiteral("UPDATE requests SET created_at = ?, expires_at = ? WHERE id = ?"));
            if (!stmt.ok())
                return stmt.error();
            stmt->bind(1, KeyStore::formatTime(created)).bind(2, KeyStore::formatTime(expires)).bind(3, request->id);
            return stmt->run();
        });
    if (!event.ok())
        return event.error();
    Result<QList<Request>> expired = m_engine.expireOverdue();
    if (!expired.ok())
        return expired.error();
    return {};
}

Status Seeder::run()
{
    Result<QList<Request>> existing = m_engine.list();
    if (!existing.ok())
        return existing.error();
    if (!existing->isEmpty())
        return Error(ErrorCode::AlreadyExists, Tr::tr("The vault already holds requests; demo requests go into a fresh demo vault only."));

    KEYWARD_TRY(expiredRotation());

    // Executed: the expiring identity key handed over to a generated successor.
    RotationParams idp = rotation("idp-ed25519-2025", "identity-tokens", "expiry",
        QStringLiteral("Expires in 5 days; relying parties refresh the JWKS hourly, so the successor must be primary now."));
    idp.successorKid = QStringLiteral("idp-ed25519-2026");
    Result<Request> idpRequest = submit(KeyRequestDrafts::rotation(idp));
    if (!idpRequest.ok())
        return idpRequest.error();
    Result<Request> idpDone = decide(idpRequest->id, true);
    if (!idpDone.ok())
        return idpDone.error();
    if (idpDone->state != RequestState::Executed)
        return Error(ErrorCode::Internal, idpDone->executionError);

    // Pending, waiting for the approver: the overdue payments key to its pre-published successor.
    RotationParams pay = rotation("pay-2025-q3", "payments-api", "scheduled",
        QStringLiteral("Quarterly rotation: pay-2025-q3 is past its 90-day cryptoperiod; pay-2025-q4 has been "
                       "published for ten days, so every verifier has it cached."));
    pay.prePublishedKid = QStringLiteral("pay-2025-q4");
    KEYWARD_TRY(submit(KeyRequestDrafts::rotation(pay)));
    KEYWARD_TRY(submit(KeyRequestDrafts::retirement(QStringLiteral("archive-wrap-kek"), QStringLiteral("archive-enc"),
        QStringLiteral("Nightly backup bundles are wrapped to archive-2025 since the November release."))));

    // Rejected, with the approver's reason.
    Result<Request> exportRequest = submit(KeyRequestDrafts::privateExport(QStringLiteral("archive-2025"),
        QStringLiteral("archive-enc"), QStringLiteral("Copy for the disaster-recovery site."), QStringLiteral("pkcs8")));
    if (!exportRequest.ok())
        return exportRequest.error();
    KEYWARD_TRY(decide(exportRequest->id, false,
        QStringLiteral("Escrow goes to the DR site's HSM through the key ceremony, not as a file.")));

    // Approved and scheduled: the leaked legacy key is crypto-shredded after the waiting period.
    Result<Request> destroy = submit(KeyRequestDrafts::destruction(QStringLiteral("pay-legacy-rsa"),
        QStringLiteral("payments-api"), QStringLiteral("Private key leaked in a CI log; it must never sign again.")));
    if (!destroy.ok())
        return destroy.error();
    KEYWARD_TRY(decide(destroy->id, true));
    return {};
}

} // namespace

Status seedDemoRequests(Vault& vault, const QString& approver, const SecureBytes& approverPassphrase)
{
    Seeder seeder(vault, approver, approverPassphrase);
    return seeder.run();
}

} // namespace keyward::core
