// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyState.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

#include <optional>

namespace keyward::ui {

class KeyTableModel;

// Search as you type over kid, owner, set and notes, plus the set/state/use/owner/expiring-within
// filters of the Keys page. Reads the source rows directly (no QVariant per cell) and sorts by
// letting the source model sort, so a keystroke over 100,000 keys stays under SPEC §9's 50 ms.
class KeyFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit KeyFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    QString searchText() const { return m_search; }
    void setSearchText(const QString& text);
    void setKeySetFilter(const QString& keySet); // empty: every set
    void setStateFilter(std::optional<core::KeyState> state);
    void setUseFilter(std::optional<core::KeyUse> use);
    void setOwnerFilter(const QString& owner); // empty: every owner
    void setExpiringWithinSecs(qint64 secs); // < 0: no expiry filter

    // Forwarded to KeyTableModel::sort: the rows arrive sorted, so filtering never re-sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    KeyTableModel* m_keys = nullptr;
    QString m_search; // case-folded
    QString m_keySet;
    std::optional<core::KeyState> m_state;
    std::optional<core::KeyUse> m_use;
    QString m_owner;
    qint64 m_expiringWithinSecs = -1;
};

} // namespace keyward::ui
