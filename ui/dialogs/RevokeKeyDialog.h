// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RevokeKeyDialog;
}

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// Emergency revocation of one key (SPEC §3, §4) through RevokeKeyCommand. The dialog states the
// exact effect before the officer confirms: out of every JWKS at once, no longer primary, never
// reactivated, and a break-glass review a second officer must countersign.
class RevokeKeyDialog : public QDialog {
    Q_OBJECT
public:
    RevokeKeyDialog(core::Vault& vault, const core::KeyRecord& key, QWidget* parent = nullptr);
    ~RevokeKeyDialog() override;

    QPushButton* okButton() const;
    QString hint() const;
    QString effectText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void keyRevoked(const core::KeyRecord& record, qint64 reviewId);
    // The key changed underneath (another Keyward program): nothing was done and the dialog
    // closed; `message` says what changed, for the page's message bar.
    void refusedAsStale(const QString& message);

private:
    void validate();

    const std::unique_ptr<Ui::RevokeKeyDialog> m_ui;
    core::Vault& m_vault;
    core::KeyRecord m_key;
};

} // namespace keyward::ui
