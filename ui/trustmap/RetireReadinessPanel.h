// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace keyward::core {
class TrustMap;
}

namespace keyward::ui::trustmap {

// For the kid selected on the trust map: may it be retired now, and if not, what still blocks it
// (SPEC §5 convergence) — each workload with the reason and the time it clears, the token
// lifetime, or a pin that never clears by itself. Answers come from the core's snapshot.
class RetireReadinessPanel : public QWidget {
    Q_OBJECT
public:
    explicit RetireReadinessPanel(QWidget* parent = nullptr);

    // `key` indexes map.keys(); -1 shows the hint to pick a kid.
    void showKey(const core::TrustMap& map, int key, const QDateTime& now);
    void clear();

    QString verdict() const; // the status sentence, plain text (tests)
    int blockerCount() const;
    QStringList blockerWorkloads() const;

private:
    QLabel* m_title;
    QLabel* m_verdict;
    void setBlockers(const QList<QStringList>& rows); // workload, why, when

    QLabel* m_blockers;
    QStringList m_blockerWorkloads;
};

} // namespace keyward::ui::trustmap
