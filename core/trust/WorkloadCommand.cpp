// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkloadCommand.h"

#include "audit/AuditLog.h"
#include "common/PlainText.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace keyward::core {

QJsonObject WorkloadCommand::toJson(const Workload& w)
{
    return QJsonObject {
        { QStringLiteral("name"), w.name },
        { QStringLiteral("owner"), w.owner },
        { QStringLiteral("environment"), w.environment },
        { QStringLiteral("trusted_sets"), QJsonArray::fromStringList(w.trustedSets) },
        { QStringLiteral("pinned_kids"), QJsonArray::fromStringList(w.pinnedKids) },
        { QStringLiteral("cache_ttl_secs"), w.cacheTtlSecs },
        { QStringLiteral("refresh"), refreshModeName(w.refresh) },
        { QStringLiteral("max_token_ttl_secs"), w.maxTokenTtlSecs },
        { QStringLiteral("notes"), w.notes },
    };
}

Result<Workload> WorkloadCommand::resolve(const KeyStore& keys, const WorkloadInput& input)
{
    Workload w = input.workload;
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$"));
    if (!namePattern.match(w.name).hasMatch())
        return Error(ErrorCode::InvalidArgument,
            tr("\"%1\" is not a valid workload name (letters, digits and . _ : / @ -, up to 128).").arg(w.name));
    KEYWARD_TRY(PlainText::check(w.owner, tr("owner")));
    if (w.owner.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Workload %1 needs an owner.").arg(w.name));
    if (!KeyAdmission::isValidEnvironment(w.environment))
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a valid environment name.").arg(w.environment));
    KEYWARD_TRY(PlainText::check(w.notes, tr("notes"), PlainText::Lines::Multi));
    if (w.cacheTtlSecs < 0 || w.cacheTtlSecs > kMaxTtlSecs)
        return Error(ErrorCode::InvalidArgument, tr("The JWKS cache TTL must be between 0 and 366 days."));
    if (w.maxTokenTtlSecs < 0 || w.maxTokenTtlSecs > kMaxTtlSecs)
        return Error(ErrorCode::InvalidArgument, tr("The maximum token TTL must be between 0 and 366 days."));
    if (input.trusts.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Workload %1 must trust at least one key set or kid.").arg(w.name));
    w.trustedSets.clear();
    w.pinnedKids.clear();
    for (const QString& item : input.trusts) {
        const QString value = item.trimmed();
        KEYWARD_TRY(PlainText::check(value, tr("trusts")));
        Result<std::optional<KeySet>> set = keys.keySet(value);
        if (!set.ok())
            return set.error();
        if (set->has_value()) {
            if (!w.trustedSets.contains(value))
                w.trustedSets.append(value);
            continue;
        }
        Result<QList<KeyRecord>> byKid = keys.byKidAnySet(value);
        if (!byKid.ok())
            return byKid.error();
        if (byKid->isEmpty())
            return Error(ErrorCode::NotFound, tr("\"%1\" is neither a key set nor a kid in this vault.").arg(value));
        if (!w.pinnedKids.contains(value))
            w.pinnedKids.append(value);
    }
    w.trustedSets.sort();
    w.pinnedKids.sort();
    return w;
}

Status WorkloadCommand::checkRole(Vault& vault)
{
    const Officer& me = vault.currentOfficer();
    if (!me.hasRole(Role::KeyOfficer) && !me.hasRole(Role::Admin))
        return Error(ErrorCode::Refused, tr("Only a key officer or an admin may change workloads."));
    return {};
}

Result<Workload> WorkloadCommand::add(Vault& vault, const WorkloadInput& input)
{
    KEYWARD_TRY(checkRole(vault));
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    Result<Workload> w = resolve(KeyStore(db), input);
    if (!w.ok())
        return w.error();
    WorkloadStore store(db);
    Result<std::optional<Workload>> existing = store.byName(w->name);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value())
        return Error(ErrorCode::AlreadyExists, tr("A workload named %1 is already registered.").arg(w->name));
    const QString actor = vault.currentOfficer().name;
    Result<AuditEvent> event = vault.audit().record(actor, QStringLiteral("workload.added"), w->name, toJson(*w),
        [&](Database&) -> Status {
            Result<qint64> id = store.insert(*w, vault.clock().now(), actor);
            if (!id.ok())
                return id.error();
            w->id = *id;
            return {};
        });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return w;
}

Result<Workload> WorkloadCommand::edit(Vault& vault, const WorkloadInput& input)
{
    KEYWARD_TRY(checkRole(vault));
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    WorkloadStore store(db);
    Result<std::optional<Workload>> existing = store.byName(input.workload.name);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value())
        return Error(ErrorCode::NotFound, tr("No workload named %1 is registered.").arg(input.workload.name));
    Result<Workload> w = resolve(KeyStore(db), input);
    if (!w.ok())
        return w.error();
    w->id = (*existing)->id;
    if (*w == **existing)
        return w;
    Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("workload.changed"),
        w->name, QJsonObject { { QStringLiteral("before"), toJson(**existing) }, { QStringLiteral("after"), toJson(*w) } },
        [&](Database&) { return store.update(*w, vault.clock().now()); });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return w;
}

Status WorkloadCommand::remove(Vault& vault, const QString& name)
{
    KEYWARD_TRY(checkRole(vault));
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    WorkloadStore store(db);
    Result<std::optional<Workload>> existing = store.byName(name);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value())
        return Error(ErrorCode::NotFound, tr("No workload named %1 is registered.").arg(name));
    Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("workload.removed"),
        name, toJson(**existing), [&](Database&) { return store.remove((*existing)->id); });
    if (!event.ok())
        return event.error();
    return tx->commit();
}

} // namespace keyward::core
