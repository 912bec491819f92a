// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One CLI command: its words ("officer add"), options, positional arity and handler. Each command
// group lives in its own file and returns its specs; main.cpp only dispatches.

#include "ArgParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace keyward::cli {

class CliContext;

struct CommandSpec {
    QStringList words; // e.g. {"officer", "add"}
    QString synopsis; // "officer add NAME --role ROLE... --new-passphrase-file FILE"
    QString summary; // one translated line
    QList<OptionSpec> options;
    int minArgs = 0;
    int maxArgs = 0;
    std::function<int(CliContext&, const QStringList& args)> run;
};

QList<CommandSpec> vaultCommands(); // init
QList<CommandSpec> officerCommands(); // officer add | list | remove | roles
QList<CommandSpec> auditCommands(); // audit verify
QList<CommandSpec> requestSubmitCommands(); // request rotate | retire | destroy | export
QList<CommandSpec> requestDecisionCommands(); // request list | show | approve | reject | cancel | execute | collect | due
QList<CommandSpec> reviewCommands(); // review list | countersign
QList<CommandSpec> calendarCommands(); // calendar export
QList<CommandSpec> backupCommands(); // vault backup | check
QList<CommandSpec> sampleCommands(); // samples import | test | rewrap
QList<CommandSpec> exportCommands(); // export jwks | audit | cosign
QList<CommandSpec> verifyCommands(); // verify jwks | audit

} // namespace keyward::cli
