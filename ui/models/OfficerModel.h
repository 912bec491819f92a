// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Officer.h"

#include <QAbstractTableModel>

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// The vault's officers: name, roles, personal signing key thumbprint, when and by whom added,
// and whether the custodian duties were acknowledged.
class OfficerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RolesColumn, SigningKeyColumn, AddedColumn, AddedByColumn, DutiesColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit OfficerModel(const core::Vault& vault, QObject* parent = nullptr);

    // Re-reads the officers; returns the error message, or "" when they were read.
    QString reload();
    const core::Officer& officerAt(int row) const { return m_officers.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // RFC 7638 thumbprint of the officer's public signing JWK (what the CLI and exports name).
    static QString signingKeyThumbprint(const core::Officer& officer);

private:
    const core::Vault& m_vault;
    QList<core::Officer> m_officers;
    QStringList m_thumbprints;
};

} // namespace keyward::ui
