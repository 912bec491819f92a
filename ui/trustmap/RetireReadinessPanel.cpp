// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/RetireReadinessPanel.h"

#include "models/KeyTableModel.h"
#include "pages/PageParts.h"
#include "trust/TrustMap.h"
#include "widgets/ThemeColours.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace keyward::ui::trustmap {

namespace {

QString timeText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RetireReadinessPanel::RetireReadinessPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_blockers(new QLabel(this))
{
    setObjectName(QStringLiteral("retireReadinessPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("readinessTitle"));
    pageparts::styleDetailTitle(m_title);
    m_verdict->setObjectName(QStringLiteral("readinessVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_blockers->setObjectName(QStringLiteral("readinessBlockers"));
    m_blockers->setAccessibleName(tr("What still blocks the retirement"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::RichText);
    m_blockers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_blockers);
    layout->addStretch();
    clear();
}

void RetireReadinessPanel::clear()
{
    m_title->setText(tr("Retire readiness"));
    m_verdict->setText(tr("Select a kid on the map or in the table to see whether it may be retired and what "
                          "still blocks it."));
    setBlockers({});
}

QString RetireReadinessPanel::verdict() const
{
    return QTextDocumentFragment::fromHtml(m_verdict->text()).toPlainText();
}

int RetireReadinessPanel::blockerCount() const
{
    return int(m_blockerWorkloads.size());
}

QStringList RetireReadinessPanel::blockerWorkloads() const
{
    return m_blockerWorkloads;
}

void RetireReadinessPanel::setBlockers(const QList<QStringList>& rows)
{
    // One wrapped paragraph per blocker: the panel is narrow and the reasons are sentences.
    m_blockerWorkloads.clear();
    QString html;
    for (const QStringList& row : rows) {
        m_blockerWorkloads.append(row.value(0));
        html += QStringLiteral(
            "<p style='margin:0 0 6px 0'><b>%1</b> %2<br><span style='color:%4'>%3</span></p>")
                    .arg(row.value(0).toHtmlEscaped(), row.value(1).toHtmlEscaped(), row.value(2),
                         theme::colour(theme::Tone::Muted, palette()).name());
    }
    m_blockers->setText(html);
    m_blockers->setVisible(!rows.isEmpty());
}

void RetireReadinessPanel::showKey(const core::TrustMap& map, int key, const QDateTime& now)
{
    if (key < 0 || key >= map.keys().size()) {
        clear();
        return;
    }
    const core::TrustKey& k = map.keys()[key];
    m_title->setText(tr("Retire %1?").arg(k.kid));
    QList<QStringList> rows;

    const auto reasonText = [&](core::TrustReason reason) {
        switch (reason) {
        case core::TrustReason::Pinned:
            return tr("pins this kid");
        case core::TrustReason::SetTrust:
            return tr("trusts the key set");
        case core::TrustReason::ObservedUse:
            return tr("was seen using this kid");
        case core::TrustReason::NotRefreshed:
            return tr("has not refreshed its JWKS since %1 was published").arg(k.successorKid);
        case core::TrustReason::PinsPredecessor:
            return tr("pins this kid: it must be unpinned");
        case core::TrustReason::TokenLifetime:
            return tr("tokens signed before the handover may still be valid");
        }
        return QString();
    };

    const auto state = k.state;
    const QString stateName = KeyTableModel::stateText(state).toHtmlEscaped();
    if (state == core::KeyState::Retired || state == core::KeyState::Revoked
        || state == core::KeyState::Destroyed) {
        m_verdict->setText(
            tr("Already out of service (%1). Workloads still using it are stale trust:").arg(stateName));
        for (const core::StaleTrust& stale : map.staleTrust()) {
            if (stale.key != key)
                continue;
            rows.append({ map.workloads()[stale.workload].name, reasonText(stale.reason),
                stale.lastSeen.isValid() ? tr("last seen %1").arg(timeText(stale.lastSeen)).toHtmlEscaped()
                                         : QString() });
        }
        if (rows.isEmpty())
            m_verdict->setText(tr("Already out of service (%1); no workload still uses it.").arg(stateName));
        setBlockers(rows);
        return;
    }

    const core::Convergence convergence = map.convergence(key, now);
    for (const core::ConvergenceBlocker& blocker : convergence.blockers) {
        rows.append({ blocker.workload >= 0 ? map.workloads()[blocker.workload].name : tr("Token lifetime:"),
            reasonText(blocker.reason),
            blocker.clearsAt.isValid() ? tr("clears %1").arg(timeText(blocker.clearsAt)).toHtmlEscaped()
                                       : theme::span(theme::Tone::Danger, tr("never clears by itself")) });
    }
    setBlockers(rows);

    QString verdict;
    if (state == core::KeyState::Active && k.primary) {
        verdict = tr(
            "<b>Not yet:</b> %1 is the primary of %2; rotate it first. After the rotation the map shows when "
            "every workload has converged.")
                      .arg(k.kid.toHtmlEscaped(), k.keySet.toHtmlEscaped());
    } else if (convergence.converged) {
        verdict = (theme::span(theme::Tone::Success, QStringLiteral("<b>%1</b>")) + QStringLiteral(" %2"))
                      .arg(tr("Ready to retire."),
                          convergence.convergedAt.isValid()
                              ? tr("Every workload converged at %1.").arg(timeText(convergence.convergedAt))
                              : tr("No workload still depends on it."));
    } else {
        const int count = int(convergence.blockers.size());
        verdict = theme::span(theme::Tone::Warning, QStringLiteral("<b>%1</b> ").arg(tr("Not yet.")))
            + tr("%n blocker(s) left", nullptr, count)
            + (convergence.convergedAt.isValid()
                    ? tr("; converges at %1 if nothing changes.").arg(timeText(convergence.convergedAt))
                    : tr("; one of them does not clear by itself."));
    }
    m_verdict->setText(tr("State: %1. ").arg(stateName) + verdict);
}

} // namespace keyward::ui::trustmap
