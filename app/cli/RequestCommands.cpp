// SPDX-License-Identifier: GPL-3.0-or-later
// `request rotate | retire | destroy | export` (SPEC §4, §8): each builds its draft with the same
// core builder the GUI uses (KeyRequestDrafts) and submits it; the engine decides.

#include "Command.h"
#include "RequestSession.h"

#include "keys/KeyInventory.h"
#include "requests/KeyRequestDrafts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::RequestCommands)
};

constexpr qint64 kMaxJwkFileBytes = 64 * 1024;

// Submits what `build` drafts, after the options every request shares (--reason, --lifetime).
int submitDrafted(CliContext& context, const std::function<Result<RequestDraft>(const QString& reason)>& build)
{
    QString reason;
    int exitCode = ExitOk;
    if (!requireReason(context, reason, exitCode))
        return exitCode;
    Result<RequestDraft> draft = build(reason);
    if (!draft.ok())
        return context.fail(draft.error());
    if (!applyLifetime(context, *draft, exitCode))
        return exitCode;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    return submitRequest(context, *session, std::move(draft));
}

bool optionalDuration(CliContext& context, const QString& name, qint64& secs, int& exitCode)
{
    if (!context.hasOption(name))
        return true;
    const std::optional<qint64> parsed = KeyInventory::parseDuration(context.optionValue(name));
    if (parsed && *parsed > 0) {
        secs = *parsed;
        return true;
    }
    exitCode = context.usageError(Tr::tr("--%1 takes a duration such as 7d, 36h or 90m.").arg(name));
    return false;
}

int runRotate(CliContext& context, const QStringList& args)
{
    RotationParams params;
    params.kid = args.first();
    params.keySet = context.optionValue(QStringLiteral("set"));
    if (context.hasOption(QStringLiteral("category")))
        params.reasonCategory = context.optionValue(QStringLiteral("category"));
    int exitCode = ExitOk;
    if (!optionalDuration(context, QStringLiteral("overlap"), params.overlapSecs, exitCode))
        return exitCode;
    params.prePublishedKid = context.optionValue(QStringLiteral("successor"));
    params.alg = context.optionValue(QStringLiteral("alg"));
    params.size = context.optionValue(QStringLiteral("size"));
    params.successorKid = context.optionValue(QStringLiteral("new-kid"));
    params.owner = context.optionValue(QStringLiteral("owner"));
    params.environment = context.optionValue(QStringLiteral("env"));
    if (!params.prePublishedKid.isEmpty()
        && !(params.alg + params.size + params.successorKid + params.owner + params.environment).isEmpty())
        return context.usageError(Tr::tr("--successor names an existing pre-published key; it cannot be combined with "
                                         "--alg, --size, --new-kid, --owner or --env."));
    if (context.hasOption(QStringLiteral("expires"))) {
        const QString expires = context.optionValue(QStringLiteral("expires"));
        params.expiresAt = KeyInventory::parseDateTime(expires);
        if (!params.expiresAt.isValid())
            return context.usageError(Tr::tr("--expires \"%1\" is not an ISO 8601 date or date-time.").arg(expires));
    }
    return submitDrafted(context, [&](const QString& reason) {
        params.reason = reason;
        return KeyRequestDrafts::rotation(params);
    });
}

int runRetire(CliContext& context, const QStringList& args)
{
    return submitDrafted(context, [&](const QString& reason) {
        return KeyRequestDrafts::retirement(args.first(), context.optionValue(QStringLiteral("set")), reason);
    });
}

int runDestroy(CliContext& context, const QStringList& args)
{
    qint64 waitSecs = 7 * 24 * 3600; // SPEC §4 default
    int exitCode = ExitOk;
    if (!optionalDuration(context, QStringLiteral("wait"), waitSecs, exitCode))
        return exitCode;
    return submitDrafted(context, [&](const QString& reason) {
        // A crypto-shred names the archived samples (by digest) it makes unreadable for good.
        return KeyRequestDrafts::destruction(args.first(), context.optionValue(QStringLiteral("set")), reason, waitSecs,
                                             context.optionValues(QStringLiteral("shred-sample")));
    });
}

