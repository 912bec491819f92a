// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyInventory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QPalette>

#include <array>

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// The key inventory as a table (STYLE §9): one row per KeyListEntry from KeyInventory::load, which
// reads no public JWK, so 100,000 keys load quickly. The detail pane fetches the full record.
class KeyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KidColumn,
        SetColumn,
        UseColumn,
        AlgColumn,
        TypeColumn,
        OwnerColumn,
        EnvColumn,
        StateColumn,
        PrimaryColumn,
        ExpiresColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // dates as QDateTime, sizes as numbers
        KidRole,
        KeySetRole,
        StateRole, // int(core::KeyState)
        IdRole, // the record's row id
    };

    KeyTableModel(core::Vault& vault, QObject* parent = nullptr);

    // Re-reads the inventory; returns the error message, empty on success.
    QString reload();
    // Replaces the rows with entries computed for `now` (reload() and tests/benchmarks use it).
    void setEntries(QList<core::KeyListEntry> entries, const QDateTime& now);

    const core::KeyListEntry& entryAt(int row) const { return m_entries.at(row); }
    const QList<core::KeyListEntry>& entries() const { return m_entries; }
    // Lower-cased "kid owner set notes" of a row, built once per load so search-as-you-type
    // compares plain strings instead of folding case 100,000 times per keystroke.
    const QString& searchText(int row) const { return m_searchText.at(row); }
    QDateTime loadedAt() const { return m_now; }
    int rowOf(const QString& keySet, const QString& kid) const;
    QStringList keySets() const;
    QStringList owners() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reorders the rows themselves (kept across reloads), so the filter proxy never sorts: a
    // QSortFilterProxyModel sort of 100,000 rows on every keystroke would cost more than SPEC §9's 50 ms.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // -1, 0, 1 for one column of two inventory rows (dates as dates, sizes as numbers).
    static int compare(const core::KeyListEntry& a, const core::KeyListEntry& b, int column);

    static QString stateText(core::KeyState state);
    // The state's badge colour on `palette` (3:1 or more against its base); state text uses
    // stateTextColor (4.5:1 or more).
    static QColor stateColor(core::KeyState state, const QPalette& palette);
    static QColor stateColor(core::KeyState state);
    static QColor stateTextColor(core::KeyState state);
    static QIcon stateBadge(core::KeyState state);

private:
    void applySort();
    QVariant displayData(const core::KeyListEntry& entry, int column) const;
    QVariant toolTipData(const core::KeyListEntry& entry, int column) const;

    core::Vault& m_vault;
    QList<core::KeyListEntry> m_entries;
    QStringList m_searchText;
    QDateTime m_now;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable std::array<QIcon, 6> m_badges; // one per state, drawn on first use
};

} // namespace keyward::ui
