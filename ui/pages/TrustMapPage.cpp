// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TrustMapPage.h"

#include "pages/PageParts.h"
#include "storage/Database.h"
#include "trust/TrustMap.h"
#include "trustmap/RetireReadinessPanel.h"
#include "trustmap/TrustGraphExport.h"
#include "trustmap/TrustGraphScene.h"
#include "trustmap/TrustGraphView.h"
#include "trustmap/TrustLegend.h"
#include "trustmap/TrustMapAdapter.h"
#include "trustmap/TrustTableModel.h"
#include "trustmap/WorkloadDialog.h"
#include "trust/ObservationImport.h"
#include "trust/WorkloadCommand.h"
#include "trust/WorkloadImport.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"
#include "widgets/ThemeColours.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyward::ui {

using namespace trustmap;

namespace {

QAction* makeTrustMapAction(QObject* parent, const char* name, const char* icon, const QString& text,
    const QString& tip, const QKeySequence& shortcut = {})
{
    auto* action
        = new QAction(themedIcon(icon), text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(shortcut.isEmpty()
            ? tip
            : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setShortcut(shortcut);
    return action;
}

// An icon-only button over the graph: the accessible name is the action's text.
QToolButton* iconButton(QAction* action, const char* name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize(QSize(18, 18));
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}

} // namespace

TrustMapPage::TrustMapPage(core::Vault& vault, QWidget* parent)
    : Page(parent)
    , m_vault(vault)
    , m_scene(new TrustGraphScene(this))
    , m_view(new TrustGraphView(m_scene, this))
    , m_tableModel(new TrustTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_readiness(new RetireReadinessPanel(this))
    , m_message(new MessageWidget(this))
    , m_stats(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("trustMapPage"));
    m_message->setObjectName(QStringLiteral("trustMessageBar"));
    m_stats->setObjectName(QStringLiteral("trustStatsLabel"));
    theme::setTone(m_stats, theme::Tone::Muted);
    pageparts::setUpProxy(m_proxy, m_tableModel, TrustTableModel::SortRole);
    m_table = pageparts::tableView("trustTable", m_proxy, TrustTableModel::KidColumn, this);
    m_table->setAccessibleName(tr("Trust map as a table"));

    auto* exportPngAction = makeTrustMapAction(
        this, "exportPngAction", "export", tr("Export &PNG…"), tr("Save the whole map as a PNG picture"));
    auto* exportSvgAction = makeTrustMapAction(
        this, "exportSvgAction", "export", tr("Export &SVG…"), tr("Save the whole map as an SVG drawing"));
    connect(exportPngAction, &QAction::triggered, this, &TrustMapPage::exportPng);
    connect(exportSvgAction, &QAction::triggered, this, &TrustMapPage::exportSvg);
    m_actions = buildEditActions();
    m_actions << exportPngAction << exportSvgAction;
    exportPngAction->setIconText(tr("PNG", "toolbar label of Export PNG"));
    exportSvgAction->setIconText(tr("SVG", "toolbar label of Export SVG"));
    auto* nextMatchAction = new QAction(tr("Next match"), this);
    nextMatchAction->setObjectName(QStringLiteral("nextMatchAction"));
    nextMatchAction->setShortcut(QKeySequence::FindNext);
    connect(nextMatchAction, &QAction::triggered, this, &TrustMapPage::nextMatch);
    addAction(nextMatchAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    auto* header = new QHBoxLayout;
    header->addWidget(pageparts::title(tr("Trust map"), this));
    header->addStretch();
    header->addWidget(m_stats);
    layout->addLayout(header);
    layout->addWidget(m_message);

    m_tabs->setObjectName(QStringLiteral("trustTabs"));
    m_tabs->addTab(buildGraphTab(), tr("&Graph"));
    m_tabs->addTab(m_table, tr("&Table"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("trustSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 800, 300 });
    layout->addWidget(splitter, 1);

    connect(m_scene, &TrustGraphScene::selectedNodeChanged, this, &TrustMapPage::onNodeSelected);
    connect(m_table, &QTableView::activated, this, &TrustMapPage::onTableRowChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { onTableRowChosen(current); });
}

TrustMapPage::~TrustMapPage() = default;

QWidget* TrustMapPage::buildGraphTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    auto* zoomIn
        = makeTrustMapAction(this, "zoomInAction", "zoom-in", tr("Zoom in"), tr("Zoom in"), QKeySequence::ZoomIn);
    auto* zoomOut = makeTrustMapAction(
        this, "zoomOutAction", "zoom-out", tr("Zoom out"), tr("Zoom out"), QKeySequence::ZoomOut);
    auto* fit = makeTrustMapAction(this, "zoomFitAction", "zoom-fit", tr("Fit the whole map"),
        tr("Fit the whole map"), QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction* action : { zoomIn, zoomOut, fit })
        addAction(action); // the shortcuts work while the page is shown
    connect(zoomIn, &QAction::triggered, m_view, &TrustGraphView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &TrustGraphView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &TrustGraphView::fitAll);
    // The graph's context menu (right click, or the Menu key / Shift+F10 on the focused graph)
    // holds every action of the page, so each is reachable from the keyboard.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ zoomIn, zoomOut, fit });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(m_actions);
    bar->addWidget(iconButton(zoomOut, "zoomOutButton", tab));
    bar->addWidget(iconButton(zoomIn, "zoomInButton", tab));
    bar->addWidget(iconButton(fit, "zoomFitButton", tab));
    auto* hint = new QLabel(
        tr("Click a kid to see its blast radius · drag to pan · wheel to zoom · arrows to walk"), tab);
    theme::setTone(hint, theme::Tone::Muted);
    // Wraps instead of widening the page: the map must fit a 1024×700 window beside the side panel.
    hint->setWordWrap(true);
    bar->addSpacing(8);
    bar->addWidget(hint, 1);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    return tab;
}

QWidget* TrustMapPage::buildSidePanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    auto* readiness = new QGroupBox(tr("Retire readiness"), panel);
    auto* readinessLayout = new QVBoxLayout(readiness);
    readinessLayout->addWidget(m_readiness);
    auto* legend = new QGroupBox(tr("Legend"), panel);
    auto* legendLayout = new QVBoxLayout(legend);
    legendLayout->addWidget(new TrustLegend(legend));
    layout->addWidget(readiness, 1);
    layout->addWidget(legend);
    panel->setMinimumWidth(260);
    return panel;
}

QList<QAction*> TrustMapPage::pageActions() const
{
    return m_actions;
}

void TrustMapPage::refresh()
{
    ++m_refreshes;
    // Keep the officer's selection across re-reads: by name, indexes change between snapshots.
    const int selected = m_scene->selectedNode();
    const std::optional<GraphNode> kept
        = selected >= 0 ? std::optional(m_scene->graph().nodes[selected]) : std::nullopt;

    const QDateTime now = m_vault.clock().now();
    auto loaded = core::TrustMapLoader::load(m_vault.database());
    if (!loaded) {
        m_message->showMessage(
            tr("Could not read the trust map: %1").arg(loaded.message()), MessageWidget::Type::Error);
        m_summary = {};
        m_summary.error = loaded.message();
        Q_EMIT summaryChanged();
        return;
    }
    m_map = std::make_shared<const core::TrustMap>(std::move(loaded).value());
    const bool firstLoad = m_scene->graph().nodes.isEmpty();
    m_scene->setGraph(toGraphData(m_map, now));
    m_tableModel->setGraph(m_scene->graph());
    m_table->resizeColumnsToContents(); // measures a sample of rows, not all 50,000
    m_summary = summarize(*m_map, now);
    if (m_map->workloads().isEmpty())
        m_message->showMessage(
            tr("No workload is registered yet. Register them with “Add workload…” or “Import workloads…” "
               "(a CSV/JSON list), then bring in what they use with “Import observations…” — or the "
               "same from “keyward-cli workload” and “keyward-cli observe import”."),
            MessageWidget::Type::Information);
    else
        m_message->hideMessage();
    if (kept) {
        const int again = m_scene->graph().indexOf(kept->kind, kept->label, kept->keySet);
        m_scene->selectNode(again);
        if (again < 0)
            onNodeSelected(-1); // gone from the map (removed): nothing stays selected
    } else {
        onNodeSelected(-1);
    }
    if (firstLoad)
        m_view->showOverview();
    updateStats();
    Q_EMIT summaryChanged();
}

void TrustMapPage::updateStats()
{
    int counts[3] = { 0, 0, 0 };
    for (const GraphNode& node : m_scene->graph().nodes)
        ++counts[TrustGraphData::layerOf(node.kind)];
    QStringList parts { tr("%n key set(s)", nullptr, counts[0]), tr("%n kid(s)", nullptr, counts[1]),
        tr("%n workload(s)", nullptr, counts[2]) };
    if (m_summary.staleCount > 0)
        parts.append(theme::span(theme::Tone::Danger, tr("%n with stale trust", nullptr, m_summary.staleCount)));
    if (m_summary.unconvergedCount > 0)
        parts.append(theme::span(theme::Tone::Warning, tr("%n rotation(s) converging", nullptr, m_summary.unconvergedCount)));
    m_stats->setText(parts.join(QStringLiteral(" · ")));
}

void TrustMapPage::setSearchText(const QString& text)
{
    const QList<int> matches = m_scene->setSearchText(text);
    m_proxy->setFilterFixedString(text.trimmed());
    m_matchCursor = 0;
    if (!matches.isEmpty())
        m_view->centerOnNode(matches.first());
}

void TrustMapPage::nextMatch()
{
    const QList<int>& matches = m_scene->searchMatches();
    if (matches.isEmpty())
        return;
    m_matchCursor = (m_matchCursor + 1) % int(matches.size());
    m_view->centerOnNode(matches[m_matchCursor]);
}

bool TrustMapPage::selectKid(const QString& keySet, const QString& kid)
{
    const int node = m_scene->graph().indexOf(NodeKind::Kid, kid, keySet);
    if (node < 0)
        return false;
    m_scene->selectNode(node);
    m_view->centerOnNode(node);
    return true;
}

void TrustMapPage::onNodeSelected(int node)
{
    const GraphNode* selected = node >= 0 ? &m_scene->graph().nodes[node] : nullptr;
    setSelectedWorkload(selected && selected->kind == NodeKind::Workload ? selected->label : QString());
    if (selected && selected->kind == NodeKind::Kid && m_map)
        m_readiness->showKey(*m_map, selected->source, m_vault.clock().now());
    else
        m_readiness->clear();
    // The table follows the map (without answering back).
    if (m_syncingSelection || !selected || selected->kind != NodeKind::Kid)
        return;
    const int row = m_tableModel->rowOfKid(node);
    if (row < 0)
        return;
    m_syncingSelection = true;
    const QModelIndex index = m_proxy->mapFromSource(m_tableModel->index(row, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
    m_syncingSelection = false;
}

void TrustMapPage::onTableRowChosen(const QModelIndex& index)
{
    if (m_syncingSelection || !index.isValid())
        return;
    m_syncingSelection = true;
    const int node = index.data(TrustTableModel::KidNodeRole).toInt();
    m_scene->selectNode(node);
    m_view->centerOnNode(node);
    m_syncingSelection = false;
    // A row is one (kid, workload) pair: its workload is the one Edit and Remove act on.
    const int workload = index.data(TrustTableModel::WorkloadNodeRole).toInt();
    const auto& nodes = m_scene->graph().nodes;
    if (workload >= 0 && workload < nodes.size() && nodes[workload].kind == NodeKind::Workload)
        setSelectedWorkload(nodes[workload].label);
}

QString TrustMapPage::exportTo(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return trustmap::exportPng(*m_scene, path);
    if (suffix == QLatin1String("svg"))
        return trustmap::exportSvg(
            *m_scene, path, tr("Keyward trust map — %1").arg(QDir(m_vault.location().dir).dirName()));
    return tr("Choose a file name ending in .png or .svg.");
}

void TrustMapPage::exportWithDialog(const QString& suffix, const QString& filter)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("trust-map.") + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the trust map"), start, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const QString error = exportTo(path);
    if (error.isEmpty())
        m_message->showMessage(tr("Saved the trust map to %1.").arg(QDir::toNativeSeparators(path)),
            MessageWidget::Type::Positive);
    else
        m_message->showMessage(error, MessageWidget::Type::Error);
}

void TrustMapPage::exportPng()
{
    exportWithDialog(QStringLiteral("png"), tr("PNG pictures (*.png)"));
}

void TrustMapPage::exportSvg()
{
    exportWithDialog(QStringLiteral("svg"), tr("SVG drawings (*.svg)"));
}

// --- Changing the map: workloads and observations (the core commands the CLI runs) ---

QList<QAction*> TrustMapPage::buildEditActions()
{
    auto* importObservationsAction = makeTrustMapAction(this, "importObservationsAction", "refresh",
        tr("Import &observations…"), tr("Import which workloads used which kids (CSV or JSON Lines)"));
    auto* addAction = makeTrustMapAction(
        this, "addWorkloadAction", "add-officer", tr("&Add workload…"), tr("Register a workload and what it trusts"));
    m_editWorkloadAction = makeTrustMapAction(this, "editWorkloadAction", "trustmap", tr("&Edit workload…"),
        tr("Change the workload selected in the graph or the table"));
    m_removeWorkloadAction = makeTrustMapAction(this, "removeWorkloadAction", "close", tr("&Remove workload…"),
        tr("Remove the selected workload and its observations"));
    auto* importWorkloadsAction = makeTrustMapAction(this, "importWorkloadsAction", "refresh", tr("Import &workloads…"),
        tr("Register workloads from a CSV or JSON file: all or nothing"));
    // Seven actions beside the search do not fit a 1024-pixel toolbar with their full texts: the
    // toolbar shows a short label (iconText), the Actions menu and the context menu the full text,
    // the tooltip says what each does.
    importObservationsAction->setIconText(tr("Observations", "toolbar label of Import observations"));
    addAction->setIconText(tr("Add", "toolbar label of Add workload"));
    m_editWorkloadAction->setIconText(tr("Edit", "toolbar label of Edit workload"));
    m_removeWorkloadAction->setIconText(tr("Remove", "toolbar label of Remove workload"));
    importWorkloadsAction->setIconText(tr("Workloads", "toolbar label of Import workloads"));
    connect(importObservationsAction, &QAction::triggered, this, &TrustMapPage::importObservations);
    connect(addAction, &QAction::triggered, this, &TrustMapPage::addWorkload);
    connect(m_editWorkloadAction, &QAction::triggered, this, &TrustMapPage::editWorkload);
    connect(m_removeWorkloadAction, &QAction::triggered, this, &TrustMapPage::removeWorkload);
    connect(importWorkloadsAction, &QAction::triggered, this, &TrustMapPage::importWorkloads);
    setSelectedWorkload({});
    return { importObservationsAction, addAction, m_editWorkloadAction, m_removeWorkloadAction, importWorkloadsAction };
}

void TrustMapPage::setSelectedWorkload(const QString& name)
{
    m_selectedWorkload = name;
    m_editWorkloadAction->setEnabled(!name.isEmpty());
    m_removeWorkloadAction->setEnabled(!name.isEmpty());
}

void TrustMapPage::afterChange(const QString& message)
{
    // The window re-reads every page (this one too) when it listens; alone, the page re-reads.
    const int before = m_refreshes;
    Q_EMIT vaultChanged();
    if (m_refreshes == before)
        refresh();
    m_message->showMessage(message, MessageWidget::Type::Positive);
}

void TrustMapPage::addWorkload()
{
    WorkloadDialog dialog(m_vault, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Registered workload %1.").arg(dialog.saved().name.toHtmlEscaped()));
}

void TrustMapPage::editWorkload()
{
    if (m_selectedWorkload.isEmpty())
        return;
    const QString name = m_selectedWorkload;
    core::Result<std::optional<core::Workload>> current = core::WorkloadStore(m_vault.database()).byName(name);
    if (!current.ok() || !current->has_value()) {
        m_message->showMessage(current.ok() ? tr("Workload %1 is no longer registered.").arg(name.toHtmlEscaped())
                                            : current.message().toHtmlEscaped(),
            MessageWidget::Type::Error);
        return;
    }
    WorkloadDialog dialog(m_vault, **current, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Saved workload %1.").arg(name.toHtmlEscaped()));
}

void TrustMapPage::removeWorkload()
{
    if (m_selectedWorkload.isEmpty())
        return;
    const QString name = m_selectedWorkload;
    QMessageBox confirm(QMessageBox::Warning, tr("Remove workload"),
        tr("Remove workload %1 and everything observed about it? Its trust no longer counts for the blast "
           "radius or for the retirement gate.")
            .arg(name),
        QMessageBox::Cancel, this);
    QPushButton* remove = confirm.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != static_cast<QAbstractButton*>(remove))
        return;
    if (const core::Status removed = core::WorkloadCommand::remove(m_vault, name); !removed.ok()) {
        m_message->showMessage(tr("<b>Workload %1 was not removed.</b> %2")
                                   .arg(name.toHtmlEscaped(), removed.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        return;
    }
    afterChange(tr("Removed workload %1 and its observations.").arg(name.toHtmlEscaped()));
}

QString TrustMapPage::chooseFileToImport(const QString& title)
{
    return QFileDialog::getOpenFileName(this, title,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV or JSON files (*.csv *.json *.jsonl *.ndjson *.log *.txt);;All files (*)"));
}

namespace {

// The first few per-line problems of an import, as HTML lines.
QString lineReport(const QList<core::ImportLineError>& errors, const QString& file)
{
    constexpr int kShown = 10;
    QStringList lines;
    for (int i = 0; i < errors.size() && i < kShown; ++i)
        lines.append(TrustMapPage::tr("%1, line %2: %3")
                         .arg(file.toHtmlEscaped())
                         .arg(errors[i].line)
                         .arg(errors[i].message.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

void TrustMapPage::importObservations()
{
    const QString path = chooseFileToImport(tr("Import observations"));
    if (!path.isEmpty())
        importObservationsFrom(path);
}

void TrustMapPage::importObservationsFrom(const QString& path)
{
    // importFile reads the vault at the start and writes it at the end, and the vault's connection
    // belongs to this thread: it runs here, the window kept alive between its windows of the file.
    QProgressDialog progress(tr("Reading observations from %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
        1000, this);
    progress.setObjectName(QStringLiteral("observationProgress"));
    progress.setWindowTitle(tr("Import observations"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    const auto onProgress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    Q_EMIT busyChanged(true);
    core::Result<core::ObservationImportReport> report = core::ObservationImport::importFile(m_vault, path, onProgress);
    Q_EMIT busyChanged(false);
    progress.reset();
    const QString file = QFileInfo(path).fileName();
    if (!report.ok()) {
        m_message->showMessage(report.code() == core::ErrorCode::Cancelled
                ? tr("Import of %1 cancelled: nothing was added.").arg(file.toHtmlEscaped())
                : tr("<b>%1 was not imported.</b> %2").arg(file.toHtmlEscaped(), report.message().toHtmlEscaped()),
            report.code() == core::ErrorCode::Cancelled ? MessageWidget::Type::Information : MessageWidget::Type::Error);
        return;
    }
    if (report->alreadyImported) {
        m_message->showMessage(
            tr("%1 was imported before: nothing was added.").arg(file.toHtmlEscaped()), MessageWidget::Type::Information);
        return;
    }
    QString text = tr("Imported %1: %n line(s) read", nullptr, int(std::min<qint64>(report->lines, INT_MAX)))
                       .arg(file.toHtmlEscaped())
        + tr(", %n observation(s) accepted", nullptr, int(std::min<qint64>(report->accepted, INT_MAX)))
        + tr(", %n workload–kid pair(s)", nullptr, int(std::min<qint64>(report->pairs, INT_MAX)))
        + tr(", %n line(s) skipped.", nullptr, int(std::min<qint64>(report->errorCount, INT_MAX)));
    if (!report->errors.isEmpty())
        text += QStringLiteral("<br>") + lineReport(report->errors, file);
    afterChange(text);
    if (report->errorCount > 0)
        m_message->showMessage(text, MessageWidget::Type::Warning);
}

void TrustMapPage::importWorkloads()
{
    const QString path = chooseFileToImport(tr("Import workloads"));
    if (!path.isEmpty())
        importWorkloadsFrom(path);
}

void TrustMapPage::importWorkloadsFrom(const QString& path)
{
    constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024; // as `keyward-cli workload import`
    const QString file = QFileInfo(path).fileName();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        m_message->showMessage(
            tr("Cannot read %1: %2").arg(file.toHtmlEscaped(), input.errorString().toHtmlEscaped()),
            MessageWidget::Type::Error);
        return;
    }
    if (input.size() > kMaxImportBytes) {
        m_message->showMessage(tr("%1 is larger than 64 MiB.").arg(file.toHtmlEscaped()), MessageWidget::Type::Error);
        return;
    }
    core::Result<core::WorkloadImportReport> report = core::WorkloadImport::importData(m_vault, input.readAll());
    if (!report.ok()) {
        m_message->showMessage(
            tr("<b>%1 was not imported.</b> %2").arg(file.toHtmlEscaped(), report.message().toHtmlEscaped()),
            MessageWidget::Type::Error);
        return;
    }
    if (!report->errors.isEmpty()) {
        m_message->showMessage(
            tr("<b>Nothing was imported: %n line(s) need fixing.</b>", nullptr, int(report->errors.size()))
                + QStringLiteral("<br>") + lineReport(report->errors, file),
            MessageWidget::Type::Error);
        return;
    }
    afterChange(tr("Imported %n workload(s) from %1.", nullptr, int(report->imported.size())).arg(file.toHtmlEscaped()));
}

} // namespace keyward::ui
