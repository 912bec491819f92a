// SPDX-License-Identifier: GPL-3.0-or-later
// `officer add | list | remove | roles` (SPEC §2, §8). Only the bootstrap (adding officers until a
// second one holds approver) is direct; every later officer change is a two-person request.

#include "CliContext.h"
#include "Command.h"
#include "RequestSession.h"

#include "common/CommittedFiles.h"
#include "requests/OfficerRequestDrafts.h"

#include <unistd.h>

#include <QJsonArray>
#include <QFileInfo>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::OfficerCommands)
};

// A secret from --OPTION FILE, else typed at the terminal (twice when `confirm`), like passphrases.
Result<SecureBytes> secretFrom(CliContext& context, const QString& option, const QString& prompt, bool confirm = false)
{
    const QString path = context.optionValue(option);
    if (!path.isEmpty())
        return CliContext::readSecretFile(path);
    if (::isatty(STDIN_FILENO) != 1)
        return Error(ErrorCode::InvalidArgument, Tr::tr("Give --%1 FILE (no terminal to ask on).").arg(option));
    Result<SecureBytes> first = context.promptSecret(prompt);
    if (!first.ok() || !confirm)
        return first;
    Result<SecureBytes> again = context.promptSecret(Tr::tr("Repeat it: "));
    if (!again.ok())
        return again;
    if (!first->constantTimeEquals(again->view()))
        return Error(ErrorCode::InvalidArgument, Tr::tr("The passphrases do not match."));
    return first;
}

// An enrollment half goes to a file the officer names, owner-only, never over an existing one.
Status stageHalf(CommittedFiles& files, const QString& path, const SecureBytes& half)
{
    if (QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists, Tr::tr("%1 already exists: name a new file for the enrollment half.").arg(path));
    QByteArray text(half.constChars(), half.isize());
    text.append('\n');
    const Status staged = files.stage(path, text);
    secureWipe(text);
    return staged;
}

int runAddByEnrollment(CliContext& context, RequestSession& session, const QString& name, const QList<Role>& roles)
{
    // After the bootstrap (SPEC §2, issue #12): the new officer chooses their own passphrase by
    // enrolling with half A (written now, for the requester to hand over) and half B (the approver's).
    const QString halfFile = context.optionValue(QStringLiteral("half-a-file"));
    if (halfFile.isEmpty())
        return context.usageError(Tr::tr("officer add needs --half-a-file FILE: half A of %1's enrollment is written "
                                         "there for you to hand to %1.")
                                      .arg(name));
    QString reason = context.optionValue(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        reason = Tr::tr("Add officer %1 (%2).").arg(name, roleNames(roles).join(QStringLiteral(", ")));
    SecureBytes half;
    Result<RequestDraft> draft = OfficerRequestDrafts::officerEnrollment(session.vault(), name, roles, reason, &half);
    if (!draft.ok())
        return context.fail(draft.error());
    CommittedFiles files;
    if (const Status staged = stageHalf(files, halfFile, half); !staged.ok())
        return context.fail(staged.error());
    const int exitCode = submitRequest(context, session, std::move(draft));
    if (exitCode != ExitOk)
        return exitCode;
    if (const Status written = files.publish(); !written.ok())
        return context.fail(written.error());
    context.message(Tr::tr("Half A of %1's enrollment is in %2. Give it to %1 in person; the approver gets half B "
                           "with 'keyward-cli officer half %1 --half-file FILE'.")
                        .arg(name, halfFile));
    return ExitOk;
}

int runAdd(CliContext& context, const QStringList& args)
{
    const QString name = args.first();
    QList<Role> roles;
    int exitCode = ExitOk;
    if (!context.parseRoles(context.optionValues(QStringLiteral("role")), roles, exitCode))
        return exitCode;
    if (roles.isEmpty())
        return context.usageError(Tr::tr("officer add needs at least one --role."));
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    Vault& vault = session->vault();
    if (vault.isOperational())
        return runAddByEnrollment(context, *session, name, roles);
    // The bootstrap: the second officer (trusted on first use) gets a passphrase now and changes
    // it with 'officer passphrase' at their first unlock.
    const QString newPassphraseFile = context.optionValue(QStringLiteral("new-passphrase-file"));
    if (newPassphraseFile.isEmpty())
        return context.usageError(Tr::tr("Until the vault is operational, officer add needs --new-passphrase-file "
                                         "FILE with the new officer's first passphrase."));
    Result<SecureBytes> newPassphrase = CliContext::readSecretFile(newPassphraseFile);
    if (!newPassphrase.ok())
        return context.fail(newPassphrase.error());
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

int runHalf(CliContext& context, const QStringList& args)
{
    const QString halfFile = context.optionValue(QStringLiteral("half-file"));
    if (halfFile.isEmpty())
        return context.usageError(Tr::tr("officer half needs --half-file FILE to write your half to."));
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    Result<SecureBytes> half = vault->enrollmentHalf(args.first());
    if (!half.ok())
        return context.fail(half.error());
    CommittedFiles files;
    Status written = stageHalf(files, halfFile, *half);
    if (written.ok())
        written = files.publish();
    if (!written.ok())
        return context.fail(written.error());
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("officer"), args.first() }, { QStringLiteral("file"), halfFile } });
    context.message(Tr::tr("Your half of %1's enrollment is in %2. Give it to %1 in person.").arg(args.first(), halfFile));
    return ExitOk;
}