Result<QJsonObject> readRecipientJwk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("Cannot read the recipient key %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxJwkFileBytes)
        return Error(ErrorCode::Malformed, Tr::tr("%1 is too large to be a JWK.").arg(path));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Error(ErrorCode::Malformed, Tr::tr("%1 is not a JWK (a JSON object).").arg(path));
    return document.object();
}

int runExport(CliContext& context, const QStringList& args)
{
    const QString format = context.optionValue(QStringLiteral("format"));
    if (format != QLatin1String("pkcs8") && format != QLatin1String("jwe"))
        return context.usageError(Tr::tr("--format pkcs8|jwe is required: private keys leave only encrypted."));
    QJsonObject recipient;
    if (format == QLatin1String("jwe")) {
        if (!context.hasOption(QStringLiteral("recipient")))
            return context.usageError(Tr::tr("--format jwe needs --recipient JWKFILE: the public key it is wrapped to."));
        Result<QJsonObject> jwk = readRecipientJwk(context.optionValue(QStringLiteral("recipient")));
        if (!jwk.ok())
            return context.fail(jwk.error());
        recipient = *jwk;
    } else if (context.hasOption(QStringLiteral("recipient"))) {
        return context.usageError(Tr::tr("--recipient is for --format jwe; a PKCS#8 export is encrypted with the "
                                         "passphrase given when it is collected."));
    }
    return submitDrafted(context, [&](const QString& reason) {
        return KeyRequestDrafts::privateExport(args.first(), context.optionValue(QStringLiteral("set")), reason, format,
                                               recipient);
    });
}

OptionSpec value(const char* name)
{
    return { QLatin1String(name), true, false };
}

} // namespace

QList<CommandSpec> requestSubmitCommands()
{
    const QList<OptionSpec> common { value("reason"), value("set"), value("lifetime") };
    return {
        CommandSpec { { QStringLiteral("request"), QStringLiteral("rotate") },
            QStringLiteral("request rotate KID --reason R [--set S] [--category scheduled|incident|offboarding|expiry] "
                           "[--overlap D] [--successor KID | --alg ALG --size N --new-kid K --owner O --env E "
                           "--expires DATE] [--lifetime D]"),
            Tr::tr("Ask for a rotation: a successor (pre-published or generated at approval) becomes primary, KID goes "
                   "to grace."),
            common + QList<OptionSpec> { value("category"), value("overlap"), value("successor"), value("alg"),
                         value("size"), value("new-kid"), value("owner"), value("env"), value("expires") },
            1, 1, runRotate },
        CommandSpec { { QStringLiteral("request"), QStringLiteral("retire") },
            QStringLiteral("request retire KID --reason R [--set S] [--lifetime D]"),
            Tr::tr("Ask for a retirement: allowed once a successor is primary and the overlap has passed."), common, 1,
            1, runRetire },
        CommandSpec { { QStringLiteral("request"), QStringLiteral("destroy") },
            QStringLiteral("request destroy KID --reason R [--set S] [--wait D] [--shred-sample DIGEST...] [--lifetime D]"),
            Tr::tr("Ask for destruction of private material, run after a waiting period (default 7d, 1d–30d)."),
            common + QList<OptionSpec> { value("wait"), { QStringLiteral("shred-sample"), true, true } }, 1, 1, runDestroy },
        CommandSpec { { QStringLiteral("request"), QStringLiteral("export") },
            QStringLiteral("request export KID --format pkcs8|jwe [--recipient JWKFILE] --reason R [--set S] "
                           "[--lifetime D]"),
            Tr::tr("Ask to export a private key, encrypted only; collect it after approval with 'request collect'."),
            common + QList<OptionSpec> { value("format"), value("recipient") }, 1, 1, runExport },
    };
}

} // namespace keyward::cli
