// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-cli: the headless front end over keyward_core (SPEC §8). Dispatch only; each command
// group lives in its own file.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "TrustCommands.h"
#include "KeyCommands.h"
#include "ManPage.h"
#include "Translations.h"

#include "common/SecureHeap.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace keyward::cli;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::main)
};

QList<CommandSpec> allCommands()
{
    return vaultCommands() + officerCommands() + auditCommands() + keyCommands() + keySetCommands()
        + requestSubmitCommands() + requestDecisionCommands() + reviewCommands() + calendarCommands()
        + backupCommands() + workloadCommands() + trustCommands() + driftCommands() + sampleCommands()
        + exportCommands() + verifyCommands();
}

// The global options (SPEC §8), one table for --help and the man page (--help-man).
QList<keyward::app::ManEntry> globalOptions()
{
    return {
        { QStringLiteral("--vault PATH"),
          Tr::tr("the vault folder (else $KEYWARD_VAULT, else the default vault)") },
        { QStringLiteral("--as OFFICER"), Tr::tr("the officer who unlocks (optional when there is only one)") },
        { QStringLiteral("--passphrase-file FILE"),
          Tr::tr("the officer's passphrase (else $KEYWARD_PASSPHRASE_FILE); a passphrase is never accepted "
                 "on the command line") },
        { QStringLiteral("--json"), Tr::tr("machine-readable output on stdout") },
        { QStringLiteral("--help, -h"), Tr::tr("print this help") },
        { QStringLiteral("--version"), Tr::tr("print the version") },
    };
}

QString exitCodes()
{
    return Tr::tr("Exit codes: 0 ok, 1 refused or failed, 2 usage, 3 authentication, 4 verification or "
                  "integrity failure.");
}

QString usage(const QList<CommandSpec>& commands)
{
    QString text = Tr::tr("Usage: keyward-cli [global options] COMMAND [arguments]\n\n"
                          "Global options (before or after the command words):\n");
    for (const keyward::app::ManEntry& option : globalOptions())
        text += QStringLiteral("  %1  %2\n").arg(option.term.leftJustified(22), option.text);
    text += Tr::tr("\nCommands:\n");
    for (const CommandSpec& command : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    return text + QLatin1Char('\n') + exitCodes();
}

// The man page (keyward-cli.1) from the same tables as usage().
QString manPage(const QList<CommandSpec>& commands)
{
    keyward::app::ManPageText page;
    page.program = QStringLiteral("keyward-cli");
    page.summary = Tr::tr("govern the keys behind JWTs and JWE from the command line");
    page.version = QCoreApplication::applicationVersion();
    page.synopsis = { QStringLiteral("[global options] COMMAND [arguments]") };
    page.description = Tr::tr("keyward-cli is the headless front end of Keyward: it keeps the inventory of JOSE "
                              "signing and encryption keys in an encrypted vault, submits and decides requests "
                              "under the two-person rule, and verifies the signed audit log. Global options are "
                              "accepted before or after the command words.");
    page.sections.append({ Tr::tr("GLOBAL OPTIONS"), globalOptions(), {} });
    QList<keyward::app::ManEntry> commandEntries;
    for (const CommandSpec& command : commands)
        commandEntries.append({ command.synopsis, command.summary });
    page.sections.append({ Tr::tr("COMMANDS"), commandEntries, {} });
    page.sections.append({ Tr::tr("EXIT STATUS"), {}, exitCodes() });
    page.sections.append({ Tr::tr("SEE ALSO"), {}, QStringLiteral("keyward(1)") });
    return keyward::app::renderManPage(page);
}

void hardenProcess()
{
    // No core dumps and no ptrace attach: the process holds the master key while unlocked.
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0);
    // The same secure heap as the GUI: passphrases, the master key and private keys live there.
    const keyward::core::SecureHeap::Outcome heap = keyward::core::SecureHeap::initialise();
    if (const QString warning = keyward::core::SecureHeap::warningFor(heap); !warning.isEmpty())
        QTextStream(stderr) << QStringLiteral("keyward-cli: %1").arg(warning) << Qt::endl;
}

// `export audit` renders report.pdf (QTextDocument needs fonts, so a QGuiApplication); every other
// command stays a plain QCoreApplication. Headless (no display named), the offscreen platform.
bool rendersReport(int argc, char* argv[])
{
    bool sawExport = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "export")
            sawExport = true;
        else if (sawExport && arg == "audit")
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!rendersReport(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    hardenProcess();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Keyward"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keyward.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    keyward::app::installTranslators(app);

    const QList<CommandSpec> commands = allCommands();
    QList<OptionSpec> commandOptions;
    for (const CommandSpec& command : commands) {
        for (const OptionSpec& option : command.options) {
            if (std::none_of(commandOptions.cbegin(), commandOptions.cend(),
                             [&](const OptionSpec& o) { return o.name == option.name; }))
                commandOptions.append(option);
        }
    }

    ParsedArgs parsed;
    QString error;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!ArgParser::parse(QCoreApplication::arguments().mid(1), commandOptions, parsed, error)) {
        err << Tr::tr("keyward-cli: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    if (parsed.version) {
        out << QStringLiteral("keyward-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    if (parsed.helpMan) {
        out << manPage(commands);
        return ExitOk;
    }
    if (parsed.help || parsed.positionals.value(0) == QLatin1String("help")) {
        out << usage(commands) << Qt::endl;
        return ExitOk;
    }

    // The longest command whose words start the positionals wins.
    const CommandSpec* match = nullptr;
    for (const CommandSpec& command : commands) {
        if (parsed.positionals.size() >= command.words.size()
            && parsed.positionals.mid(0, command.words.size()) == command.words
            && (!match || command.words.size() > match->words.size()))
            match = &command;
    }
    if (!match) {
        err << (parsed.positionals.isEmpty()
                    ? Tr::tr("keyward-cli: no command given.")
                    : Tr::tr("keyward-cli: unknown command \"%1\".").arg(parsed.positionals.join(QLatin1Char(' '))))
            << Qt::endl
            << usage(commands) << Qt::endl;
        return ExitUsage;
    }
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        const auto spec = std::find_if(match->options.cbegin(), match->options.cend(),
                                       [&](const OptionSpec& o) { return o.name == it.key(); });
        if (spec == match->options.cend()) {
            err << Tr::tr("keyward-cli: %1 has no option --%2.").arg(match->words.join(QLatin1Char(' ')), it.key())
                << Qt::endl;
            return ExitUsage;
        }
        if (!spec->repeatable && it.value().size() > 1) {
            err << Tr::tr("keyward-cli: --%1 may be given only once.").arg(it.key()) << Qt::endl;
            return ExitUsage;
        }
    }
    const QStringList args = parsed.positionals.mid(match->words.size());
    if (args.size() < match->minArgs || args.size() > match->maxArgs) {
        err << Tr::tr("keyward-cli: usage: keyward-cli %1").arg(match->synopsis) << Qt::endl;
        return ExitUsage;
    }
    const keyward::core::SystemClock clock;
    CliContext context(parsed, clock);
    return match->run(context, args);
}
