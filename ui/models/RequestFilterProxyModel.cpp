// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RequestFilterProxyModel.h"

#include "models/RequestTableModel.h"

namespace keyward::ui {

RequestFilterProxyModel::RequestFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RequestFilterProxyModel::setRequestModel(RequestTableModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void RequestFilterProxyModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    invalidateRowsFilter();
}

void RequestFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool RequestFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    switch (m_view) {
    case View::WaitingForMe:
        if (!m_model->isWaitingForMe(sourceRow))
            return false;
        break;
    case View::Mine:
        if (!m_model->isMine(sourceRow))
            return false;
        break;
    case View::History:
        if (!m_model->isHistory(sourceRow))
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    const core::Request& request = m_model->requestAt(sourceRow);
    for (const QString& text :
        { request.subject, request.keySet, request.requester, request.reason, QString::number(request.id),
            m_model->index(sourceRow, RequestTableModel::SummaryColumn).data().toString(),
            m_model->index(sourceRow, RequestTableModel::KindColumn).data().toString() }) {
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace keyward::ui
