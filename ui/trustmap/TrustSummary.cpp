// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustSummary.h"

#include "models/KeyTableModel.h"
#include "trust/TrustMap.h"

#include <QLocale>

namespace keyward::ui::trustmap {

TrustSummary summarize(const core::TrustMap& map, const QDateTime& now, int maxLines)
{
    TrustSummary summary;
    summary.loaded = true;
    summary.workloadCount = int(map.workloads().size());
    const QList<core::StaleTrust> stale = map.staleTrust();
    summary.staleCount = int(stale.size());
    for (const core::StaleTrust& s : stale) {
        if (summary.staleLines.size() >= maxLines)
            break;
        const core::TrustKey& key = map.keys()[s.key];
        //: Overview: a workload still using a kid that left service; %3 is the kid's state.
        summary.staleLines.append(
            QCoreApplication::translate("keyward::ui::trustmap::TrustSummary", "%1 → %2 (%3)")
                .arg(map.workloads()[s.workload].name, key.kid, KeyTableModel::stateText(key.state)));
    }
    const QList<core::Convergence> open = map.unconvergedRotations(now);
    summary.unconvergedCount = int(open.size());
    for (const core::Convergence& c : open) {
        if (summary.unconvergedLines.size() >= maxLines)
            break;
        const QString kid = map.keys()[c.predecessor].kid;
        const int waiting = int(c.blockers.size());
        summary.unconvergedLines.append(c.convergedAt.isValid()
                ? QCoreApplication::translate("keyward::ui::trustmap::TrustSummary",
                    "%1: %n blocker(s), converged by %2", nullptr, waiting)
                      .arg(kid, QLocale().toString(c.convergedAt.toLocalTime(), QLocale::ShortFormat))
                : QCoreApplication::translate("keyward::ui::trustmap::TrustSummary",
                    "%1: %n blocker(s), one never clears by itself", nullptr, waiting)
                      .arg(kid));
    }
    return summary;
}

} // namespace keyward::ui::trustmap
