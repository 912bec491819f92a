// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/KeyFilterProxyModel.h"

#include "keys/KeyInventory.h"
#include "models/KeyTableModel.h"


namespace keyward::ui {


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
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    refilter();
}

void KeyFilterProxyModel::setKeySetFilter(const QString& keySet)
{
    if (keySet == m_keySet)
        return;
    m_keySet = keySet;
    refilter();
}

void KeyFilterProxyModel::setStateFilter(std::optional<core::KeyState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

void KeyFilterProxyModel::setUseFilter(std::optional<core::KeyUse> use)
{
    if (use == m_use)
        return;
    m_use = use;
    refilter();
}

void KeyFilterProxyModel::setOwnerFilter(const QString& owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void KeyFilterProxyModel::setExpiringWithinSecs(qint64 secs)
{
    if (secs == m_expiringWithinSecs)
        return;
    m_expiringWithinSecs = secs;
    refilter();
}

void KeyFilterProxyModel::refilter()
{
    // invalidateFilter() merges newly accepted rows into the mapping one at a time, which is
    // quadratic: widening a filter from 10,000 to 100,000 rows took seconds. A full rebuild filters
    // once, in source order, which the source model already sorted.
    invalidate();
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

void KeyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_keys)
        m_keys->sort(column, order); // the source reorders; this proxy keeps source order
    else
        QSortFilterProxyModel::sort(column, order);
}

} // namespace keyward::ui
