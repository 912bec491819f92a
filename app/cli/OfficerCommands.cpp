// SPDX-License-Identifier: GPL-3.0-or-later
// `officer add | list | remove | roles` (SPEC §2, §8). Only the bootstrap (adding officers until a
// second one holds approver) is direct; every later officer change is a two-person request.

#include "CliContext.h"
#include "Command.h"
#include "RequestSession.h"

#include "requests/OfficerRequestDrafts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::OfficerCommands)
};

int runAdd(CliContext& context, const QStringList& args)
{
    const QString name = args.first();
    QList<Role> roles;
    int exitCode = ExitOk;
    if (!context.parseRoles(context.optionValues(QStringLiteral("role")), roles, exitCode))
        return exitCode;
    if (roles.isEmpty())
        return context.usageError(Tr::tr("officer add needs at least one --role."));
    const QString newPassphraseFile = context.optionValue(QStringLiteral("new-passphrase-file"));
    if (newPassphraseFile.isEmpty())
        return context.usageError(Tr::tr("officer add needs --new-passphrase-file FILE with the new officer's "
                                         "passphrase."));
    Result<SecureBytes> newPassphrase = CliContext::readSecretFile(newPassphraseFile);
    if (!newPassphrase.ok())
        return context.fail(newPassphrase.error());
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    Vault& vault = session->vault();
    if (vault.isOperational()) {
        // After the bootstrap (SPEC §2): the new officer's keyslot is sealed now and waits in the
        // request until another officer approves.
        QString reason = context.optionValue(QStringLiteral("reason"));
        if (reason.trimmed().isEmpty())
            reason = Tr::tr("Add officer %1 (%2).").arg(name, roleNames(roles).join(QStringLiteral(", ")));
        return submitRequest(context, *session,
                             OfficerRequestDrafts::officerAdd(vault, name, roles, *newPassphrase, context.kdfParams(), reason));
    }
    const Status added = vault.addOfficer(name, roles, *newPassphrase, context.kdfParams());
    if (!added.ok())
        return context.fail(added.error());
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("name"), name },
                                        { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                                        { QStringLiteral("operational"), vault.isOperational() } });
    context.message(Tr::tr("Added officer %1 (%2).").arg(name, roleNames(roles).join(QStringLiteral(", "))));
    return ExitOk;
}

int runList(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    Result<QList<Officer>> officers = vault->officers();
    if (!officers.ok())
        return context.fail(officers.error());
    if (context.json()) {
        QJsonArray array;
        for (const Officer& officer : std::as_const(*officers)) {
            array.append(QJsonObject { { QStringLiteral("name"), officer.name },
                                       { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(officer.roles)) },
                                       { QStringLiteral("jwk"), officer.signingJwk },
                                       { QStringLiteral("created"), officer.createdAt.toString(Qt::ISODate) },
                                       { QStringLiteral("createdBy"), officer.createdBy },
                                       { QStringLiteral("acknowledged"), officer.custodianAcknowledged } });
        }
        context.printJson(array);
        return ExitOk;
    }
    for (const Officer& officer : std::as_const(*officers)) {
        context.print(QStringLiteral("%1\t%2\t%3")
                          .arg(officer.name, roleNames(officer.roles).join(QLatin1Char(',')),
                               officer.createdAt.toString(Qt::ISODate)));
    }
    if (!vault->isOperational())
        context.message(Tr::tr("Note: the vault is not operational yet: it needs a second officer with the "
                               "approver role."));
    if (const QString fingerprint = vault->fingerprint(); !fingerprint.isEmpty())
        context.message(Tr::tr("Vault fingerprint: %1").arg(fingerprint));
    return ExitOk;
}

int runRemove(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    Vault& vault = session->vault();
    if (vault.isOperational()) {
        QString reason;
        if (!requireReason(context, reason, exitCode))
            return exitCode;
        return submitRequest(context, *session, OfficerRequestDrafts::officerRemoval(args.first(), reason));
    }
    // Before the vault is operational nobody could approve: the admin removes alone (SPEC §2).
    const Status removed = vault.removeOfficer(args.first());
    if (!removed.ok())
        return context.fail(removed.error());
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("removed"), args.first() }, { QStringLiteral("rekeyed"), true } });
    context.message(Tr::tr("Removed officer %1 and re-keyed the vault.").arg(args.first()));
    return ExitOk;
}

int runRoles(CliContext& context, const QStringList& args)
{
    QList<Role> roles;
    int exitCode = ExitOk;
    if (!context.parseRoles(context.optionValues(QStringLiteral("role")), roles, exitCode))
        return exitCode;
    if (roles.isEmpty())
        return context.usageError(Tr::tr("officer roles needs at least one --role: the officer's roles after the "
                                         "change."));
    QString reason;
    if (!requireReason(context, reason, exitCode))
        return exitCode;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    return submitRequest(context, *session, OfficerRequestDrafts::roleChange(args.first(), roles, reason));
}

} // namespace

QList<CommandSpec> officerCommands()
{
    return {
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("add") },
                      QStringLiteral("officer add NAME --role ROLE... --new-passphrase-file FILE [--reason R]"),
                      Tr::tr("Add an officer: alone during the bootstrap, afterwards a request another officer "
                             "approves."),
                      { { QStringLiteral("role"), true, true }, { QStringLiteral("new-passphrase-file"), true, false },
                        { QStringLiteral("reason"), true, false } },
                      1,
                      1,
                      runAdd },
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("list") },
                      QStringLiteral("officer list"),
                      Tr::tr("List officers with their roles and public signing keys."),
                      {},
                      0,
                      0,
                      runList },
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("remove") },
                      QStringLiteral("officer remove NAME [--reason R]"),
                      Tr::tr("Remove an officer (re-keys the vault): a request another officer approves once the vault "
                             "is operational."),
                      { { QStringLiteral("reason"), true, false } },
                      1,
                      1,
                      runRemove },
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("roles") },
                      QStringLiteral("officer roles NAME --role ROLE... --reason R"),
                      Tr::tr("Request a change of an officer's roles (the complete list after the change)."),
                      { { QStringLiteral("role"), true, true }, { QStringLiteral("reason"), true, false } },
                      1,
                      1,
                      runRoles },
    };
}

} // namespace keyward::cli
