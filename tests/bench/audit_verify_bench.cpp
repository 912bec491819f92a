// SPDX-License-Identifier: GPL-3.0-or-later
// audit_verify_bench (issues #12, #15): `audit verify` of the in-vault chain, goal ≥ 1,000,000
// events/s on one core. Builds a vault with N events (default 1,000,000) appended straight into
// audit_events in one transaction, a head signed by its officer every K events (default 1,000: a
// bulk history; an interactive vault has one head per transaction, see the per-head figure), then
// measures (a) the hash chain alone, streamed on one core, and (b) AuditLog::verify — chain, roster
// and every head signature (Ed25519 on all cores) — and prints events/s and peak RSS.

#include "AuditFill.h"
#include "PeakRss.h"
#include "audit/AuditLog.h"
#include "audit/AuditRows.h"
#include "audit/ChainVerifier.h"
#include "audit/HeadSignature.h"
#include "common/Base64Url.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/KdfParams.h"
#include "vault/SlotCrypto.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace keyward;
using namespace keyward::core;

using keyward::bench::peakRssKiB;

namespace {

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Wall seconds; `cpu` gets this thread's CPU seconds (the figure that holds on a busy machine).
double chainOnly(Database& db, qint64* count, double* cpu)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    ChainVerifier verifier;
    AuditRows rows(db); // the reader AuditLog::verify streams the chain with
    ChainVerifier::RawEvent event;
    while (*rows.next(event)) {
        if (!verifier.feedRaw(event))
            break;
    }
    *count = verifier.status().eventCount;
    *cpu = threadCpuSeconds() - cpuStart;
    return double(timer.nsecsElapsed()) / 1e9;
}

// The floor under any verifier: stepping the rows and touching their text (SQLCipher decrypts
// and authenticates every page), no hashing. CPU seconds of this thread.
double scanOnlyCpu(Database& db)
{
    const double cpuStart = threadCpuSeconds();
    AuditRows rows(db);
    ChainVerifier::RawEvent event;
    qint64 bytes = 0;
    while (*rows.next(event)) {
        bytes += event.at.size() + event.actor.size() + event.action.size() + event.subject.size()
            + event.detailsJson.size() + event.prev.size() + event.hash.size();
    }
    return bytes > 0 ? threadCpuSeconds() - cpuStart : 0;
}

// One head check as verify makes it (Ed25519 over the signed head bytes), on this thread: the
// cost per transaction head, which is what the signatures add to a log.
double headCheckMicros(Vault& vault)
{
    const QByteArray bytes = headsig::signedBytes(vault.vaultId(), vault.fingerprint(), 42, QByteArray(64, 'a'),
                                                  vault.currentOfficer().name);
    const QByteArray signature = *vault.signAsCurrentOfficer(bytes);
    const QByteArray publicKey
        = *base64url::decode(vault.currentOfficer().signingJwk.value(QStringLiteral("x")).toString().toLatin1());
    constexpr int kRounds = 2000;
    const double cpuStart = threadCpuSeconds();
    int valid = 0;
    for (int i = 0; i < kRounds; ++i)
        valid += slotcrypto::ed25519Verify(publicKey, bytes, signature) ? 1 : 0;
    return valid == kRounds ? (threadCpuSeconds() - cpuStart) / kRounds * 1e6 : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qint64 perHead = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const SystemClock clock;
    const QByteArray passphrase("bench passphrase");
    Result<std::unique_ptr<Vault>> vault = Vault::create(VaultLocation { dir.filePath(QStringLiteral("v")) },
                                                         QStringLiteral("alice"), { Role::Admin, Role::Approver },
                                                         SecureBytes::fromView(passphrase), KdfParams::forTests(), clock);
    if (!vault.ok()) {
        out << "cannot create the vault: " << vault.message() << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!keyward::bench::appendAuditEvents(**vault, events, perHead)) {
        out << "cannot fill the vault\n";
        return 1;
    }
    out << "filled " << events << " events, a signed head every " << perHead << " events, in "
        << timer.elapsed() / 1000.0 << " s\n";

    // Best of three: the first walk also warms the page cache.
    double bestChain = 1e9, bestFull = 1e9, bestChainCpu = 1e9, bestScanCpu = 1e9;
    qint64 chainCount = 0;
    ChainStatus status;
    for (int round = 0; round < 3; ++round) {
        double cpu = 0;
        bestChain = std::min(bestChain, chainOnly((*vault)->database(), &chainCount, &cpu));
        bestChainCpu = std::min(bestChainCpu, cpu);
        bestScanCpu = std::min(bestScanCpu, scanOnlyCpu((*vault)->database()));
        timer.restart();
        status = (*vault)->audit().verify();
        bestFull = std::min(bestFull, double(timer.nsecsElapsed()) / 1e9);
    }
    const qint64 heads = (events + perHead - 1) / perHead;
    out << "hash chain alone, one core: " << chainCount << " events in " << bestChain << " s = "
        << qint64(double(chainCount) / bestChain) << " events/s wall, " << qint64(double(chainCount) / bestChainCpu)
        << " events/s of CPU time (goal >= 1,000,000)\n";
    out << "reading the rows alone (SQLCipher page decryption, no hashing): "
        << qint64(double(chainCount) / bestScanCpu) << " events/s of CPU time\n";
    out << "AuditLog::verify (chain + roster + " << heads << " head signatures on all cores): "
        << (status.intact ? "intact" : qPrintable(status.problem)) << ", " << status.eventCount << " events in "
        << bestFull << " s = " << qint64(double(status.eventCount) / bestFull) << " events/s wall\n";
    out << "one head signature check: " << QString::number(headCheckMicros(**vault), 'f', 1)
        << " us of CPU time (a log with one head per event would spend that per event, spread over all cores)\n";
    out << "peak RSS (VmHWM): " << QString::number(peakRssKiB() / 1024.0, 'f', 1) << " MiB\n";
    return status.intact ? 0 : 3;
}
