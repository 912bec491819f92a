// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/Request.h"

#include <QWizard>

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class RequestService;
class RotationOverlapPage;
class RotationReasonPage;
class RotationSuccessorPage;
class RotationSummaryPage;

// Asks for a rotation of a primary key (SPEC §4): why, which successor, how long the overlap, then
// states the exact effect. Finish submits KeyRequestDrafts::rotation through the RequestEngine; a
// refusal (e.g. a rotation already requested for this key) is shown on the summary page and
// nothing changes. Nothing in the vault changes until a different officer approves.
class RotationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ReasonPageId, SuccessorPageId, OverlapPageId, SummaryPageId };

    RotationWizard(RequestService& requests, const core::KeyRecord& key, QWidget* parent = nullptr);
    ~RotationWizard() override;

    core::RotationParams params() const;
    QString summaryText() const; // the exact effect, as the summary page shows it

    RotationReasonPage* reasonPage() const { return m_reason; }
    RotationSuccessorPage* successorPage() const { return m_successor; }
    RotationOverlapPage* overlapPage() const { return m_overlap; }
    RotationSummaryPage* summaryPage() const { return m_summary; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void requestSubmitted(const core::Request& request);
    // The key changed underneath (another Keyward program): nothing was done and the dialog
    // closed; `message` says what changed, for the page's message bar.
    void refusedAsStale(const QString& message);

protected:
    void initializePage(int id) override;

private:
    RequestService& m_requests;
    core::KeyRecord m_key;
    core::KeySetPolicy m_policy;
    RotationReasonPage* m_reason;
    RotationSuccessorPage* m_successor;
    RotationOverlapPage* m_overlap;
    RotationSummaryPage* m_summary;
};

} // namespace keyward::ui
