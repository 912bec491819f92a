// SPDX-License-Identifier: GPL-3.0-or-later
// `export jwks --set S --out DIR` and `export audit --out DIR [--from T --to T]`, `export cosign DIR`
// (SPEC §7, issue #15): evidence folders that anyone can check without Keyward.

#include "CliContext.h"
#include "Command.h"
#include "ExportSupport.h"

#include "evidence/AuditExport.h"
#include "evidence/JwksExport.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::ExportCommands)
};

int runExportJwks(CliContext& context, const QStringList&)
{
    const QString set = context.optionValue(QStringLiteral("set"));
    const QString out = context.optionValue(QStringLiteral("out"));
    if (set.isEmpty() || out.isEmpty())
        return context.usageError(Tr::tr("export jwks needs --set S and --out DIR."));
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    JwksExport exporter(*vault, set, out);
    const Status status = exporter.run();
    if (!status.ok())
        return context.fail(status.error());
    if (context.json()) {
        QJsonObject object = exportedFilesJson(out, exporter.files());
        object.insert(QStringLiteral("kids"), QJsonArray::fromStringList(exporter.bundle().kids));
        object.insert(QStringLiteral("signer"), exporter.bundle().signerKid);
        object.insert(QStringLiteral("max_age"), exporter.bundle().maxAgeSecs);
        context.printJson(object);
    }
    context.message(Tr::tr("Exported the JWKS bundle of %1 (%n key(s)), signed by %2, to %3.", nullptr,
                           int(exporter.bundle().kids.size()))
                        .arg(set, exporter.bundle().signerKid, out));
    printExportedFiles(context, exporter.files());
    return ExitOk;
}

// --from / --to: an ISO 8601 date or date-time (UTC unless it says otherwise).
bool parseTime(CliContext& context, const QString& option, QDateTime& out, int& exitCode)
{
    const QString text = context.optionValue(option);
    if (text.isEmpty())
        return true;
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out.isValid())
        out = QDateTime(QDate::fromString(text, Qt::ISODate), option == QLatin1String("to") ? QTime(23, 59, 59, 999) : QTime(0, 0), Qt::UTC);
    if (!out.isValid()) {
        exitCode = context.usageError(Tr::tr("--%1 is not an ISO 8601 date or time: %2").arg(option, text));
        return false;
    }
    if (out.timeSpec() == Qt::LocalTime)
        out.setTimeSpec(Qt::UTC);
    return true;
}

int runExportAudit(CliContext& context, const QStringList&)
{
    AuditExport::Options options;
    options.outDir = context.optionValue(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return context.usageError(Tr::tr("export audit needs --out DIR."));
    int exitCode = ExitOk;
    if (!parseTime(context, QStringLiteral("from"), options.from, exitCode) || !parseTime(context, QStringLiteral("to"), options.to, exitCode))
        return exitCode;
    options.renderReport = reportRenderer();
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    AuditExport exporter(*vault, options);
    const Status status = exporter.run();
    if (!status.ok())
        return context.fail(status.error());
    if (context.json()) {
        QJsonObject object = exportedFilesJson(options.outDir, exporter.files());
        object.insert(QStringLiteral("events"), exporter.eventCount());
        object.insert(QStringLiteral("tree_size"), exporter.treeSize());
        object.insert(QStringLiteral("tree_root"), QString::fromLatin1(exporter.treeRoot()));
        context.printJson(object);
    }
    context.message(Tr::tr("Exported %n audit event(s) to %1. The tree head (%2 events) is signed by you; a second "
                           "officer co-signs it with: keyward-cli export cosign %1 --as OTHER",
                           nullptr, int(exporter.eventCount()))
                        .arg(options.outDir)
                        .arg(exporter.treeSize()));
    printExportedFiles(context, exporter.files());
    return ExitOk;
}

int runCosign(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    const Status status = AuditCosign::cosign(*vault, args.first());
    if (!status.ok())
        return context.fail(status.error());
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("dir"), args.first() }, { QStringLiteral("cosigned"), true } });
    context.message(Tr::tr("Co-signed the tree head in %1: it matches this vault's log.").arg(args.first()));
    return ExitOk;
}

} // namespace

QList<CommandSpec> exportCommands()
{
    const QList<OptionSpec> jwksOptions { { QStringLiteral("set") }, { QStringLiteral("out") } };
    return {
        CommandSpec { { QStringLiteral("export"), QStringLiteral("jwks") },
                      QStringLiteral("export jwks --set S --out DIR"),
                      Tr::tr("Write the signed JWKS bundle of a key set (jwks.json, jwks.jws, manifest.json)."),
                      jwksOptions, 0, 0, runExportJwks },
        CommandSpec { { QStringLiteral("export"), QStringLiteral("audit") },
                      QStringLiteral("export audit --out DIR [--from T --to T]"),
                      Tr::tr("Write the audit evidence folder (audit.jsonl, audit.csv, signed manifest and tree head, report.pdf)."),
                      { { QStringLiteral("out") }, { QStringLiteral("from") }, { QStringLiteral("to") } }, 0, 0, runExportAudit },
        CommandSpec { { QStringLiteral("export"), QStringLiteral("cosign") },
                      QStringLiteral("export cosign DIR"),
                      Tr::tr("Co-sign an audit export's tree head as a second officer, after checking it against this vault's log."),
                      {}, 1, 1, runCosign },
    };
}

} // namespace keyward::cli
