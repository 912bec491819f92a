// SPDX-License-Identifier: GPL-3.0-or-later
// `request list | show | approve | reject | cancel | execute | collect | due` (SPEC §4, §8).
// Every rule is the engine's; these commands parse, re-authenticate deciding officers and report.

#include "Command.h"
#include "RequestSession.h"
#include "TerminalText.h"

#include "keys/KeyInventory.h"
#include "requests/DueWork.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::RequestDecisionCommands)
};

QString stateText(const Request& request, const QDateTime& now)
{
    return request.isOverdue(now) ? Tr::tr("expired (not yet swept)") : requestStateName(request.state);
}

int runList(CliContext& context, const QStringList&)
{
    RequestFilter filter;
    if (context.hasOption(QStringLiteral("state"))) {
        filter.state = requestStateFromName(context.optionValue(QStringLiteral("state")));
        if (!filter.state)
            return context.usageError(Tr::tr("--state takes pending, approved, rejected, cancelled, expired or executed."));
    }
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    if (context.hasOption(QStringLiteral("mine")))
        filter.requester = session->officer();
    if (context.hasOption(QStringLiteral("waiting")))
        filter.awaitingOfficer = session->officer();
    Result<QList<Request>> requests = session->engine().list(filter);
    if (!requests.ok())
        return context.fail(requests.error());
    noteOpenReviews(context, session->vault());
    if (context.json()) {
        QJsonArray array;
        for (const Request& request : std::as_const(*requests))
            array.append(request.toJson());
        context.printJson(array);
        return ExitOk;
    }
    const QDateTime now = session->vault().clock().now();
    for (const Request& request : std::as_const(*requests)) {
        context.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6/%7\t%8")
                          .arg(request.id)
                          .arg(requestKindName(request.kind), stateText(request, now),
                               TerminalText::escape(request.subject), TerminalText::escape(request.requester))
                          .arg(request.approvalCount())
                          .arg(request.requiredApprovals)
                          .arg(KeyInventory::formatDateTime(request.expiresAt)));
    }
    if (requests->isEmpty())
        context.message(Tr::tr("No requests match."));
    return ExitOk;
}

// Shows the request and re-verifies every decision signature against the officer keys on record:
// a signature that no longer verifies means the stored request was changed after it was signed,
// so the command still shows it but exits 4 (integrity) with one warning per broken decision.
int runShow(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    qint64 id = 0;
    std::unique_ptr<RequestSession> session = RequestSession::openFor(context, args.first(), id, exitCode);
    if (!session)
        return exitCode;
    // The request and the officer keys its decisions are checked against, from one moment: an
    // officer change committed in between must not read as a broken signature (exit 4).
    Result<ReadTransaction> snapshot = ReadTransaction::begin(session->vault().database());
    if (!snapshot.ok())
        return context.fail(snapshot.error());
    Result<Request> request = session->engine().byId(id);
    if (!request.ok())
        return context.fail(request.error());
    const QList<Status> checks = session->engine().verifyDecisions(*request);
    snapshot->end();
    bool verified = true;
    for (const Status& check : checks)
        verified = verified && check.ok();
    if (context.json()) {
        QJsonObject object = request->toJson();
        object.insert(QStringLiteral("signaturesVerified"), verified);
        context.printJson(object);
    } else {
        printRequest(context, *request);
        if (request->isOverdue(session->vault().clock().now()))
            context.print(Tr::tr("note: past its expiry; it can no longer be approved."));
    }
    for (qsizetype i = 0; i < checks.size() && i < request->decisions.size(); ++i) {
        if (!checks.at(i).ok())
            context.message(Tr::tr("keyward-cli: the decision by %1 at %2 does not verify: %3")
                                .arg(request->decisions.at(i).officer,
                                     KeyInventory::formatDateTime(request->decisions.at(i).at), checks.at(i).message()));
    }
    return verified ? ExitOk : ExitIntegrity;
}

