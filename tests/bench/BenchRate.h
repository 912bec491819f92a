// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The throughput loop the benchmarks share: the same measurement for a JOSE path and for the raw
// primitive it is compared with.

#include <atomic>
#include <chrono>
#include <ctime>
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

// Operations per wall-clock second and per second of the workers' own CPU time. The CPU rate is
// what the code costs whatever else runs on the machine (a shared build box shifts wall rates by
// tens of percent between two measurements); time a worker spends blocked on a lock is not CPU
// time, so contention shows in the wall rate only.
struct Rates {
    double wall = 0;
    double cpu = 0;
};

inline double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

inline Rates rates(int threads, double seconds, const std::function<void(int, long)>& op)
{
    std::atomic<bool> stop{false};
    std::vector<long> counts(std::size_t(threads), 0);
    std::vector<double> cpu(std::size_t(threads), 0);
    std::vector<std::thread> workers;
    const auto start = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            const double cpuStart = threadCpuSeconds();
            long n = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                op(t, n);
                ++n;
            }
            counts[std::size_t(t)] = n;
            cpu[std::size_t(t)] = threadCpuSeconds() - cpuStart;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers)
        w.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    long total = 0;
    double cpuTotal = 0;
    for (int t = 0; t < threads; ++t) {
        total += counts[std::size_t(t)];
        cpuTotal += cpu[std::size_t(t)];
    }
    return Rates {double(total) / elapsed, cpuTotal > 0 ? double(total) / cpuTotal : 0};
}

} // namespace keyward::bench
