// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Samples page's filters — outcome, kid, folder — over a SampleResultModel. Reads the source
// rows directly (no QVariant per cell) and rebuilds its mapping once per change, so a filter over
// 100,000 results stays fast (measured by tests/bench/samples_ui_bench).

#include "samples/SampleOutcome.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace keyward::ui {

class SampleResultModel;

class SampleFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SampleFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    enum class OutcomeFilter { Any, NotTested, Outcome };
    void setOutcomeFilter(OutcomeFilter filter, core::samples::SampleOutcome outcome = core::samples::SampleOutcome::Ok);
    void setKidFilter(const QString& kid); // empty: every kid
    void setFolderFilter(const QString& text); // part of the folder path, any case; empty: every folder

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    SampleResultModel* m_results = nullptr;
    OutcomeFilter m_outcomeFilter = OutcomeFilter::Any;
    core::samples::SampleOutcome m_outcome = core::samples::SampleOutcome::Ok;
    QString m_kid;
    QString m_folder; // case-folded
};

} // namespace keyward::ui
