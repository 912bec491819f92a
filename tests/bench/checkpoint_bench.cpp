// SPDX-License-Identifier: GPL-3.0-or-later
// checkpoint_bench (issue #15): what the audit checkpoint costs an unlock on a long log. Builds a
// vault with N events (default 1,000,000) appended straight into audit_events in one transaction
// (one signed head at the end), then times Vault::open (a test-cost Argon2 slot, so the figure is
// the unlock's own work): (a) the first unlock, which hashes the whole log for the first checkpoint,
// (b) an unlock after one more event — the incremental case, from the stored Merkle frontier —
// (c) an unlock with nothing new (no checkpoint), and (d) AuditLog::verify with the checkpoints
// checked, beside the hash chain alone. Prints seconds and peak RSS.

#include "AuditFill.h"
#include "PeakRss.h"
#include "audit/AuditLog.h"
#include "audit/ChainVerifier.h"
#include "audit/HeadSignature.h"
#include "common/Base64Url.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace keyward;
using namespace keyward::core;

namespace {


} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const SystemClock clock;
    const QByteArray passphrase("bench passphrase");
    const VaultLocation location { dir.filePath(QStringLiteral("v")) };
    const auto secret = [&] { return SecureBytes::fromView(passphrase); };
    Result<std::unique_ptr<Vault>> created = Vault::create(location, QStringLiteral("alice"), { Role::Admin, Role::Approver },
                                                           secret(), KdfParams::forTests(), clock);
    if (!created.ok() || !keyward::bench::appendAuditEvents(**created, events, events)) {
        out << "cannot create and fill the vault\n";
        return 1;
    }
    (*created)->lock();
    const auto unlock = [&](const char* what) -> std::unique_ptr<Vault> {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Vault>> opened = Vault::open(location, QStringLiteral("alice"), secret(), clock);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!opened.ok())
            return nullptr;
        const AuditEvent last = (*opened)->audit().events(*(*opened)->audit().count(), 1)->first();
        out << what << ": " << QString::number(seconds, 'f', 3) << " s (last event: " << last.action << ")\n";
        return std::move(opened).value();
    };
    std::unique_ptr<Vault> first = unlock("unlock 1, first checkpoint over the whole log");
    if (!first)
        return 1;
    if (!first->audit().record(QStringLiteral("alice"), QStringLiteral("key.generated"), QStringLiteral("pay-x"), {}).ok())
        return 1;
    first->lock();
    std::unique_ptr<Vault> second = unlock("unlock 2, one event later (incremental from the stored frontier)");
    if (!second)
        return 1;
    second->lock();
    std::unique_ptr<Vault> third = unlock("unlock 3, nothing new (no checkpoint due)");
    if (!third)
        return 1;

    QElapsedTimer timer;
    double chain = 1e9, full = 1e9;
    ChainStatus status;
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        ChainVerifier verifier;
        Result<Statement> stmt = third->database().prepare(
            QStringLiteral("SELECT seq, at, actor, action, subject, details, prev, hash FROM audit_events ORDER BY seq"));
        while (*stmt->step())
            verifier.feedRaw({ stmt->columnInt64(0), stmt->columnView(1), stmt->columnView(2), stmt->columnView(3),
                               stmt->columnView(4), stmt->columnView(5), stmt->columnView(6), stmt->columnView(7) });
        chain = std::min(chain, double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        status = third->audit().verify();
        full = std::min(full, double(timer.nsecsElapsed()) / 1e9);
    }
    out << "hash chain alone: " << QString::number(chain, 'f', 3) << " s; AuditLog::verify with heads and checkpoints: "
        << QString::number(full, 'f', 3) << " s, " << (status.intact ? QStringLiteral("intact") : status.problem) << " ("
        << status.eventCount << " events)\n";
    out << "peak RSS (VmHWM): " << QString::number(keyward::bench::peakRssKiB() / 1024.0, 'f', 1) << " MiB\n";
    return status.intact ? 0 : 3;
}
