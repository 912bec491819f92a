// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ExportEvidenceDialog.h"

#include "AuditReportRenderer.h"
#include "evidence/AuditExport.h"
#include "evidence/JwksExport.h"
#include "keys/KeyStore.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyward::ui {

ExportEvidenceDialog::ExportEvidenceDialog(core::Vault& vault, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_kind(kind)
    , m_pages(new QStackedWidget(this))
    , m_folder(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_error(new MessageWidget(this))
    , m_summary(new QLabel(this))
    , m_files(new QTableWidget(0, 3, this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
{
    setObjectName(QStringLiteral("exportEvidenceDialog"));
    setWindowTitle(kind == Kind::JwksBundle ? tr("Export JWKS bundle") : tr("Export audit evidence"));
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);

    // Page 1: what and where.
    auto* choose = new QWidget(m_pages);
    auto* form = new QFormLayout(choose);
    auto* intro = new QLabel(kind == Kind::JwksBundle
            ? tr("Writes jwks.json (public keys only), jwks.jws signed by the set's bundle-signing key, and "
                 "manifest.json with each file's SHA-256 and the recommended cache lifetime.")
            : tr("Writes audit.jsonl and audit.csv, the signed roster, the officers' signed heads, Merkle proofs, "
                 "report.pdf, a tree head signed by you and manifest.jws. A second officer co-signs the tree head "
                 "afterwards (keyward-cli export cosign)."),
        choose);
    intro->setWordWrap(true);
    form->addRow(intro);
    if (kind == Kind::JwksBundle) {
        m_set = new QComboBox(choose);
        m_set->setObjectName(QStringLiteral("keySetCombo"));
        const core::Result<QList<core::KeySet>> sets = core::KeyStore(vault.database()).keySets();
        if (sets.ok()) {
            for (const core::KeySet& set : *sets)
                m_set->addItem(set.name);
        }
        form->addRow(tr("Key &set:"), m_set);
    } else {
        m_limitRange = new QCheckBox(tr("Only events between"), choose);
        m_limitRange->setObjectName(QStringLiteral("limitRangeCheck"));
        m_from = new QDateTimeEdit(vault.clock().now().addDays(-90), choose);
        m_to = new QDateTimeEdit(vault.clock().now(), choose);
        for (QDateTimeEdit* edit : { m_from, m_to }) {
            edit->setTimeSpec(Qt::UTC);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            edit->setCalendarPopup(true);
            edit->setEnabled(false);
            connect(m_limitRange, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        }
        m_from->setObjectName(QStringLiteral("fromEdit"));
        m_to->setObjectName(QStringLiteral("toEdit"));
        auto* range = new QHBoxLayout();
        range->addWidget(m_limitRange);
        range->addWidget(m_from);
        range->addWidget(new QLabel(tr("and"), choose));
        range->addWidget(m_to);
        form->addRow(tr("Range:"), range);
    }
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("An empty or new folder"));
    auto* browse = new QPushButton(tr("&Browse…"), choose);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto* folderRow = new QHBoxLayout();
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    form->addRow(m_progress);
    m_pages->addWidget(choose);

    // Page 2: what was written.
    auto* result = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(result);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_summary);
    m_files->setObjectName(QStringLiteral("filesTable"));
    m_files->setHorizontalHeaderLabels({ tr("File"), tr("Size"), tr("SHA-256") });
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->verticalHeader()->setVisible(false);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultLayout->addWidget(m_files, 1);
    m_pages->addWidget(result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportEvidenceDialog::runExport);
    layout->addWidget(buttons);
}

void ExportEvidenceDialog::runExport()
{
    m_error->hideMessage();
    const QString dir = m_folder->text().trimmed();
    if (dir.isEmpty()) {
        m_error->showMessage(tr("Choose a folder to export into."), MessageWidget::Type::Warning);
        return;
    }
    m_exportButton->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    if (m_kind == Kind::JwksBundle) {
        core::JwksExport exporter(m_vault, m_set ? m_set->currentText() : QString(), dir);
        const core::Status status = exporter.run();
        m_exportButton->setEnabled(true);
        m_progress->setVisible(false);
        if (!status.ok()) {
            m_error->showMessage(status.message().toHtmlEscaped(), MessageWidget::Type::Error);
            return;
        }
        showResult(dir, exporter.files(),
                   tr("The JWKS bundle of %1 holds %n key(s) and is signed by %2. Publish jwks.json with "
                      "Cache-Control: max-age=%3.", nullptr, int(exporter.bundle().kids.size()))
                       .arg(m_set->currentText(), exporter.bundle().signerKid)
                       .arg(exporter.bundle().maxAgeSecs));
        return;
    }
    core::AuditExport::Options options;
    options.outDir = dir;
    if (m_limitRange->isChecked()) {
        options.from = m_from->dateTime();
        options.to = m_to->dateTime();
    }
    options.renderReport = [](const core::AuditReportData& data) { return report::renderAuditReport(data); };
    // Exports run on the GUI thread (the vault's connection belongs to it); the bar moves between
    // batches of events and input waits until the export ends.
    options.progress = [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    core::AuditExport exporter(m_vault, options);
    const core::Status status = exporter.run();
    m_exportButton->setEnabled(true);
    m_progress->setVisible(false);
    if (!status.ok()) {
        m_error->showMessage(status.message().toHtmlEscaped(), MessageWidget::Type::Error);
        return;
    }
    showResult(dir, exporter.files(),
               tr("%n audit event(s) exported; the tree head covers %1 events. Ask a second officer to co-sign it: "
                  "keyward-cli export cosign \"%2\" --as OTHER", nullptr, int(exporter.eventCount()))
                   .arg(exporter.treeSize())
                   .arg(QDir::toNativeSeparators(dir)));
}

void ExportEvidenceDialog::showResult(const QString& dir, const QList<core::ExportedFile>& files, const QString& summary)
{
    m_summary->setText(summary);
    m_files->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        m_files->setItem(row, 0, new QTableWidgetItem(files[row].name));
        m_files->setItem(row, 1, new QTableWidgetItem(QLocale().formattedDataSize(files[row].size)));
        auto* digest = new QTableWidgetItem(QString::fromLatin1(files[row].sha256Hex));
        digest->setFont(QFont(QStringLiteral("monospace")));
        m_files->setItem(row, 2, digest);
    }
    m_files->resizeColumnsToContents();
    m_pages->setCurrentIndex(1);
    m_exportButton->setVisible(false);
    Q_EMIT exported(dir);
}

} // namespace keyward::ui
