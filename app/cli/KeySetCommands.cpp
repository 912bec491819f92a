// SPDX-License-Identifier: GPL-3.0-or-later
// `keyset list | set` (SPEC §3 policies per key set). Creating a set is direct; changing an existing
// set's policy is a two-person request (SPEC §4) once the vault is operational.

#include "KeyCommands.h"

#include "CliContext.h"
#include "RequestSession.h"

#include "keys/KeyAdmission.h"
#include "keys/KeyInventory.h"
#include "keys/KeyStore.h"
#include "keys/SetKeySetPolicyCommand.h"
#include "requests/OfficerRequestDrafts.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::KeySetCommands)
};

struct DurationOption {
    const char* name;
    qint64 KeySetPolicy::*member;
};

const DurationOption kDurations[] = {
    { "cryptoperiod", &KeySetPolicy::cryptoperiodSecs },
    { "warn-first", &KeySetPolicy::warnFirstSecs },
    { "warn-final", &KeySetPolicy::warnFinalSecs },
    { "max-token-ttl", &KeySetPolicy::maxTokenTtlSecs },
    { "skew", &KeySetPolicy::clockSkewSecs },
    { "min-overlap", &KeySetPolicy::minOverlapSecs },
};

int runList(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<QList<KeySet>> sets = KeyStore(vault->database()).keySets();
    if (!sets.ok())
        return context.fail(sets.error());
    QJsonArray array;
    for (const KeySet& set : std::as_const(*sets)) {
        QJsonObject object = KeyAdmission::policyDetails(set);
        object.insert(QStringLiteral("name"), set.name);
        array.append(object);
        if (!context.json())
            context.print(QStringLiteral("%1\tcryptoperiod %2d\twarn %3d/%4d\tenv %5")
                              .arg(set.name)
                              .arg(set.policy.cryptoperiodSecs / KeySetPolicy::kDay)
                              .arg(set.policy.warnFirstSecs / KeySetPolicy::kDay)
                              .arg(set.policy.warnFinalSecs / KeySetPolicy::kDay)
                              .arg(set.policy.defaultEnvironment));
    }
    if (context.json())
        context.printJson(array);
    return ExitOk;
}

QJsonObject setJson(const KeySet& set, bool created, bool changed)
{
    QJsonObject object = KeyAdmission::policyDetails(set);
    object.insert(QStringLiteral("name"), set.name);
    object.insert(QStringLiteral("created"), created);
    object.insert(QStringLiteral("changed"), changed);
    return object;
}

int runSet(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    Vault& vault = session->vault();
    Result<std::optional<KeySet>> existing = KeyStore(vault.database()).keySet(args.first());
    if (!existing.ok())
        return context.fail(existing.error());
    KeySet set = existing->value_or(KeySet {});
    set.name = args.first();
    for (const DurationOption& option : kDurations) {
        const QString name = QLatin1String(option.name);
        if (!context.hasOption(name))
            continue;
        const std::optional<qint64> secs = KeyInventory::parseDuration(context.optionValue(name));
        if (!secs)
            return context.usageError(Tr::tr("--%1 takes a duration such as 90d, 12h or 30m.").arg(name));
        set.policy.*option.member = *secs;
    }
    if (context.hasOption(QStringLiteral("default-env")))
        set.policy.defaultEnvironment = context.optionValue(QStringLiteral("default-env"));
    if (context.hasOption(QStringLiteral("bundle-signing-kid")))
        set.bundleSigningKid = context.optionValue(QStringLiteral("bundle-signing-kid"));
    if (existing->has_value() && vault.isOperational()) {
        // SPEC §4: once someone can approve, a policy change is a two-person request.
        if (const Status status = SetKeySetPolicyCommand::checkPolicy(set.policy); !status.ok())
            return context.fail(status.error());
        const KeySet& before = **existing;
        if (before.policy == set.policy && before.bundleSigningKid == set.bundleSigningKid) {
            if (context.json())
                context.printJson(setJson(set, false, false));
            context.message(Tr::tr("Key set %1 already has this policy.").arg(set.name));
            return ExitOk;
        }
        QString reason;
        if (!requireReason(context, reason, exitCode))
            return exitCode;
        return submitRequest(context, *session, OfficerRequestDrafts::policyChange(set, reason));
    }
    SetKeySetPolicyCommand command(vault, set);
    if (const Status status = command.run(); !status.ok())
        return context.fail(status.error());
    if (context.json())
        context.printJson(setJson(set, command.created(), command.changed()));
    context.message(command.created() ? Tr::tr("Created key set %1.").arg(set.name)
            : command.changed()       ? Tr::tr("Changed the policy of key set %1.").arg(set.name)
                                      : Tr::tr("Key set %1 already has this policy.").arg(set.name));
    return ExitOk;
}

} // namespace

QList<CommandSpec> keySetCommands()
{
    QList<OptionSpec> options { { QStringLiteral("default-env"), true, false },
        { QStringLiteral("bundle-signing-kid"), true, false }, { QStringLiteral("reason"), true, false } };
    for (const DurationOption& option : kDurations)
        options.append({ QLatin1String(option.name), true, false });
    return {
        CommandSpec { { QStringLiteral("keyset"), QStringLiteral("list") }, QStringLiteral("keyset list"),
            Tr::tr("List key sets with their policies."), {}, 0, 0, runList },
        CommandSpec { { QStringLiteral("keyset"), QStringLiteral("set") },
            QStringLiteral("keyset set NAME [--cryptoperiod D] [--warn-first D] [--warn-final D] [--max-token-ttl D] "
                           "[--skew D] [--min-overlap D] [--default-env E] [--bundle-signing-kid K] [--reason R]"),
            Tr::tr("Create a key set, or request a change of its policy (admin; --reason; another officer approves)."), options, 1, 1, runSet },
    };
}

} // namespace keyward::cli
