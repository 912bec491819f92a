// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The trust facts for one kid as JSON (`trust show KID --json`) and as lines for a terminal:
// declared and observed trusters, blast radius, stale trust, convergence.

#include "trust/TrustMap.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace keyward::core {

class TrustReport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::TrustReport)
public:
    static QJsonObject kidJson(const TrustMap& map, int key, const QDateTime& now);
    static QStringList kidLines(const TrustMap& map, int key, const QDateTime& now);
    static QJsonObject convergenceJson(const TrustMap& map, const Convergence& convergence);
};

} // namespace keyward::core
