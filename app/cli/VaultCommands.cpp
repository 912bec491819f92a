// SPDX-License-Identifier: GPL-3.0-or-later
// `init`: creates the vault with its first officer (SPEC §2). `vault fingerprint`: what officers
// compare out of band to know they hold the same vault (issue #12, signed roster).

#include "CliContext.h"
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::VaultCommands)
};

int runInit(CliContext& context, const QStringList&)
{
    const QString officer = context.optionValue(QStringLiteral("officer"));
    if (officer.isEmpty())
        return context.usageError(Tr::tr("init needs --officer NAME."));
    // The first officer administers and registers keys but does not approve: approvals need a
    // second person (SPEC §2), who is added with `officer add ... --role approver`.
    QList<Role> roles;
    int exitCode = ExitOk;
    if (!context.parseRoles(context.optionValues(QStringLiteral("role")), roles, exitCode))
        return exitCode;
    if (roles.isEmpty())
        roles = { Role::Admin, Role::KeyOfficer };
    Result<SecureBytes> passphrase = context.passphrase(true);
    if (!passphrase.ok())
        return context.fail(passphrase.error());
    const VaultLocation location = context.location();
    Result<std::unique_ptr<Vault>> vault
        = Vault::create(location, officer, roles, *passphrase, context.kdfParams(), context.clock());
    if (!vault.ok())
        return context.fail(vault.error());
    if (context.json()) {
        context.printJson(QJsonObject { { QStringLiteral("vault"), location.dir },
                                        { QStringLiteral("vaultId"), (*vault)->vaultId() },
                                        { QStringLiteral("officer"), officer },
                                        { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                                        { QStringLiteral("fingerprint"), (*vault)->fingerprint() } });
    }
    context.message(Tr::tr("Created the vault %1 with officer %2 (%3). Add a second officer with the approver "
                           "role before governed operations: keyward-cli officer add NAME --role approver "
                           "--new-passphrase-file FILE")
                        .arg(location.dir, officer, roleNames(roles).join(QStringLiteral(", "))));
    context.message(Tr::tr("Vault fingerprint: %1").arg((*vault)->fingerprint()));
    return ExitOk;
}

int runFingerprint(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    Result<Roster> roster = vault->roster();
    if (!roster.ok())
        return context.fail(roster.error());
    if (!roster->isSigned())
        return context.fail(Error(ErrorCode::Refused,
                                  Tr::tr("This vault has no signed roster yet: an admin's next unlock adopts one.")));
    QJsonArray tofu;
    for (const RosterMember& member : roster->members()) {
        if (member.tofu)
            tofu.append(member.name);
    }
    if (context.json()) {
        context.printJson(QJsonObject { { QStringLiteral("vaultId"), vault->vaultId() },
                                        { QStringLiteral("fingerprint"), roster->fingerprint() },
                                        { QStringLiteral("trustedOnFirstUse"), tofu } });
        return ExitOk;
    }
    context.print(roster->fingerprint());
    return ExitOk;
}

} // namespace

QList<CommandSpec> vaultCommands()
{
    return {
        CommandSpec { { QStringLiteral("init") },
                      QStringLiteral("init --officer NAME [--role ROLE...]"),
                      Tr::tr("Create a vault with its first officer (default roles: admin, key-officer)."),
                      { { QStringLiteral("officer"), true, false }, { QStringLiteral("role"), true, true } },
                      0,
                      0,
                      runInit },
        CommandSpec { { QStringLiteral("vault"), QStringLiteral("fingerprint") },
                      QStringLiteral("vault fingerprint"),
                      Tr::tr("Print the vault fingerprint (vault id and the genesis officer's key) to compare out "
                             "of band."),
                      {},
                      0,
                      0,
                      runFingerprint },
    };
}

} // namespace keyward::cli
