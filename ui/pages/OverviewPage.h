// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"
#include "trustmap/TrustSummary.h"

class QGridLayout;
class QLabel;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class ChainMonitor;

// The first page: the state of the vault at a glance, every item a link to the page that
// resolves it (SPEC §11). Key, request and trust figures join as their issues land.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(core::Vault& vault, ChainMonitor& chain, QWidget* parent = nullptr);

    void refresh() override;
    // Requests waiting for the unlocked officer and acts done alone awaiting a countersignature
    // (from the Requests page, which reads them).
    void setRequestCounts(int waitingForMe, int openReviews);
    // Stale trust and rotations still converging (from the Trust map page's snapshot).
    void setTrustSummary(const trustmap::TrustSummary& summary);

private:
    QLabel* addCard(int row, int column, const QString& objectName, const QString& title);

    core::Vault& m_vault;
    ChainMonitor& m_chain;
    QGridLayout* m_cards;
    QLabel* m_officersCard;
    QLabel* m_eventsCard;
    QLabel* m_chainCard;
    QLabel* m_operationalCard;
    QLabel* m_requestsCard;
    QLabel* m_reviewsCard;
    QLabel* m_staleCard;
    QLabel* m_convergenceCard;
};

} // namespace keyward::ui
