// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Export JWKS bundle…" and "Export audit evidence…" (SPEC §7, issue #15): choose the key set or
// the time range and a folder, export with progress, then a result page listing every file with
// its SHA-256 — what the officer hands over, and what `sha256sum` will show the auditor.

#include "evidence/EvidenceFiles.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;

class ExportEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { JwksBundle, AuditEvidence };
    ExportEvidenceDialog(core::Vault& vault, Kind kind, QWidget* parent = nullptr);

    QPushButton* exportButton() const { return m_exportButton; }
    QTableWidget* filesTable() const { return m_files; }

Q_SIGNALS:
    void exported(const QString& dir);

private:
    void runExport();
    void showResult(const QString& dir, const QList<core::ExportedFile>& files, const QString& summary);

    core::Vault& m_vault;
    Kind m_kind;
    QStackedWidget* m_pages;
    QComboBox* m_set = nullptr;
    QCheckBox* m_limitRange = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_folder;
    QProgressBar* m_progress;
    MessageWidget* m_error;
    QLabel* m_summary;
    QTableWidget* m_files;
    QPushButton* m_exportButton;
};

} // namespace keyward::ui
