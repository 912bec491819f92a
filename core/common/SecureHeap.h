// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OpenSSL's secure heap, set up once per process by both front ends before anything holds a
// secret. SecureBytes (and OpenSSL's own secret BIGNUMs) are carved from it: an mlock'ed arena
// behind guard pages, left out of core dumps. When it is full SecureBytes does not fail: it
// takes page-sized mlock'ed mappings of its own (see SecureBytes.cpp).

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace keyward::core {

class SecureHeap {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::SecureHeap)
public:
    // 16 MiB: an RSA 4096 private key (its BIGNUMs, its JWK and its PKCS#8 text, each a few KiB,
    // rounded up to powers of two by OpenSSL's buddy allocator) hundreds of times over, so a batch
    // of samples or a full inventory never leaves the arena. OpenSSL needs a power of two.
    static constexpr std::size_t kDefaultSize = std::size_t(16) * 1024 * 1024;
    static constexpr std::size_t kMinimumSize = std::size_t(256) * 1024;

    enum class Outcome {
        Locked, // the arena is mlock'ed
        Unlocked, // the arena exists (guard pages, no core dump) but the memory lock limit refused mlock
        Failed, // no secure heap: SecureBytes use their own mlock'ed pages
        AlreadyInitialised,
    };

    // Raises the soft RLIMIT_MEMLOCK towards the hard limit when it is lower than twice `size`,
    // then asks for `size` rounded down to a power of two and to at most half the lock limit
    // (with ulimit -l at its usual 8 MiB: 4 MiB); if mlock is refused, halves it down to
    // kMinimumSize before settling for an unlocked arena.
    static Outcome initialise(std::size_t size = kDefaultSize);
    static bool isInitialised();
    // The arena's size once initialised (0 before).
    static std::size_t size();
    // A one-line warning for the front end to print, or empty when all is well. Never secret.
    static QString warningFor(Outcome outcome);
};

} // namespace keyward::core
