// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The --demo vault's archived samples (issue #14): statements and backup bundles encrypted to the
// demo archive keys, written as files into `folder`, imported and tested through the real code —
// so the Samples page shows a run with every kind of finding, and retiring archive-wrap-kek is
// blocked by a backup bundle that no longer authenticates. Needs seedDemoKeys first.

#include "common/Result.h"

#include <QString>

namespace keyward::core {

class Vault;

Status seedDemoSamples(Vault& vault, const QString& folder);

} // namespace keyward::core
