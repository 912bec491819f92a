// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class CustodianDutiesDialog;
}

namespace keyward::ui {

// PCI DSS 3.7.8: a key custodian acknowledges their responsibilities on their first unlock.
class CustodianDutiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit CustodianDutiesDialog(const QString& officer, QWidget* parent = nullptr);
    ~CustodianDutiesDialog() override;

    QPushButton* acknowledgeButton() const;

private:
    const std::unique_ptr<Ui::CustodianDutiesDialog> m_ui;
};

} // namespace keyward::ui
