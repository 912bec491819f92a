// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustTableModel.h"

#include "models/KeyTableModel.h"

#include <QLocale>

namespace keyward::ui::trustmap {

TrustTableModel::TrustTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrustTableModel::setGraph(const TrustGraphData& data)
{
    beginResetModel();
    m_rows.clear();
    for (const GraphEdge& edge : data.edges)
        if (data.nodes[edge.from].kind == NodeKind::Kid && data.nodes[edge.to].kind == NodeKind::Workload)
            m_rows.append({ data.nodes[edge.from], data.nodes[edge.to], edge });
    endResetModel();
}

int TrustTableModel::rowOfKid(int kidNode) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].edge.from == kidNode)
            return row;
    return -1;
}

int TrustTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrustTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrustTableModel::trustText(const GraphEdge& edge)
{
    QString text = edge.declared && edge.observed ? tr("declared and observed")
        : edge.observed                           ? tr("observed only")
                                                  : tr("declared, not observed");
    if (edge.pinned)
        text += tr(", pinned");
    return text;
}

QVariant TrustTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case KidColumn:
            return row.kid.label;
        case SetColumn:
            return row.kid.keySet;
        case StateColumn:
            return role == SortRole ? QVariant(int(row.kid.state))
                                    : QVariant(KeyTableModel::stateText(row.kid.state));
        case WorkloadColumn:
            return row.workload.stale && role == Qt::DisplayRole ? tr("%1 (stale)").arg(row.workload.label)
                                                                 : row.workload.label;
        case TrustColumn:
            return trustText(row.edge);
        case LastSeenColumn:
            if (role == SortRole)
                return row.edge.lastSeen;
            return row.edge.lastSeen.isValid()
                ? QLocale().toString(row.edge.lastSeen.toLocalTime(), QLocale::ShortFormat)
                : tr("never");
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(KeyTableModel::stateBadge(row.kid.state))
                                             : QVariant();
    case Qt::ToolTipRole:
        return index.column() == WorkloadColumn ? row.workload.detail : QString();
    case KidNodeRole:
        return row.edge.from;
    case WorkloadNodeRole:
        return row.edge.to;
    default:
        return {};
    }
}

QVariant TrustTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KidColumn:
        return tr("Kid");
    case SetColumn:
        return tr("Key set");
    case StateColumn:
        return tr("State");
    case WorkloadColumn:
        return tr("Workload");
    case TrustColumn:
        return tr("Trust");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace keyward::ui::trustmap
