// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13's trust-map figures: 10,000 keys, 5,000 workloads, 50,000 trust edges.
//   - build the map (TrustMapLoader::load from the vault, one read snapshot)
//   - `trust show` for one kid (goal < 10 ms): the TrustReport for one kid on a loaded map, and
//     the whole command path (load + report)
//   - observation import (goal >= 1,000,000 lines/s): ObservationParser alone over a mapped file,
//     and ObservationImport::importFile end to end (SHA-256, parse, aggregate, one transaction)
//   - peak RSS (VmHWM)
// Rows go straight in through KeyStore / WorkloadStore in ONE transaction (no audit events, no
// key material, no per-row checks): the bench measures the trust map, not admission.
//
//   ./trustmap_bench [observation-lines]      (default 5,000,000)
#include "PeakRss.h"
#include "keys/KeyStore.h"
#include "storage/Transaction.h"
#include "trust/ObservationImport.h"
#include "trust/ObservationParser.h"
#include "trust/TrustMap.h"
#include "trust/TrustReport.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace keyward;

using keyward::bench::peakRssKiB;

namespace {

constexpr int kKeys = 10000;
constexpr int kKeySets = 1000; // 10 kids each
constexpr int kWorkloads = 5000; // each trusts one set: 5,000 x 10 = 50,000 edges


QString setName(int set) { return QStringLiteral("set-%1").arg(set, 4, 10, QLatin1Char('0')); }
QString kidName(int i) { return QStringLiteral("kid-%1").arg(i, 5, 10, QLatin1Char('0')); }
QString workloadName(int w) { return QStringLiteral("svc-%1").arg(w, 4, 10, QLatin1Char('0')); }

core::KeyRecord makeKey(int i, const QDateTime& now)
{
    core::KeyRecord key;
    key.kid = kidName(i);
    key.keySet = setName(i % kKeySets);
    key.alg = QStringLiteral("ES256");
    key.keyType = QStringLiteral("EC");
    key.curveOrSize = QStringLiteral("P-256");
    key.sizeBits = 256;
    key.strengthBits = 128;
    key.owner = QStringLiteral("team-%1").arg(i % 97);
    key.createdAt = now.addDays(-(i % 300));
    key.expiresAt = key.createdAt.addDays(400);
    const int generation = i / kKeySets; // 0..9 within the set: the newest is primary
    key.state = generation == 9 ? core::KeyState::Active : (generation == 8 ? core::KeyState::Grace : core::KeyState::Retired);
    key.primary = generation == 9;
    if (generation == 8) {
        key.successorKid = kidName(i + kKeySets);
        key.retireAfter = now.addDays(3);
    }
    key.createdByProduct = QStringLiteral("trustmap_bench");
    key.createdBy = QStringLiteral("alice");
    key.thumbprint = QStringLiteral("tp%1").arg(i, 41, 10, QLatin1Char('0'));
    key.publicJwk = QJsonObject { { QStringLiteral("kty"), QStringLiteral("EC") }, { QStringLiteral("kid"), key.kid } };
    return key;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 observationLines = argc > 1 ? std::max(1LL, atoll(argv[1])) : 5000000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    core::SystemClock clock;
    core::VaultLocation location { dir.filePath(QStringLiteral("bench.keyward")) };
    auto created = core::Vault::create(location, QStringLiteral("alice"), { core::Role::Admin, core::Role::KeyOfficer },
                                       core::SecureBytes::fromView("trust map bench passphrase"), core::KdfParams::forTests(), clock);
    if (!created) {
        out << "vault creation failed: " << created.message() << Qt::endl;
        return 1;
    }
    core::Vault& vault = *created.value();
    const QDateTime now = clock.now();

    QElapsedTimer timer;
    timer.start();
    {
        auto tx = core::Transaction::begin(vault.database());
        if (!tx) {
            out << "transaction failed: " << tx.message() << Qt::endl;
            return 1;
        }
        core::KeyStore keys(vault.database());
        for (int set = 0; set < kKeySets; ++set) {
            if (const core::Status s = keys.insertKeySet(core::KeySet { setName(set), core::KeySetPolicy(), QString() },
                    QStringLiteral("alice"), now);
                !s) {
                out << "key set insert failed: " << s.message() << Qt::endl;
                return 1;
            }
        }
        for (int i = 0; i < kKeys; ++i) {
            if (auto s = keys.insert(makeKey(i, now)); !s) {
                out << "key insert failed: " << s.message() << Qt::endl;
                return 1;
            }
        }
        core::WorkloadStore workloads(vault.database());
        for (int w = 0; w < kWorkloads; ++w) {
            core::Workload workload;
            workload.name = workloadName(w);
            workload.owner = QStringLiteral("team-%1").arg(w % 97);
            workload.trustedSets = { setName(w % kKeySets) };
            workload.cacheTtlSecs = 300 + (w % 50) * 60;
            workload.maxTokenTtlSecs = w % 3 == 0 ? 0 : 900;
            workload.refresh = w % 4 == 0 ? core::RefreshMode::OnUnknownKid : core::RefreshMode::Poll;
            if (auto s = workloads.insert(workload, now, QStringLiteral("alice")); !s) {
                out << "workload insert failed: " << s.message() << Qt::endl;
                return 1;
            }
        }
        if (const core::Status s = tx->commit(); !s) {
            out << "commit failed: " << s.message() << Qt::endl;
            return 1;
        }
    }
    out << "setup (10,000 keys, 5,000 workloads) " << timer.elapsed() << " ms" << Qt::endl;

    out << "peak RSS after setup " << peakRssKiB() / 1024 << " MiB" << Qt::endl;

    // The observation log: every workload uses the primary and the grace kid of its set.
    const QString logPath = dir.filePath(QStringLiteral("gateway.csv"));
    {
        QFile log(logPath);
        if (!log.open(QIODevice::WriteOnly)) {
            out << "cannot write the log" << Qt::endl;
            return 1;
        }
        QByteArray chunk;
        log.write("workload,kid,event,at\n");
        const qint64 base = now.toSecsSinceEpoch() - 86400;
        for (qint64 line = 0; line < observationLines; ++line) {
            const int w = int((line / 7) % kWorkloads); // runs of one workload, as gateways log
            const int set = w % kKeySets;
            const int kid = set + (line % 5 == 0 ? 8 : 9) * kKeySets;
            chunk += workloadName(w).toLatin1() + ',' + kidName(kid).toLatin1() + ",verify,"
                + QDateTime::fromSecsSinceEpoch(base + line % 86400, Qt::UTC).toString(Qt::ISODate).toLatin1() + '\n';
            if (chunk.size() > (1 << 20)) {
                log.write(chunk);
                chunk.clear();
            }
        }
        log.write(chunk);
    }
    const double logMiB = double(QFile(logPath).size()) / (1024.0 * 1024.0);

    // End to end: SHA-256, windows, parse, aggregate, write and audit in one transaction.
    {
        timer.restart();
        auto report = core::ObservationImport::importFile(vault, logPath);
        const qint64 ns = timer.nsecsElapsed();
        if (!report) {
            out << "import failed: " << report.message() << Qt::endl;
            return 1;
        }
        out << "observe import end to end: " << report->lines << " lines in " << ns / 1000000 << " ms = "
            << qint64(double(report->lines) * 1e9 / double(ns)) << " lines/s (" << report->pairs << " pairs written)" << Qt::endl;
        out << "peak RSS after the import (32 MiB windows) " << peakRssKiB() / 1024 << " MiB" << Qt::endl;
    }

    // Parser alone, the whole file mapped at once (its pages count in RSS; the import below maps
    // 32 MiB windows).
    {
        QStringList workloadNames;
        for (int w = 0; w < kWorkloads; ++w)
            workloadNames << workloadName(w);
        QStringList kidNames;
        for (int i = 0; i < kKeys; ++i)
            kidNames << kidName(i);
        QFile log(logPath);
        if (!log.open(QIODevice::ReadOnly))
            return 1;
        uchar* data = log.map(0, log.size());
        core::ObservationParser parser(workloadNames, kidNames);
        timer.restart();
        parser.feed(reinterpret_cast<const char*>(data), reinterpret_cast<const char*>(data) + log.size());
        const qint64 ns = timer.nsecsElapsed();
        out << "observation parse+aggregate: " << parser.lines() << " lines (" << QString::number(logMiB, 'f', 1) << " MiB) in "
            << ns / 1000000 << " ms = " << qint64(double(parser.lines()) * 1e9 / double(ns)) << " lines/s ("
            << parser.aggregates().size() << " pairs, " << parser.errorCount() << " errors)" << Qt::endl;
    }
    // Build the map.
    timer.restart();
    auto map = core::TrustMapLoader::load(vault.database());
    const qint64 loadNs = timer.nsecsElapsed();
    if (!map) {
        out << "load failed: " << map.message() << Qt::endl;
        return 1;
    }
    out << "build map: " << map->keys().size() << " keys, " << map->workloads().size() << " workloads, " << map->edges().size()
        << " edges in " << QString::number(double(loadNs) / 1e6, 'f', 1) << " ms" << Qt::endl;

    // trust show for one kid: the report on a loaded map, and the command's whole path.
    const int key = map->keyIndex(kidName(8 * kKeySets + 123)); // a grace kid: convergence included
    QList<double> samples;
    for (int round = 0; round < 20; ++round) {
        timer.restart();
        const QJsonObject report = core::TrustReport::kidJson(*map, key, now);
        samples << double(timer.nsecsElapsed()) / 1e6;
        if (report.isEmpty())
            return 1;
    }
    std::sort(samples.begin(), samples.end());
    out << "trust show (report on a loaded map): median " << QString::number(samples.at(samples.size() / 2), 'f', 3) << " ms, max "
        << QString::number(samples.last(), 'f', 3) << " ms" << Qt::endl;
    timer.restart();
    {
        auto fresh = core::TrustMapLoader::loadForKeySet(vault.database(), setName(123));
        const QJsonObject report = core::TrustReport::kidJson(*fresh, fresh->keyIndex(kidName(8 * kKeySets + 123)), now);
        if (report.isEmpty())
            return 1;
    }
    const double showMs = double(timer.nsecsElapsed()) / 1e6;
    out << "trust show (load the kid's set + report, as the CLI does): " << QString::number(showMs, 'f', 1) << " ms" << Qt::endl;

    // ---- HOOK for trust-ui: "lay out + first paint" of the Trust map page belongs here (it needs
    // keyward_ui and a QApplication, so trust-ui adds it as a separate program, e.g.
    // tests/bench/trustmap_ui_bench.cpp, building its scene from the same `*map`).

    out << "peak RSS " << peakRssKiB() / 1024 << " MiB" << Qt::endl;
    return 0;
}
