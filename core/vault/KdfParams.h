// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace keyward::core {

// Argon2id parameters, stored in each keyslot so a slot opens with the cost it was made with.
struct KdfParams {
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 1;

    // Production: calibrated to ~0.5 s with at least 64 MiB (SPEC §1).
    static KdfParams calibrated(int targetMillis = 500);
    // Tests only: cheap, never the production default lowered (STYLE §15).
    static KdfParams forTests() { return KdfParams { 1, 1024, 1 }; }
};

} // namespace keyward::core
