// SPDX-License-Identifier: GPL-3.0-or-later
// `workload add | edit | remove | list | import` (SPEC §5, §8): audited changes to the trust map.

#include "TrustCommands.h"

#include "CliContext.h"
#include "KeyCommands.h"

#include "trust/WorkloadCommand.h"
#include "trust/WorkloadImport.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::WorkloadCommands)
};

constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;

// Fills `input` from the options; for edit, options not given keep `input`'s current values.
bool readOptions(CliContext& context, WorkloadInput& input, bool requireAll, int& exitCode)
{
    Workload& w = input.workload;
    if (context.hasOption(QStringLiteral("owner")))
        w.owner = context.optionValue(QStringLiteral("owner"));
    if (context.hasOption(QStringLiteral("env")))
        w.environment = context.optionValue(QStringLiteral("env"));
    if (context.hasOption(QStringLiteral("notes")))
        w.notes = context.optionValue(QStringLiteral("notes"));
    if (context.hasOption(QStringLiteral("trusts"))) {
        input.trusts.clear();
        for (const QString& value : context.optionValues(QStringLiteral("trusts")))
            input.trusts += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    struct Ttl {
        const char* option;
        qint64 Workload::*member;
    };
    for (const Ttl& ttl : { Ttl { "cache-ttl", &Workload::cacheTtlSecs }, Ttl { "token-ttl", &Workload::maxTokenTtlSecs } }) {
        const QString name = QString::fromLatin1(ttl.option);
        if (!context.hasOption(name)) {
            if (requireAll && name == QLatin1String("cache-ttl")) {
                exitCode = context.usageError(Tr::tr("workload add needs --cache-ttl DURATION."));
                return false;
            }
            continue;
        }
        const std::optional<qint64> secs = WorkloadImport::parseDuration(context.optionValue(name));
        if (!secs) {
            exitCode = context.usageError(Tr::tr("--%1 \"%2\" is not a duration (e.g. 300, 5m, 1h, 1d).")
                                              .arg(name, context.optionValue(name)));
            return false;
        }
        w.*ttl.member = *secs;
    }
    if (context.hasOption(QStringLiteral("refresh"))) {
        const std::optional<RefreshMode> mode = refreshModeFromName(context.optionValue(QStringLiteral("refresh")));
        if (!mode) {
            exitCode = context.usageError(Tr::tr("--refresh takes poll or on-unknown-kid."));
            return false;
        }
        w.refresh = *mode;
    }
    if (requireAll && (w.owner.isEmpty() || input.trusts.isEmpty())) {
        exitCode = context.usageError(Tr::tr("workload add needs --owner O and --trusts SET|KID."));
        return false;
    }
    return true;
}

QString describe(const Workload& w)
{
    const QStringList trusts = w.trustedSets + w.pinnedKids;
    return Tr::tr("%1 (owner %2, %3, trusts %4, cache TTL %5 s, token TTL %6 s, %7)")
        .arg(w.name, w.owner, w.environment, trusts.join(QStringLiteral(" ")))
        .arg(w.cacheTtlSecs)
        .arg(w.maxTokenTtlSecs)
        .arg(refreshModeName(w.refresh));
}

int runAdd(CliContext& context, const QStringList& args)
{
    WorkloadInput input;
    input.workload.name = args.value(0);
    int exitCode = ExitOk;
    if (!readOptions(context, input, true, exitCode))
        return exitCode;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<Workload> added = WorkloadCommand::add(*vault, input);
    if (!added.ok())
        return context.fail(added.error());
    if (context.json())
        context.printJson(WorkloadCommand::toJson(*added));
    context.message(Tr::tr("Registered workload %1.").arg(describe(*added)));
    return ExitOk;
}

int runEdit(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<std::optional<Workload>> current = WorkloadStore(vault->database()).byName(args.value(0));
    if (!current.ok())
        return context.fail(current.error());
    if (!current->has_value())
        return context.fail(Error(ErrorCode::NotFound, Tr::tr("No workload named %1 is registered.").arg(args.value(0))));
    WorkloadInput input { **current, (*current)->trustedSets + (*current)->pinnedKids };
    if (!readOptions(context, input, false, exitCode))
        return exitCode;
    Result<Workload> changed = WorkloadCommand::edit(*vault, input);
    if (!changed.ok())
        return context.fail(changed.error());
    if (context.json())
        context.printJson(WorkloadCommand::toJson(*changed));
    context.message(Tr::tr("Workload is now %1.").arg(describe(*changed)));
    return ExitOk;
}

int runRemove(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    if (const Status removed = WorkloadCommand::remove(*vault, args.value(0)); !removed.ok())
        return context.fail(removed.error());
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("removed"), args.value(0) } });
    context.message(Tr::tr("Removed workload %1 and its observations.").arg(args.value(0)));
    return ExitOk;
}

