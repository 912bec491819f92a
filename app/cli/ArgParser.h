// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Splits a command line into global options (accepted anywhere, SPEC §8), the command words,
// their positional arguments and their options. Hand-rolled because QCommandLineParser knows no
// subcommands and could not tell `--role admin` (a value) from a command word.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::cli {

struct OptionSpec {
    QString name; // without "--"
    bool takesValue = true;
    bool repeatable = false;
};

struct ParsedArgs {
    // Global options.
    QString vault;
    QString officer; // --as
    QString passphraseFile;
    bool json = false;
    bool help = false;
    bool version = false;
    bool helpMan = false; // --help-man: the man page in roff (hidden; the build runs it)
    // Everything else, in order.
    QStringList positionals;
    QHash<QString, QStringList> options; // command options: name → values ("" for flags)
};

class ArgParser {
public:
    // `commandOptions`: the union of every command's options, so a value is never mistaken for a
    // command word. Returns false with `error` set on a usage error.
    static bool parse(const QStringList& arguments, const QList<OptionSpec>& commandOptions, ParsedArgs& out,
                      QString& error);
};

} // namespace keyward::cli
