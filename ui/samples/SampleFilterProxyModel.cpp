// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples/SampleFilterProxyModel.h"

#include "samples/SampleResultModel.h"

namespace keyward::ui {

using namespace keyward::core::samples;

SampleFilterProxyModel::SampleFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) { }

void SampleFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_results = qobject_cast<SampleResultModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void SampleFilterProxyModel::setOutcomeFilter(OutcomeFilter filter, SampleOutcome outcome)
{
    if (filter == m_outcomeFilter && (filter != OutcomeFilter::Outcome || outcome == m_outcome))
        return;
    m_outcomeFilter = filter;
    m_outcome = outcome;
    // invalidate(), not invalidateFilter(): widening a filter merges newly accepted rows one at a
    // time, quadratic over 100,000 rows; a rebuild filters once in source order.
    invalidate();
}

void SampleFilterProxyModel::setKidFilter(const QString& kid)
{
    if (kid == m_kid)
        return;
    m_kid = kid;
    invalidate();
}

void SampleFilterProxyModel::setFolderFilter(const QString& text)
{
    const QString folded = text.toCaseFolded();
    if (folded == m_folder)
        return;
    m_folder = folded;
    invalidate();
}

bool SampleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_results || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const SampleResultRow& row = m_results->rowAt(sourceRow);
    switch (m_outcomeFilter) {
    case OutcomeFilter::Any:
        break;
    case OutcomeFilter::NotTested:
        if (row.tested)
            return false;
        break;
    case OutcomeFilter::Outcome:
        if (!row.tested || row.outcome.outcome != m_outcome)
            return false;
        break;
    }
    if (!m_kid.isEmpty() && !row.sample.summary.kids.contains(m_kid) && !(row.tested && row.outcome.kid == m_kid))
        return false;
    return m_folder.isEmpty() || row.folderFolded.contains(m_folder);
}

} // namespace keyward::ui
