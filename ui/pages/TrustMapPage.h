// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"
#include "trustmap/TrustSummary.h"

#include <memory>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace keyward::core {
class TrustMap;
class Vault;
} // namespace keyward::core

namespace keyward::ui {

class MessageWidget;

namespace trustmap {
class RetireReadinessPanel;
class TrustGraphScene;
class TrustGraphView;
class TrustTableModel;
} // namespace trustmap

// The trust map (SPEC §5, §11): key sets → kids → workloads as a layered graph, edges declared
// (solid) or observed (dashed); a click on a kid shows its blast radius and, beside the map,
// whether it may be retired and what still blocks it. The same facts as a table, a legend,
// search (the window's Ctrl+F), zoom and pan, and export as PNG or SVG.
class TrustMapPage : public Page {
    Q_OBJECT
public:
    explicit TrustMapPage(core::Vault& vault, QWidget* parent = nullptr);
    ~TrustMapPage() override;

    QList<QAction*> pageActions() const override;
    bool isSearchable() const override { return true; }
    void setSearchText(const QString& text) override;
    void refresh() override;

    trustmap::TrustGraphScene* scene() const { return m_scene; }
    trustmap::TrustGraphView* view() const { return m_view; }
    trustmap::TrustTableModel* tableModel() const { return m_tableModel; }
    trustmap::RetireReadinessPanel* readinessPanel() const { return m_readiness; }
    MessageWidget* messageWidget() const { return m_message; }
    const trustmap::TrustSummary& summary() const { return m_summary; }
    // Selects and shows the kid; false when the map has no such kid.
    bool selectKid(const QString& keySet, const QString& kid);
    // The workload chosen in the graph or the table; empty when none is.
    QString selectedWorkload() const { return m_selectedWorkload; }
    // Imports a file without asking for it (the actions ask, then call these); the report goes to
    // the message bar.
    void importObservationsFrom(const QString& path);
    void importWorkloadsFrom(const QString& path);
    // Writes the whole map to `path`, PNG or SVG by its suffix; the error message, empty on success.
    QString exportTo(const QString& path);

public Q_SLOTS:
    void exportPng();
    void exportSvg();
    void nextMatch();
    void addWorkload();
    void editWorkload();
    void removeWorkload();
    void importObservations();
    void importWorkloads();

Q_SIGNALS:
    // The snapshot was re-read (the Overview and the badge follow).
    void summaryChanged();
    // The page changed the vault (workloads, observations): the other pages re-read it.
    void vaultChanged();
    // An import runs on this thread with the window kept alive by processEvents: the window holds
    // auto-lock meanwhile (locking would delete the vault under the import).
    void busyChanged(bool busy);

private:
    QWidget* buildGraphTab();
    QWidget* buildSidePanel();
    void onNodeSelected(int node);
    void onTableRowChosen(const QModelIndex& index);
    void updateStats();
    void exportWithDialog(const QString& suffix, const QString& filter);
    QList<QAction*> buildEditActions();
    void setSelectedWorkload(const QString& name);
    QString chooseFileToImport(const QString& title);
    void afterChange(const QString& message);

    core::Vault& m_vault;
    std::shared_ptr<const core::TrustMap> m_map;
    trustmap::TrustSummary m_summary;
    trustmap::TrustGraphScene* m_scene;
    trustmap::TrustGraphView* m_view;
    trustmap::TrustTableModel* m_tableModel;
    QSortFilterProxyModel* m_proxy;
    trustmap::RetireReadinessPanel* m_readiness;
    MessageWidget* m_message;
    QLabel* m_stats;
    QTabWidget* m_tabs;
    QTableView* m_table;
    QList<QAction*> m_actions;
    QAction* m_editWorkloadAction = nullptr;
    QAction* m_removeWorkloadAction = nullptr;
    QString m_selectedWorkload;
    int m_refreshes = 0; // counts re-reads, so a change re-reads once whoever listens
    int m_matchCursor = 0;
    bool m_syncingSelection = false;
};

} // namespace keyward::ui
