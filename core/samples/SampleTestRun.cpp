// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleTestRun.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "crypto/FetchedAlgorithms.h"
#include "crypto/OpenSslHandles.h"
#include "crypto/ThreadCipherContexts.h"
#include "jose/JweDecryptor.h"
#include "samples/SampleKeyring.h"
#include "samples/SampleOutcomeCodec.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QThread>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace keyward::core::samples {
namespace {

// A worker claims this many samples at once: the claim counter, and the slots where two workers'
// claims meet, are written by both workers only once per claim rather than once per sample.
constexpr qsizetype kSamplesPerClaim = 8;
// The reader hands samples to the workers in batches this large: the workers start on the first
// batch while the rest is read, and the reader takes the lock and wakes them once per batch.
constexpr qsizetype kSamplesPerHandOver = 32;

// One sample's outcome, computed by a worker. `done` is published with release order so the
// storing thread sees the whole row when it sees the flag.
struct Slot {
    SampleOutcomeRow row;
    std::atomic<bool> done {false};
};

// Samples one worker has finished, on a cache line of its own: only that worker writes it.
struct alignas(64) FinishedCount {
    std::atomic<qint64> value {0};
};

// The plaintext's SHA-256 in hex, through one digest context per worker: a context made per sample
// takes a reference on the shared SHA-256 implementation, a counter both workers write each time.
class PlaintextDigest {
public:
    PlaintextDigest() : m_ctx(EVP_MD_CTX_new()) { }

    QString hex(QByteArrayView data)
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        const bool first = !m_initialised;
        m_initialised = true;
        if (!m_ctx || EVP_DigestInit_ex2(m_ctx.get(), first ? fetched::digest(fetched::Digest::Sha256) : nullptr, nullptr) != 1
            || EVP_DigestUpdate(m_ctx.get(), data.data(), std::size_t(data.size())) != 1 || EVP_DigestFinal_ex(m_ctx.get(), md, &length) != 1)
            qFatal("SHA-256 failed");
        static constexpr char kHexDigits[] = "0123456789abcdef";
        QString out(qsizetype(length) * 2, Qt::Uninitialized);
        QChar* to = out.data();
        for (unsigned int i = 0; i < length; ++i) {
            *to++ = QLatin1Char(kHexDigits[md[i] >> 4]);
            *to++ = QLatin1Char(kHexDigits[md[i] & 0xf]);
        }
        return out;
    }

private:
    ossl::MdCtx m_ctx;
    bool m_initialised = false;
};

void testOne(const jose::JweDecryptor& decryptor, const SampleKeyring::WorkerView& keys, PlaintextDigest& digest, const SampleRow& sample,
             SampleOutcomeRow& row)
{
    row.sampleId = sample.id;
    Result<jose::JweDecrypted> out = decryptor.decrypt(sample.token);
    const SampleKeyring::Entry* entry = nullptr;
    if (out.ok()) {
        entry = keys.find(out->kid);
        row.outcome = SampleKeyring::outcomeForSuccess(entry);
        row.kid = std::move(out->kid);
        row.alg = std::move(out->alg);
        row.enc = std::move(out->enc);
        row.plaintextSha256 = digest.hex(out->plaintext);
        row.plaintextLength = out->plaintext.size();
        // The plaintext is archived content: it is never stored or shown, and not left in memory.
        out->plaintext.detach();
        OPENSSL_cleanse(out->plaintext.data(), std::size_t(out->plaintext.size()));
    } else {
        row.kid = sample.summary.kids.value(0);
        row.alg = sample.summary.algs.value(0);
        row.enc = sample.summary.enc;
        row.outcome = outcomeForError(out.code());
        row.detail = out.message();
        entry = keys.find(row.kid);
    }
    if (entry)
        row.keyId = entry->record.id;
}

QMap<QString, int> summarize(const QList<SampleOutcomeRow>& outcomes)
{
    QMap<QString, int> summary;
    for (const SampleOutcomeRow& o : outcomes)
        summary[sampleOutcomeName(o.outcome)] += 1;
    return summary;
}

} // namespace

// The samples flow from the reader (prepare(), on the database's thread) to the workers as they
// are read: the workers start on the first batch, so reading the tokens overlaps the decryption.
// `samples` and `slots` are sized once, before any worker starts, and never move; a worker reads
// a sample only below `handedOver`, which the reader raises (release) after writing the rows.
struct SampleTestRun::Work {
    SampleRunResult result;
    std::vector<SampleRow> samples;
    SampleKeyring keys;
    std::vector<Slot> slots;

    std::atomic<qsizetype> handedOver {0};
    bool readingDone = false; // guarded by `mutex`
    int running = 0; // workers not yet returned; guarded by `mutex`
    std::mutex mutex;
    std::condition_variable moreSamples;
    std::condition_variable workersDone;
    std::atomic<qsizetype> nextClaim {0};
    std::atomic<bool> stop {false};
    std::vector<FinishedCount> finished;
    std::vector<std::thread> workers;
    QElapsedTimer clock; // since the workers started, for the estimate of the time left

