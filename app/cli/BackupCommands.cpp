// SPDX-License-Identifier: GPL-3.0-or-later
// `vault backup --out DIR` and `vault check DIR`: consistent copies of a vault taken while other
// programs keep it open, and a read-only test that a copy is whole (VaultBackup).

#include "CliContext.h"
#include "Command.h"

#include "vault/VaultBackup.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::BackupCommands)
};

int runBackup(CliContext& context, const QStringList&)
{
    const QString out = context.optionValue(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(Tr::tr("vault backup needs --out DIR (a new or empty folder)."));
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    Result<BackupReport> report = VaultBackup::backup(*vault, out);
    if (!report.ok())
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(QJsonObject { { QStringLiteral("dir"), report->dir },
                                        { QStringLiteral("vaultId"), report->vaultId },
                                        { QStringLiteral("keyGeneration"), report->keyGeneration },
                                        { QStringLiteral("officers"), QJsonArray::fromStringList(report->officers) },
                                        { QStringLiteral("events"), report->events },
                                        { QStringLiteral("settledOfficerChange"), report->settledOfficerChange } });
    }
    context.message(Tr::tr("Backed up the vault to %1 (%n audit event(s)). Check it with: keyward-cli vault check %1",
                           nullptr, int(report->events))
                        .arg(report->dir));
    return ExitOk;
}

int runCheck(CliContext& context, const QStringList& args)
{
    const QString dir = args.value(0);
    QString officer = context.args().officer;
    if (officer.isEmpty()) {
        Result<QString> sole = VaultBackup::soleOfficer(dir);
        if (!sole.ok())
            return sole.code() == ErrorCode::InvalidArgument ? context.usageError(sole.message() + u' '
                                                                                  + Tr::tr("Use --as OFFICER."))
                                                             : context.fail(sole.error());
        officer = *sole;
    }
    Result<SecureBytes> passphrase = context.passphrase();
    if (!passphrase.ok())
        return context.fail(passphrase.error());
    Result<BackupCheck> checked = VaultBackup::check(dir, officer, *passphrase, context.clock());
    if (!checked.ok()) {
        const int code = CliContext::exitCodeFor(checked.code());
        // "Not whole" is an answer, not a malfunction: --json says so in the same shape as "whole".
        if (code == ExitIntegrity) {
            if (context.json())
                context.printJson(QJsonObject { { QStringLiteral("dir"), dir },
                                                { QStringLiteral("whole"), false },
                                                { QStringLiteral("code"), errorCodeName(checked.code()) },
                                                { QStringLiteral("problem"), checked.message() } });
            context.message(Tr::tr("keyward-cli: the backup in %1 is not whole: %2").arg(dir, checked.message()));
            return code;
        }
        return context.fail(checked.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject { { QStringLiteral("dir"), checked->dir },
                                        { QStringLiteral("whole"), true },
                                        { QStringLiteral("vaultId"), checked->vaultId },
                                        { QStringLiteral("keyGeneration"), checked->keyGeneration },
                                        { QStringLiteral("officers"), QJsonArray::fromStringList(checked->officers) },
                                        { QStringLiteral("events"), checked->events },
                                        { QStringLiteral("schema"), checked->schemaVersion } });
    }
    context.message(Tr::tr("The backup in %1 is whole: it opens for %2, passes the integrity check and its audit "
                           "chain of %n event(s) is intact.",
                           nullptr, int(checked->events))
                        .arg(checked->dir, officer));
    return ExitOk;
}

} // namespace

QList<CommandSpec> backupCommands()
{
    return {
        CommandSpec { { QStringLiteral("vault"), QStringLiteral("backup") },
                      QStringLiteral("vault backup --out DIR"),
                      Tr::tr("Copy the vault (database and keyslots of one moment) into a new or empty folder, "
                             "also while other programs use it."),
                      { { QStringLiteral("out"), true, false } },
                      0,
                      0,
                      runBackup },
        CommandSpec { { QStringLiteral("vault"), QStringLiteral("check") },
                      QStringLiteral("vault check DIR"),
                      Tr::tr("Unlock a backup read-only and report whether it is whole (exit 0 whole, 4 not whole, "
                             "3 wrong passphrase)."),
                      {},
                      1,
                      1,
                      runCheck },
    };
}

} // namespace keyward::cli