// Approve and reject: the officer who unlocked proves their passphrase again for this decision.
int decide(CliContext& context, const QStringList& args, bool approve)
{
    const QString why = context.optionValue(QStringLiteral("why"));
    if (!approve && why.trimmed().isEmpty())
        return context.usageError(Tr::tr("request reject needs --why TEXT: the requester reads it."));
    int exitCode = ExitOk;
    qint64 id = 0;
    std::unique_ptr<RequestSession> session = RequestSession::openFor(context, args.first(), id, exitCode, true);
    if (!session)
        return exitCode;
    Result<Request> decided = approve ? session->engine().approve(id, session->credential())
                                      : session->engine().reject(id, session->credential(), why);
    if (!decided.ok())
        return context.fail(decided.error());
    showRequest(context, *decided);
    if (!approve) {
        context.message(Tr::tr("Rejected request %1.").arg(id));
        return ExitOk;
    }
    if (decided->state == RequestState::Executed) {
        context.message(Tr::tr("Approved and executed request %1: %2.").arg(QString::number(id), describeEffect(*decided)));
    } else if (!decided->executionError.isEmpty()) {
        context.message(Tr::tr("keyward-cli: request %1 is approved but its execution failed: %2 Nothing changed; "
                               "retry with 'keyward-cli request execute %1'.")
                            .arg(QString::number(id), decided->executionError));
        return ExitFailed;
    } else if (decided->state == RequestState::Pending) {
        context.message(Tr::tr("Approved request %1: %2 of %3 approvals.")
                            .arg(id)
                            .arg(decided->approvalCount())
                            .arg(decided->requiredApprovals));
    } else if (decided->scheduledFor.isValid()) {
        context.message(Tr::tr("Approved request %1: it runs at %2 unless cancelled before with 'keyward-cli request "
                               "cancel %1'. Copies and backups of the vault made before it still hold the key.")
                            .arg(QString::number(id), KeyInventory::formatDateTime(decided->scheduledFor)));
    } else if (decided->kind == RequestKind::ExportPrivate) {
        context.message(Tr::tr("Approved request %1: %2 collects the export with 'keyward-cli request collect %1 --out "
                               "FILE'.")
                            .arg(QString::number(id), decided->requester));
    } else {
        context.message(Tr::tr("Approved request %1.").arg(id));
    }
    return ExitOk;
}

int runApprove(CliContext& context, const QStringList& args)
{
    return decide(context, args, true);
}

int runReject(CliContext& context, const QStringList& args)
{
    return decide(context, args, false);
}

int runCancel(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    qint64 id = 0;
    std::unique_ptr<RequestSession> session = RequestSession::openFor(context, args.first(), id, exitCode);
    if (!session)
        return exitCode;
    Result<Request> cancelled = session->engine().cancel(id, context.optionValue(QStringLiteral("why")));
    if (!cancelled.ok())
        return context.fail(cancelled.error());
    showRequest(context, *cancelled);
    context.message(Tr::tr("Cancelled request %1.").arg(id));
    return ExitOk;
}

// `execute` retries an approved request whose execution failed (or runs a due destruction);
// `collect` is the requester fetching an approved private export into a file.
int runExecution(CliContext& context, qint64 id, const PrivateExportTarget* target, RequestSession& session)
{
    Result<Request> executed = session.engine().execute(id, target);
    if (!executed.ok())
        return context.fail(executed.error());
    showRequest(context, *executed);
    if (!executed->executionError.isEmpty()) {
        context.message(Tr::tr("keyward-cli: the execution of request %1 failed: %2")
                            .arg(QString::number(id), executed->executionError));
        return ExitFailed;
    }
    if (target)
        context.message(Tr::tr("Wrote the encrypted private key of %1 to %2.").arg(executed->subject, target->path));
    else
        context.message(Tr::tr("Executed request %1: %2.").arg(QString::number(id), describeEffect(*executed)));
    return ExitOk;
}

int runExecute(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    qint64 id = 0;
    std::unique_ptr<RequestSession> session = RequestSession::openFor(context, args.first(), id, exitCode);
    if (!session)
        return exitCode;
    return runExecution(context, id, nullptr, *session);
}

