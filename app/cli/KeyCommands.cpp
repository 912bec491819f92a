// SPDX-License-Identifier: GPL-3.0-or-later
// `key generate | import | register | list | show | revoke | activate-due` (SPEC §3, §8).

#include "KeyCommands.h"

#include "CliContext.h"
#include "RequestSession.h"
#include "TerminalText.h"

#include "audit/AuditLog.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/ImportKeyCommand.h"
#include "keys/KeyActivation.h"
#include "keys/KeyInventory.h"
#include "keys/KeyStore.h"
#include "keys/PrimaryRule.h"
#include "keys/RevokeKeyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "requests/RevokeAndRotateCommand.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::KeyCommands)
};

constexpr qsizetype kMaxKeyFileBytes = 4 * 1024 * 1024;

// Parses the options every new key shares into NewKeyParams; false with exitCode set on a usage error.
bool newKeyParams(CliContext& context, NewKeyParams& params, int& exitCode)
{
    const auto usage = [&](const QString& text) {
        exitCode = context.usageError(text);
        return false;
    };
    params.keySet = context.optionValue(QStringLiteral("set"));
    if (params.keySet.isEmpty())
        return usage(Tr::tr("--set S is required: the key set (JWKS) the key belongs to."));
    params.owner = context.optionValue(QStringLiteral("owner"));
    if (params.owner.isEmpty())
        return usage(Tr::tr("--owner O is required: the team or person responsible for the key."));
    const QString expires = context.optionValue(QStringLiteral("expires"));
    if (expires.isEmpty())
        return usage(Tr::tr("--expires DATE is required (ISO 8601, e.g. 2027-01-31 or 2027-01-31T12:00:00Z)."));
    params.expiresAt = KeyInventory::parseDateTime(expires);
    if (!params.expiresAt.isValid())
        return usage(Tr::tr("--expires \"%1\" is not an ISO 8601 date or date-time.").arg(expires));
    if (context.hasOption(QStringLiteral("activates"))) {
        const QString activates = context.optionValue(QStringLiteral("activates"));
        params.activatesAt = KeyInventory::parseDateTime(activates);
        if (!params.activatesAt.isValid())
            return usage(Tr::tr("--activates \"%1\" is not an ISO 8601 date or date-time.").arg(activates));
    }
    if (context.hasOption(QStringLiteral("use"))) {
        params.use = keyUseFromName(context.optionValue(QStringLiteral("use")));
        if (!params.use)
            return usage(Tr::tr("--use takes sig or enc."));
    }
    params.alg = context.optionValue(QStringLiteral("alg"));
    params.kid = context.optionValue(QStringLiteral("kid"));
    params.environment = context.optionValue(QStringLiteral("env"));
    params.notes = context.optionValue(QStringLiteral("notes"));
    params.tags = context.optionValues(QStringLiteral("tag"));
    return true;
}

QJsonObject keyJson(const KeyRecord& key, const QDateTime& now, Database& db)
{
    const KeyStore store(db);
    const QHash<QString, KeySetPolicy> policies = store.policies().ok() ? *store.policies() : QHash<QString, KeySetPolicy>();
    return KeyInventory::toDetailJson(key, KeyInventory::flagsFor(key, policies, now));
}

QString describe(const KeyRecord& key)
{
    return Tr::tr("%1 in %2 (%3 %4, %5%6)")
        .arg(key.kid, key.keySet, key.alg.isEmpty() ? Tr::tr("no alg pinned") : key.alg, keyUseName(key.use),
            keyStateName(key.state), key.primary ? Tr::tr(", primary") : QString());
}

// SPEC §3, no solo primary: a key added to a set that has (or had) a primary is not primary; say
// how it becomes primary, so nobody takes "active" for "in use".
void noteAdmission(CliContext& context, Database& db, const KeyRecord& key)
{
    const QString note = PrimaryRule::admissionNote(db, key);
    if (!note.isEmpty())
        context.message(Tr::tr("%1: %2").arg(key.kid, note));
}

