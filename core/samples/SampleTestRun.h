// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test run over archived samples (SPEC §6): each sample decrypted on every core with the vault
// key its recipient `kid` names (never trial-and-error), one outcome each, the plaintext reduced
// to its SHA-256 and length at once and wiped. The run — complete, or partial when cancelled — is
// stored with its officer, time and summary in one audited transaction whose event seals its
// outcomes (their digest), as the evidence the retirement gate reads.

#include "common/Result.h"
#include "samples/SampleStore.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace keyward::core {
class Vault;
}

namespace keyward::core::samples {

struct SampleRunResult {
    SampleRun run;
    QList<SampleRow> samples; // the selection, without tokens
    QList<SampleOutcomeRow> outcomes; // one per tested sample, in sample order
};

class SampleTestRun {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleTestRun)
public:
    // (samples done, samples selected, estimated seconds remaining or -1 while unknown); called
    // on the thread that called run(), a few times a second.
    using Progress = std::function<void(qint64 done, qint64 total, double secondsLeft)>;

    explicit SampleTestRun(Vault& vault) : m_vault(vault) { }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // When set, the workers stop after their current sample and what was done is stored as a
    // partial run.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setThreads(int threads) { m_threads = threads; } // 0: every core
    // Nothing is stored (benchmarks measure the decrypt side alone with this).
    void setStoreResults(bool store) { m_store = store; }

    // NotFound when the selection holds no sample. All three phases below, called from this thread.
    Result<SampleRunResult> run(const SampleSelection& selection);

    // The phases, for a GUI that keeps the database on its own thread: prepare() and store() use
    // the vault's connection; decrypt() touches no database and may run on any thread. prepare()
    // reads the keys, starts the workers and hands them the samples as it reads them, so they
    // decrypt while it reads; decrypt() reports progress, stops them on cancel and waits for them.
    struct Work;
    Result<std::shared_ptr<Work>> prepare(const SampleSelection& selection);
    void decrypt(Work& work) const;
    Result<SampleRunResult> store(Work& work);

private:
    Vault& m_vault;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_threads = 0;
    bool m_store = true;
};

} // namespace keyward::core::samples
