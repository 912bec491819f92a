// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace keyward::core {
class TrustMap;
}

namespace keyward::ui::trustmap {

// What the Overview and the navigation badge show of the trust map (SPEC §11): stale trust and
// rotations that have not converged, counted and named (a few lines each, plain text).
struct TrustSummary {
    bool loaded = false;
    QString error; // the snapshot could not be read
    int staleCount = 0;
    QStringList staleLines; // "workload → kid (revoked)"
    int unconvergedCount = 0;
    QStringList unconvergedLines; // "kid: 2 workloads, converges at …"
    int workloadCount = 0;
};

// Reads the summary from a snapshot; `maxLines` lines per list.
TrustSummary summarize(const core::TrustMap& map, const QDateTime& now, int maxLines = 4);

} // namespace keyward::ui::trustmap
