// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OfficerModel.h"

#include "audit/AuditEvent.h"
#include "jose/Jwk.h"
#include "vault/Vault.h"

#include <QFont>
#include <QLocale>

namespace keyward::ui {

OfficerModel::OfficerModel(const core::Vault& vault, QObject* parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
    reload();
}

QString OfficerModel::reload()
{
    const auto officers = m_vault.officers();
    beginResetModel();
    m_officers.clear();
    m_thumbprints.clear();
    if (officers) {
        m_officers = officers.value();
        for (const core::Officer& officer : std::as_const(m_officers))
            m_thumbprints.append(signingKeyThumbprint(officer));
    }
    endResetModel();
    return officers ? QString() : officers.message();
}

QString OfficerModel::signingKeyThumbprint(const core::Officer& officer)
{
    const auto jwk = core::Jwk::fromJson(officer.signingJwk);
    return jwk ? jwk->thumbprintBase64Url() : QString();
}

int OfficerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_officers.size()); }

int OfficerModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OfficerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Officer& officer = m_officers.at(index.row());
    const bool isMe = officer.name == m_vault.currentOfficer().name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            //: An officer's name in the list, marking the officer who is signed in.
            return isMe ? tr("%1 (you)").arg(officer.name) : officer.name;
        case RolesColumn:
            return core::roleNames(officer.roles).join(QStringLiteral(", "));
        case SigningKeyColumn: {
            const QString thumbprint = m_thumbprints.value(index.row());
            return thumbprint.isEmpty() ? tr("(unreadable)") : thumbprint.left(16) + QStringLiteral("…");
        }
        case AddedColumn:
            return QLocale().toString(officer.createdAt.toLocalTime(), QLocale::ShortFormat);
        case AddedByColumn:
            return officer.createdBy.isEmpty() ? tr("(vault creation)") : officer.createdBy;
        case DutiesColumn:
            return officer.custodianAcknowledged ? tr("Acknowledged") : tr("Pending first unlock");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SigningKeyColumn)
            return tr("RFC 7638 thumbprint (SHA-256) of the officer's signing key:\n%1")
                .arg(m_thumbprints.value(index.row()));
        if (index.column() == AddedColumn)
            return core::AuditEvent::formatTime(officer.createdAt);
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return officer.name;
        case AddedColumn:
            return officer.createdAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (isMe && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == SigningKeyColumn)
            return QFont(QStringLiteral("monospace"));
        return {};
    case Qt::UserRole:
        return officer.name;
    default:
        return {};
    }
}

QVariant OfficerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Officer");
    case RolesColumn:
        return tr("Roles");
    case SigningKeyColumn:
        return tr("Signing key");
    case AddedColumn:
        return tr("Added");
    case AddedByColumn:
        return tr("Added by");
    case DutiesColumn:
        return tr("Custodian duties");
    default:
        return {};
    }
}

} // namespace keyward::ui
