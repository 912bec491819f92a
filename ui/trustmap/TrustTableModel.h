// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustmap/TrustGraphData.h"

#include <QAbstractTableModel>

namespace keyward::ui::trustmap {

// The graph's facts as rows, for those who prefer a table (and screen readers): one row per kid →
// workload trust, with whether it is declared, observed or pinned and when it was last seen.
class TrustTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KidColumn,
        SetColumn,
        StateColumn,
        WorkloadColumn,
        TrustColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        KidNodeRole, // the kid's node index in the graph
        WorkloadNodeRole,
    };

    explicit TrustTableModel(QObject* parent = nullptr);

    void setGraph(const TrustGraphData& data);
    int rowOfKid(int kidNode) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString trustText(const GraphEdge& edge);

private:
    struct Row {
        GraphNode kid;
        GraphNode workload;
        GraphEdge edge;
    };
    QList<Row> m_rows;
};

} // namespace keyward::ui::trustmap