int runGenerate(CliContext& context, const QStringList&)
{
    GenerateKeyCommand::Params params;
    int exitCode = ExitOk;
    if (!newKeyParams(context, params.key, exitCode))
        return exitCode;
    if (!context.hasOption(QStringLiteral("use")))
        return context.usageError(Tr::tr("--use sig|enc is required."));
    if (params.key.alg.isEmpty())
        return context.usageError(Tr::tr("--alg ALG is required (for example ES256, EdDSA, RS256, RSA-OAEP-256, "
                                         "ECDH-ES+A256KW, A256KW)."));
    params.size = context.optionValue(QStringLiteral("size"));
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    VaultKeyProvider provider(vault->database());
    GenerateKeyCommand command(*vault, provider, params);
    if (const Status status = command.run(); !status.ok())
        return context.fail(status.error());
    if (context.json())
        context.printJson(keyJson(command.result(), vault->clock().now(), vault->database()));
    context.message(Tr::tr("Generated %1.").arg(describe(command.result())));
    noteAdmission(context, vault->database(), command.result());
    return ExitOk;
}

Result<QByteArray> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxKeyFileBytes)
        return Error(ErrorCode::Malformed, Tr::tr("%1 is too large to be a key file.").arg(path));
    return file.readAll();
}

int runImportOrRegister(CliContext& context, const QStringList& args, bool publicOnly)
{
    NewKeyParams params;
    int exitCode = ExitOk;
    if (!newKeyParams(context, params, exitCode))
        return exitCode;
    Result<QByteArray> data = readKeyFile(args.first());
    if (!data.ok())
        return context.fail(data.error());
    SecureBytes keyPassphrase;
    if (context.hasOption(QStringLiteral("key-passphrase-file"))) {
        Result<SecureBytes> secret = CliContext::readSecretFile(context.optionValue(QStringLiteral("key-passphrase-file")));
        if (!secret.ok())
            return context.fail(secret.error());
        keyPassphrase = std::move(secret).value();
    } else if (!publicOnly && KeyInput::needsPassphrase(*data)) {
        return context.usageError(
            Tr::tr("%1 is an encrypted private key: give its passphrase with --key-passphrase-file FILE.").arg(args.first()));
    }
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    VaultKeyProvider provider(vault->database());
    std::unique_ptr<ImportKeyCommand> command = publicOnly
        ? std::make_unique<RegisterPublicKeyCommand>(*vault, provider, params, *data)
        : std::make_unique<ImportKeyCommand>(*vault, provider, params, *data, std::move(keyPassphrase));
    const Status status = command->run();

    QJsonArray imported;
    QJsonArray refused;
    for (const ImportKeyCommand::Outcome& outcome : command->outcomes()) {
        if (outcome.status.ok()) {
            imported.append(keyJson(outcome.record, vault->clock().now(), vault->database()));
            context.message((publicOnly ? Tr::tr("Registered %1.") : Tr::tr("Imported %1.")).arg(describe(outcome.record)));
            noteAdmission(context, vault->database(), outcome.record);
        } else {
            refused.append(QJsonObject { { QStringLiteral("index"), outcome.index },
                { QStringLiteral("kid"), outcome.kid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.kid) },
                { QStringLiteral("code"), errorCodeName(outcome.status.code()) },
                { QStringLiteral("message"), outcome.status.message() } });
            if (command->outcomes().size() > 1)
                context.message(Tr::tr("Key %1%2 refused: %3")
                                    .arg(outcome.index + 1)
                                    .arg(outcome.kid.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(outcome.kid),
                                        outcome.status.message()));
        }
    }
    if (!status.ok()) {
        context.message(Tr::tr("keyward-cli: %1").arg(status.message()));
        if (context.json())
            context.printJson(QJsonObject { { QStringLiteral("imported"), imported }, { QStringLiteral("refused"), refused },
                { QStringLiteral("error"), QJsonObject { { QStringLiteral("code"), errorCodeName(status.code()) },
                                               { QStringLiteral("message"), status.message() } } } });
        return CliContext::exitCodeFor(status.code());
    }
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("imported"), imported }, { QStringLiteral("refused"), refused } });
    return ExitOk;
}

int runImport(CliContext& context, const QStringList& args)
{
    return runImportOrRegister(context, args, false);
}

int runRegister(CliContext& context, const QStringList& args)
{
    return runImportOrRegister(context, args, true);
}