int runEnroll(CliContext& context, const QStringList& args)
{
    const QString name = args.first();
    Result<SecureBytes> halfA = secretFrom(context, QStringLiteral("half-a-file"), Tr::tr("Half A (from the requester): "));
    if (!halfA.ok())
        return context.fail(halfA.error());
    Result<SecureBytes> halfB = secretFrom(context, QStringLiteral("half-b-file"), Tr::tr("Half B (from the approver): "));
    if (!halfB.ok())
        return context.fail(halfB.error());
    Result<SecureBytes> passphrase
        = secretFrom(context, QStringLiteral("new-passphrase-file"), Tr::tr("Your new passphrase: "), true);
    if (!passphrase.ok())
        return context.fail(passphrase.error());
    Result<std::unique_ptr<Vault>> vault
        = Vault::enroll(context.location(), name, *halfA, *halfB, *passphrase, context.kdfParams(), context.clock());
    if (!vault.ok())
        return context.fail(vault.error());
    const Officer& me = (*vault)->currentOfficer();
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("name"), me.name },
                                        { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(me.roles)) },
                                        { QStringLiteral("jwk"), me.signingJwk } });
    context.message(Tr::tr("%1 is enrolled (%2) with their own passphrase and signing key.")
                        .arg(me.name, roleNames(me.roles).join(QStringLiteral(", "))));
    return ExitOk;
}

int runPassphrase(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    SecureBytes current;
    std::unique_ptr<Vault> vault = context.openVault(exitCode, &current);
    if (!vault)
        return exitCode;
    Result<SecureBytes> next
        = secretFrom(context, QStringLiteral("new-passphrase-file"), Tr::tr("New passphrase: "), true);
    if (!next.ok())
        return context.fail(next.error());
    if (const Status changed = vault->changePassphrase(current, *next, context.kdfParams()); !changed.ok())
        return context.fail(changed.error());
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("officer"), vault->currentOfficer().name },
                                        { QStringLiteral("changed"), true } });
    context.message(Tr::tr("The passphrase of %1 is changed.").arg(vault->currentOfficer().name));
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
                      QStringLiteral("officer add NAME --role ROLE... (--half-a-file FILE | --new-passphrase-file FILE) "
                                     "[--reason R]"),
                      Tr::tr("Add an officer: alone during the bootstrap (with a first passphrase), afterwards a "
                             "request another officer approves; the new officer then enrolls with half A (written to "
                             "--half-a-file) and the approver's half B."),
                      { { QStringLiteral("role"), true, true }, { QStringLiteral("new-passphrase-file"), true, false },
                        { QStringLiteral("half-a-file"), true, false }, { QStringLiteral("reason"), true, false } },
                      1,
                      1,
                      runAdd },
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("half") },
                      QStringLiteral("officer half NAME --half-file FILE"),
                      Tr::tr("Write your half of NAME's enrollment (A as requester, B as approver) to FILE."),
                      { { QStringLiteral("half-file"), true, false } },
                      1,
                      1,
                      runHalf },
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("enroll") },
                      QStringLiteral("officer enroll NAME [--half-a-file F] [--half-b-file F] [--new-passphrase-file F]"),
                      Tr::tr("Enroll as the new officer NAME with both halves, choosing your own passphrase (asked "
                             "for when no file is given)."),
                      { { QStringLiteral("half-a-file"), true, false }, { QStringLiteral("half-b-file"), true, false },
                        { QStringLiteral("new-passphrase-file"), true, false } },
                      1,
                      1,
                      runEnroll },
        CommandSpec { { QStringLiteral("officer"), QStringLiteral("passphrase") },
                      QStringLiteral("officer passphrase [--new-passphrase-file F]"),
                      Tr::tr("Change your own passphrase (the current one unlocks the vault as usual)."),
                      { { QStringLiteral("new-passphrase-file"), true, false } },
                      0,
                      0,
                      runPassphrase },
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
