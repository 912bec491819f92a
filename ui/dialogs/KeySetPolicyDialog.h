// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeySetPolicy.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class KeySetPolicyDialog;
}

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// Creates a key set or edits its policy (SPEC §3) through SetKeySetPolicyCommand: cryptoperiod,
// warning windows, maximum token TTL, clock skew, minimum overlap, default environment and the
// bundle signing kid. Says whether saving creates the set or changes it, and who may do that.
class KeySetPolicyDialog : public QDialog {
    Q_OBJECT
public:
    KeySetPolicyDialog(core::Vault& vault, const QString& keySet, QWidget* parent = nullptr);
    ~KeySetPolicyDialog() override;

    QPushButton* okButton() const;
    QString hint() const;
    core::KeySet keySet() const; // what the form says

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void policySaved(const QString& keySet, bool created);

private:
    void loadSet(const QString& name);
    void validate();

    const std::unique_ptr<Ui::KeySetPolicyDialog> m_ui;
    core::Vault& m_vault;
    bool m_exists = false;
};

} // namespace keyward::ui
