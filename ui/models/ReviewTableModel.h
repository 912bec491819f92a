// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/ReviewStore.h"

#include <QAbstractTableModel>

namespace keyward::core {
class Database;
}

namespace keyward::ui {

// Acts one officer took alone (break-glass revocations, offboarding) and whether a second
// officer countersigned them yet; open ones first.
class ReviewTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        KindColumn,
        SubjectColumn,
        OpenedByColumn,
        OpenedColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReviewTableModel(QObject* parent = nullptr);

    // Returns the error, or "" when read.
    QString reload(core::Database& db);
    const core::Review& reviewAt(int row) const { return m_reviews.at(row); }
    int rowOf(qint64 id) const;
    int openCount() const;
    static QString kindText(const QString& kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Review> m_reviews;
};

} // namespace keyward::ui
