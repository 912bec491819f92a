// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples/SampleResultModel.h"

#include "pages/SamplesPage.h"
#include "samples/OutcomeChart.h"

#include <QDir>
#include <QFileInfo>

namespace keyward::ui {

using namespace keyward::core::samples;

SampleResultModel::SampleResultModel(QObject* parent) : QAbstractTableModel(parent) { }

void SampleResultModel::setRows(QList<SampleResultRow> rows)
{
    for (SampleResultRow& row : rows)
        row.folderFolded = QFileInfo(row.sample.sourcePath).absolutePath().toCaseFolded();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString SampleResultModel::kidText(const SampleResultRow& row)
{
    return row.tested && !row.outcome.kid.isEmpty() ? row.outcome.kid : row.sample.summary.kids.join(QLatin1Char(' '));
}

QString SampleResultModel::outcomeText(const SampleResultRow& row)
{
    return row.tested ? sampleOutcomeName(row.outcome.outcome) : notTestedText();
}

QString SampleResultModel::notTestedText()
{
    return SamplesPage::tr("not tested");
}

int SampleResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SampleResultRow& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return row.sample.sourcePath;
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && row.tested)
        return OutcomeChart::colorFor(sampleOutcomeName(row.outcome.outcome)).darker(120);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn: {
        // The folder and name say which file; the full path is the tooltip and in the details.
        const QFileInfo file(row.sample.sourcePath);
        return QString(file.dir().dirName() + QLatin1Char('/') + file.fileName());
    }
    case KidColumn:
        return kidText(row);
    case AlgColumn:
        return row.sample.summary.algs.join(QLatin1Char(' '));
    case EncColumn:
        return row.sample.summary.enc;
    case OutcomeColumn:
        return outcomeText(row);
    case FindingColumn:
        return row.tested ? SamplesPage::plainWords(row.outcome) : QString();
    default:
        return {};
    }
}

QVariant SampleResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return SamplesPage::tr("File");
    case KidColumn:
        return SamplesPage::tr("Kid");
    case AlgColumn:
        return SamplesPage::tr("Alg");
    case EncColumn:
        return SamplesPage::tr("Enc");
    case OutcomeColumn:
        return SamplesPage::tr("Outcome");
    case FindingColumn:
        return SamplesPage::tr("Finding");
    default:
        return {};
    }
}

} // namespace keyward::ui
