// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReviewTableModel.h"

#include "RequestPresenter.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace keyward::ui {

ReviewTableModel::ReviewTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ReviewTableModel::reload(core::Database& db)
{
    const core::ReviewStore store(db);
    auto all = store.all();
    beginResetModel();
    m_reviews = all ? all.value() : QList<core::Review>();
    // Open reviews are the work: they come first, each group newest first (as stored).
    std::stable_partition(
        m_reviews.begin(), m_reviews.end(), [](const core::Review& r) { return r.isOpen(); });
    endResetModel();
    return all ? QString() : all.message();
}

int ReviewTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_reviews.size(); ++row) {
        if (m_reviews.at(row).id == id)
            return row;
    }
    return -1;
}

int ReviewTableModel::openCount() const
{
    return int(std::count_if(
        m_reviews.cbegin(), m_reviews.cend(), [](const core::Review& r) { return r.isOpen(); }));
}

QString ReviewTableModel::kindText(const QString& kind)
{
    if (kind == core::Review::kBreakGlassRevocation)
        return tr("Break-glass revocation");
    if (kind == QLatin1String("offboarding"))
        return tr("Offboarding");
    return kind;
}

int ReviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Review& review = m_reviews.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return role == SortRole ? QVariant(review.id) : QVariant(QStringLiteral("#%1").arg(review.id));
        case KindColumn:
            return kindText(review.kind);
        case SubjectColumn:
            return review.keySet.isEmpty() ? review.subject
                                           : tr("%1 in %2").arg(review.subject, review.keySet);
        case OpenedByColumn:
            return review.openedBy;
        case OpenedColumn:
            return RequestPresenter::dateTime(review.openedAt);
        case StatusColumn:
            return review.isOpen()
                ? tr("Open — needs a countersignature")
                : tr("Countersigned by %1 at %2")
                      .arg(review.countersignedBy, RequestPresenter::dateTime(review.countersignedAt));
        case ReasonColumn:
            return review.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return review.isOpen() ? QColor(0xc0, 0x39, 0x2b) : QColor(0x2e, 0x8b, 0x57);
    if (role == Qt::FontRole && review.isOpen()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // In column order.
    const QStringList headers { tr("ID"), tr("Kind"), tr("Subject"), tr("Opened by"), tr("Opened"),
        tr("Status"), tr("Reason") };
    return headers.value(section);
}

} // namespace keyward::ui