int runList(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<QList<Workload>> all = WorkloadStore(vault->database()).all();
    if (!all.ok())
        return context.fail(all.error());
    QJsonArray array;
    for (const Workload& w : std::as_const(*all)) {
        array.append(WorkloadCommand::toJson(w));
        if (!context.json())
            context.print(QStringLiteral("%1\t%2\t%3\t%4\tcache %5s\ttoken %6s\t%7")
                              .arg(w.name, w.owner, w.environment, (w.trustedSets + w.pinnedKids).join(QLatin1Char(' ')))
                              .arg(w.cacheTtlSecs)
                              .arg(w.maxTokenTtlSecs)
                              .arg(refreshModeName(w.refresh)));
    }
    if (context.json())
        context.printJson(array);
    return ExitOk;
}

int runImport(CliContext& context, const QStringList& args)
{
    QFile file(args.value(0));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(args.value(0), file.errorString())));
    if (file.size() > kMaxImportBytes)
        return context.fail(Error(ErrorCode::Malformed, Tr::tr("%1 is larger than 64 MiB.").arg(args.value(0))));
    const QByteArray data = file.readAll();
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<WorkloadImportReport> report = WorkloadImport::importData(*vault, data);
    if (!report.ok())
        return context.fail(report.error());
    QJsonArray errors;
    for (const ImportLineError& e : std::as_const(report->errors)) {
        errors.append(QJsonObject { { QStringLiteral("line"), e.line }, { QStringLiteral("message"), e.message } });
        context.message(Tr::tr("%1:%2: %3").arg(args.value(0)).arg(e.line).arg(e.message));
    }
    QJsonArray imported;
    for (const Workload& w : std::as_const(report->imported))
        imported.append(w.name);
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("imported"), imported }, { QStringLiteral("errors"), errors } });
    if (!report->errors.isEmpty()) {
        context.message(Tr::tr("Nothing was imported: %n line(s) need fixing.", nullptr, int(report->errors.size())));
        return ExitFailed;
    }
    context.message(Tr::tr("Imported %n workload(s).", nullptr, int(report->imported.size())));
    return ExitOk;
}

const QList<OptionSpec> kFields = {
    { QStringLiteral("owner"), true, false },
    { QStringLiteral("env"), true, false },
    { QStringLiteral("trusts"), true, true },
    { QStringLiteral("cache-ttl"), true, false },
    { QStringLiteral("token-ttl"), true, false },
    { QStringLiteral("refresh"), true, false },
    { QStringLiteral("notes"), true, false },
};

} // namespace

QList<CommandSpec> workloadCommands()
{
    return {
        CommandSpec { { QStringLiteral("workload"), QStringLiteral("add") },
            QStringLiteral("workload add NAME --owner O --trusts SET|KID... --cache-ttl D [--token-ttl D] "
                           "[--refresh poll|on-unknown-kid] [--env E] [--notes TEXT]"),
            Tr::tr("Register a workload and the key sets or kids it trusts."), kFields, 1, 1, runAdd },
        CommandSpec { { QStringLiteral("workload"), QStringLiteral("edit") },
            QStringLiteral("workload edit NAME [--owner O] [--trusts SET|KID...] [--cache-ttl D] [--token-ttl D] "
                           "[--refresh MODE] [--env E] [--notes TEXT]"),
            Tr::tr("Change a registered workload."), kFields, 1, 1, runEdit },
        CommandSpec { { QStringLiteral("workload"), QStringLiteral("remove") }, QStringLiteral("workload remove NAME"),
            Tr::tr("Remove a workload and its observations."), {}, 1, 1, runRemove },
        CommandSpec { { QStringLiteral("workload"), QStringLiteral("list") }, QStringLiteral("workload list"),
            Tr::tr("List registered workloads."), {}, 0, 0, runList },
        CommandSpec { { QStringLiteral("workload"), QStringLiteral("import") }, QStringLiteral("workload import FILE"),
            Tr::tr("Register workloads from CSV or JSON: all or nothing, every bad line reported."), {}, 1, 1, runImport },
    };
}

} // namespace keyward::cli