    ~Work() { stopWorkers(); }

    void startWorkers(int threads);
    void handOver(qsizetype count, bool last);
    // Waits until sample `index` is handed over; false when it never will be (or the run stops).
    bool waitFor(qsizetype index);
    void work(int worker);
    qint64 finishedCount() const;
    void stopWorkers();
    void joinWorkers();
};

void SampleTestRun::Work::startWorkers(int threads)
{
    finished = std::vector<FinishedCount>(std::size_t(threads));
    running = threads;
    clock.start();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([this, t] { work(t); });
}

void SampleTestRun::Work::handOver(qsizetype count, bool last)
{
    {
        const std::lock_guard<std::mutex> lock(mutex);
        handedOver.store(count, std::memory_order_release);
        readingDone = last;
    }
    moreSamples.notify_all();
}

bool SampleTestRun::Work::waitFor(qsizetype index)
{
    if (index < handedOver.load(std::memory_order_acquire))
        return true;
    std::unique_lock<std::mutex> lock(mutex);
    moreSamples.wait(lock, [&] { return index < handedOver.load(std::memory_order_acquire) || readingDone || stop.load(); });
    return index < handedOver.load(std::memory_order_acquire) && !stop.load();
}

void SampleTestRun::Work::work(int worker)
{
    struct Returned {
        Work& work;
        ~Returned()
        {
            {
                const std::lock_guard<std::mutex> lock(work.mutex);
                --work.running;
            }
            work.workersDone.notify_all();
        }
    } returned {*this};
    const SampleKeyring::WorkerView view(keys);
    // Each worker has its own decryptor; OpenSSL contexts are per thread (see KeyManagement), and
    // its AES contexts are wiped once, when the worker returns (ThreadCipherContexts).
    const cipherctx::ThreadCipherBatch batch;
    const jose::JweDecryptor decryptor([&view](const QString& kid) { return view.resolve(kid); });
    PlaintextDigest digest;
    std::atomic<qint64>& done = finished[std::size_t(worker)].value;
    for (;;) {
        const qsizetype first = nextClaim.fetch_add(kSamplesPerClaim, std::memory_order_relaxed);
        for (qsizetype i = first; i < first + kSamplesPerClaim; ++i) {
            if (stop.load(std::memory_order_relaxed) || !waitFor(i))
                return;
            Slot& slot = slots[std::size_t(i)];
            testOne(decryptor, view, digest, samples[std::size_t(i)], slot.row);
            slot.done.store(true, std::memory_order_release);
            done.store(done.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        }
    }
}

qint64 SampleTestRun::Work::finishedCount() const
{
    qint64 sum = 0;
    for (const FinishedCount& f : finished)
        sum += f.value.load(std::memory_order_relaxed);
    return sum;
}

void SampleTestRun::Work::stopWorkers()
{
    {
        const std::lock_guard<std::mutex> lock(mutex);
        stop = true;
    }
    moreSamples.notify_all();
    joinWorkers();
}

void SampleTestRun::Work::joinWorkers()
{
    for (std::thread& w : workers)
        w.join();
    workers.clear();
}

Result<SampleRunResult> SampleTestRun::run(const SampleSelection& selection)
{
    Result<std::shared_ptr<Work>> work = prepare(selection);
    KEYWARD_TRY(work);
    decrypt(**work);
    return store(**work);
}

Result<std::shared_ptr<SampleTestRun::Work>> SampleTestRun::prepare(const SampleSelection& selection)
{
    auto work = std::make_shared<Work>();
    Database& db = m_vault.database();
    {
        // The samples and the keys they name, from one moment of the vault. The keys come first
        // (from the kid index), so the workers can start on the first samples read.
        Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
        KEYWARD_TRY(snapshot);
        const SampleStore store(db);
        Result<qint64> count = store.count(selection);
        KEYWARD_TRY(count);
        if (*count == 0)
            return Error(ErrorCode::NotFound, tr("No sample matches the selection."));
        Result<QSet<QString>> indexed = store.kids(selection);
        KEYWARD_TRY(indexed);
        // The keyring is loaded for the kids as the samples' summaries spell them: space-separated
        // words (a kid holding a space is split there, as it always was).
        QSet<QString> kids;
        for (const QString& kid : std::as_const(*indexed)) {
            for (const QString& word : kid.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                kids.insert(word);
        }
        KEYWARD_TRY(work->keys.load(m_vault, kids));
        work->samples.resize(std::size_t(*count));
        work->slots = std::vector<Slot>(std::size_t(*count));
        work->startWorkers(std::max(1, m_threads > 0 ? m_threads : QThread::idealThreadCount()));
        qsizetype read = 0;
        bool mismatch = false;
        Status streamed = store.forEach(selection, true, [&](SampleRow&& row) {
            if (read == qsizetype(*count)) {
                mismatch = true;
                return;
            }
            for (const QString& kid : std::as_const(row.summary.kids))
                mismatch = mismatch || !kids.contains(kid);
            work->samples[std::size_t(read++)] = std::move(row);
            if (read % kSamplesPerHandOver == 0)
                work->handOver(read, false);
        });
        KEYWARD_TRY(streamed);
        // One snapshot: the rows match the count and the kid index, unless the vault is damaged.
        if (mismatch || read != qsizetype(*count))
            return Error(ErrorCode::Internal, tr("The vault's index of sample kids does not match its samples: the vault may be damaged."));
        work->handOver(read, true);
    }
    SampleRun& run = work->result.run;
    run.startedAt = VaultTime::effectiveNow(m_vault);
    run.officer = m_vault.currentOfficer().name;
    run.selection = selection.toJson();
    run.selected = qint64(work->samples.size());
    return work;
}

void SampleTestRun::decrypt(Work& work) const
{
    const qint64 total = qint64(work.samples.size());
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            work.stopWorkers();
            break;
        }
        const qint64 done = work.finishedCount();
        if (m_progress) {
            const double elapsed = double(work.clock.elapsed()) / 1000.0;
            m_progress(done, total, done > 0 && elapsed > 0.5 ? elapsed / double(done) * double(total - done) : -1.0);
        }
        // Woken by the last worker to finish: a fixed sleep kept the run waiting up to a whole
        // progress interval after its last sample.
        std::unique_lock<std::mutex> lock(work.mutex);
        if (work.workersDone.wait_for(lock, std::chrono::milliseconds(20), [&] { return work.running == 0; }))
            break;
    }
    work.joinWorkers();
    if (m_progress)
        m_progress(work.finishedCount(), total, 0);
}

