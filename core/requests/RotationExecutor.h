// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "rotate" request kind: a new key (pre-published — active or pending — or generated now)
// becomes primary, the predecessor goes to grace with its computed retirement date, and both are
// linked in the lineage (SPEC §4). After a revocation left the set without a primary, the revoked
// former primary is the predecessor: it stays revoked and the successor takes over without overlap.

#include "requests/KeyRequestSupport.h"

#include <QCoreApplication>

namespace keyward::core {

class RotationExecutor final : public KeyRequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RotationExecutor)
public:
    RequestKind kind() const override { return RequestKind::Rotate; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;
};

} // namespace keyward::core
