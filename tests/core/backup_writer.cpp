// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_vault_backup: another Keyward program writing to the vault while backups
// are taken. Unlocks as alice and records audited changes in a loop until it is killed, printing
// "committed <event count>" after each commit.
//
// Usage: keyward_backup_writer VAULT_DIR PASSPHRASE_FILE

#include "WriterSupport.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

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
    for (qint64 i = 0;; ++i) {
        Result<AuditEvent> event = vault.audit().record(
            QStringLiteral("alice"), QStringLiteral("backup.tick"), QStringLiteral("tick"),
            QJsonObject { { QStringLiteral("i"), i } }, [i](Database& db) -> Status {
                Result<Statement> stmt
                    = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('tick', ?)"));
                if (!stmt.ok())
                    return stmt.error();
                stmt->bind(1, QString::number(i));
                return stmt->run();
            });
        if (!event.ok()) {
            QTextStream(stderr) << event.message() << Qt::endl;
            return 1;
        }
        out << "committed " << event->seq << Qt::endl;
        // A program that writes often, not one that never lets go of the lock.
        QThread::msleep(2);
    }
}