int runList(CliContext& context, const QStringList&)
{
    KeyFilter filter;
    filter.keySet = context.optionValue(QStringLiteral("set"));
    if (context.hasOption(QStringLiteral("state"))) {
        filter.state = keyStateFromName(context.optionValue(QStringLiteral("state")));
        if (!filter.state)
            return context.usageError(Tr::tr("--state takes pending, active, grace, retired, revoked or destroyed."));
    }
    if (context.hasOption(QStringLiteral("expiring-within"))) {
        const std::optional<qint64> secs = KeyInventory::parseDuration(context.optionValue(QStringLiteral("expiring-within")));
        if (!secs)
            return context.usageError(Tr::tr("--expiring-within takes a duration such as 30d, 12h or 90m."));
        filter.expiringWithinSecs = *secs;
    }
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<QList<KeyListEntry>> entries = KeyInventory::load(vault->database(), vault->clock().now(), filter);
    if (!entries.ok())
        return context.fail(entries.error());
    KeyInventory::sortBySetAndKid(*entries);
    noteOpenReviews(context, *vault);
    if (context.json()) {
        QJsonArray array;
        for (const KeyListEntry& entry : std::as_const(*entries))
            array.append(KeyInventory::toJson(entry.record, entry.flags));
        context.printJson(array);
        return ExitOk;
    }
    for (const KeyListEntry& entry : std::as_const(*entries)) {
        const KeyRecord& key = entry.record;
        context.print(QStringLiteral("%1\t%2\t%3\t%4\t%5%6\t%7\t%8\t%9")
                          .arg(TerminalText::escape(key.kid), TerminalText::escape(key.keySet), keyUseName(key.use),
                              key.alg.isEmpty() ? QStringLiteral("-") : TerminalText::escape(key.alg),
                              keyStateName(key.state), key.primary ? QStringLiteral("*") : QString(),
                              TerminalText::escape(key.owner),
                              KeyInventory::formatDateTime(key.expiresAt),
                              keyFlagNames(entry.flags).join(QLatin1Char(','))));
    }
    if (entries->isEmpty())
        context.message(Tr::tr("No keys match."));
    return ExitOk;
}

int runShow(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<KeyRecord> key = KeyStore(vault->database()).find(args.first(), context.optionValue(QStringLiteral("set")));
    if (!key.ok())
        return context.fail(key.error());
    QJsonObject object = keyJson(*key, vault->clock().now(), vault->database());
    QJsonArray history;
    if (Result<QList<AuditEvent>> events = vault->audit().eventsForSubject(key->kid); events.ok()) {
        for (const AuditEvent& event : std::as_const(*events)) {
            if (event.details.value(QStringLiteral("set")).toString() != key->keySet)
                continue; // the same kid in another set
            history.append(QJsonObject { { QStringLiteral("seq"), event.seq },
                { QStringLiteral("at"), AuditEvent::formatTime(event.at) }, { QStringLiteral("actor"), event.actor },
                { QStringLiteral("action"), event.action } });
        }
    }
    object.insert(QStringLiteral("history"), history);
    noteOpenReviews(context, *vault, key->kid);
    if (context.json()) {
        context.printJson(object);
        return ExitOk;
    }
    const QStringList order { QStringLiteral("kid"), QStringLiteral("set"), QStringLiteral("use"), QStringLiteral("alg"),
        QStringLiteral("state"), QStringLiteral("primary"), QStringLiteral("owner"), QStringLiteral("env"),
        QStringLiteral("kty"), QStringLiteral("size"), QStringLiteral("strength_bits"), QStringLiteral("created"),
        QStringLiteral("activates"), QStringLiteral("expires"), QStringLiteral("version"), QStringLiteral("predecessor"),
        QStringLiteral("successor"), QStringLiteral("thumbprint"), QStringLiteral("has_private"),
        QStringLiteral("created_by"), QStringLiteral("created_by_product"), QStringLiteral("notes") };
    for (const QString& name : order) {
        const QJsonValue value = object.value(name);
        const QString text = value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
            : value.isDouble()              ? QString::number(value.toInteger())
            : value.isNull()                ? QStringLiteral("-")
                                            : value.toString();
        // Notes may span lines (indented under the label); every other value is one line.
        context.print(QStringLiteral("%1: %2").arg(name, name == QLatin1String("notes")
                                                          ? TerminalText::escapeLines(text, int(name.size()) + 2)
                                                          : TerminalText::escape(text)));
    }
    for (const QJsonValue& line : object.value(QStringLiteral("flag_descriptions")).toArray())
        context.print(Tr::tr("flag: %1").arg(line.toString()));
    context.print(QStringLiteral("jwk: %1").arg(QString::fromUtf8(QJsonDocument(key->publicJwk).toJson(QJsonDocument::Compact))));
    for (const QJsonValue& event : std::as_const(history)) {
        const QJsonObject e = event.toObject();
        context.print(QStringLiteral("history: %1 %2 %3")
                          .arg(e.value(QStringLiteral("at")).toString(),
                               TerminalText::escape(e.value(QStringLiteral("actor")).toString()),
                              e.value(QStringLiteral("action")).toString()));
    }
    return ExitOk;
}

