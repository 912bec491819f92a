// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The throughput loop the benchmarks share: the same measurement for a JOSE path and for the raw
// primitive it is compared with.

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

namespace keyward::bench {

// Runs `op(threadIndex, iteration)` on `threads` threads for `seconds`; returns operations/second.
inline double rate(int threads, double seconds, const std::function<void(int, long)>& op)
{
    std::atomic<bool> stop{false};
    std::vector<long> counts(std::size_t(threads), 0);
    std::vector<std::thread> workers;
    const auto start = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            long n = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                op(t, n);
                ++n;
            }
            counts[std::size_t(t)] = n;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers)
        w.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    long total = 0;
    for (long c : counts)
        total += c;
    return double(total) / elapsed;
}

} // namespace keyward::bench
