// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the trust map GUI tests: a test vault with keys generated through the real command and
// workloads and observations written through the core's WorkloadStore, as the CLI imports do.
//
//   payments-api: pay-sig-1 (primary), pay-sig-2 (active, not primary)   login: login-sig-1
//   checkout   trusts payments-api, seen using pay-sig-1
//   gateway    pins pay-sig-1
//   audit-job  trusts payments-api, never seen
//   reports    trusts login

#include "KeysPageFixture.h"

#include "pages/TrustMapPage.h"
#include "storage/Transaction.h"
#include "trust/WorkloadStore.h"

#include <QTest>

namespace keyward::ui::test {

inline bool addWorkload(core::Vault& vault, const QString& name, const QStringList& sets,
    const QStringList& pins, const QString& seenKid = {}, const QString& seenSet = {})
{
    auto tx = core::Transaction::begin(vault.database());
    if (!tx)
        return false;
    core::WorkloadStore store(vault.database());
    core::Workload workload;
    workload.name = name;
    workload.owner = QStringLiteral("team-") + name;
    workload.trustedSets = sets;
    workload.pinnedKids = pins;
    workload.cacheTtlSecs = 600;
    workload.maxTokenTtlSecs = 900;
    const QDateTime now = vault.clock().now();
    auto id = store.insert(workload, now, QStringLiteral("alice"));
    if (!id)
        return false;
    if (!seenKid.isEmpty()
        && !store.mergeObserved(*id, seenSet, seenKid, now.addSecs(-3600), now.addSecs(-60), 42))
        return false;
    return tx->commit().ok();
}

inline bool seedTrustMap(core::Vault& vault)
{
    const QString payments = QStringLiteral("payments-api");
    const QString login = QStringLiteral("login");
    return generate(vault, payments, QStringLiteral("pay-sig-1"), QStringLiteral("payments-team"),
               QStringLiteral("ES256"))
        && generate(vault, payments, QStringLiteral("pay-sig-2"), QStringLiteral("payments-team"),
            QStringLiteral("ES256"))
        && generate(
            vault, login, QStringLiteral("login-sig-1"), QStringLiteral("identity"), QStringLiteral("EdDSA"))
        && addWorkload(
            vault, QStringLiteral("checkout"), { payments }, {}, QStringLiteral("pay-sig-1"), payments)
        && addWorkload(vault, QStringLiteral("gateway"), {}, { QStringLiteral("pay-sig-1") })
        && addWorkload(vault, QStringLiteral("audit-job"), { payments }, {})
        && addWorkload(vault, QStringLiteral("reports"), { login }, {});
}

// A seeded vault and its Trust map page, shown and read once.
struct TrustMapPageFixture {
    TestVault tv;
    std::unique_ptr<core::Vault> vault = tv.create();
    std::unique_ptr<TrustMapPage> page;

    bool start()
    {
        if (!vault || !seedTrustMap(*vault))
            return false;
        page = std::make_unique<TrustMapPage>(*vault);
        page->resize(1280, 760);
        page->show();
        page->refresh();
        return QTest::qWaitForWindowExposed(page.get());
    }
};

} // namespace keyward::ui::test
