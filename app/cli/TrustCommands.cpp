// SPDX-License-Identifier: GPL-3.0-or-later
// `trust show KID` and `observe import FILE` (SPEC §5, §8).

#include "TrustCommands.h"

#include "CliContext.h"
#include "KeyCommands.h"

#include "keys/KeyStore.h"
#include "trust/ObservationImport.h"
#include "trust/TrustMap.h"
#include "trust/TrustReport.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::TrustCommands)
};

int runShow(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    // Only the kid's set is read (a kid repeats only across sets; then --set picks, else the first).
    QString set = context.optionValue(QStringLiteral("set"));
    if (set.isEmpty()) {
        Result<QList<KeyRecord>> holders = KeyStore(vault->database()).byKidAnySet(args.value(0));
        if (!holders.ok())
            return context.fail(holders.error());
        if (!holders->isEmpty())
            set = holders->constFirst().keySet;
    }
    Result<TrustMap> map = TrustMapLoader::loadForKeySet(vault->database(), set);
    if (!map.ok())
        return context.fail(map.error());
    const int key = map->keyIndex(args.value(0), set);
    if (key < 0)
        return context.fail(Error(ErrorCode::NotFound,
            set.isEmpty() ? Tr::tr("No key with kid \"%1\" is in the vault.").arg(args.value(0))
                          : Tr::tr("No key with kid \"%1\" is in key set %2.").arg(args.value(0), set)));
    const QDateTime now = vault->clock().now();
    if (context.json())
        context.printJson(TrustReport::kidJson(*map, key, now));
    else
        for (const QString& line : TrustReport::kidLines(*map, key, now))
            context.print(line);
    return ExitOk;
}

int runObserveImport(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            context.message(Tr::tr("Reading observations: %1%").arg(percent));
        }
        return true;
    };
    Result<ObservationImportReport> report = ObservationImport::importFile(*vault, args.value(0), progress);
    if (!report.ok())
        return context.fail(report.error());
    QJsonArray errors;
    for (const ImportLineError& e : std::as_const(report->errors)) {
        errors.append(QJsonObject { { QStringLiteral("line"), e.line }, { QStringLiteral("message"), e.message } });
        context.message(Tr::tr("%1:%2: %3").arg(args.value(0)).arg(e.line).arg(e.message));
    }
    if (report->errorCount > report->errors.size())
        context.message(Tr::tr("… and %n more line(s) with problems.", nullptr, int(report->errorCount - report->errors.size())));
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("sha256"), report->digest },
            { QStringLiteral("already_imported"), report->alreadyImported }, { QStringLiteral("lines"), report->lines },
            { QStringLiteral("accepted"), report->accepted }, { QStringLiteral("pairs"), report->pairs },
            { QStringLiteral("error_count"), report->errorCount }, { QStringLiteral("errors"), errors } });
    if (report->alreadyImported)
        context.message(Tr::tr("%1 was imported before (same SHA-256); nothing was added.").arg(args.value(0)));
    else
        context.message(Tr::tr("Lines imported: %1 of %2; workload/kid pairs: %3; lines skipped: %4.")
                            .arg(report->accepted)
                            .arg(report->lines)
                            .arg(report->pairs)
                            .arg(report->errorCount));
    return ExitOk;
}

} // namespace

QList<CommandSpec> trustCommands()
{
    return {
        CommandSpec { { QStringLiteral("trust"), QStringLiteral("show") }, QStringLiteral("trust show KID [--set S]"),
            Tr::tr("Who trusts a kid (declared and observed), its blast radius, stale trust and convergence."),
            { { QStringLiteral("set"), true, false } }, 1, 1, runShow },
        CommandSpec { { QStringLiteral("observe"), QStringLiteral("import") }, QStringLiteral("observe import FILE"),
            Tr::tr("Import observed kid use (CSV or JSON Lines: workload, kid, event, at); the same file twice adds nothing."),
            {}, 1, 1, runObserveImport },
    };
}

} // namespace keyward::cli
