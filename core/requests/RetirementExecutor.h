// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "retire" request kind: a key that left primary leaves service once the retirement gate opens
// (RetirementGate).

#include "requests/KeyRequestSupport.h"

#include <QCoreApplication>

namespace keyward::core {

class RetirementExecutor final : public KeyRequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RetirementExecutor)
public:
    RequestKind kind() const override { return RequestKind::Retire; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
};

} // namespace keyward::core
