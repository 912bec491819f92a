// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/KeyFilterProxyModel.h"

#include "keys/KeyInventory.h"
#include "models/KeyTableModel.h"

#include <algorithm>
#include <numeric>

namespace keyward::ui {

namespace {

// -1, 0, 1 for one column of two inventory rows; the row order breaks ties so ranks are total.
int compareColumn(const core::KeyListEntry& a, const core::KeyListEntry& b, int column)
{
    const core::KeyRecord& x = a.record;
    const core::KeyRecord& y = b.record;
    const auto text = [](const QString& l, const QString& r) { return l.compare(r, Qt::CaseInsensitive); };
    const auto number = [](qint64 l, qint64 r) { return l < r ? -1 : (l > r ? 1 : 0); };
    switch (column) {
    case KeyTableModel::KidColumn:
        return text(x.kid, y.kid);
    case KeyTableModel::SetColumn:
        return text(x.keySet, y.keySet);
    case KeyTableModel::UseColumn:
        return number(int(x.use), int(y.use));
    case KeyTableModel::AlgColumn:
        return text(x.alg, y.alg);
    case KeyTableModel::TypeColumn:
        if (const int byType = text(x.keyType, y.keyType))
            return byType;
        return number(x.sizeBits, y.sizeBits);
    case KeyTableModel::OwnerColumn:
        return text(x.owner, y.owner);
    case KeyTableModel::EnvColumn:
        return text(x.environment, y.environment);
    case KeyTableModel::StateColumn:
        return number(int(x.state), int(y.state));
    case KeyTableModel::PrimaryColumn:
        return number(x.primary, y.primary);
    case KeyTableModel::ExpiresColumn: // keys without expiry sort last
        return number(x.expiresAt.isValid() ? x.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(),
                      y.expiresAt.isValid() ? y.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    case KeyTableModel::FlagsColumn:
        return number(int(a.flags), int(b.flags));
    default:
        return 0;
    }
}

} // namespace

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void KeyFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_keys)
        disconnect(m_keys, nullptr, this, nullptr);
    m_keys = qobject_cast<KeyTableModel*>(model);
    m_ranks.clear();
    if (m_keys) {
        // Before the base class reacts to the reset, so lessThan never reads stale ranks.
        connect(m_keys, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_ranks.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void KeyFilterProxyModel::setKeySetFilter(const QString& keySet)
{
    if (keySet == m_keySet)
        return;
    m_keySet = keySet;
    invalidateFilter();
}

void KeyFilterProxyModel::setStateFilter(std::optional<core::KeyState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void KeyFilterProxyModel::setUseFilter(std::optional<core::KeyUse> use)
{
    if (use == m_use)
        return;
    m_use = use;
    invalidateFilter();
}

void KeyFilterProxyModel::setOwnerFilter(const QString& owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

void KeyFilterProxyModel::setExpiringWithinSecs(qint64 secs)
{
    if (secs == m_expiringWithinSecs)
        return;
    m_expiringWithinSecs = secs;
    invalidateFilter();
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_keys || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const core::KeyListEntry& entry = m_keys->entryAt(sourceRow);
    const core::KeyRecord& key = entry.record;
    if (m_use && key.use != *m_use)
        return false;
    if (!m_owner.isEmpty() && key.owner != m_owner)
        return false;
    // Set, state and expiring-within mean here exactly what they mean for `key list`.
    core::KeyFilter filter;
    filter.keySet = m_keySet;
    filter.state = m_state;
    filter.expiringWithinSecs = m_expiringWithinSecs;
    if (!core::KeyInventory::matches(key, filter, m_keys->loadedAt()))
        return false;
    return m_search.isEmpty() || m_keys->searchText(sourceRow).contains(m_search);
}

const QVector<int>& KeyFilterProxyModel::ranks(int column) const
{
    auto found = m_ranks.find(column);
    if (found != m_ranks.end())
        return *found;
    const QList<core::KeyListEntry>& entries = m_keys->entries();
    QVector<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return compareColumn(entries.at(a), entries.at(b), column) < 0;
    });
    QVector<int> rank(entries.size());
    for (int position = 0; position < order.size(); ++position)
        rank[order.at(position)] = position;
    return *m_ranks.insert(column, std::move(rank));
}

bool KeyFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_keys || left.column() < 0 || left.column() >= KeyTableModel::ColumnCount)
        return QSortFilterProxyModel::lessThan(left, right);
    const QVector<int>& rank = ranks(left.column());
    return rank.at(left.row()) < rank.at(right.row());
}

} // namespace keyward::ui
