// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The executors of officer and policy changes (SPEC §2, §4). They are the only holders of the
// Vault's OfficerChangeKey, so officer changes after the bootstrap go through the RequestEngine.
// Effects in RequestEffects.h; drafts in OfficerRequestDrafts.h.

#include "requests/RequestExecutor.h"

#include <QCoreApplication>

namespace keyward::core {

class OfficerAddExecutor final : public RequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::OfficerAddExecutor)
public:
    RequestKind kind() const override { return RequestKind::OfficerAdd; }
    QList<Role> requesterRoles() const override { return { Role::Admin }; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
    // The new slot reaches keyslots.json only once the approval committed.
    Status afterCommit(Vault& vault, const Request& request) const override;
};

// Removes an officer: refuses removing the requester, the last admin, or whoever keeps the vault
// operational; opens an "offboarding" review of every key they owned, created or approved; after
// the commit re-keys the vault (PRAGMA rekey), so the removed officer's old keyslot opens nothing.
class OfficerRemoveExecutor final : public RequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::OfficerRemoveExecutor)
public:
    RequestKind kind() const override { return RequestKind::OfficerRemove; }
    QList<Role> requesterRoles() const override { return { Role::Admin }; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
    Status afterCommit(Vault& vault, const Request& request) const override;
};

class RoleChangeExecutor final : public RequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RoleChangeExecutor)
public:
    RequestKind kind() const override { return RequestKind::RoleChange; }
    QList<Role> requesterRoles() const override { return { Role::Admin }; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
};

class PolicyChangeExecutor final : public RequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::PolicyChangeExecutor)
public:
    RequestKind kind() const override { return RequestKind::PolicyChange; }
    QList<Role> requesterRoles() const override { return { Role::Admin }; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
};

} // namespace keyward::core
