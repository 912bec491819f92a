// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a thread that used OpenSSL holds of its own: its random generators, its error queue, the
// handlers OpenSSL runs when the thread stops, and Keyward's cache of small secure blocks.
// OpenSSL frees its part from a thread-exit hook, and its exit-time cleanup (OPENSSL_cleanup)
// walks the same list of threads without taking its lock: a pooled thread ending while the
// process exits can have its state freed twice (ASan caught it once, in tst_unlockdialog's exit).
// Work handed to a pooled thread ends with releaseState(), so the thread holds nothing
// for that hook by the time it finishes.

namespace keyward::core::threadcrypto {

// Frees this thread's OpenSSL state and gives its cached secure blocks back (wiped); OpenSSL makes
// new state if the thread uses it again.
void releaseState();

} // namespace keyward::core::threadcrypto