// `key revoke KID --reason TEXT [--rotate-to KID | --rotate-generate]`: the break-glass act alone,
// or with the rotation request that ends the set's time without a primary, in one transaction.
int runRevokeAndRotate(CliContext& context, const QStringList& args, const QString& reason)
{
    RevokeAndRotateCommand::Params params;
    params.revoke = { args.first(), context.optionValue(QStringLiteral("set")), reason };
    params.successorKid = context.optionValue(QStringLiteral("rotate-to"));
    params.generateSuccessor = context.hasOption(QStringLiteral("rotate-generate"));
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    Vault& vault = session->vault();
    RevokeAndRotateCommand command(vault, session->engine(), params);
    if (const Status status = command.run(); !status.ok())
        return context.fail(status.error());
    if (context.json()) {
        QJsonObject object = keyJson(command.result(), vault.clock().now(), vault.database());
        object.insert(QStringLiteral("review"), command.reviewId());
        object.insert(QStringLiteral("request"), command.request().toJson());
        context.printJson(object);
    }
    context.message(Tr::tr("Revoked %1. Break-glass review %2 is open until a second officer countersigns it.")
                        .arg(describe(command.result()))
                        .arg(command.reviewId()));
    const QString successor = params.generateSuccessor ? Tr::tr("a new key like it") : QStringLiteral("\"%1\"").arg(params.successorKid);
    context.message(Tr::tr("Key set %1 has no primary %2 key until rotation request %3 to %4 is approved by a second "
                           "officer (keyward-cli request approve %3).")
                        .arg(command.result().keySet, keyUseName(command.result().use))
                        .arg(command.request().id)
                        .arg(successor));
    return ExitOk;
}

int runRevoke(CliContext& context, const QStringList& args)
{
    const QString reason = context.optionValue(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return context.usageError(Tr::tr("key revoke needs --reason TEXT: what is suspected."));
    const bool rotateTo = context.hasOption(QStringLiteral("rotate-to"));
    const bool rotateGenerate = context.hasOption(QStringLiteral("rotate-generate"));
    if (rotateTo && rotateGenerate)
        return context.usageError(Tr::tr("Give --rotate-to KID or --rotate-generate, not both."));
    if (rotateTo && context.optionValue(QStringLiteral("rotate-to")).trimmed().isEmpty())
        return context.usageError(Tr::tr("--rotate-to needs the kid of the pre-published successor."));
    if (rotateTo || rotateGenerate)
        return runRevokeAndRotate(context, args, reason);
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    RevokeKeyCommand command(*vault, { args.first(), context.optionValue(QStringLiteral("set")), reason });
    if (const Status status = command.run(); !status.ok())
        return context.fail(status.error());
    if (context.json()) {
        QJsonObject object = keyJson(command.result(), vault->clock().now(), vault->database());
        object.insert(QStringLiteral("review"), command.reviewId());
        context.printJson(object);
    }
    context.message(Tr::tr("Revoked %1. Break-glass review %2 is open until a second officer countersigns it.")
                        .arg(describe(command.result()))
                        .arg(command.reviewId()));
    // The rotation subject of a set without a primary is the revoked key that was primary last.
    if (Result<std::optional<KeyRecord>> subject
        = PrimaryRule::rotationSubject(vault->database(), command.result().keySet, command.result().use);
        subject.ok() && subject->has_value() && (*subject)->id == command.result().id)
        context.message(Tr::tr("Key set %1 has no primary %2 key until a rotation is approved (keyward-cli request rotate %3 "
                               "--successor KID --reason ...).")
                            .arg(command.result().keySet, keyUseName(command.result().use), command.result().kid));
    return ExitOk;
}

int runActivateDue(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode); // activates as it opens
    if (!vault)
        return exitCode;
    return ExitOk;
}

