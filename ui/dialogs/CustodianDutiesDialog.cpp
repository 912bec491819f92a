// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CustodianDutiesDialog.h"
#include "widgets/ThemeColours.h"
#include "ui_CustodianDutiesDialog.h"

#include <QPushButton>

namespace keyward::ui {

CustodianDutiesDialog::CustodianDutiesDialog(const QString& officer, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustodianDutiesDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("<b>Welcome, %1.</b> This is your first unlock. As an officer of this vault "
                                 "you are a key custodian; before you continue, please confirm your duties:")
                                  .arg(officer.toHtmlEscaped()));
    theme::setTone(m_ui->recordLabel, theme::Tone::Muted);
    QPushButton* ok = acknowledgeButton();
    ok->setObjectName(QStringLiteral("acknowledgeButton"));
    ok->setText(tr("&Acknowledge"));
    ok->setEnabled(false);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("declineButton"));
    cancel->setText(tr("&Lock the vault"));
    connect(m_ui->acceptCheck, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CustodianDutiesDialog::~CustodianDutiesDialog() = default;

QPushButton* CustodianDutiesDialog::acknowledgeButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

} // namespace keyward::ui
