// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Samples page's results as a table: one row per imported sample with its latest outcome.
// Cells are built when the view asks for them (their texts keep the SamplesPage translation context); what the filters compare (outcome, kids, folder) is
// prepared once per load in plain members, so filtering 100,000 rows never builds a QVariant.

#include "samples/SampleStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward::ui {

struct SampleResultRow {
    core::samples::SampleRow sample;
    bool tested = false;
    core::samples::SampleOutcomeRow outcome;
    // Prepared by the model for the filter proxy.
    QString folderFolded; // the file's absolute folder, case-folded
};

class SampleResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, KidColumn, AlgColumn, EncColumn, OutcomeColumn, FindingColumn, ColumnCount };

    explicit SampleResultModel(QObject* parent = nullptr);

    void setRows(QList<SampleResultRow> rows);
    const SampleResultRow& rowAt(int row) const { return m_rows.at(row); }
    const QList<SampleResultRow>& rows() const { return m_rows; }
    // The kids shown for a row: the one that decided its outcome, else those its header names.
    static QString kidText(const SampleResultRow& row);
    static QString outcomeText(const SampleResultRow& row);
    static QString notTestedText();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SampleResultRow> m_rows;
};

} // namespace keyward::ui
