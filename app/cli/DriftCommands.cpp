// SPDX-License-Identifier: GPL-3.0-or-later
// `drift check --set S --url URL` (SPEC §5, §8): exit 4 when the live JWKS differs from the vault.

#include "TrustCommands.h"

#include "CliContext.h"
#include "KeyCommands.h"

#include "trust/DriftCheck.h"
#include "vault/Vault.h"

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::DriftCommands)
};

int runCheck(CliContext& context, const QStringList&)
{
    const QString set = context.optionValue(QStringLiteral("set"));
    const QString url = context.optionValue(QStringLiteral("url"));
    if (set.isEmpty() || url.isEmpty())
        return context.usageError(Tr::tr("drift check needs --set S and --url URL."));
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<DriftReport> report = DriftCheck::run(*vault, set, QUrl(url, QUrl::StrictMode));
    if (!report.ok())
        return context.fail(report.error());
    if (context.json())
        context.printJson(report->toJson());
    for (const DriftFinding& finding : std::as_const(report->findings))
        context.message(Tr::tr("%1: %2").arg(finding.kind, finding.message));
    if (!report->findings.isEmpty()) {
        context.message(Tr::tr("Drift: %n finding(s) for key set %1.", nullptr, int(report->findings.size())).arg(set));
        return ExitIntegrity;
    }
    context.message(Tr::tr("%1 serves what the vault publishes for key set %2.").arg(url, set));
    return ExitOk;
}

} // namespace

QList<CommandSpec> driftCommands()
{
    return {
        CommandSpec { { QStringLiteral("drift"), QStringLiteral("check") }, QStringLiteral("drift check --set S --url URL"),
            Tr::tr("Compare a live JWKS with what the vault publishes; exit 4 on any finding."),
            { { QStringLiteral("set"), true, false }, { QStringLiteral("url"), true, false } }, 0, 0, runCheck },
    };
}

} // namespace keyward::cli
