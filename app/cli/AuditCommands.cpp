// SPDX-License-Identifier: GPL-3.0-or-later
// `audit verify`: walks the SHA-256 chain in the vault, checks every signed head against the
// signed roster and every archived-sample test run against the event that sealed it (exit 4 when
// any is broken).

#include "CliContext.h"
#include "Command.h"

#include "audit/AuditLog.h"
#include "samples/SampleStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::AuditCommands)
};

int runVerify(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    const ChainStatus status = vault->verifyAudit();
    // Could not read the chain (busy, re-keyed elsewhere, damaged file): report that error with its
    // own exit code; only a finding about the chain itself is "broken".
    if (status.failure)
        return context.fail(*status.failure);
    // The chain alone can be recomputed by anyone holding the master key: the roster's signatures
    // are what an officer cannot forge (issue #12). Unlock already refused a roster that does not
    // rebuild; this repeats it for the report.
    const Result<Roster> roster = vault->roster();
    if (!roster.ok()) {
        context.message(roster.message());
        return ExitIntegrity;
    }
    const QStringList warnings = vault->rosterWarnings();
    for (const QString& warning : warnings)
        context.message(warning);
    // The retirement gate reads test runs as evidence: one altered in vault.db is reported here
    // too, not only when a gate or the Samples page reads it.
    const Result<QStringList> runProblems = samples::SampleStore(vault->database()).runProblems();
    if (!runProblems.ok())
        return context.fail(runProblems.error());
    for (const QString& problem : *runProblems)
        context.message(problem);
    if (context.json()) {
        QJsonObject object { { QStringLiteral("intact"), status.intact },
                             { QStringLiteral("events"), status.eventCount },
                             { QStringLiteral("head"), QString::fromLatin1(status.headHash) },
                             { QStringLiteral("fingerprint"), roster->fingerprint() },
                             { QStringLiteral("rosterProblems"), QJsonArray::fromStringList(warnings) },
                             { QStringLiteral("sampleRunProblems"), QJsonArray::fromStringList(*runProblems) } };
        if (!status.intact) {
            object.insert(QStringLiteral("firstBadSeq"), status.firstBadSeq);
            object.insert(QStringLiteral("problem"), status.problem);
        }
        context.printJson(object);
    }
    if (!status.intact) {
        context.message(Tr::tr("The audit chain is broken at event %1: %2").arg(status.firstBadSeq).arg(status.problem));
        return ExitIntegrity;
    }
    if (!warnings.isEmpty() || !runProblems->isEmpty())
        return ExitIntegrity;
    context.message(Tr::tr("The audit chain is intact: %1 events, head %2.")
                        .arg(status.eventCount)
                        .arg(QString::fromLatin1(status.headHash)));
    return ExitOk;
}

} // namespace

QList<CommandSpec> auditCommands()
{
    return {
        CommandSpec { { QStringLiteral("audit"), QStringLiteral("verify") },
                      QStringLiteral("audit verify"),
                      Tr::tr("Check the audit hash chain of the vault (exit 4 when broken)."),
                      {},
                      0,
                      0,
                      runVerify },
    };
}

} // namespace keyward::cli
