// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the two-person rule suites: an operational vault with a settable clock and three
// officers — alice (admin, key-officer, approver: she requests), bob (approver) and carol
// (auditor) —, sessions as any of them, re-authentication, and a snapshot of every table and file
// a request may touch (equal snapshots = a refusal changed nothing).

#include "VaultTestSupport.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/SetKeySetPolicyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "requests/OfficerRequestDrafts.h"
#include "requests/RequestEngine.h"
#include "storage/Database.h"
#include "vault/OfficerCredential.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

namespace keyward::test {

using namespace keyward::core;

inline SecureBytes secret(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

inline SecureBytes passphraseOf(const QString& officer)
{
    const QByteArray text = officer.toUtf8() + "-passphrase";
    return SecureBytes(text.constData(), std::size_t(text.size()));
}

struct RequestVault {
    QTemporaryDir dir;
    ManualClock clock { QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC) };
    VaultLocation location;
    std::unique_ptr<Vault> vault; // alice's session
    std::unique_ptr<VaultKeyProvider> provider;
    RequestExecutors executors = RequestExecutors::standard();
    std::unique_ptr<RequestEngine> engine;

    // carol first: while no approver exists the vault is not operational and admins add directly.
    bool init(bool operational = true)
    {
        location = VaultLocation { dir.path() + QStringLiteral("/v") };
        Result<std::unique_ptr<Vault>> created
            = Vault::create(location, QStringLiteral("alice"), { Role::Admin, Role::KeyOfficer, Role::Approver },
                            passphraseOf(QStringLiteral("alice")), KdfParams::forTests(), clock);
        if (!created.ok()) {
            qWarning() << created.message();
            return false;
        }
        vault = std::move(created).value();
        if (operational) {
            for (const auto& [name, roles] : { std::pair { QStringLiteral("carol"), QList<Role> { Role::Auditor } },
                                               std::pair { QStringLiteral("bob"), QList<Role> { Role::Approver } } }) {
                const Status added = vault->addOfficer(name, roles, passphraseOf(name), KdfParams::forTests());
                if (!added.ok()) {
                    qWarning() << added.message();
                    return false;
                }
            }
        }
        provider = std::make_unique<VaultKeyProvider>(vault->database());
        engine = std::make_unique<RequestEngine>(*vault, *provider, executors);
        return true;
    }

    std::unique_ptr<Vault> session(const QString& officer) const
    {
        Result<std::unique_ptr<Vault>> opened = Vault::open(location, officer, passphraseOf(officer), clock);
        if (!opened.ok()) {
            qWarning() << opened.message();
            return nullptr;
        }
        return std::move(opened).value();
    }

    std::optional<OfficerCredential> credential(const QString& officer) const
    {
        Result<OfficerCredential> authenticated = vault->authenticateOfficer(officer, passphraseOf(officer));
        if (!authenticated.ok()) {
            qWarning() << authenticated.message();
            return std::nullopt;
        }
        return std::move(authenticated).value();
    }

    bool createKeySet(const QString& name = QStringLiteral("payments-api"))
    {
        KeySet set;
        set.name = name;
        return SetKeySetPolicyCommand(*vault, set).run().ok();
    }

    Result<Request> submitRoleChange(const QString& officer, const QList<Role>& roles,
                                     const QString& reason = QStringLiteral("new duties"))
    {
        Result<RequestDraft> draft = OfficerRequestDrafts::roleChange(officer, roles, reason);
        if (!draft.ok())
            return draft.error();
        return engine->submit(*draft);
    }

    // Every row of every table and the keyslots file: equal snapshots = nothing changed.
    QString snapshot() const
    {
        QString out;
        for (const char* table : { "requests", "request_decisions", "officers", "key_sets", "keys", "reviews",
                                   "audit_events", "audit_head" }) {
            Result<Statement> stmt
                = vault->database().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            if (!stmt.ok())
                return stmt.message();
            out += QLatin1String(table) + QLatin1Char('\n');
            while (true) {
                Result<bool> row = stmt->step();
                if (!row.ok() || !*row)
                    break;
                for (int c = 0; c < stmt->columnCount(); ++c)
                    out += stmt->columnText(c) + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        QFile slots(location.keySlotsPath());
        if (slots.open(QIODevice::ReadOnly))
            out += QString::fromLatin1(QCryptographicHash::hash(slots.readAll(), QCryptographicHash::Sha256).toHex());
        return out;
    }

    // The officer's row as stored now (empty name when there is none).
    Officer officer(const QString& name) const
    {
        const Result<QList<Officer>> all = vault->officers();
        if (all.ok()) {
            for (const Officer& o : *all) {
                if (o.name == name)
                    return o;
            }
        }
        return Officer {};
    }

    qint64 auditCount() const { return vault->audit().count().ok() ? *vault->audit().count() : -1; }
    QString lastAction() const
    {
        Result<QList<AuditEvent>> events = vault->audit().events(auditCount(), 1);
        return events.ok() && !events->isEmpty() ? events->first().action : QString();
    }
    bool chainIntact() const { return vault->audit().verify().intact; }

    bool exec(const QString& sql) { return vault->database().exec(sql).ok(); }

    // An ES256 key of team-payments in payments-api, expiring in a year; `change` adjusts the
    // parameters first (to try what the command refuses).
    template <typename Change>
    Status generateKey(const QString& kid, Change change, KeyRecord* generated = nullptr)
    {
        GenerateKeyCommand::Params params;
        params.key.keySet = QStringLiteral("payments-api");
        params.key.alg = QStringLiteral("ES256");
        params.key.kid = kid;
        params.key.owner = QStringLiteral("team-payments");
        params.key.expiresAt = clock.now().addDays(365);
        change(params.key);
        GenerateKeyCommand command(*vault, *provider, params);
        const Status status = command.run();
        if (generated)
            *generated = command.result();
        return status;
    }
    Status generateKey(const QString& kid, KeyRecord* generated = nullptr)
    {
        return generateKey(kid, [](NewKeyParams&) { }, generated);
    }
};

} // namespace keyward::test
