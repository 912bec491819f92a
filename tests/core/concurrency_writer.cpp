// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_concurrency: a second program writing to the vault while the test reads it.
// For DURATION_MS it records audited changes in a loop — plain events that also touch meta (two
// tables in one commit) and, every fourth round, a generated ES256 key — and after each commit
// prints "committed <seq> <hash>" for the event that commit wrote, so the parent can check that
// every acknowledged write is in the chain at the end. Any failure ends it with exit 1, the
// message and its ErrorCode name on stderr. With the tag "samples" each round is instead a test
// run over every archived sample (stored with its sealing event), printed as "committed run <id>".
//
// Usage: keyward_concurrency_writer VAULT_DIR PASSPHRASE_FILE DURATION_MS TAG

#include "WriterSupport.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "samples/SampleTestRun.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace keyward::core;

namespace {

Result<AuditEvent> recordTick(Vault& vault, const QString& tag, qint64 i)
{
    return vault.audit().record(QStringLiteral("alice"), QStringLiteral("concurrency.tick"), tag,
                                QJsonObject { { QStringLiteral("i"), i } }, [&](Database& db) -> Status {
                                    Result<Statement> stmt = db.prepare(
                                        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
                                    if (!stmt.ok())
                                        return stmt.error();
                                    stmt->bind(1, QStringLiteral("tick-") + tag).bind(2, QString::number(i));
                                    return stmt->run();
                                });
}

Result<AuditEvent> generateKey(Vault& vault, const QString& tag, qint64 i)
{
    VaultKeyProvider provider(vault.database());
    GenerateKeyCommand::Params params;
    params.key.keySet = QStringLiteral("concurrency");
    params.key.use = KeyUse::Sig;
    params.key.alg = QStringLiteral("ES256");
    params.key.kid = QStringLiteral("%1-%2").arg(tag).arg(i);
    params.key.owner = QStringLiteral("team-concurrency");
    params.key.expiresAt = vault.clock().now().addYears(1);
    GenerateKeyCommand command(vault, provider, params);
    KEYWARD_TRY(command.run());
    // The key's own event is the newest one naming its kid.
    Result<QList<AuditEvent>> events = vault.audit().eventsForSubject(params.key.kid);
    if (!events.ok())
        return events.error();
    if (events->isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("no event for the generated key"));
    return events->last();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const SystemClock clock;
    keyward::test::WriterStart start = keyward::test::openWriterVault(args, 5, clock);
    if (!start.vault)
        return start.exitCode;
    const qint64 duration = args.at(3).toLongLong();
    const QString tag = args.at(4);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Vault& vault = *start.vault;
    QElapsedTimer elapsed;
    elapsed.start();
    if (tag == QLatin1String("samples")) {
        while (elapsed.elapsed() < duration) {
            samples::SampleTestRun run(vault);
            run.setThreads(1);
            Result<samples::SampleRunResult> result = run.run(samples::SampleSelection());
            if (!result.ok()) {
                err << errorCodeName(result.code()) << ": " << result.message() << Qt::endl;
                return 1;
            }
            out << "committed run " << result->run.id << Qt::endl;
        }
        return 0;
    }
    for (qint64 i = 0; elapsed.elapsed() < duration; ++i) {
        Result<AuditEvent> event = i % 4 == 3 ? generateKey(vault, tag, i) : recordTick(vault, tag, i);
        if (!event.ok()) {
            err << errorCodeName(event.code()) << ": " << event.message() << Qt::endl;
            return 1;
        }
        out << "committed " << event->seq << ' ' << QString::fromLatin1(event->hash) << Qt::endl;
    }
    return 0;
}
