// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfParams.h"

#include "common/SecureBytes.h"
#include "vault/KdfLimits.h"
#include "vault/SlotCrypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KdfParams)
};

QString mebibytes(quint32 kib)
{
    return kib % 1024 == 0 ? QString::number(kib / 1024) : QString::number(kib / 1024.0, 'f', 1);
}

} // namespace

KdfParams KdfParams::calibrated(int targetMillis)
{
    // Memory stays at the 64 MiB floor (SPEC §1) and the pass count grows until one derivation
    // takes about `targetMillis` on this machine. One probe pass is timed and scaled linearly:
    // Argon2's cost is proportional to passes at fixed memory. The clamp keeps the result inside
    // the production kdfLimits() (t 2–64), so a slow machine never makes a slot it would refuse.
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

KdfParams KdfParams::floor()
{
    const KdfLimits limits = kdfLimits();
    return KdfParams { limits.minTimeCost, limits.minMemoryKiB, limits.minParallelism };
}

QString kdfLimitViolation(const KdfParams& params, qsizetype saltBytes)
{
    const KdfLimits limits = kdfLimits();
    if (params.memoryKiB > limits.maxMemoryKiB)
        //: %1 and %2 are sizes in MiB
        return Tr::tr("asks for %1 MiB of Argon2 memory, above Keyward's ceiling of %2 MiB")
            .arg(mebibytes(params.memoryKiB), mebibytes(limits.maxMemoryKiB));
    if (params.memoryKiB < limits.minMemoryKiB)
        return Tr::tr("asks for %1 MiB of Argon2 memory, below Keyward's floor of %2 MiB")
            .arg(mebibytes(params.memoryKiB), mebibytes(limits.minMemoryKiB));
    if (params.timeCost > limits.maxTimeCost)
        return Tr::tr("asks for %1 Argon2 passes, above Keyward's ceiling of %2")
            .arg(params.timeCost)
            .arg(limits.maxTimeCost);
    if (params.timeCost < limits.minTimeCost)
        return Tr::tr("asks for %1 Argon2 passes, below Keyward's floor of %2")
            .arg(params.timeCost)
            .arg(limits.minTimeCost);
    if (params.parallelism > limits.maxParallelism || params.parallelism < limits.minParallelism)
        return Tr::tr("asks for %1 Argon2 lanes, outside Keyward's range of %2 to %3")
            .arg(params.parallelism)
            .arg(limits.minParallelism)
            .arg(limits.maxParallelism);
    // Argon2 itself needs 8 KiB per lane; a file could ask for fewer within the memory limits.
    if (quint64(params.memoryKiB) < 8ull * params.parallelism)
        return Tr::tr("asks for %1 Argon2 lanes in only %2 KiB of memory")
            .arg(params.parallelism)
            .arg(params.memoryKiB);
    if (saltBytes < limits.minSaltBytes || saltBytes > limits.maxSaltBytes)
        return Tr::tr("has a %1-byte Argon2 salt, outside Keyward's range of %2 to %3 bytes")
            .arg(saltBytes)
            .arg(limits.minSaltBytes)
            .arg(limits.maxSaltBytes);
    return {};
}

} // namespace keyward::core
