// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfParams.h"

#include "common/SecureBytes.h"
#include "vault/SlotCrypto.h"

#include <QElapsedTimer>

#include <algorithm>

namespace keyward::core {

KdfParams KdfParams::calibrated(int targetMillis)
{
    // Memory stays at the 64 MiB floor (SPEC §1) and the pass count grows until one derivation
    // takes about `targetMillis` on this machine. One probe pass is timed and scaled linearly:
    // Argon2's cost is proportional to passes at fixed memory.
    KdfParams params;
    params.memoryKiB = 64 * 1024;
    params.parallelism = 1;
    params.timeCost = 1;
    const SecureBytes probe(16);
    const QByteArray salt(16, '\0');
    QElapsedTimer timer;
    timer.start();
    const Result<SecureBytes> out = slotcrypto::argon2id(probe, salt, params, 32);
    const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
    if (!out.ok())
        return KdfParams {}; // the safe fixed default (3 passes, 64 MiB)
    const qint64 passes = std::clamp<qint64>(targetMillis / elapsed, 2, 64);
    params.timeCost = quint32(passes);
    return params;
}

} // namespace keyward::core
