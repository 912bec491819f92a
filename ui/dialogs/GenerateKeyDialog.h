// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/GenerateKeyCommand.h"
#include "keys/KeyRecord.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class GenerateKeyDialog;
}

namespace keyward::core {
class KeyProvider;
class Vault;
}

namespace keyward::ui {

// Generates a key in the vault (SPEC §3). Only sizes and algs Keyward generates are offered (no
// RSA under 2048 bits, no RSA1_5), algs are filtered by use, and the core command's own checks
// run on every change, so OK is disabled with the exact reason. The key pair is made on a worker
// thread (RSA-4096 takes seconds); it is stored on this thread, which owns the database.
class GenerateKeyDialog : public QDialog {
    Q_OBJECT
public:
    GenerateKeyDialog(core::Vault& vault, core::KeyProvider& provider, const QStringList& keySets,
                      QWidget* parent = nullptr);
    ~GenerateKeyDialog() override;

    QPushButton* okButton() const;
    QString hint() const; // why OK is disabled, empty when it is enabled
    bool isBusy() const { return m_busy; }
    void setKeySet(const QString& keySet);

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void keyGenerated(const core::KeyRecord& record);

private:
    core::GenerateKeyCommand::Params params() const;
    void fillAlgs();
    void fillSizes();
    void validate();
    void setBusy(bool busy);

    const std::unique_ptr<Ui::GenerateKeyDialog> m_ui;
    core::Vault& m_vault;
    core::KeyProvider& m_provider;
    bool m_busy = false;
};

} // namespace keyward::ui
