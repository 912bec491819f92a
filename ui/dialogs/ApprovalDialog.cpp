// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ApprovalDialog.h"
#include "ui_ApprovalDialog.h"

#include "RequestPresenter.h"
#include "requests/RequestEngine.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"
#include "widgets/OfficerReauthWidget.h"
#include "widgets/ThemeColours.h"

#include <QHeaderView>
#include <QPushButton>

namespace keyward::ui {

ApprovalDialog::ApprovalDialog(
    core::Vault& vault, core::RequestEngine& engine, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApprovalDialog>())
    , m_vault(vault)
    , m_engine(engine)
    , m_id(requestId)
{
    m_ui->setupUi(this);
    m_ui->effectTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->effectTable->setAccessibleName(tr("What changes"));
    m_ui->reauthWidget->setOfficerLabel(tr("&Deciding officer:"));
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ApprovalDialog::approve);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &ApprovalDialog::rejectRequest);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->reauthWidget, &OfficerReauthWidget::changed, this, &ApprovalDialog::updateButtons);
    connect(m_ui->reauthWidget, &OfficerReauthWidget::busyChanged, this, &ApprovalDialog::updateButtons);
    // The expiry countdown stays true while the dialog is open.
    m_countdown.setInterval(30 * 1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_ui->reauthWidget->isBusy())
            return; // keep the message bar and the inputs as they are until the check ends
        showRequest();
        updateButtons();
    });
    if (load()) {
        const auto officers = m_vault.officers();
        m_ui->reauthWidget->setOfficers(
            officers ? officers.value() : QList<core::Officer>(), preselectedOfficer());
        m_countdown.start();
    }
    updateButtons();
    m_ui->reauthWidget->passphraseEdit()->setFocus();
}

ApprovalDialog::~ApprovalDialog()
{
    // The re-authentication widget reports "not busy" when it is hidden, which happens while the
    // base class destroys the children: by then this is no longer a ApprovalDialog to update.
    disconnect(m_ui->reauthWidget, nullptr, this, nullptr);
}

void ApprovalDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The rows wrap at the width the dialog finally has.
    RequestPresenter::fitEffectTable(m_ui->effectTable);
    adjustSize();
}

QPushButton* ApprovalDialog::approveButton() const
{
    return m_ui->approveButton;
}
QPushButton* ApprovalDialog::rejectButton() const
{
    return m_ui->rejectButton;
}
MessageWidget* ApprovalDialog::messageWidget() const
{
    return m_ui->messageWidget;
}
OfficerReauthWidget* ApprovalDialog::reauthWidget() const
{
    return m_ui->reauthWidget;
}
QTableWidget* ApprovalDialog::effectTable() const
{
    return m_ui->effectTable;
}
QString ApprovalDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

