// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CountersignDialog.h"
#include "ui_CountersignDialog.h"

#include "RequestPresenter.h"
#include "models/ReviewTableModel.h"
#include "requests/ReviewCountersign.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"
#include "widgets/OfficerReauthWidget.h"

#include <QLineEdit>
#include <QPushButton>

namespace keyward::ui {

CountersignDialog::CountersignDialog(core::Vault& vault, const core::Review& review, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CountersignDialog>())
    , m_vault(vault)
    , m_review(review)
{
    m_ui->setupUi(this);
    m_ui->reauthWidget->setOfficerLabel(tr("&Countersigning officer:"));
    const QString subject = review.keySet.isEmpty()
        ? review.subject.toHtmlEscaped()
        : tr("%1 in %2").arg(review.subject.toHtmlEscaped(), review.keySet.toHtmlEscaped());
    m_ui->summaryLabel->setText(tr(
        "<p style='font-size:13pt'><b>%1: %2</b> <span style='color:#55606b'>review #%3</span></p>"
        "<table><tr><td style='color:#55606b;padding-right:10px'>Done alone by</td><td>%4 at %5</td></tr>"
        "<tr><td style='color:#55606b;padding-right:10px'>Their reason</td><td>%6</td></tr></table>"
        "<p>Countersigning records that a second officer reviewed this act. It changes nothing else; the act "
        "stays flagged until someone other than %4 countersigns.</p>")
                                    .arg(ReviewTableModel::kindText(review.kind).toHtmlEscaped(), subject)
                                    .arg(review.id)
                                    .arg(review.openedBy.toHtmlEscaped(),
                                        RequestPresenter::dateTime(review.openedAt),
                                        review.reason.toHtmlEscaped()));
    const auto officers = m_vault.officers();
    QString preselect;
    if (officers) {
        for (const core::Officer& officer : officers.value()) {
            if (officer.name != review.openedBy
                && (officer.hasRole(core::Role::Approver) || officer.hasRole(core::Role::Admin))) {
                preselect = officer.name;
                break;
            }
        }
    }
    m_ui->reauthWidget->setOfficers(officers ? officers.value() : QList<core::Officer>(), preselect);
    if (!review.isOpen())
        m_ui->messageWidget->showMessage(
            tr("%1 already countersigned this review.").arg(review.countersignedBy.toHtmlEscaped()),
            MessageWidget::Type::Information);
    connect(m_ui->countersignButton, &QPushButton::clicked, this, &CountersignDialog::countersign);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->reauthWidget, &OfficerReauthWidget::changed, this, &CountersignDialog::updateButtons);
    connect(m_ui->reauthWidget, &OfficerReauthWidget::busyChanged, this, &CountersignDialog::updateButtons);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &CountersignDialog::updateButtons);
    updateButtons();
    m_ui->noteEdit->setFocus();
}

CountersignDialog::~CountersignDialog()
{
    // The re-authentication widget reports "not busy" when it is hidden, which happens while the
    // base class destroys the children: by then this is no longer a CountersignDialog to update.
    disconnect(m_ui->reauthWidget, nullptr, this, nullptr);
}

QPushButton* CountersignDialog::countersignButton() const
{
    return m_ui->countersignButton;
}
MessageWidget* CountersignDialog::messageWidget() const
{
    return m_ui->messageWidget;
}
OfficerReauthWidget* CountersignDialog::reauthWidget() const
{
    return m_ui->reauthWidget;
}

void CountersignDialog::updateButtons()
{
    const bool idle = !m_ui->reauthWidget->isBusy();
    m_ui->noteEdit->setReadOnly(!idle);
    m_ui->countersignButton->setEnabled(m_review.isOpen() && idle && m_ui->reauthWidget->hasPassphrase()
        && !m_ui->noteEdit->toPlainText().trimmed().isEmpty());
}

void CountersignDialog::countersign()
{
    if (!m_ui->countersignButton->isEnabled())
        return;
    const QString note = m_ui->noteEdit->toPlainText().trimmed();
    // The passphrase is checked off the GUI thread; the signed write runs here afterwards.
    m_ui->reauthWidget->actAs(m_vault, m_ui->messageWidget, [this, note](const core::OfficerCredential& officer) {
        finish(core::ReviewCountersign::run(m_vault, m_review.id, officer, note));
    });
    updateButtons();
}

void CountersignDialog::finish(core::Result<core::Review> done)
{
    if (!done) {
        // Re-read: another Keyward program may have countersigned it since the dialog opened.
        const auto now = core::ReviewStore(m_vault.database()).byId(m_review.id);
        const bool changed = now && now->has_value() && !(*now)->isOpen();
        const QString why = changed
            ? tr("Review #%1 was changed by another Keyward program since you opened this dialog (it is now "
                 "countersigned by %2). Nothing was changed; review it and try again.")
                  .arg(m_review.id)
                  .arg((*now)->countersignedBy)
            : done.message();
        if (changed)
            m_review = **now;
        m_ui->messageWidget->showMessage(
            tr("<b>Not countersigned.</b> %1").arg(why.toHtmlEscaped()), MessageWidget::Type::Error);
        updateButtons();
        return;
    }
    m_review = std::move(done).value();
    Q_EMIT reviewCountersigned(m_review);
    QDialog::accept();
}

} // namespace keyward::ui
