// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/OverviewPage.h"

#include "ChainMonitor.h"
#include "pages/PageParts.h"
#include "vault/Vault.h"
#include "widgets/ThemeColours.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

QString link(const QString& pageId, const QString& text)
{
    return QStringLiteral("<a href=\"page:%1\">%2</a>").arg(pageId, text.toHtmlEscaped());
}

} // namespace

OverviewPage::OverviewPage(core::Vault& vault, ChainMonitor& chain, QWidget* parent)
    : Page(parent)
    , m_vault(vault)
    , m_chain(chain)
    , m_cards(new QGridLayout)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(pageparts::title(tr("Overview"), this));

    m_cards->setSpacing(12);
    layout->addLayout(m_cards);
    m_operationalCard = addCard(0, 0, QStringLiteral("operationalCard"), tr("Vault"));
    m_chainCard = addCard(0, 1, QStringLiteral("chainCard"), tr("Audit chain"));
    m_officersCard = addCard(1, 0, QStringLiteral("officersCard"), tr("Officers"));
    m_eventsCard = addCard(1, 1, QStringLiteral("eventsCard"), tr("Audit events"));
    m_requestsCard = addCard(2, 0, QStringLiteral("requestsCard"), tr("Requests waiting for me"));
    m_reviewsCard = addCard(2, 1, QStringLiteral("reviewsCard"), tr("Unreviewed acts"));
    m_staleCard = addCard(3, 0, QStringLiteral("staleTrustCard"), tr("Stale trust"));
    m_convergenceCard = addCard(3, 1, QStringLiteral("convergenceCard"), tr("Rotations converging"));
    setRequestCounts(0, 0);
    setTrustSummary({});

    layout->addStretch();
    connect(&m_chain, &ChainMonitor::statusChanged, this, &OverviewPage::refresh);
}

QLabel* OverviewPage::addCard(int row, int column, const QString& objectName, const QString& title)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName + QStringLiteral("Frame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(alternate-base); border: 1px solid palette(mid);"
                                        " border-radius: 6px; }")
                             .arg(frame->objectName()));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    auto* caption = new QLabel(title, frame);
    theme::setTone(caption, theme::Tone::Muted, QStringLiteral("font-weight: bold;"));
    layout->addWidget(caption);
    auto* body = new QLabel(frame);
    body->setObjectName(objectName);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setMinimumHeight(52);
    body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(body, &QLabel::linkActivated, this, [this](const QString& href) {
        Q_EMIT navigateRequested(href.mid(5)); // "page:<id>"
    });
    layout->addWidget(body, 1);
    m_cards->addWidget(frame, row, column);
    return body;
}

void OverviewPage::setRequestCounts(int waitingForMe, int openReviews)
{
    const QString big = QStringLiteral("<span style='font-size:20pt; font-weight:600%1'>%2</span><br>%3");
    const QString amber = QStringLiteral("; color:") + theme::colour(theme::Tone::Warning).name();
    const QString red = QStringLiteral("; color:") + theme::colour(theme::Tone::Danger).name();
    m_requestsCard->setText(big.arg(waitingForMe > 0 ? amber : QString())
                                .arg(waitingForMe)
                                .arg(waitingForMe > 0 ? link(QStringLiteral("requests"), tr("Approve or reject"))
                                                      : tr("Nothing to decide · ")
                                             + link(QStringLiteral("requests"), tr("Show requests"))));
    m_reviewsCard->setText(big.arg(openReviews > 0 ? red : QString())
                               .arg(openReviews)
                               .arg(openReviews > 0 ? tr("Acts done alone that a second officer must countersign · ")
                                                        + link(QStringLiteral("requests"), tr("Review"))
                                                    : tr("Every break-glass act was countersigned")));
}

