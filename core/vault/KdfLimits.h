// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The floor and ceiling of the Argon2id cost Keyward accepts, for new slots and for slots read back
// from keyslots.json (SPEC §1). A value outside them is a damaged or tampered slot: a ceiling keeps
// a tampered file from asking for 16 GiB at unlock, a floor keeps it from lowering an officer's
// cost to something a guesser can afford.
//
// kdfLimits() is deliberately *not* defined in keyward_core. It is chosen at link time:
// keyward_kdf_limits (production floor) is linked by the shipped `keyward` and `keyward-cli`,
// keyward_kdf_limits_test (a floor low enough for KdfParams::forTests()) by tests and test-only
// binaries. A program linking neither fails to link, one linking both has a duplicate symbol, so
// nobody ships the test floor by forgetting a line.

#include <QtGlobal>

namespace keyward::core {

struct KdfLimits {
    quint32 minTimeCost;
    quint32 maxTimeCost;
    quint32 minMemoryKiB;
    quint32 maxMemoryKiB;
    quint32 minParallelism;
    quint32 maxParallelism;
    int minSaltBytes;
    int maxSaltBytes;
};

// Defined in KdfLimits.cpp, compiled into the two limit libraries only (see core/CMakeLists.txt).
KdfLimits kdfLimits();

} // namespace keyward::core
