// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled twice (core/CMakeLists.txt): without KEYWARD_KDF_TEST_FLOOR into keyward_kdf_limits for
// shipped programs, with it into keyward_kdf_limits_test for tests. Never part of keyward_core.
#include "vault/KdfLimits.h"

namespace keyward::core {

KdfLimits kdfLimits()
{
    // The ceilings are the same in both builds: tests must see what shipped code refuses.
    constexpr quint32 kMaxTimeCost = 64;
    constexpr quint32 kMaxMemoryKiB = 4u * 1024 * 1024; // 4 GiB
    constexpr quint32 kMaxParallelism = 16;
#ifdef KEYWARD_KDF_TEST_FLOOR
    // KdfParams::forTests(): 1 pass over 1 MiB. Cheap enough for a suite that makes many vaults.
    return KdfLimits { 1, kMaxTimeCost, 1024, kMaxMemoryKiB, 1, kMaxParallelism, 16, 64 };
#else
    // SPEC §1: at least 64 MiB; two passes is RFC 9106's lowest recommended Argon2id setting.
    return KdfLimits { 2, kMaxTimeCost, 64 * 1024, kMaxMemoryKiB, 1, kMaxParallelism, 16, 64 };
#endif
}

} // namespace keyward::core