bool ApprovalDialog::load()
{
    auto found = m_engine.byId(m_id);
    if (!found) {
        m_ui->messageWidget->showMessage(
            tr("Request #%1 could not be read: %2").arg(m_id).arg(found.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        m_request = {};
        return false;
    }
    m_request = std::move(found).value();
    showRequest();
    return true;
}

QString ApprovalDialog::preselectedOfficer() const
{
    // The officer most likely at the keyboard to decide: one who may approve this request. The
    // others stay in the list; choosing them gets the core's refusal, which says why.
    const auto officers = m_vault.officers();
    if (!officers)
        return {};
    for (const core::Officer& officer : officers.value()) {
        if (officer.name != m_request.requester && officer.hasRole(core::Role::Approver)
            && !m_request.hasDecisionBy(officer.name))
            return officer.name;
    }
    return {};
}

void ApprovalDialog::showRequest()
{
    const QDateTime now = m_vault.clock().now();
    QStringList rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td style='color:%3;padding-right:10px'>%1</td><td>%2</td></tr>")
                    .arg(label, value, theme::colour(theme::Tone::Muted).name());
    };
    row(tr("Requested by"),
        tr("%1 at %2")
            .arg(m_request.requester.toHtmlEscaped(), RequestPresenter::dateTime(m_request.createdAt)));
    // A reason may span lines: keep them apart, as the requester wrote them, in the rich-text table.
    row(tr("Reason"), m_request.reason.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    const bool overdue = m_request.isOverdue(now);
    row(tr("Expiry"),
        overdue ? theme::span(theme::Tone::Danger, RequestPresenter::expiryText(m_request, now).toHtmlEscaped())
                : RequestPresenter::expiryText(m_request, now).toHtmlEscaped());
    QStringList decided;
    for (const core::RequestDecision& decision : std::as_const(m_request.decisions)) {
        decided << (decision.verdict == core::RequestDecision::Verdict::Approve
                ? tr("approved by %1").arg(decision.officer.toHtmlEscaped())
                : tr("rejected by %1").arg(decision.officer.toHtmlEscaped()));
    }
    row(tr("Approvals"),
        tr("%1 of %2 required%3")
            .arg(m_request.approvalCount())
            .arg(m_request.requiredApprovals)
            .arg(decided.isEmpty() ? QString()
                                   : QStringLiteral(" (%1)").arg(decided.join(QStringLiteral(", ")))));
    m_ui->summaryLabel->setText(
        QStringLiteral("<p style='font-size:13pt'><b>%1</b> <span style='color:%5'>"
                       "#%2 · %3</span></p><table>%4</table>")
            .arg(RequestPresenter::summary(m_request).toHtmlEscaped(), QString::number(m_request.id),
                 core::requestKindTitle(m_request.kind).toHtmlEscaped(), rows.join(QString()),
                 theme::colour(theme::Tone::Muted).name()));
    RequestPresenter::fillEffectTable(m_ui->effectTable, m_request);
    RequestPresenter::fitEffectTable(m_ui->effectTable);
    const bool last = m_request.approvalCount() + 1 >= m_request.requiredApprovals;
    QString consequence;
    if (!last)
        consequence = tr("it still needs more approvals after yours.");
    else if (m_request.kind == core::RequestKind::Destroy)
        consequence = tr("<b>schedules the destruction</b>; any officer can cancel it until it runs. Copies and "
                         "backups of the vault made before it still hold the private part.");
    else if (m_request.kind == core::RequestKind::ExportPrivate)
        consequence
            = tr("<b>lets %1 collect the encrypted export</b>.").arg(m_request.requester.toHtmlEscaped());
    else
        consequence = tr("<b>applies the change at once</b>.");
    m_ui->signingLabel->setText(
        tr("Approving signs this request with your personal key and %1 Choose yourself "
           "and type your own passphrase.")
            .arg(consequence));
    if (m_request.state != core::RequestState::Pending) {
        m_ui->messageWidget->showMessage(tr("This request is %1: it can no longer be approved or rejected.")
                                             .arg(RequestPresenter::stateText(m_request.state).toLower()),
            MessageWidget::Type::Information);
    } else if (overdue) {
        m_ui->messageWidget->showMessage(
            tr("This request expired: it can no longer be approved. Ask for a new one."),
            MessageWidget::Type::Warning);
    }
}

void ApprovalDialog::updateButtons()
{
    // Past its expiry a request is closed even before the sweep marks it so: nothing to sign.
    const bool open = m_request.id != 0 && m_request.state == core::RequestState::Pending
        && !m_request.isOverdue(m_vault.clock().now());
    // While the passphrase is being checked nothing else may be typed or pressed but Close.
    const bool idle = !m_ui->reauthWidget->isBusy();
    m_ui->reauthWidget->setInputEnabled(open);
    m_ui->rejectReasonEdit->setEnabled(open && idle);
    m_ui->approveButton->setEnabled(open && idle && m_ui->reauthWidget->hasPassphrase());
    m_ui->rejectButton->setEnabled(open && idle && m_ui->reauthWidget->hasPassphrase());
}

void ApprovalDialog::approve()
{
    if (!m_ui->approveButton->isEnabled())
        return;
    decide(tr("Not approved."),
        [this](const core::OfficerCredential& officer) { return m_engine.approve(m_id, officer); });
}

void ApprovalDialog::rejectRequest()
{
    if (!m_ui->rejectButton->isEnabled())
        return;
    const QString why = m_ui->rejectReasonEdit->text().trimmed();
    if (why.isEmpty()) {
        // Checked before the passphrase is used: a rejection without a reason is refused anyway.
        m_ui->messageWidget->showMessage(
            tr("<b>Say why you reject it.</b> The reason is signed with the rejection "
               "and recorded in the audit log."),
            MessageWidget::Type::Warning);
        m_ui->rejectReasonEdit->setFocus();
        return;
    }
    decide(tr("Not rejected."),
        [this, why](const core::OfficerCredential& officer) { return m_engine.reject(m_id, officer, why); });
}

void ApprovalDialog::decide(const QString& refusedTitle, const Decision& act)
{
    // The deciding officer's passphrase is checked off the GUI thread (busy indicator, inputs
    // disabled); the signed write itself runs here afterwards, inside the engine's transaction.
    const core::RequestState seen = m_request.state;
    m_ui->reauthWidget->actAs(m_vault, m_ui->messageWidget,
        [this, refusedTitle, act, seen](const core::OfficerCredential& officer) {
            finishDecision(refusedTitle, seen, act(officer));
        });
    updateButtons();
}

void ApprovalDialog::finishDecision(
    const QString& refusedTitle, core::RequestState seen, core::Result<core::Request> decided)
{
    if (!decided) {
        load(); // the request may have changed meanwhile (expired, decided elsewhere)
        // The engine re-read the request inside its write and found it no longer as the officer
        // saw it: say so plainly instead of only naming the rule it broke now.
        const QString why = m_request.id != 0 && m_request.state != seen
            ? tr("Request #%1 was changed by another Keyward program since you opened this dialog (it is now "
                 "%2). Nothing was changed; review it and try again.")
                  .arg(m_id)
                  .arg(RequestPresenter::stateText(m_request.state).toLower())
            : decided.message();
        m_ui->messageWidget->showMessage(
            QStringLiteral("<b>%1</b> %2").arg(refusedTitle.toHtmlEscaped(), why.toHtmlEscaped()),
            MessageWidget::Type::Error);
        updateButtons();
        return;
    }
    m_request = std::move(decided).value();
    Q_EMIT requestDecided(m_request);
    QDialog::accept();
}

} // namespace keyward::ui
