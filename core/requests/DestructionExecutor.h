// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "destroy" request kind: crypto-shred of a retired or revoked key's private material,
// scheduled after a waiting period of 1–30 days (default 7) during which it can be cancelled (SPEC
// §4).

#include "requests/KeyRequestSupport.h"

#include <QCoreApplication>

namespace keyward::core {

class DestructionExecutor final : public KeyRequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DestructionExecutor)
public:
    RequestKind kind() const override { return RequestKind::Destroy; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    OnApproval onApproval() const override { return OnApproval::Schedule; }
    QDateTime scheduleAfterApproval(const Request& request, const QDateTime& approvedAt) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
};

} // namespace keyward::core
