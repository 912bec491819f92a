// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"

#include <QAbstractTableModel>

namespace keyward::core {
class AuditLog;
}

namespace keyward::ui {

// The audit chain as a table, read lazily: rows arrive a page at a time through
// canFetchMore/fetchMore as the view scrolls, so a vault with a million events opens at once.
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, SubjectColumn, DetailsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AuditEventModel(const core::AuditLog& log, int pageSize = 500, QObject* parent = nullptr);

    // Re-reads the event count and drops loaded rows; returns the error message or "".
    QString reload();
    qint64 totalEvents() const { return m_total; }
    const core::AuditEvent& eventAt(int row) const { return m_events.at(row); }
    // Marks the first event the chain verification found wrong (0: none).
    void setFirstBadSeq(qint64 seq);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    const core::AuditLog& m_log;
    int m_pageSize;
    qint64 m_total = 0;
    qint64 m_firstBadSeq = 0;
    // Listeners of the insert signals may ask for more while a page goes in: they wait for the next turn.
    bool m_fetching = false;
    QList<core::AuditEvent> m_events;
};

} // namespace keyward::ui
