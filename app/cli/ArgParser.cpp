// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArgParser.h"

#include <QCoreApplication>

namespace keyward::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::ArgParser)
};

bool isPassphraseOption(const QString& name)
{
    // Any spelling that would put a secret into argv (visible in ps and shell history).
    return name == QLatin1String("passphrase") || name == QLatin1String("new-passphrase")
        || name == QLatin1String("password") || name == QLatin1String("pass");
}

} // namespace

bool ArgParser::parse(const QStringList& arguments, const QList<OptionSpec>& commandOptions, ParsedArgs& out,
                      QString& error)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        if (onlyPositionals || !token.startsWith(QLatin1Char('-')) || token == QLatin1String("-")) {
            out.positionals.append(token);
            continue;
        }
        if (token == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (token == QLatin1String("-h")) {
            out.help = true;
            continue;
        }
        if (!token.startsWith(QLatin1String("--"))) {
            error = Tr::tr("Unknown option %1.").arg(token);
            return false;
        }
        QString name = token.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (isPassphraseOption(name)) {
            error = Tr::tr("A passphrase is never accepted on the command line (it would show in the process "
                           "list and the shell history). Use --passphrase-file FILE or KEYWARD_PASSPHRASE_FILE.");
            return false;
        }
        const auto takeValue = [&](QString& value) {
            if (inlineValue) {
                value = *inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size()) {
                error = Tr::tr("Option --%1 needs a value.").arg(name);
                return false;
            }
            value = arguments.at(++i);
            return true;
        };
        if (name == QLatin1String("vault")) {
            if (!takeValue(out.vault))
                return false;
        } else if (name == QLatin1String("as")) {
            if (!takeValue(out.officer))
                return false;
        } else if (name == QLatin1String("passphrase-file")) {
            if (!takeValue(out.passphraseFile))
                return false;
        } else if (name == QLatin1String("json") || name == QLatin1String("help") || name == QLatin1String("version")
                   || name == QLatin1String("help-man")) {
            if (inlineValue) {
                error = Tr::tr("Option --%1 takes no value.").arg(name);
                return false;
            }
            (name == QLatin1String("json")          ? out.json
                 : name == QLatin1String("help")    ? out.help
                 : name == QLatin1String("version") ? out.version
                                                    : out.helpMan)
                = true;
        } else {
            const auto spec = std::find_if(commandOptions.cbegin(), commandOptions.cend(),
                                           [&](const OptionSpec& s) { return s.name == name; });
            if (spec == commandOptions.cend()) {
                error = Tr::tr("Unknown option --%1.").arg(name);
                return false;
            }
            QString value;
            if (spec->takesValue) {
                if (!takeValue(value))
                    return false;
            } else if (inlineValue) {
                error = Tr::tr("Option --%1 takes no value.").arg(name);
                return false;
            }
            out.options[name].append(value);
        }
    }
    return true;
}

} // namespace keyward::cli
