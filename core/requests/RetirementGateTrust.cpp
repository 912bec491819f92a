// SPDX-License-Identifier: GPL-3.0-or-later
// The retirement gate's trust-map condition (SPEC §5), apart from the gate's other checks.
#include "RetirementGate.h"

#include "keys/KeyStore.h"
#include "requests/KeyRequestSupport.h"
#include "trust/TrustMap.h"

namespace keyward::core {

Status RetirementGate::checkTrustConvergence(Database& db, const KeyRecord& key, const QDateTime& now)
{
    Result<TrustMap> map = TrustMapLoader::loadForKeySet(db, key.keySet);
    if (!map.ok())
        return map.error();
    const int index = map->keyIndex(key.kid, key.keySet);
    if (index < 0)
        return {};
    const Convergence convergence = map->convergence(index, now);
    if (convergence.converged)
        return {};
    QStringList lines;
    for (const ConvergenceBlocker& blocker : convergence.blockers) {
        const QString when = blocker.clearsAt.isValid() ? KeyRequestSupport::displayTime(blocker.clearsAt)
                                                        : tr("never by itself");
        if (blocker.workload < 0) {
            lines.append(tr("tokens signed before the handover may still be valid until %1").arg(when));
            continue;
        }
        const Workload& w = map->workloads().at(blocker.workload);
        lines.append(blocker.reason == TrustReason::PinsPredecessor
                ? tr("workload %1 pins \"%2\" (%3): re-pin it to the successor").arg(w.name, key.kid, when)
                : tr("workload %1 has not refreshed its JWKS since the successor was published; clears %2").arg(w.name, when));
    }
    return Error(ErrorCode::Refused,
        tr("Key \"%1\" may not be retired yet: its rotation has not converged (SPEC §5).\n- %2")
            .arg(key.kid, lines.join(QStringLiteral("\n- "))));
}

} // namespace keyward::core