int runCollect(CliContext& context, const QStringList& args)
{
    PrivateExportTarget target;
    target.path = context.optionValue(QStringLiteral("out"));
    if (target.path.isEmpty())
        return context.usageError(Tr::tr("request collect needs --out FILE: where the encrypted key is written."));
    if (context.hasOption(QStringLiteral("export-passphrase-file"))) {
        Result<SecureBytes> secret = CliContext::readSecretFile(context.optionValue(QStringLiteral("export-passphrase-file")));
        if (!secret.ok())
            return context.fail(secret.error());
        target.passphrase = std::move(secret).value();
    }
    int exitCode = ExitOk;
    qint64 id = 0;
    std::unique_ptr<RequestSession> session = RequestSession::openFor(context, args.first(), id, exitCode);
    if (!session)
        return exitCode;
    Result<Request> request = session->engine().byId(id);
    if (!request.ok())
        return context.fail(request.error());
    if (request->kind != RequestKind::ExportPrivate)
        return context.fail(Error(ErrorCode::Refused, Tr::tr("Request %1 is a %2, not a private-key export: nothing to "
                                                             "collect.")
                                                          .arg(QString::number(id), requestKindTitle(request->kind))));
    if (request->effect.value(QStringLiteral("format")).toString() == QLatin1String("pkcs8")
        && target.passphrase.size() == 0)
        return context.usageError(Tr::tr("A PKCS#8 export is encrypted with a passphrase: give it with "
                                         "--export-passphrase-file FILE."));
    return runExecution(context, id, &target, *session);
}

int runDue(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    Result<DueReport> report = DueWork::run(session->vault(), session->engine());
    if (!report.ok())
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(report->toJson());
        return ExitOk;
    }
    const auto list = [&](const QList<Request>& requests, const QString& label) {
        for (const Request& request : requests)
            context.print(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(label, QString::number(request.id), requestKindName(request.kind),
                                   TerminalText::escape(request.subject)));
    };
    list(report->expired, Tr::tr("expired"));
    list(report->executed, Tr::tr("executed"));
    list(report->drafted, Tr::tr("drafted"));
    for (const QString& note : std::as_const(report->notes))
        context.print(Tr::tr("note\t%1").arg(note));
    if (report->expired.isEmpty() && report->executed.isEmpty() && report->drafted.isEmpty() && report->notes.isEmpty())
        context.message(Tr::tr("Nothing is due."));
    return ExitOk;
}

OptionSpec value(const char* name)
{
    return { QLatin1String(name), true, false };
}

OptionSpec flag(const char* name)
{
    return { QLatin1String(name), false, false };
}

CommandSpec idCommand(const QString& word, const QString& synopsis, const QString& summary, QList<OptionSpec> options,
                      std::function<int(CliContext&, const QStringList&)> run)
{
    return CommandSpec { { QStringLiteral("request"), word }, synopsis, summary, std::move(options), 1, 1, std::move(run) };
}

} // namespace

QList<CommandSpec> requestDecisionCommands()
{
    return {
        CommandSpec { { QStringLiteral("request"), QStringLiteral("list") },
            QStringLiteral("request list [--state STATE] [--mine] [--waiting]"),
            Tr::tr("List requests, newest first (--mine: yours; --waiting: those you may approve)."),
            { value("state"), flag("mine"), flag("waiting") }, 0, 0, runList },
        idCommand(QStringLiteral("show"), QStringLiteral("request show ID"),
            Tr::tr("Show a request with its effect and signed decisions (exit 4 if a signature no longer verifies)."), {},
            runShow),
        idCommand(QStringLiteral("approve"), QStringLiteral("request approve ID"),
            Tr::tr("Approve as --as, signing with your personal key; the completing approval executes it."), {},
            runApprove),
        idCommand(QStringLiteral("reject"), QStringLiteral("request reject ID --why TEXT"),
            Tr::tr("Reject a pending request, signed; final."), { value("why") }, runReject),
        idCommand(QStringLiteral("cancel"), QStringLiteral("request cancel ID [--why TEXT]"),
            Tr::tr("Cancel your pending request, or a scheduled destruction before it runs."), { value("why") },
            runCancel),
        idCommand(QStringLiteral("execute"), QStringLiteral("request execute ID"),
            Tr::tr("Run an approved request again after a failed execution, or a destruction whose time has come."), {},
            runExecute),
        idCommand(QStringLiteral("collect"), QStringLiteral("request collect ID --out FILE [--export-passphrase-file F]"),
            Tr::tr("Requester only: write an approved private-key export, encrypted, to FILE."),
            { value("out"), value("export-passphrase-file") }, runCollect),
        CommandSpec { { QStringLiteral("request"), QStringLiteral("due") }, QStringLiteral("request due"),
            Tr::tr("For a scheduler: expire overdue requests, run due destructions, draft rotations of keys at the end "
                   "of their cryptoperiod."),
            {}, 0, 0, runDue },
    };
}

} // namespace keyward::cli
