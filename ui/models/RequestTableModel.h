// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/Request.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

namespace keyward::core {
class RequestEngine;
}

namespace keyward::ui {

// Every two-person request in the vault, newest first, with which of them wait for the unlocked
// officer's decision (the engine's own `awaitingOfficer` filter, so the rule is not restated here).
class RequestTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        KindColumn,
        SummaryColumn,
        RequesterColumn,
        StateColumn,
        ApprovalsColumn,
        ExpiresColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RequestIdRole = Qt::UserRole + 2;

    explicit RequestTableModel(QObject* parent = nullptr);

    // Re-reads the requests; `officer` is the unlocked officer. Returns the error, or "".
    QString reload(const core::RequestEngine& engine, const QString& officer, const QDateTime& now);

    const core::Request& requestAt(int row) const { return m_requests.at(row); }
    int rowOf(qint64 id) const;
    bool isWaitingForMe(int row) const { return m_waiting.contains(m_requests.at(row).id); }
    bool isMine(int row) const { return m_requests.at(row).requester == m_officer; }
    // Final, approved (scheduled, awaiting collection, failed) or pending past its expiry.
    bool isHistory(int row) const;
    int waitingForMeCount() const { return int(m_waiting.size()); }
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::Request& request, int column) const;

    QList<core::Request> m_requests;
    QSet<qint64> m_waiting;
    QString m_officer;
    QDateTime m_now;
};

} // namespace keyward::ui
