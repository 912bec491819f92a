// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/KeyTableModel.h"

#include "vault/Vault.h"
#include "widgets/ThemeColours.h"
#include "widgets/ThemedIcon.h"

#include <QBrush>
#include <QColor>
#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace keyward::ui {

using core::KeyFlag;
using core::KeyState;

KeyTableModel::KeyTableModel(core::Vault& vault, QObject* parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
    reload();
}

QString KeyTableModel::reload()
{
    const QDateTime now = m_vault.clock().now();
    auto loaded = core::KeyInventory::load(m_vault.database(), now);
    if (!loaded) {
        setEntries({}, now);
        return loaded.message();
    }
    setEntries(std::move(loaded).value(), now);
    return {};
}

void KeyTableModel::setEntries(QList<core::KeyListEntry> entries, const QDateTime& now)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_now = now;
    m_searchText.clear();
    m_searchText.reserve(m_entries.size());
    for (const core::KeyListEntry& entry : std::as_const(m_entries)) {
        const core::KeyRecord& key = entry.record;
        m_searchText.append(QString(key.kid + QLatin1Char('\n') + key.owner + QLatin1Char('\n') + key.keySet
                                    + QLatin1Char('\n') + key.notes)
                                .toCaseFolded());
    }
    applySort();
    endResetModel();
}

int KeyTableModel::compare(const core::KeyListEntry& a, const core::KeyListEntry& b, int column)
{
    const core::KeyRecord& x = a.record;
    const core::KeyRecord& y = b.record;
    const auto text = [](const QString& l, const QString& r) { return l.compare(r, Qt::CaseInsensitive); };
    const auto number = [](qint64 l, qint64 r) { return l < r ? -1 : (l > r ? 1 : 0); };
    switch (column) {
    case KidColumn:
        return text(x.kid, y.kid);
    case SetColumn:
        return text(x.keySet, y.keySet);
    case UseColumn:
        return number(int(x.use), int(y.use));
    case AlgColumn:
        return text(x.alg, y.alg);
    case TypeColumn:
        if (const int byType = text(x.keyType, y.keyType))
            return byType;
        return number(x.sizeBits, y.sizeBits);
    case OwnerColumn:
        return text(x.owner, y.owner);
    case EnvColumn:
        return text(x.environment, y.environment);
    case StateColumn:
        return number(int(x.state), int(y.state));
    case PrimaryColumn:
        return number(x.primary, y.primary);
    case ExpiresColumn: // keys without expiry sort last
        return number(x.expiresAt.isValid() ? x.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(),
                      y.expiresAt.isValid() ? y.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    case FlagsColumn:
        return number(int(a.flags), int(b.flags));
    default:
        return 0;
    }
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<std::pair<QString, QString>> keys; // (set, kid) of each persistent index, rows move
    for (const QModelIndex& index : persistent)
        keys.append({ m_entries.at(index.row()).record.keySet, m_entries.at(index.row()).record.kid });
    applySort();
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowOf(keys.at(i).first, keys.at(i).second);
        moved.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void KeyTableModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const int c = compare(m_entries.at(a), m_entries.at(b), m_sortColumn);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<core::KeyListEntry> entries;
    QStringList search;
    entries.reserve(order.size());
    search.reserve(order.size());
    for (int row : std::as_const(order)) {
        entries.append(std::move(m_entries[row]));
        search.append(std::move(m_searchText[row]));
    }
    m_entries = std::move(entries);
    m_searchText = std::move(search);
}

int KeyTableModel::rowOf(const QString& keySet, const QString& kid) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const core::KeyRecord& key = m_entries.at(row).record;
        if (key.kid == kid && key.keySet == keySet)
            return row;
    }
    return -1;
}

QStringList KeyTableModel::keySets() const
{
    QSet<QString> sets;
    for (const core::KeyListEntry& entry : m_entries)
        sets.insert(entry.record.keySet);
    QStringList sorted(sets.begin(), sets.end());
    sorted.sort();
    return sorted;
}

QStringList KeyTableModel::owners() const
{
    QSet<QString> owners;
    for (const core::KeyListEntry& entry : m_entries)
        owners.insert(entry.record.owner);
    QStringList sorted(owners.begin(), owners.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int KeyTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int KeyTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString KeyTableModel::stateText(KeyState state)
{
    switch (state) {
    case KeyState::Pending:
        return tr("pending");
    case KeyState::Active:
        return tr("active");
    case KeyState::Grace:
        return tr("grace");
    case KeyState::Retired:
        return tr("retired");
    case KeyState::Revoked:
        return tr("revoked");
    case KeyState::Destroyed:
        return tr("destroyed");
    }
    return {};
}

QColor KeyTableModel::stateColor(KeyState state, const QPalette& palette)
{
    // On a dark or high-contrast palette the theme's tones (light shades); on a light one, hues
    // dark enough for a badge on white or on the window grey.
    if (theme::isDark(palette) || theme::isHighContrast(palette)) {
        switch (state) {
        case KeyState::Pending:
            return theme::colour(theme::Tone::Info, palette);
        case KeyState::Active:
            return theme::colour(theme::Tone::Success, palette);
        case KeyState::Grace:
            return theme::colour(theme::Tone::Warning, palette);
        case KeyState::Retired:
            return theme::colour(theme::Tone::Muted, palette);
        case KeyState::Revoked:
            return theme::colour(theme::Tone::Danger, palette);
        case KeyState::Destroyed:
            return theme::isHighContrast(palette) ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x9e, 0x9e, 0x9e);
        }
    }
    switch (state) {
    case KeyState::Pending:
        return QColor(0x4a, 0x7f, 0xd0);
    case KeyState::Active:
        return QColor(0x2b, 0x8f, 0x4e);
    case KeyState::Grace:
        return QColor(0xa8, 0x74, 0x00);
    case KeyState::Retired:
        return QColor(0x7e, 0x83, 0x8c);
    case KeyState::Revoked:
        return QColor(0xd0, 0x3b, 0x3b);
    case KeyState::Destroyed:
        return QColor(0x4a, 0x4a, 0x4a);
    }
    return palette.color(QPalette::WindowText);
}

QColor KeyTableModel::stateColor(KeyState state) { return stateColor(state, QApplication::palette()); }

QColor KeyTableModel::stateTextColor(KeyState state)
{
    const QColor badge = stateColor(state);
    return theme::isDark() || theme::isHighContrast() ? badge : badge.darker(115);
}

QIcon KeyTableModel::stateBadge(KeyState state)
{
    // A filled dot per state, drawn once: the colour is the badge, the text says the same for
    // those who cannot tell the colours apart.
    const QColor color = stateColor(state);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    }
    return QIcon(pixmap);
}

