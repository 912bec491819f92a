// SPDX-License-Identifier: GPL-3.0-or-later
#include "SamplesPage.h"

#include "BackgroundTask.h"
#include "samples/OutcomeChart.h"
#include "samples/SampleFilterProxyModel.h"
#include "samples/SampleResultModel.h"
#include "widgets/MessageWidget.h"

#include "samples/SampleImporter.h"
#include "samples/SampleTestRun.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

using namespace keyward::core;
using namespace keyward::core::samples;

SamplesPage::SamplesPage(Vault& vault, QWidget* parent)
    : Page(parent), m_vault(vault), m_message(new MessageWidget(this)), m_importFiles(new QPushButton(tr("Import files…"), this)),
      m_importFolder(new QPushButton(tr("Import folder…"), this)), m_run(new QPushButton(tr("Run test-decrypt"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_eta(new QLabel(this)),
      m_outcomeFilter(new QComboBox(this)), m_kidFilter(new QComboBox(this)), m_folderFilter(new QLineEdit(this)),
      m_results(new SampleResultModel(this)), m_filter(new SampleFilterProxyModel(this)), m_table(new QTableView(this)), m_details(new QLabel(this)), m_chart(new OutcomeChart(this)), m_runLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("samplesPage"));
    setAcceptDrops(true);
    m_message->setObjectName(QStringLiteral("samplesMessage"));
    m_message->hideMessage();
    m_importFiles->setObjectName(QStringLiteral("importFilesButton"));
    m_importFolder->setObjectName(QStringLiteral("importFolderButton"));
    m_run->setObjectName(QStringLiteral("runTestButton"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_eta->setObjectName(QStringLiteral("runRemaining"));
    m_outcomeFilter->setObjectName(QStringLiteral("outcomeFilter"));
    m_kidFilter->setObjectName(QStringLiteral("kidFilter"));
    m_folderFilter->setObjectName(QStringLiteral("folderFilter"));
    m_table->setObjectName(QStringLiteral("samplesTable"));
    m_details->setObjectName(QStringLiteral("sampleDetails"));
    m_runLabel->setObjectName(QStringLiteral("runSummary"));
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_folderFilter->setPlaceholderText(tr("Folder contains…"));
    m_folderFilter->setAccessibleName(tr("Filter by folder"));
    m_outcomeFilter->setAccessibleName(tr("Filter by outcome"));
    m_kidFilter->setAccessibleName(tr("Filter by kid"));
    m_table->setAccessibleName(tr("Archived samples and their outcomes"));
    m_details->setWordWrap(true);
    m_runLabel->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_outcomeFilter->addItem(tr("All outcomes"), QString());
    m_outcomeFilter->addItem(SampleResultModel::notTestedText(), QStringLiteral("-"));
    for (SampleOutcome o : allSampleOutcomes())
        m_outcomeFilter->addItem(sampleOutcomeName(o), sampleOutcomeName(o));

    m_filter->setSourceModel(m_results);
    m_table->setModel(m_filter);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Fixed row heights and column widths: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(SampleResultModel::FileColumn, 200);
    m_table->setColumnWidth(SampleResultModel::KidColumn, 130);
    m_table->setColumnWidth(SampleResultModel::AlgColumn, 130);
    m_table->setColumnWidth(SampleResultModel::EncColumn, 100);
    m_table->setColumnWidth(SampleResultModel::OutcomeColumn, 120);

    auto* actions = new QHBoxLayout();
    actions->addWidget(m_importFiles);
    actions->addWidget(m_importFolder);
    actions->addSpacing(12);
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_eta);
    actions->addStretch();
    auto* filters = new QHBoxLayout();
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_outcomeFilter);
    filters->addWidget(m_kidFilter);
    filters->addWidget(m_folderFilter, 1);
    auto* summary = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_runLabel);
    summaryLayout->addWidget(m_chart);
    summaryLayout->addWidget(m_details);
    summaryLayout->addStretch();
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* tableSide = new QWidget(splitter);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    splitter->addWidget(tableSide);
    splitter->addWidget(summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 380});
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Archived samples</h2>Test-decrypt archived JWE payloads with the vault's keys, chosen by kid, before a key "
                                "is retired or destroyed. Drop files or folders here to import them."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_importFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import JWE samples"));
        if (!files.isEmpty())
            importPaths(files);
    });
    connect(m_importFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of JWE samples"));
        if (!folder.isEmpty())
            importPaths({folder});
    });
    connect(m_run, &QPushButton::clicked, this, &SamplesPage::runTest);
    connect(m_cancel, &QPushButton::clicked, this, &SamplesPage::cancel);
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, &SamplesPage::applyFilters);
    connect(m_kidFilter, &QComboBox::currentIndexChanged, this, &SamplesPage::applyFilters);
    connect(m_folderFilter, &QLineEdit::textChanged, this, &SamplesPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SamplesPage::showDetails);
    refresh();
}