void OverviewPage::setTrustSummary(const trustmap::TrustSummary& summary)
{
    const QString big = QStringLiteral("<span style='font-size:20pt; font-weight:600%1'>%2</span><br>%3");
    const auto list = [](const QStringList& lines, int total) {
        QString html;
        for (const QString& line : lines)
            html += QStringLiteral("· %1<br>").arg(line.toHtmlEscaped());
        if (total > lines.size())
            html += tr("… and %n more", nullptr, int(total - lines.size())) + QStringLiteral("<br>");
        return html;
    };
    if (!summary.error.isEmpty()) {
        m_staleCard->setText(tr("Could not read the trust map: %1").arg(summary.error.toHtmlEscaped()));
        m_convergenceCard->clear();
        return;
    }
    if (summary.loaded && summary.workloadCount == 0) {
        m_staleCard->setText(tr("No workload registered yet · ") + link(QStringLiteral("trust"), tr("Open the trust map")));
        m_convergenceCard->setText(tr("Nothing to converge: no workload trusts a key set yet."));
        return;
    }
    m_staleCard->setText(big.arg(summary.staleCount > 0 ? QStringLiteral("; color:") + theme::colour(theme::Tone::Danger).name() : QString())
                             .arg(summary.staleCount)
                             .arg(summary.staleCount > 0
                                      ? tr("Workloads still using a retired or revoked kid:") + QStringLiteral("<br>")
                                          + list(summary.staleLines, summary.staleCount)
                                          + link(QStringLiteral("trust"), tr("Show on the trust map"))
                                      : tr("No workload uses a retired or revoked kid · ")
                                          + link(QStringLiteral("trust"), tr("Trust map"))));
    m_convergenceCard->setText(big.arg(summary.unconvergedCount > 0 ? QStringLiteral("; color:") + theme::colour(theme::Tone::Warning).name() : QString())
                                   .arg(summary.unconvergedCount)
                                   .arg(summary.unconvergedCount > 0
                                            ? tr("Keys in grace that may not be retired yet:") + QStringLiteral("<br>")
                                                + list(summary.unconvergedLines, summary.unconvergedCount)
                                                + link(QStringLiteral("trust"), tr("See what blocks them"))
                                            : tr("Every rotation has converged · ")
                                                + link(QStringLiteral("trust"), tr("Trust map"))));
}

void OverviewPage::refresh()
{
    const QString big = QStringLiteral("<span style='font-size:20pt; font-weight:600'>%1</span><br>%2");
    const auto officers = m_vault.officers();
    int approvers = 0;
    if (officers) {
        for (const core::Officer& o : officers.value())
            approvers += o.hasRole(core::Role::Approver) ? 1 : 0;
        m_officersCard->setText(big.arg(officers->size())
                                    .arg(tr("Approvers: %1 · ").arg(approvers)
                                         + link(QStringLiteral("officers"), tr("Manage officers"))));
    } else {
        m_officersCard->setText(tr("Could not read the officers: %1").arg(officers.message().toHtmlEscaped()));
    }

    const auto count = m_vault.audit().count();
    m_eventsCard->setText(count ? big.arg(QLocale().toString(count.value()))
                                      .arg(link(QStringLiteral("audit"), tr("Open the audit log")))
                                : count.message().toHtmlEscaped());

    if (!m_chain.hasVerified()) {
        m_chainCard->setText(tr("Not verified yet. %1").arg(link(QStringLiteral("audit"), tr("Verify now"))));
    } else if (m_chain.status().intact) {
        m_chainCard->setText(big.arg(theme::span(theme::Tone::Success, tr("Intact")))
                                 .arg(tr("Every hash and link verified · ")
                                      + link(QStringLiteral("audit"), tr("Show events"))));
    } else {
        m_chainCard->setText(big.arg(theme::span(theme::Tone::Danger, tr("Broken")))
                                 .arg(tr("At event %1: %2 · ")
                                          .arg(m_chain.status().firstBadSeq)
                                          .arg(m_chain.status().problem.toHtmlEscaped())
                                      + link(QStringLiteral("audit"), tr("Investigate"))));
    }

    if (m_vault.isOperational()) {
        m_operationalCard->setText(big.arg(theme::span(theme::Tone::Success, tr("Operational")))
                                       .arg(tr("Two-person rule in force: a second approver exists.")));
    } else {
        m_operationalCard->setText(big.arg(theme::span(theme::Tone::Warning, tr("Needs an approver")))
                                       .arg(tr("Governed operations wait for a second officer with the "
                                               "approver role. ")
                                            + link(QStringLiteral("officers"), tr("Add one"))));
    }
}

} // namespace keyward::ui
