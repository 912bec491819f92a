// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RotationWizard.h"

#include "RequestService.h"
#include "StaleState.h"
#include "dialogs/RotationWizardPages.h"
#include "keys/KeyStore.h"
#include "requests/RequestEngine.h"
#include "trust/DatabaseTrustSource.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QAbstractButton>

namespace keyward::ui {

namespace {

core::KeySetPolicy policyOf(core::Vault& vault, const QString& keySet)
{
    const core::KeyStore store(vault.database());
    auto set = store.keySet(keySet);
    return set && set->has_value() ? (*set)->policy : core::KeySetPolicy();
}

} // namespace

RotationWizard::RotationWizard(RequestService& requests, const core::KeyRecord& key, QWidget* parent)
    : QWizard(parent)
    , m_requests(requests)
    , m_key(key)
    , m_policy(policyOf(requests.vault(), key.keySet))
    , m_reason(new RotationReasonPage(key, this))
    , m_successor(new RotationSuccessorPage(requests.vault(), key, m_policy, this))
    , m_overlap(new RotationOverlapPage(key, m_policy, core::DatabaseTrustSource(requests.vault().database()), this))
    , m_summary(new RotationSummaryPage(this))
{
    setWindowTitle(tr("Request rotation of %1 — Keyward").arg(key.kid));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ReasonPageId, m_reason);
    setPage(SuccessorPageId, m_successor);
    setPage(OverlapPageId, m_overlap);
    setPage(SummaryPageId, m_summary);
    setButtonText(QWizard::FinishButton, tr("&Submit request"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("submitRotationButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    resize(640, 520);
}

RotationWizard::~RotationWizard() = default;

core::RotationParams RotationWizard::params() const
{
    core::RotationParams params;
    params.kid = m_key.kid;
    params.keySet = m_key.keySet;
    params.reasonCategory = m_reason->category();
    params.reason = m_reason->reason();
    params.overlapSecs = m_overlap->overlapSecs();
    m_successor->applyTo(params);
    return params;
}

QString RotationWizard::summaryText() const { return m_summary->summary(); }

void RotationWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != SummaryPageId)
        return;
    m_summary->messageWidget()->hideMessage();
    const QString use = core::keyUseName(m_key.use);
    const QString set = m_key.keySet.toHtmlEscaped();
    const QString kid = m_key.kid.toHtmlEscaped();
    QStringList effects;
    effects << tr("Reason: %1 — %2").arg(m_reason->categoryTitle(), m_reason->reason().toHtmlEscaped());
    effects << tr("Successor: %1.").arg(m_successor->description());
    if (m_key.state == core::KeyState::Revoked) {
        // After a revocation: nothing to hand over from, so no grace and no overlap.
        effects << tr("On execution the successor becomes the primary %1 key of %2, which has none since <b>%3</b> was "
                      "revoked; %3 stays revoked.")
                       .arg(use, set, kid);
    } else {
        effects << tr("On execution the successor becomes the primary %1 key of %2, and <b>%3</b> goes to grace: still "
                      "published for verifiers, no longer used for new operations.")
                       .arg(use, set, kid);
        effects << tr("%1 may be retired %2 Its retirement date is set at execution and shown in the inventory.")
                       .arg(kid, m_overlap->description());
    }
    effects << tr("Nothing changes until a different officer with the approver role approves with their passphrase; "
                  "unapproved, the request expires in %n hour(s).",
                  nullptr, int(core::Request::kDefaultLifetimeSecs / 3600));
    m_summary->setSummary(tr("<p><b>Request the rotation of %1 in %2</b></p><ul><li>%3</li></ul>")
                              .arg(kid, set, effects.join(QStringLiteral("</li><li>"))));
}

void RotationWizard::accept()
{
    if (currentId() != SummaryPageId)
        return;
    auto draft = core::KeyRequestDrafts::rotation(params());
    if (!draft) {
        m_summary->messageWidget()->showMessage(
            tr("<b>The rotation was not requested.</b> %1").arg(draft.message().toHtmlEscaped()), MessageWidget::Type::Error);
        return;
    }
    // The key as the officer saw it when the wizard opened: re-checked inside the write.
    draft->expectedKey = core::KeyPrecondition::of(m_key);
    auto submitted = m_requests.engine().submit(std::move(draft).value());
    if (!submitted) {
        if (const QString stale = keyChangedElsewhere(m_requests.vault().database(), m_key); !stale.isEmpty()) {
            Q_EMIT refusedAsStale(stale);
            QWizard::reject();
            return;
        }
        m_summary->messageWidget()->showMessage(
            tr("<b>The rotation was not requested.</b> %1").arg(submitted.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        return;
    }
    Q_EMIT requestSubmitted(submitted.value());
    QWizard::accept();
}

} // namespace keyward::ui