QVariant KeyTableModel::displayData(const core::KeyListEntry& entry, int column) const
{
    const core::KeyRecord& key = entry.record;
    switch (column) {
    case KidColumn:
        return key.kid;
    case SetColumn:
        return key.keySet;
    case UseColumn:
        return core::keyUseName(key.use);
    case AlgColumn:
        return key.alg.isEmpty() ? tr("—") : key.alg;
    case TypeColumn:
        return key.curveOrSize.isEmpty() ? key.keyType : tr("%1 %2").arg(key.keyType, key.curveOrSize);
    case OwnerColumn:
        return key.owner;
    case EnvColumn:
        return key.environment;
    case StateColumn:
        return stateText(key.state);
    case PrimaryColumn:
        //: Marks the primary key of its (set, use)
        return key.primary ? tr("★") : QString();
    case ExpiresColumn:
        return key.expiresAt.isValid() ? QLocale().toString(key.expiresAt.toUTC().date(), QLocale::ShortFormat) : QString();
    case FlagsColumn: {
        QStringList marks;
        if (entry.flags & KeyFlag::Expired)
            marks << tr("expired");
        else if (entry.flags & KeyFlag::ExpiringImminently)
            marks << tr("expires ≤ final window");
        else if (entry.flags & KeyFlag::ExpiringSoon)
            marks << tr("expiring soon");
        if (entry.flags & KeyFlag::PastCryptoperiod)
            marks << tr("past cryptoperiod");
        if (entry.flags & KeyFlag::NoAlgPinned)
            marks << tr("no alg pinned");
        return marks.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant KeyTableModel::toolTipData(const core::KeyListEntry& entry, int column) const
{
    const core::KeyRecord& key = entry.record;
    switch (column) {
    case AlgColumn:
        return key.alg.isEmpty() ? tr("no alg pinned: usable with every algorithm its type and use allow") : QVariant();
    case TypeColumn:
        return tr("%1-bit security strength").arg(key.strengthBits);
    case StateColumn:
        return tr("%1 (NIST SP 800-57: %2)").arg(stateText(key.state), core::keyStateNistName(key.state));
    case PrimaryColumn:
        return key.primary ? tr("The primary %1 key of %2: new operations use it").arg(core::keyUseName(key.use), key.keySet)
                           : QVariant();
    case ExpiresColumn:
        return key.expiresAt.isValid() ? core::KeyInventory::formatDateTime(key.expiresAt) : QVariant();
    case FlagsColumn: {
        const QStringList descriptions = core::keyFlagDescriptions(entry.flags);
        return descriptions.isEmpty() ? QVariant() : QVariant(descriptions.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::KeyListEntry& entry = m_entries.at(index.row());
    const core::KeyRecord& key = entry.record;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return toolTipData(entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            QIcon& badge = m_badges.at(std::size_t(key.state));
            if (badge.isNull())
                badge = stateBadge(key.state);
            return badge;
        }
        if (index.column() == FlagsColumn && entry.flags & (KeyFlag::Expired | KeyFlag::ExpiringImminently | KeyFlag::PastCryptoperiod))
            return themedIcon("warning");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AlgColumn && key.alg.isEmpty())
            return QBrush(theme::colour(theme::Tone::Muted));
        if (index.column() == StateColumn)
            return QBrush(stateTextColor(key.state));
        if (index.column() == FlagsColumn && entry.flags & (KeyFlag::Expired | KeyFlag::ExpiringImminently))
            return QBrush(theme::colour(theme::Tone::Danger));
        return {};
    case SortRole:
        switch (index.column()) {
        case ExpiresColumn:
            return key.expiresAt;
        case StateColumn:
            return int(key.state);
        case PrimaryColumn:
            return key.primary;
        case TypeColumn:
            return key.keyType + QString::number(key.sizeBits).rightJustified(6, QLatin1Char('0'));
        case FlagsColumn:
            return int(entry.flags);
        default:
            return displayData(entry, index.column());
        }
    case KidRole:
        return key.kid;
    case KeySetRole:
        return key.keySet;
    case StateRole:
        return int(key.state);
    case IdRole:
        return key.id;
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KidColumn:
        return tr("Kid");
    case SetColumn:
        return tr("Key set");
    case UseColumn:
        return tr("Use");
    case AlgColumn:
        return tr("Alg");
    case TypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case EnvColumn:
        return tr("Env");
    case StateColumn:
        return tr("State");
    case PrimaryColumn:
        return tr("Primary");
    case ExpiresColumn:
        return tr("Expires");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace keyward::ui
