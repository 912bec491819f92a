// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleTestRun.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "crypto/Digest.h"
#include "jose/JweDecryptor.h"
#include "samples/SampleKeyring.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QThread>

#include <openssl/crypto.h>

#include <chrono>
#include <thread>
#include <vector>

namespace keyward::core::samples {
namespace {

// One sample's outcome, computed by a worker. `done` is published with release order so the
// storing thread sees the whole row when it sees the flag.
struct Slot {
    SampleOutcomeRow row;
    std::atomic<bool> done {false};
};

SampleOutcomeRow testOne(const jose::JweDecryptor& decryptor, const SampleKeyring& keys, const SampleRow& sample)
{
    SampleOutcomeRow row;
    row.sampleId = sample.id;
    row.kid = sample.summary.kids.value(0);
    row.alg = sample.summary.algs.value(0);
    row.enc = sample.summary.enc;
    Result<jose::JweDecrypted> out = decryptor.decrypt(sample.token);
    if (out.ok()) {
        row.outcome = keys.outcomeForSuccess(out->kid);
        row.kid = out->kid;
        row.alg = out->alg;
        row.enc = out->enc;
        row.plaintextSha256 = QString::fromLatin1(digest::sha256(out->plaintext).toHex());
        row.plaintextLength = out->plaintext.size();
        // The plaintext is archived content: it is never stored or shown, and not left in memory.
        out->plaintext.detach();
        OPENSSL_cleanse(out->plaintext.data(), std::size_t(out->plaintext.size()));
    } else {
        row.outcome = outcomeForError(out.code());
        row.detail = out.message();
    }
    if (const SampleKeyring::Entry* entry = keys.find(row.kid))
        row.keyId = entry->record.id;
    return row;
}

// The page cache while a run is under way. Storing an outcome checks its sample_id against the
// samples table (a foreign key): with SQLite's default 2 MiB cache the sample pages read by
// prepare() are gone by then, and each check read and decrypted (SQLCipher) a page again — most of
// the cost of storing an outcome. The cache goes back to the default when the run is stored.
constexpr qint64 kRunCacheKiB = 64 * 1024;

// `size` as PRAGMA cache_size takes it: negative in KiB, positive in pages.
void setCacheSize(Database& db, qint64 size)
{
    // Best effort: a cache size is never a reason to fail a run.
    (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
}

QMap<QString, int> summarize(const QList<SampleOutcomeRow>& outcomes)
{
    QMap<QString, int> summary;
    for (const SampleOutcomeRow& o : outcomes)
        summary[sampleOutcomeName(o.outcome)] += 1;
    return summary;
}

} // namespace

struct SampleTestRun::Work {
    SampleRunResult result;
    QList<SampleRow> samples;
    SampleKeyring keys;
    std::vector<Slot> slots;
    qint64 cacheSizeBefore = -2000; // PRAGMA cache_size before prepare() (negative: KiB)
};

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
    Result<qint64> cacheSize = db.queryInt64(QStringLiteral("PRAGMA cache_size"));
    work->cacheSizeBefore = cacheSize.ok() ? *cacheSize : -2000;
    setCacheSize(db, -kRunCacheKiB);
    // Until the run is stored (store() restores it), or at once when there is no run.
    struct RestoreOnFailure {
        Database& db;
        qint64 size;
        bool prepared = false;
        ~RestoreOnFailure()
        {
            if (!prepared)
                setCacheSize(db, size);
        }
    } restore {db, work->cacheSizeBefore};
    {
        // The samples and the keys they name, from one moment of the vault.
        Result<ReadTransaction> snapshot = ReadTransaction::begin(m_vault.database());
        KEYWARD_TRY(snapshot);
        Result<QList<SampleRow>> selected = SampleStore(m_vault.database()).select(selection, true);
        KEYWARD_TRY(selected);
        work->samples = std::move(*selected);
        QSet<QString> kids;
        for (const SampleRow& s : std::as_const(work->samples)) {
            for (const QString& kid : s.summary.kids)
                kids.insert(kid);
        }
        KEYWARD_TRY(work->keys.load(m_vault, kids));
    }
    if (work->samples.isEmpty())
        return Error(ErrorCode::NotFound, tr("No sample matches the selection."));
    SampleRun& run = work->result.run;
    run.startedAt = VaultTime::effectiveNow(m_vault);
    run.officer = m_vault.currentOfficer().name;
    run.selection = selection.toJson();
    run.selected = work->samples.size();
    work->slots = std::vector<Slot>(std::size_t(work->samples.size()));
    restore.prepared = true;
    return work;
}

void SampleTestRun::decrypt(Work& work) const
{
    const QList<SampleRow>& samples = work.samples;
    const SampleKeyring& keys = work.keys;
    std::vector<Slot>& slots = work.slots;
    const int threads = std::max(1, m_threads > 0 ? m_threads : QThread::idealThreadCount());
    std::atomic<qsizetype> next {0};
    std::atomic<qint64> finished {0};
    std::atomic<bool> stop {false};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            // Each worker has its own decryptor; OpenSSL contexts are per thread (see KeyManagement).
            const jose::JweDecryptor decryptor([&keys](const QString& kid) { return keys.resolve(kid); });
            for (;;) {
                if (stop.load(std::memory_order_relaxed))
                    return;
                const qsizetype i = next.fetch_add(1, std::memory_order_relaxed);
                if (i >= samples.size())
                    return;
                slots[std::size_t(i)].row = testOne(decryptor, keys, samples.at(i));
                slots[std::size_t(i)].done.store(true, std::memory_order_release);
                finished.fetch_add(1, std::memory_order_relaxed);
            }
        });
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 total = samples.size();
    while (finished.load() < total) {
        if (m_cancel && m_cancel->load()) {
            stop = true;
            break;
        }
        const qint64 done = finished.load();
        if (m_progress) {
            const double elapsed = double(clock.elapsed()) / 1000.0;
            m_progress(done, total, done > 0 && elapsed > 0.5 ? elapsed / double(done) * double(total - done) : -1.0);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (std::thread& w : workers)
        w.join();
    if (m_progress)
        m_progress(finished.load(), total, 0);
}

Result<SampleRunResult> SampleTestRun::store(Work& work)
{
    SampleRunResult& result = work.result;
    // A cancelled run keeps exactly the samples that finished: each outcome is whole, and the run
    // says it is partial.
    result.outcomes.clear();
    for (qsizetype i = 0; i < work.samples.size(); ++i) {
        Slot& slot = work.slots[std::size_t(i)];
        if (slot.done.load(std::memory_order_acquire))
            result.outcomes.append(slot.row);
        work.samples[i].token.clear();
    }
    result.samples = work.samples;
    const qint64 total = work.samples.size();
    result.run.partial = result.outcomes.size() < total;
    result.run.summary = summarize(result.outcomes);
    struct RestoreCache {
        Database& db;
        qint64 size;
        ~RestoreCache() { setCacheSize(db, size); }
    } restoreCache {m_vault.database(), work.cacheSizeBefore};
    if (!m_store)
        return result;

    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    KEYWARD_TRY(tx);
    result.run.finishedAt = VaultTime::effectiveNow(m_vault);
    Result<qint64> nextId = db.queryInt64(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM sample_runs"));
    KEYWARD_TRY(nextId);
    QJsonObject summary;
    for (auto it = result.run.summary.begin(); it != result.run.summary.end(); ++it)
        summary.insert(it.key(), it.value());
    const QJsonObject details {
        {QStringLiteral("run"), *nextId},
        {QStringLiteral("selection"), result.run.selection},
        {QStringLiteral("selected"), total},
        {QStringLiteral("tested"), qint64(result.outcomes.size())},
        {QStringLiteral("partial"), result.run.partial},
        {QStringLiteral("summary"), summary},
    };
    SampleStore store(db);
    const auto change = [&](Database&) -> Status {
        Result<qint64> runId = store.insertRun(result.run);
        KEYWARD_TRY(runId);
        result.run.id = *runId;
        for (SampleOutcomeRow& o : result.outcomes)
            o.runId = *runId;
        return store.insertOutcomes(*runId, result.outcomes);
    };
    Result<AuditEvent> event = m_vault.audit().record(result.run.officer, QStringLiteral("samples.tested"),
                                                      QStringLiteral("run:%1").arg(*nextId), details, change);
    KEYWARD_TRY(event);
    KEYWARD_TRY(tx->commit());
    return result;
}

} // namespace keyward::core::samples
