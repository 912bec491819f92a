// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The trust map on the command line (SPEC §5, §8): `workload add|edit|remove|list|import`,
// `observe import`, `trust show`, `drift check`.

#include "Command.h"

namespace keyward::cli {

QList<CommandSpec> workloadCommands(); // workload add | edit | remove | list | import
QList<CommandSpec> trustCommands(); // trust show, observe import
QList<CommandSpec> driftCommands(); // drift check

} // namespace keyward::cli
