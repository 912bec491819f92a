// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/RequestDetailPane.h"

#include "RequestPresenter.h"
#include "pages/PageParts.h"
#include "common/Clock.h"
#include "requests/RequestEngine.h"
#include "widgets/ThemeColours.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

QLabel* caption(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

} // namespace

RequestDetailPane::RequestDetailPane(
    const core::RequestEngine& engine, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_placeholder(new QLabel(tr("Select a request to see exactly what it changes, who decided and whether "
                                  "their signatures verify."),
          this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_effectCaption(caption(tr("What changes"), "requestEffectCaption", this))
    , m_effect(new QTableWidget(this))
    , m_decisionsCaption(caption(tr("Decisions"), "decisionsCaption", this))
    , m_decisions(new QTreeWidget(this))
    , m_outcome(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("requestDetailPane"));
    // Everything at its natural height, scrolled as one: a long effect or outcome never squeezes
    // the decisions out of sight.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requestDetailScroll"));
    scroll->setAccessibleName(tr("Request details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(6);
    m_placeholder->setObjectName(QStringLiteral("requestDetailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder, 1);

    m_title->setObjectName(QStringLiteral("requestDetailTitle"));
    m_title->setTextFormat(Qt::PlainText); // names the subject, as typed: never markup
    m_title->setWordWrap(true);
    pageparts::styleDetailTitle(m_title);
    layout->addWidget(m_title);
    m_facts->setObjectName(QStringLiteral("requestFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    layout->addWidget(m_effectCaption);
    m_effect->setObjectName(QStringLiteral("requestEffectTable"));
    m_effect->setAccessibleName(tr("What changes"));
    m_effect->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_effect->setSelectionMode(QAbstractItemView::NoSelection);
    m_effect->setAlternatingRowColors(true);
    m_effect->verticalHeader()->hide();
    m_effect->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_effect);

    layout->addWidget(m_decisionsCaption);
    m_decisions->setObjectName(QStringLiteral("decisionList"));
    m_decisions->setAccessibleName(tr("Decisions and their signatures"));
    m_decisions->setRootIsDecorated(false);
    m_decisions->setHeaderLabels({ tr("Officer"), tr("Decision"), tr("When"), tr("Signature") });
    m_decisions->header()->setStretchLastSection(true);
    m_decisions->setColumnWidth(OfficerColumn, 80);
    m_decisions->setColumnWidth(VerdictColumn, 80);
    m_decisions->setColumnWidth(WhenColumn, 150);
    layout->addWidget(m_decisions);

    m_outcome->setObjectName(QStringLiteral("requestOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_error->setObjectName(QStringLiteral("executionErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    layout->addWidget(m_error);
    layout->addStretch(1);
    for (QAbstractScrollArea* view : std::initializer_list<QAbstractScrollArea*> { m_effect, m_decisions }) {
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    // The expiry countdown of a pending request stays true while it is shown.
    m_countdown.setInterval(30 * 1000);
    connect(&m_countdown, &QTimer::timeout, this, &RequestDetailPane::updateFacts);
    clear();
}

void RequestDetailPane::setDetailsVisible(bool visible)
{
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_title, m_facts, m_effectCaption, m_effect, m_decisionsCaption, m_decisions })
        widget->setVisible(visible);
    m_placeholder->setVisible(!visible);
}

void RequestDetailPane::clear()
{
    m_request.reset();
    m_countdown.stop();
    setDetailsVisible(false);
    m_outcome->hide();
    m_error->hide();
    m_effect->clear();
    m_decisions->clear();
}

void RequestDetailPane::showRequest(const core::Request& request)
{
    m_request = request;
    setDetailsVisible(true);
    m_title->setText(RequestPresenter::summary(request));
    updateFacts();
    RequestPresenter::fillEffectTable(m_effect, request);
    fillDecisions();
    fitHeights();

    QStringList outcome;
    for (const auto& [label, value] : RequestPresenter::outcomeRows(request))
        outcome << QStringLiteral("<tr><td style='color:%3;padding-right:8px'>%1</td><td>%2</td></tr>")
                       .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), theme::colour(theme::Tone::Muted).name());
    m_outcome->setText(tr("<b>Outcome</b><table>%1</table>").arg(outcome.join(QString())));
    m_outcome->setVisible(!outcome.isEmpty());
    m_error->setText(tr("<span style='color:#c0392b'><b>Execution failed:</b> %1</span>")
                         .arg(request.executionError.toHtmlEscaped()));
    m_error->setVisible(!request.executionError.isEmpty());
    if (request.state == core::RequestState::Pending)
        m_countdown.start();
    else
        m_countdown.stop();
}

void RequestDetailPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_request)
        fitHeights();
}

void RequestDetailPane::fitHeights()
{
    // Wrapped rows grow with a narrower pane: re-measure, then show every row without scrolling.
    RequestPresenter::fitEffectTable(m_effect);
    int decisions = m_decisions->header()->height() + 2 * m_decisions->frameWidth();
    for (int row = 0; row < m_decisions->topLevelItemCount(); ++row)
        decisions += m_decisions->sizeHintForRow(row);
    m_decisions->setFixedHeight(decisions + 2);
}

void RequestDetailPane::updateFacts()
{
    if (!m_request)
        return;
    const core::Request& r = *m_request;
    const QDateTime now = m_clock.now();
    QStringList rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td style='color:%3;padding-right:8px'>%1</td><td>%2</td></tr>")
                    .arg(label, value, theme::colour(theme::Tone::Muted).name());
    };
    const bool overdue = r.isOverdue(now);
    const core::RequestState shownState = overdue ? core::RequestState::Expired : r.state;
    row(tr("Request"), tr("#%1 · %2").arg(r.id).arg(core::requestKindTitle(r.kind).toHtmlEscaped()));
    row(tr("Subject"),
        r.keySet.isEmpty() || r.keySet == r.subject
            ? r.subject.toHtmlEscaped()
            : tr("%1 in %2").arg(r.subject.toHtmlEscaped(), r.keySet.toHtmlEscaped()));
    row(tr("Requested by"),
        tr("%1 at %2").arg(r.requester.toHtmlEscaped(), RequestPresenter::dateTime(r.createdAt)));
    // A reason may span lines (the request dialog's box): keep them apart in the rich-text table.
    row(tr("Reason"), r.reason.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    row(tr("State"),
        QStringLiteral("<span style='color:%1'>●</span> %2")
            .arg(RequestPresenter::stateColor(shownState).name(),
                RequestPresenter::stateText(shownState).toHtmlEscaped()));
    row(tr("Expiry"), RequestPresenter::expiryText(r, now).toHtmlEscaped());
    row(tr("Approvals"), tr("%1 of %2 required").arg(r.approvalCount()).arg(r.requiredApprovals));
    if (r.scheduledFor.isValid())
        row(tr("Scheduled for"), RequestPresenter::dateTime(r.scheduledFor));
    if (r.executedAt.isValid())
        row(tr("Executed"), RequestPresenter::dateTime(r.executedAt));
    m_facts->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
}

void RequestDetailPane::fillDecisions()
{
    m_decisions->clear();
    const core::Request& r = *m_request;
    const QList<core::Status> verified = m_engine.verifyDecisions(r);
    for (int i = 0; i < r.decisions.size(); ++i) {
        const core::RequestDecision& decision = r.decisions.at(i);
        const bool approve = decision.verdict == core::RequestDecision::Verdict::Approve;
        const core::Status status = i < verified.size()
            ? verified.at(i)
            : core::Status(core::ErrorCode::Internal, tr("not checked"));
        QString verdict = approve ? tr("Approved") : tr("Rejected");
        if (!approve && !decision.why.isEmpty())
            verdict = tr("Rejected: %1").arg(decision.why);
        auto* item = new QTreeWidgetItem(m_decisions,
            { decision.officer, verdict, RequestPresenter::dateTime(decision.at),
                status ? tr("✔ verifies with %1's public key").arg(decision.officer)
                       : tr("✘ does not verify: %1").arg(status.message()) });
        item->setForeground(SignatureColumn, status ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b));
        item->setData(SignatureColumn, Qt::UserRole, status.ok());
        item->setToolTip(SignatureColumn,
            tr("EdDSA JWS by %1 over the canonical request, %2 bytes")
                .arg(decision.officer)
                .arg(decision.jws.size()));
        item->setToolTip(VerdictColumn, verdict);
    }
    if (r.decisions.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_decisions, { tr("No decision yet") });
        none->setFirstColumnSpanned(true);
    }
}

} // namespace keyward::ui
