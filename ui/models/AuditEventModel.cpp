// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditEventModel.h"

#include "audit/AuditLog.h"
#include "widgets/ThemedIcon.h"

#include <QColor>
#include <QIcon>
#include <QJsonDocument>
#include <QLocale>

namespace keyward::ui {

AuditEventModel::AuditEventModel(const core::AuditLog& log, int pageSize, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_pageSize(qMax(1, pageSize))
{
    reload();
}

QString AuditEventModel::reload()
{
    const auto count = m_log.count();
    beginResetModel();
    m_events.clear();
    m_total = count ? count.value() : 0;
    endResetModel();
    return count ? QString() : count.message();
}

void AuditEventModel::setFirstBadSeq(qint64 seq)
{
    m_firstBadSeq = seq;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

int AuditEventModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_events.size()); }

int AuditEventModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_events.size() < m_total;
}

void AuditEventModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 loaded = m_events.size();
    const int wanted = int(qMin<qint64>(m_pageSize, m_total - loaded));
    const auto page = m_log.events(loaded + 1, wanted); // seq starts at 1
    if (!page || page->isEmpty()) {
        // Stop asking: a read error (or a chain shorter than its count) must not loop the view.
        m_total = loaded;
        Q_EMIT loadFailed(page ? tr("The audit log ended at event %1.").arg(loaded) : page.message());
        return;
    }
    m_fetching = true;
    beginInsertRows(QModelIndex(), int(loaded), int(loaded + page->size() - 1));
    m_events.append(page.value());
    endInsertRows();
    m_fetching = false;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditEvent& event = m_events.at(index.row());
    const bool bad = m_firstBadSeq > 0 && event.seq == m_firstBadSeq;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return event.seq;
        case TimeColumn:
            return QLocale().toString(event.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return event.actor;
        case ActionColumn:
            return event.action;
        case SubjectColumn:
            return event.subject;
        case DetailsColumn:
            return event.details.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case SeqColumn:
            return event.seq;
        case TimeColumn:
            return event.at;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return tr("Event %1 at %2\nHash: %3\nPrevious: %4")
            .arg(event.seq)
            .arg(core::AuditEvent::formatTime(event.at), QString::fromLatin1(event.hash),
                 event.prev.isEmpty() ? tr("(first event)") : QString::fromLatin1(event.prev));
    case Qt::DecorationRole:
        if (bad && index.column() == SeqColumn)
            return themedIcon("error");
        return {};
    case Qt::BackgroundRole:
        return bad ? QVariant(QColor(0xfb, 0xe9, 0xe7)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Officer");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace keyward::ui
