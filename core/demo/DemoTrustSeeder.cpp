// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTrustSeeder.h"

#include "common/Clock.h"
#include "trust/ObservationImport.h"
#include "trust/WorkloadCommand.h"
#include "vault/Vault.h"

#include <QTemporaryDir>

namespace keyward::core {

namespace {

struct DemoWorkload {
    const char* name;
    const char* owner;
    const char* trusts; // space-separated sets and kids
    qint64 cacheTtlSecs;
    qint64 tokenTtlSecs;
    RefreshMode refresh;
    const char* notes;
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;

const DemoWorkload kWorkloads[] = {
    { "checkout-gateway", "team-shop", "payments-api", 10 * kMinute, 15 * kMinute, RefreshMode::Poll,
      "Envoy JWT filter in front of checkout; polls the JWKS every 10 minutes." },
    { "refund-service", "team-payments", "payments-api", kHour, 15 * kMinute, RefreshMode::OnUnknownKid,
      "Refetches the JWKS when a token names a kid it has not seen." },
    { "mobile-sdk-v1", "team-mobile", "pay-legacy-rsa", 24 * kHour, kHour, RefreshMode::Poll,
      "Old mobile SDK with the RS256 key compiled in; being phased out." },
    { "staff-portal", "iam-platform", "identity-tokens", 6 * kHour, kHour, RefreshMode::Poll,
      "Intranet portal verifying staff ID tokens." },
    { "hr-app", "people-systems", "identity-tokens", 24 * kHour, 8 * kHour, RefreshMode::Poll,
      "Vendor HR application; caches the JWKS for a day, long-lived sessions." },
    { "partner-sso", "iam-platform", "acme-federation-2025", 12 * kHour, kHour, RefreshMode::Poll,
      "Accepts assertions from ACME's federation key only." },
    { "statement-archiver", "records-management", "archive-enc", kHour, 0, RefreshMode::Poll,
      "Encrypts monthly statements to the archive key." },
    { "backup-job", "records-management", "archive-enc", 0, 0, RefreshMode::Poll,
      "Nightly backup bundle wrapping." },
};

// `workload, kid, event, minutes ago` — a day of a gateway log, condensed.
struct DemoUse {
    const char* workload;
    const char* kid;
    const char* event;
    int minutesAgo;
};

const DemoUse kUses[] = {
    { "checkout-gateway", "pay-2025-q3", "verify", 2 },
    { "checkout-gateway", "pay-2025-q3", "verify", 900 },
    { "checkout-gateway", "pay-2025-q2", "verify", 2800 },
    { "refund-service", "pay-2025-q3", "verify", 35 },
    { "refund-service", "pay-2025-q2", "verify", 3000 },
    { "mobile-sdk-v1", "pay-legacy-rsa", "verify", 0 }, // after the revocation: stale trust
    { "staff-portal", "idp-ed25519-2025", "verify", 10 },
    { "staff-portal", "idp-ps256-2025", "verify", 300 },
    { "partner-sso", "acme-federation-2025", "verify", 120 },
    { "statement-archiver", "archive-2025", "encrypt", 60 },
    { "backup-job", "archive-wrap-kek", "wrap", 400 },
};

} // namespace

Status seedDemoTrust(Vault& vault, const Clock& clock)
{
    for (const DemoWorkload& demo : kWorkloads) {
        WorkloadInput input;
        input.workload.name = QLatin1String(demo.name);
        input.workload.owner = QLatin1String(demo.owner);
        input.workload.cacheTtlSecs = demo.cacheTtlSecs;
        input.workload.maxTokenTtlSecs = demo.tokenTtlSecs;
        input.workload.refresh = demo.refresh;
        input.workload.notes = QLatin1String(demo.notes);
        input.trusts = QString::fromLatin1(demo.trusts).split(QLatin1Char(' '));
        Result<Workload> added = WorkloadCommand::add(vault, input);
        if (!added.ok())
            return added.error();
    }
    // Through the real import, from a file, as an officer would bring a gateway log.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Io, QStringLiteral("no temporary folder for the demo gateway log"));
    const QString path = dir.filePath(QStringLiteral("demo-gateway.csv"));
    QByteArray log = "workload,kid,event,at\n";
    const QDateTime now = clock.now();
    for (const DemoUse& use : kUses)
        log += QByteArray(use.workload) + ',' + use.kid + ',' + use.event + ','
            + now.addSecs(-60 * use.minutesAgo).toString(Qt::ISODateWithMs).toLatin1() + '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size())
        return Error(ErrorCode::Io, file.errorString());
    file.close();
    Result<ObservationImportReport> imported = ObservationImport::importFile(vault, path);
    if (!imported.ok())
        return imported.error();
    return {};
}

} // namespace keyward::core
