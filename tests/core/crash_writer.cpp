// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_crash_consistency: unlocks a vault and records audited changes in a loop
// until the parent SIGKILLs it — plain events, officer additions (keyslots.json + officers row) and
// officer removals (keyslots.json.new, PRAGMA rekey, rename), so kills land inside every kind of
// write. After each committed change it prints "committed <event count>" so the parent can check
// that nothing acknowledged was lost.
//
// Usage: keyward_crash_writer VAULT_DIR PASSPHRASE_FILE

#include "WriterSupport.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace keyward::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const SystemClock clock;
    keyward::test::WriterStart start = keyward::test::openWriterVault(args, 3, clock);
    if (!start.vault)
        return start.exitCode;
    QTextStream out(stdout);
    Vault& vault = *start.vault;
    const SecureBytes tempPassphrase("temp-passphrase", 15);
    const QString prefix = QStringLiteral("tmp-%1-").arg(QCoreApplication::applicationPid());
    QStringList added;
    for (qint64 i = 0;; ++i) {
        Status status;
        switch (i % 6) {
        case 3: {
            const QString name = prefix + QString::number(i);
            status = vault.addOfficer(name, { Role::Auditor }, tempPassphrase, KdfParams::forTests());
            if (status.ok())
                added.append(name);
            break;
        }
        case 5:
            if (!added.isEmpty())
                status = vault.removeOfficer(added.takeLast());
            break;
        default: {
            Result<AuditEvent> event = vault.audit().record(
                QStringLiteral("alice"), QStringLiteral("crash.tick"), QStringLiteral("tick"),
                QJsonObject { { QStringLiteral("i"), i } }, [i](Database& db) -> Status {
                    Result<Statement> stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('tick', ?)"));
                    if (!stmt.ok())
                        return stmt.error();
                    stmt->bind(1, QString::number(i));
                    return stmt->run();
                });
            if (!event.ok())
                status = event.error();
            break;
        }
        }
        if (!status.ok()) {
            QTextStream(stderr) << status.message() << Qt::endl;
            return 1;
        }
        out << "committed " << *vault.audit().count() << Qt::endl;
    }
}
