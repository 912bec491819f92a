// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the key inventory suites: a fresh vault per test with a settable clock, a snapshot of
// every table a key operation may touch (to prove refusals change nothing), and fixture files.

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "keys/KeyStore.h"
#include "keys/NewKeyParams.h"
#include "keys/VaultKeyProvider.h"
#include "storage/Database.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace keyward::test {

using namespace keyward::core;

struct KeyVault {
    QTemporaryDir dir;
    ManualClock clock { QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Vault> vault;
    std::unique_ptr<VaultKeyProvider> provider;

    bool init(const QList<Role>& roles = { Role::Admin, Role::KeyOfficer }, const QString& officer = QStringLiteral("alice"))
    {
        const SecureBytes passphrase = SecureBytes::fromView("correct horse battery staple");
        Result<std::unique_ptr<Vault>> created = Vault::create(
            VaultLocation { dir.path() + QStringLiteral("/v") }, officer, roles, passphrase, KdfParams::forTests(), clock);
        if (!created.ok()) {
            qWarning() << created.message();
            return false;
        }
        vault = std::move(created).value();
        provider = std::make_unique<VaultKeyProvider>(vault->database());
        return true;
    }

    NewKeyParams params(const QString& set = QStringLiteral("payments-api")) const
    {
        NewKeyParams p;
        p.keySet = set;
        p.owner = QStringLiteral("team-payments");
        p.expiresAt = clock.now().addDays(365);
        return p;
    }

    // Every row of every table a key operation writes, as text: equal snapshots = nothing changed.
    QString snapshot() const
    {
        QString out;
        for (const char* table : { "keys", "key_sets", "key_material", "reviews", "audit_events", "audit_head",
                 "key_primary_history" }) {
            Result<Statement> stmt = vault->database().prepare(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
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
        return out;
    }

    qint64 auditCount() const { return vault->audit().count().ok() ? *vault->audit().count() : -1; }
    bool chainIntact() const { return vault->audit().verify().intact; }
};

inline QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(KEYWARD_TEST_DATA_DIR "/jose/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "missing fixture" << name;
    return file.readAll();
}

// JSON member names that only private or secret JWK material uses.
inline bool mentionsPrivateMembers(const QByteArray& json)
{
    for (const char* member : { "\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"k\"", "\"oth\"" }) {
        if (json.contains(member))
            return true;
    }
    return false;
}

} // namespace keyward::test
