// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RequestTableModel.h"

#include "RequestPresenter.h"
#include "requests/RequestEngine.h"

#include <QFont>

namespace keyward::ui {

RequestTableModel::RequestTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString RequestTableModel::reload(
    const core::RequestEngine& engine, const QString& officer, const QDateTime& now)
{
    auto all = engine.list();
    core::RequestFilter waitingFilter;
    waitingFilter.awaitingOfficer = officer;
    auto waiting = engine.list(waitingFilter);
    beginResetModel();
    m_officer = officer;
    m_now = now;
    m_requests = all ? all.value() : QList<core::Request>();
    m_waiting.clear();
    if (waiting) {
        for (const core::Request& request : waiting.value()) {
            // An overdue request cannot be approved any more, even before the sweep marks it.
            if (!request.isOverdue(now))
                m_waiting.insert(request.id);
        }
    }
    endResetModel();
    if (!all)
        return all.message();
    return waiting ? QString() : waiting.message();
}

int RequestTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == id)
            return row;
    }
    return -1;
}

bool RequestTableModel::isHistory(int row) const
{
    const core::Request& request = m_requests.at(row);
    return request.state != core::RequestState::Pending || request.isOverdue(m_now);
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::display(const core::Request& request, int column) const
{
    switch (column) {
    case IdColumn:
        return QStringLiteral("#%1").arg(request.id);
    case KindColumn:
        return core::requestKindTitle(request.kind);
    case SummaryColumn:
        return RequestPresenter::summary(request);
    case RequesterColumn:
        //: The requester column, marking the unlocked officer's own requests.
        return request.requester == m_officer ? tr("%1 (you)").arg(request.requester) : request.requester;
    case StateColumn:
        if (request.state == core::RequestState::Pending && request.isOverdue(m_now))
            return RequestPresenter::stateText(core::RequestState::Expired);
        if (request.state == core::RequestState::Approved && !request.executionError.isEmpty())
            return tr("Approved — execution failed");
        if (request.state == core::RequestState::Approved && request.scheduledFor.isValid())
            return tr("Scheduled");
        return RequestPresenter::stateText(request.state);
    case ApprovalsColumn:
        //: Approvals received of approvals required, e.g. "0 / 1".
        return tr("%1 / %2").arg(request.approvalCount()).arg(request.requiredApprovals);
    case ExpiresColumn:
        if (request.state != core::RequestState::Pending)
            return request.expiresAt.toUTC().date().toString(Qt::ISODate);
        if (request.isOverdue(m_now))
            return tr("expired");
        return tr("in %1").arg(RequestPresenter::duration(m_now.secsTo(request.expiresAt)));
    default:
        return {};
    }
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Request& request = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(request, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return tr("%1\nReason: %2").arg(RequestPresenter::summary(request), request.reason);
        if (index.column() == StateColumn && request.state == core::RequestState::Approved
            && request.scheduledFor.isValid())
            return tr("Approved; runs at %1 unless an officer cancels it first")
                .arg(RequestPresenter::dateTime(request.scheduledFor));
        if (index.column() == ExpiresColumn)
            return RequestPresenter::expiryText(request, m_now);
        return display(request, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            const bool overdue = request.state == core::RequestState::Pending && request.isOverdue(m_now);
            return RequestPresenter::stateColor(overdue ? core::RequestState::Expired : request.state);
        }
        return {};
    case Qt::FontRole:
        if (m_waiting.contains(request.id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return request.id;
        case ApprovalsColumn:
            return request.approvalCount();
        case ExpiresColumn:
            return request.expiresAt;
        default:
            return display(request, index.column());
        }
    case RequestIdRole:
        return request.id;
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // In column order.
    const QStringList headers { tr("ID"), tr("Kind"), tr("Change"), tr("Requester"), tr("State"),
        tr("Approvals"), tr("Expires") };
    return headers.value(section);
}

} // namespace keyward::ui
