// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace keyward::core {

// Argon2id parameters, stored in each keyslot so a slot opens with the cost it was made with.
struct KdfParams {
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 1;

    // Production: calibrated to ~0.5 s with at least 64 MiB (SPEC §1), always within kdfLimits().
    static KdfParams calibrated(int targetMillis = 500);
    // The cheapest cost this program accepts (kdfLimits() floor): production cost in shipped
    // binaries, test cost in tests. For throw-away vaults such as the GUI demo.
    static KdfParams floor();
    // Tests only: cheap, never the production default lowered (STYLE §15). Shipped binaries refuse
    // it (below the production floor of kdfLimits()).
    static KdfParams forTests() { return KdfParams { 1, 1024, 1 }; }
};

// The first parameter (or the salt length) outside kdfLimits(), as a phrase that completes
// "The keyslot of alice …", e.g. "asks for 16384 MiB of Argon2 memory, above Keyward's ceiling of
// 4096 MiB". Empty when everything is within the limits. Checked before any Argon2 run.
QString kdfLimitViolation(const KdfParams& params, qsizetype saltBytes);

} // namespace keyward::core