Result<SampleRunResult> SampleTestRun::store(Work& work)
{
    work.joinWorkers(); // decrypt() has joined them; this only guards a caller that skipped it
    SampleRunResult& result = work.result;
    // A cancelled run keeps exactly the samples that finished: each outcome is whole, and the run
    // says it is partial.
    result.outcomes.clear();
    result.samples.reserve(qsizetype(work.samples.size()));
    for (std::size_t i = 0; i < work.samples.size(); ++i) {
        Slot& slot = work.slots[i];
        if (slot.done.load(std::memory_order_acquire))
            result.outcomes.append(std::move(slot.row));
        work.samples[i].token.clear();
        result.samples.append(std::move(work.samples[i]));
    }
    const qint64 total = qint64(work.samples.size());
    result.run.partial = result.outcomes.size() < total;
    result.run.summary = summarize(result.outcomes);
    if (!m_store)
        return result;

    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    KEYWARD_TRY(tx);
    result.run.finishedAt = VaultTime::effectiveNow(m_vault);
    // Past every run the signed log names too: a run deleted from the vault keeps its number, so its
    // event stays unmatched (the gates' alarm) instead of being taken for the next run's.
    Result<qint64> nextId = db.queryInt64(QStringLiteral(
        "SELECT max(coalesce((SELECT max(id) FROM sample_runs), 0), "
        "coalesce((SELECT max(CAST(substr(subject, 5) AS INTEGER)) FROM audit_events WHERE action = 'samples.tested'), 0)) + 1"));
    KEYWARD_TRY(nextId);
    result.run.id = *nextId;
    for (SampleOutcomeRow& o : result.outcomes)
        o.runId = result.run.id;
    // Sealed: the signed event carries the digest of exactly what is stored (schema 11).
    const QByteArray encoded = SampleOutcomeCodec::encode(result.outcomes);
    result.run.sealed = true;
    QJsonObject summary;
    for (auto it = result.run.summary.begin(); it != result.run.summary.end(); ++it)
        summary.insert(it.key(), it.value());
    const QJsonObject details {
        {QStringLiteral("run"), result.run.id},
        {QStringLiteral("selection"), result.run.selection},
        {QStringLiteral("selected"), total},
        {QStringLiteral("tested"), qint64(result.outcomes.size())},
        {QStringLiteral("partial"), result.run.partial},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("outcomes_sha256"), SampleOutcomeCodec::digest(encoded)},
    };
    SampleStore store(db);
    Result<AuditEvent> event = m_vault.audit().record(result.run.officer, QStringLiteral("samples.tested"),
                                                      QStringLiteral("run:%1").arg(result.run.id), details,
                                                      [&](Database&) { return store.insertRun(result.run, encoded); });
    KEYWARD_TRY(event);
    KEYWARD_TRY(tx->commit());
    return result;
}

} // namespace keyward::core::samples
