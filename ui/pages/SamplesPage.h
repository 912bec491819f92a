// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Archived samples (SPEC §6): import files and folders (buttons or drag and drop), run a
// test-decrypt over them in the background on every core with progress, remaining time and
// cancel, and read the latest run: a results table filtered by outcome, kid and folder, a per-kid
// bar chart of outcomes, and each finding in plain words.

#include "pages/Page.h"

#include "samples/SampleStore.h"

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;
class OutcomeChart;
class SampleFilterProxyModel;
class SampleResultModel;

class SamplesPage : public Page {
    Q_OBJECT
public:
    explicit SamplesPage(core::Vault& vault, QWidget* parent = nullptr);
    ~SamplesPage() override;

    void refresh() override;
    bool isBusy() const { return m_busy; }
    // Imports in the background (what the dialogs and a drop end in).
    void importPaths(const QStringList& paths);
    void runTest();
    void cancel();
    // The finding of a sample's latest outcome in plain words.
    static QString plainWords(const core::samples::SampleOutcomeRow& outcome);

Q_SIGNALS:
    void vaultChanged();
    void busyChanged(bool busy);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setBusy(bool busy, const QString& what = QString());
    void showProgress(qint64 done, qint64 total, double secondsLeft);
    void applyFilters();
    void showDetails();

    core::Vault& m_vault;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    MessageWidget* m_message;
    QPushButton* m_importFiles;
    QPushButton* m_importFolder;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QComboBox* m_outcomeFilter;
    QComboBox* m_kidFilter;
    QLineEdit* m_folderFilter;
    SampleResultModel* m_results;
    SampleFilterProxyModel* m_filter;
    QTableView* m_table;
    QLabel* m_details;
    OutcomeChart* m_chart;
    QLabel* m_runLabel;
};

} // namespace keyward::ui
