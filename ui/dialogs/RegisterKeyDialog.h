// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;

namespace Ui {
class RegisterKeyDialog;
}

namespace keyward::core {
class KeyProvider;
class Vault;
}

namespace keyward::ui {

// Registers a key held elsewhere from its pasted public JWK, JWK Set, SPKI PEM or certificate
// (RegisterPublicKeyCommand). Checked as the officer types; private members never get stored.
class RegisterKeyDialog : public QDialog {
    Q_OBJECT
public:
    RegisterKeyDialog(core::Vault& vault, core::KeyProvider& provider, const QStringList& keySets,
                      QWidget* parent = nullptr);
    ~RegisterKeyDialog() override;

    void setKeySet(const QString& keySet);
    QPushButton* okButton() const;
    QString hint() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void keysRegistered(const QList<core::KeyRecord>& records);

private:
    void validate();

    const std::unique_ptr<Ui::RegisterKeyDialog> m_ui;
    core::Vault& m_vault;
    core::KeyProvider& m_provider;
};

} // namespace keyward::ui
