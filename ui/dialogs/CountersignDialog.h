// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "keys/ReviewStore.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class CountersignDialog;
}

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;
class OfficerReauthWidget;

// A second officer countersigns a break-glass or offboarding review (SPEC §4): they choose
// themself, type their own passphrase and a note; ReviewCountersign signs and records it.
// Refusals (the opener, a missing role, already countersigned) are the core's, shown inline.
class CountersignDialog : public QDialog {
    Q_OBJECT
public:
    CountersignDialog(core::Vault& vault, const core::Review& review, QWidget* parent = nullptr);
    ~CountersignDialog() override;

    QPushButton* countersignButton() const;
    MessageWidget* messageWidget() const;
    OfficerReauthWidget* reauthWidget() const;

public Q_SLOTS:
    void countersign();

Q_SIGNALS:
    void reviewCountersigned(const core::Review& review);

private:
    void updateButtons();
    void finish(core::Result<core::Review> done);

    const std::unique_ptr<Ui::CountersignDialog> m_ui;
    core::Vault& m_vault;
    core::Review m_review;
};

} // namespace keyward::ui
