// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trust/WorkloadCommand.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;

namespace trustmap {

// Registers a workload or changes one (SPEC §5) through the same core command as
// `keyward-cli workload add|edit`: the change and its audit event in one transaction. A refused
// change leaves the dialog open with the reason and the vault as it was.
class WorkloadDialog : public QDialog {
    Q_OBJECT
public:
    // `current` set: edit that workload (its name stays); unset: add a new one.
    WorkloadDialog(core::Vault& vault, const std::optional<core::Workload>& current, QWidget* parent = nullptr);
    ~WorkloadDialog() override;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QLineEdit* environmentEdit() const { return m_environment; }
    QLineEdit* setsEdit() const { return m_sets; }
    QLineEdit* kidsEdit() const { return m_kids; }
    QLineEdit* cacheTtlEdit() const { return m_cacheTtl; }
    QComboBox* refreshBox() const { return m_refresh; }
    QLineEdit* tokenTtlEdit() const { return m_tokenTtl; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    MessageWidget* messageWidget() const { return m_message; }
    // The workload as written, after accept().
    const core::Workload& saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    QString readInput(core::WorkloadInput& input) const; // the problem, empty when the fields parse
    QString checkTrustFields(const core::WorkloadInput& input) const;

    core::Vault& m_vault;
    bool m_editing;
    QLineEdit* m_name;
    QLineEdit* m_owner;
    QLineEdit* m_environment;
    QLineEdit* m_sets;
    QLineEdit* m_kids;
    QLineEdit* m_cacheTtl;
    QComboBox* m_refresh;
    QLineEdit* m_tokenTtl;
    QPlainTextEdit* m_notes;
    MessageWidget* m_message;
    QDialogButtonBox* m_buttons;
    core::Workload m_saved;
};

} // namespace trustmap
} // namespace keyward::ui
