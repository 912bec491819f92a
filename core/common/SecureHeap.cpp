// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureHeap.h"

#include <openssl/crypto.h>

#include <sys/resource.h>

#include <cstdint>

namespace keyward::core {

namespace {

constexpr std::size_t kMinAllocation = 32; // OpenSSL's smallest block; a power of two

std::size_t s_size = 0;

std::size_t powerOfTwoAtMost(std::size_t n)
{
    std::size_t p = 1;
    while (p <= n / 2)
        p *= 2;
    return p;
}

// Raises the soft memory lock limit towards `wanted` (only as far as the hard limit allows; never
// an error if refused) and returns the limit now in force (SIZE_MAX: none).
std::size_t raiseLockLimit(std::size_t wanted)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_MEMLOCK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return SIZE_MAX;
    if (limit.rlim_cur < wanted) {
        const rlimit raised { limit.rlim_max == RLIM_INFINITY || limit.rlim_max >= wanted ? rlim_t(wanted)
                                                                                           : limit.rlim_max,
                              limit.rlim_max };
        if (setrlimit(RLIMIT_MEMLOCK, &raised) == 0)
            limit = raised;
    }
    return std::size_t(limit.rlim_cur);
}

} // namespace

SecureHeap::Outcome SecureHeap::initialise(std::size_t size)
{
    if (CRYPTO_secure_malloc_initialized())
        return Outcome::AlreadyInitialised;
    size = powerOfTwoAtMost(size < kMinimumSize ? kMinimumSize : size);
    // The arena is mlock'ed as a whole. It takes at most half the lock limit: SQLCipher locks its
    // key contexts and SecureBytes its overflow pages from the same allowance.
    const std::size_t lockLimit = raiseLockLimit(2 * size);
    if (lockLimit != SIZE_MAX && size > lockLimit / 2)
        size = powerOfTwoAtMost(lockLimit / 2 < kMinimumSize ? kMinimumSize : lockLimit / 2);
    // 1: arena locked. 2: arena mapped but mlock refused (over RLIMIT_MEMLOCK). 0: no arena.
    for (std::size_t attempt = size; attempt >= kMinimumSize; attempt /= 2) {
        const int result = CRYPTO_secure_malloc_init(attempt, kMinAllocation);
        if (result == 1) {
            s_size = attempt;
            return Outcome::Locked;
        }
        if (result == 2)
            CRYPTO_secure_malloc_done(); // nothing allocated yet: try a smaller, lockable arena
    }
    // No size could be locked: an unlocked arena still has guard pages and stays out of core
    // dumps; SecureBytes' own fallback pages try mlock one by one.
    const int result = CRYPTO_secure_malloc_init(size, kMinAllocation);
    if (result == 0)
        return Outcome::Failed;
    s_size = size;
    return Outcome::Unlocked;
}

bool SecureHeap::isInitialised()
{
    return CRYPTO_secure_malloc_initialized() == 1;
}

std::size_t SecureHeap::size()
{
    return isInitialised() ? s_size : 0;
}

QString SecureHeap::warningFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Locked:
    case Outcome::AlreadyInitialised: return QString();
    case Outcome::Unlocked:
        return tr("warning: the memory lock limit (ulimit -l) refused to lock OpenSSL's secure heap; secrets may "
                  "be swapped out.");
    case Outcome::Failed: return tr("warning: no OpenSSL secure heap; secrets use separately locked pages.");
    }
    return QString();
}

} // namespace keyward::core
