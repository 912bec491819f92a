// SPDX-License-Identifier: GPL-3.0-or-later
// `export jwks --set S --out DIR` and `export audit --out DIR [--from T --to T]`, `export cosign DIR`
// (SPEC §7, issue #15): evidence folders that anyone can check without Keyward.

#include "CliContext.h"
#include "Command.h"
#include "ExportSupport.h"

#include "evidence/JwksExport.h"

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

} // namespace

QList<CommandSpec> exportCommands()
{
    const QList<OptionSpec> jwksOptions { { QStringLiteral("set") }, { QStringLiteral("out") } };
    return {
        CommandSpec { { QStringLiteral("export"), QStringLiteral("jwks") },
                      QStringLiteral("export jwks --set S --out DIR"),
                      Tr::tr("Write the signed JWKS bundle of a key set (jwks.json, jwks.jws, manifest.json)."),
                      jwksOptions, 0, 0, runExportJwks },
    };
}

} // namespace keyward::cli
