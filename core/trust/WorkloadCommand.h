// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adding, changing and removing workloads (SPEC §5). Each change is written with its audit event
// ("workload.added", "workload.changed", "workload.removed") in one transaction, so it is part of
// the signed chain. SPEC §4 does not list workload changes among the two-person acts, so they are
// one key officer's (or admin's) audited act; what they govern — retirement — still needs an
// approver, who sees the trust facts the gate read.

#include "common/Result.h"
#include "trust/TrustMap.h"

#include <QCoreApplication>

namespace keyward::core {

class Vault;
class KeyStore;

// A workload as typed (CLI, GUI, import): `trusts` holds key set names and kids, told apart by
// what the vault holds.
struct WorkloadInput {
    Workload workload; // trustedSets / pinnedKids are filled from `trusts`
    QStringList trusts;
};

class WorkloadCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::WorkloadCommand)
public:
    static constexpr qint64 kMaxTtlSecs = 366 * 24 * 3600;

    // Checks the fields and sorts `trusts` into sets and pinned kids; InvalidArgument/NotFound
    // naming the field or the value.
    static Result<Workload> resolve(const KeyStore& keys, const WorkloadInput& input);

    static Result<Workload> add(Vault& vault, const WorkloadInput& input);
    // Changes every field but the name; `input.workload.name` names the workload.
    static Result<Workload> edit(Vault& vault, const WorkloadInput& input);
    static Status remove(Vault& vault, const QString& name);

    static QJsonObject toJson(const Workload& workload);

private:
    static Status checkRole(Vault& vault);
};

} // namespace keyward::core
