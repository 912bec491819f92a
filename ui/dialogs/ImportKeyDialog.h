// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"
#include "keys/NewKeyParams.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class ImportKeyDialog;
}

namespace keyward::core {
class KeyProvider;
class Vault;
}

namespace keyward::ui {

// Imports key files (file dialog or drag-and-drop) through ImportKeyCommand: JWK, JWK Set, PEM,
// encrypted PKCS#8 (asks for the passphrase only when a file needs it) and X.509. A preview lists
// what each file would give, key by key, with the core's refusal reasons; OK imports what passes.
// Files are imported one per event-loop turn with a progress bar, so a hundred files never freeze
// the window; Cancel stops after the current file.
class ImportKeyDialog : public QDialog {
    Q_OBJECT
public:
    ImportKeyDialog(core::Vault& vault, core::KeyProvider& provider, const QStringList& keySets,
                    QWidget* parent = nullptr);
    ~ImportKeyDialog() override;

    void addFiles(const QStringList& paths);
    // For a paste or a test: input that did not come from a file.
    void addData(const QString& name, const QByteArray& data);
    void setKeySet(const QString& keySet);
    QPushButton* okButton() const;
    QString hint() const;
    bool isBusy() const { return m_next >= 0; }
    // Runs the pending validation now instead of after the typing pause.
    void validateNow();

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void importFinished(const QList<core::KeyRecord>& imported, const QStringList& refusals);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Input {
        QString name;
        QByteArray data;
        bool needsPassphrase = false;
    };

    core::NewKeyParams params() const;
    void chooseFiles();
    void inputsChanged();
    void validate();
    void importNext();
    void finish();

    const std::unique_ptr<Ui::ImportKeyDialog> m_ui;
    core::Vault& m_vault;
    core::KeyProvider& m_provider;
    QList<Input> m_inputs;
    QTimer* m_validateTimer;
    int m_next = -1; // the input being imported, -1 when idle
    bool m_cancelled = false;
    QList<core::KeyRecord> m_imported;
    QStringList m_refusals;
};

} // namespace keyward::ui