OptionSpec value(const char* name)
{
    return { QLatin1String(name), true, false };
}

} // namespace

std::unique_ptr<Vault> openVaultForKeys(CliContext& context, int& exitCode, SecureBytes* keepPassphrase)
{
    std::unique_ptr<Vault> vault = context.openVault(exitCode, keepPassphrase);
    if (!vault)
        return nullptr;
    Result<QList<KeyRecord>> activated = activateDueKeys(*vault);
    if (!activated.ok()) {
        exitCode = context.fail(activated.error());
        return nullptr;
    }
    for (const KeyRecord& key : std::as_const(*activated))
        context.message(Tr::tr("Activated %1: its activation date has come.").arg(describe(key)));
    return vault;
}

QList<CommandSpec> keyCommands()
{
    const QList<OptionSpec> newKey { value("set"), value("owner"), value("expires"), value("kid"), value("env"),
        value("activates"), value("use"), value("alg"), value("notes"), { QStringLiteral("tag"), true, true } };
    return {
        CommandSpec { { QStringLiteral("key"), QStringLiteral("generate") },
            QStringLiteral("key generate --set S --use sig|enc --alg ALG --owner O --expires DATE [--kid K] [--env E] "
                           "[--activates DATE] [--size BITS|CURVE] [--notes TEXT] [--tag T]..."),
            Tr::tr("Generate a key in the vault (RSA 2048/3072/4096, EC P-256/384/521, Ed25519, X25519, oct)."),
            newKey + QList<OptionSpec> { value("size") }, 0, 0, runGenerate },
        CommandSpec { { QStringLiteral("key"), QStringLiteral("import") },
            QStringLiteral("key import FILE --set S --owner O --expires DATE [--kid K] [--env E] [--use sig|enc] "
                           "[--alg ALG] [--key-passphrase-file F] [--activates DATE]"),
            Tr::tr("Import keys from a JWK, JWK Set, PEM (SPKI, PKCS#8, encrypted PKCS#8) or X.509 certificate."),
            newKey + QList<OptionSpec> { value("key-passphrase-file") }, 1, 1, runImport },
        CommandSpec { { QStringLiteral("key"), QStringLiteral("register") },
            QStringLiteral("key register FILE --set S --owner O --expires DATE [--kid K] [--env E] [--use sig|enc] [--alg ALG]"),
            Tr::tr("Register a key held elsewhere from its public part only (JWK, JWK Set, SPKI PEM, certificate)."),
            newKey, 1, 1, runRegister },
        CommandSpec { { QStringLiteral("key"), QStringLiteral("list") },
            QStringLiteral("key list [--set S] [--state STATE] [--expiring-within DURATION]"),
            Tr::tr("List keys with their state, primary marker, owner, expiry and flags."),
            { value("set"), value("state"), value("expiring-within") }, 0, 0, runList },
        CommandSpec { { QStringLiteral("key"), QStringLiteral("show") }, QStringLiteral("key show KID [--set S]"),
            Tr::tr("Show one key: metadata, public JWK, lineage, flags and history."), { value("set") }, 1, 1, runShow },
        CommandSpec { { QStringLiteral("key"), QStringLiteral("revoke") },
            QStringLiteral("key revoke KID --reason TEXT [--set S] [--rotate-to KID | --rotate-generate]"),
            Tr::tr("Emergency revocation: at once, by one officer; opens a break-glass review. With --rotate-to or "
                   "--rotate-generate also files the rotation request to a successor, in the same step."),
            { value("reason"), value("set"), value("rotate-to"), { QStringLiteral("rotate-generate"), false, false } },
            1, 1, runRevoke },
        CommandSpec { { QStringLiteral("key"), QStringLiteral("activate-due") }, QStringLiteral("key activate-due"),
            Tr::tr("Activate pending keys whose activation date has come (also done whenever keys are opened)."), {}, 0,
            0, runActivateDue },
    };
}

} // namespace keyward::cli