SamplesPage::~SamplesPage()
{
    // A run still going in the background stops at its next sample.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

QString SamplesPage::plainWords(const SampleOutcomeRow& o)
{
    switch (o.outcome) {
    case SampleOutcome::Ok:
        return tr("Decrypts with %1.").arg(o.kid);
    case SampleOutcome::KeyRetired:
        return tr("Decrypts, but only with %1, which is retired: re-wrap it to the successor key.").arg(o.kid);
    case SampleOutcome::KeyRevoked:
        return tr("Decrypts with %1, which was revoked: presume its content exposed.").arg(o.kid);
    default:
        return o.detail;
    }
}

void SamplesPage::refresh()
{
    if (m_busy)
        return;
    SampleStore store(m_vault.database());
    Result<QList<SampleRow>> samples = store.select(SampleSelection(), false);
    Result<QList<SampleRun>> runs = store.runs();
    if (!samples.ok() || !runs.ok()) {
        m_message->showMessage(samples.ok() ? runs.message() : samples.message(), MessageWidget::Type::Error);
        return;
    }
    QHash<qint64, SampleOutcomeRow> latest;
    if (!runs->isEmpty()) {
        const SampleRun& run = runs->first();
        Result<QList<SampleOutcomeRow>> outcomes = store.outcomes(run.id);
        if (outcomes.ok()) {
            for (const SampleOutcomeRow& o : std::as_const(*outcomes))
                latest.insert(o.sampleId, o);
        } else {
            // A run that is not what the signed log says is an alarm, not an empty table.
            m_message->showMessage(outcomes.message(), MessageWidget::Type::Error);
        }
        QString notes;
        if (run.partial)
            notes += tr(" (cancelled: partial run)");
        if (!run.sealed)
            notes += tr(" (stored before runs were sealed by the audit log: no gate counts it)");
        m_runLabel->setText(tr("<b>Run %1</b> by %2, %3 — %4 of %5 samples tested%6.")
                                .arg(run.id)
                                .arg(run.officer.toHtmlEscaped(), QLocale().toString(run.finishedAt.toLocalTime(), QLocale::ShortFormat))
                                .arg(latest.size())
                                .arg(run.selected)
                                .arg(notes));
    } else {
        m_runLabel->setText(tr("No test run yet."));
    }
    QList<SampleResultRow> rows;
    rows.reserve(samples->size());
    QMap<QString, QMap<QString, int>> chart;
    QSet<QString> kidSet;
    for (const SampleRow& s : std::as_const(*samples)) {
        SampleResultRow row;
        row.sample = s;
        auto it = latest.constFind(s.id);
        row.tested = it != latest.constEnd();
        if (row.tested) {
            row.outcome = *it;
            chart[row.outcome.kid][sampleOutcomeName(row.outcome.outcome)] += 1;
        }
        for (const QString& kid : s.summary.kids)
            kidSet.insert(kid);
        rows.append(std::move(row));
    }
    m_chart->setCounts(chart);
    QStringList kids(kidSet.begin(), kidSet.end());
    kids.sort();
    const QString currentKid = m_kidFilter->currentData().toString();
    m_kidFilter->blockSignals(true);
    m_kidFilter->clear();
    m_kidFilter->addItem(tr("All kids"), QString());
    for (const QString& kid : std::as_const(kids))
        m_kidFilter->addItem(kid, kid);
    m_kidFilter->setCurrentIndex(std::max(0, m_kidFilter->findData(currentKid)));
    m_kidFilter->blockSignals(false);
    m_run->setEnabled(!rows.isEmpty());
    m_details->clear();
    m_results->setRows(std::move(rows));
    applyFilters();
}

void SamplesPage::applyFilters()
{
    const QString outcome = m_outcomeFilter->currentData().toString();
    if (outcome.isEmpty())
        m_filter->setOutcomeFilter(SampleFilterProxyModel::OutcomeFilter::Any);
    else if (outcome == QLatin1String("-"))
        m_filter->setOutcomeFilter(SampleFilterProxyModel::OutcomeFilter::NotTested);
    else
        m_filter->setOutcomeFilter(SampleFilterProxyModel::OutcomeFilter::Outcome, sampleOutcomeFromName(outcome).value_or(SampleOutcome::Ok));
    m_filter->setKidFilter(m_kidFilter->currentData().toString());
    m_filter->setFolderFilter(m_folderFilter->text());
}

void SamplesPage::showDetails()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_details->clear();
        return;
    }
    const SampleResultRow& row = m_results->rowAt(m_filter->mapToSource(selected.first()).row());
    QString text = tr("<b>%1</b><br>%2 bytes, %3 serialization, SHA-256 %4")
                       .arg(row.sample.sourcePath.toHtmlEscaped())
                       .arg(row.sample.size)
                       .arg(row.sample.summary.serialization, row.sample.digest.left(16) + QStringLiteral("…"));
    if (row.tested) {
        text += QStringLiteral("<br><br>") + plainWords(row.outcome).toHtmlEscaped();
        if (sampleDecrypts(row.outcome.outcome))
            text += tr("<br>Plaintext: %1 bytes, SHA-256 %2 (the plaintext itself is never kept or shown).")
                        .arg(row.outcome.plaintextLength)
                        .arg(row.outcome.plaintextSha256.left(16) + QStringLiteral("…"));
    }
    m_details->setText(text);
}

void SamplesPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_importFiles->setEnabled(!busy);
    m_importFolder->setEnabled(!busy);
    m_run->setEnabled(!busy && m_results->rowCount() > 0);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_eta->setText(what);
    Q_EMIT busyChanged(busy);
}

void SamplesPage::showProgress(qint64 done, qint64 total, double secondsLeft)
{
    if (!m_busy)
        return;
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    if (secondsLeft >= 0)
        m_eta->setText(tr("%1 of %2 — about %3 s left").arg(done).arg(total).arg(qRound(secondsLeft)));
    else
        m_eta->setText(tr("%1 of %2").arg(done).arg(total));
}

void SamplesPage::importPaths(const QStringList& paths)
{
    if (m_busy || paths.isEmpty())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto importer = std::make_shared<SampleImporter>(m_vault);
    importer->setCancelFlag(m_cancelFlag.get());
    QPointer<SamplesPage> self(this);
    importer->setProgress([self](int done, int total) {
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (self)
                self->showProgress(done, total, -1);
        }, Qt::QueuedConnection);
    });
    auto read = std::make_shared<Result<std::shared_ptr<SampleImporter::Read>>>(Error());
    auto flag = m_cancelFlag; // kept alive for the background work
    setBusy(true, tr("Reading sample files…"));
    // Reading and parsing off the GUI thread; the vault's connection is used only here, after.
    runInBackground(this, [importer, read, paths, flag] { *read = importer->read(paths); },
                    [this, importer, read] {
                        setBusy(false);
                        Result<SampleImportReport> report = read->ok() ? importer->store(***read) : Result<SampleImportReport>(read->error());
                        if (!report.ok()) {
                            m_message->showMessage(report.message(), report.code() == ErrorCode::Cancelled ? MessageWidget::Type::Information
                                                                                                          : MessageWidget::Type::Error);
                        } else {
                            QString text = tr("Imported %n new sample(s); files read: %1, duplicates: %2.", nullptr, int(report->added))
                                               .arg(report->files)
                                               .arg(report->duplicates);
                            for (const SampleImportProblem& p : std::as_const(report->problems))
                                text += QLatin1Char('\n') + tr("Skipped %1: %2").arg(p.path, p.reason);
                            m_message->showMessage(text, report->problems.isEmpty() ? MessageWidget::Type::Positive : MessageWidget::Type::Warning);
                            Q_EMIT vaultChanged();
                        }
                        refresh();
                    });
}

void SamplesPage::runTest()
{
    if (m_busy)
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto run = std::make_shared<SampleTestRun>(m_vault);
    run->setCancelFlag(m_cancelFlag.get());
    QPointer<SamplesPage> self(this);
    run->setProgress([self](qint64 done, qint64 total, double left) {
        QMetaObject::invokeMethod(self, [self, done, total, left] {
            if (self)
                self->showProgress(done, total, left);
        }, Qt::QueuedConnection);
    });
    Result<std::shared_ptr<SampleTestRun::Work>> work = run->prepare(SampleSelection());
    if (!work.ok()) {
        m_message->showMessage(work.message(), MessageWidget::Type::Error);
        return;
    }
    auto prepared = *work;
    auto flag = m_cancelFlag;
    setBusy(true, tr("Starting…"));
    // Decrypting on every core off the GUI thread; storing the run back here.
    runInBackground(this, [run, prepared, flag] { run->decrypt(*prepared); },
                    [this, run, prepared] {
                        setBusy(false);
                        Result<SampleRunResult> result = run->store(*prepared);
                        if (!result.ok()) {
                            m_message->showMessage(result.message(), MessageWidget::Type::Error);
                        } else {
                            const int ok = result->run.summary.value(QStringLiteral("ok"));
                            const int tested = int(result->outcomes.size());
                            m_message->showMessage(result->run.partial ? tr("Run %1 cancelled: %2 of %3 samples tested and kept as a partial run.")
                                                                             .arg(result->run.id)
                                                                             .arg(tested)
                                                                             .arg(result->run.selected)
                                                                       : tr("Run %1: %2 of %3 samples decrypt with a current key.")
                                                                             .arg(result->run.id)
                                                                             .arg(ok)
                                                                             .arg(tested),
                                                   ok == tested ? MessageWidget::Type::Positive : MessageWidget::Type::Warning);
                            Q_EMIT vaultChanged();
                        }
                        refresh();
                    });
}

void SamplesPage::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void SamplesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_busy && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void SamplesPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace keyward::ui
