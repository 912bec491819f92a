// SPDX-License-Identifier: GPL-3.0-or-later
// samples_ui_bench: the Samples page's results table at 100,000 rows — SampleResultModel +
// SampleFilterProxyModel in a QTableView painted offscreen (into a QImage), as the page uses them:
// load, first paint, each filter change (outcome, kid, folder typed one character at a time, and
// back), each followed by a paint. For comparison, the QTableWidget the page used before: filling
// 100,000 × 6 items and one filter pass of setRowHidden. Prints milliseconds and peak RSS; never a
// CTest pass/fail (exit 0 when every filter change + paint stays under 50 ms, 2 otherwise).

#include "PeakRss.h"
#include "samples/SampleFilterProxyModel.h"
#include "samples/SampleResultModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>
#include <cstdio>

using namespace keyward;
using namespace keyward::core::samples;
using keyward::bench::peakRssKiB;

namespace {

QList<ui::SampleResultRow> makeRows(int count)
{
    const QList<SampleOutcome>& outcomes = allSampleOutcomes();
    QList<ui::SampleResultRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        ui::SampleResultRow row;
        row.sample.id = i + 1;
        row.sample.sourcePath = QStringLiteral("/archive/%1/q%2/statement-%3.jwe").arg(2015 + i % 12).arg(1 + i % 4).arg(i);
        row.sample.summary.kids = {QStringLiteral("archive-%1").arg(2015 + i % 12)};
        row.sample.summary.algs = {QStringLiteral("RSA-OAEP-256")};
        row.sample.summary.enc = QStringLiteral("A256GCM");
        row.sample.summary.serialization = QStringLiteral("compact");
        row.tested = i % 50 != 0;
        row.outcome.sampleId = row.sample.id;
        row.outcome.kid = row.sample.summary.kids.first();
        // Mostly ok, every outcome present.
        row.outcome.outcome = i % 7 == 0 ? outcomes.at((i / 7) % outcomes.size()) : SampleOutcome::Ok;
        row.outcome.detail = QStringLiteral("finding %1").arg(i);
        rows.append(std::move(row));
    }
    return rows;
}

double paint(QWidget& view)
{
    QElapsedTimer t;
    t.start();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100'000;
    const QList<ui::SampleResultRow> rows = makeRows(count);

    ui::SampleResultModel model;
    ui::SampleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.resize(1200, 700);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&proxy);
    QElapsedTimer t;
    t.start();
    model.setRows(rows);
    const double loadMs = double(t.nsecsElapsed()) / 1e6;
    const double firstPaintMs = paint(view);
    std::printf("samples_ui_bench: %d rows\n  model load (setRows + proxy mapping): %.1f ms\n  first paint: %.1f ms\n", count, loadMs, firstPaintMs);

    struct Step {
        const char* what;
        std::function<void()> apply;
    };
    using F = ui::SampleFilterProxyModel::OutcomeFilter;
    std::vector<Step> steps = {
        {"outcome integrity-failure", [&] { proxy.setOutcomeFilter(F::Outcome, SampleOutcome::IntegrityFailure); }},
        {"outcome ok", [&] { proxy.setOutcomeFilter(F::Outcome, SampleOutcome::Ok); }},
        {"outcome not tested", [&] { proxy.setOutcomeFilter(F::NotTested); }},
        {"outcome any", [&] { proxy.setOutcomeFilter(F::Any); }},
        {"kid archive-2021", [&] { proxy.setKidFilter(QStringLiteral("archive-2021")); }},
        {"kid any", [&] { proxy.setKidFilter(QString()); }},
    };
    const QString typed = QStringLiteral("2021/q3");
    for (int n = 1; n <= typed.size(); ++n)
        steps.push_back({"folder keystroke", [&proxy, text = typed.left(n)] { proxy.setFolderFilter(text); }});
    for (int n = typed.size() - 1; n >= 0; --n)
        steps.push_back({"folder backspace", [&proxy, text = typed.left(n)] { proxy.setFolderFilter(text); }});
    double worst = 0;
    std::vector<double> all;
    for (const Step& step : steps) {
        t.restart();
        step.apply();
        const int shown = proxy.rowCount();
        const double filterMs = double(t.nsecsElapsed()) / 1e6;
        const double paintMs = paint(view);
        all.push_back(filterMs + paintMs);
        worst = std::max(worst, filterMs + paintMs);
        std::printf("  %-26s %7d rows  filter %6.1f ms + paint %5.1f ms\n", step.what, shown, filterMs, paintMs);
    }
    std::sort(all.begin(), all.end());
    std::printf("  filter + paint: median %.1f ms, max %.1f ms (goal < 50 ms)\n", all.at(all.size() / 2), worst);

    // The QTableWidget the page used before, for comparison.
    QTableWidget widget;
    widget.resize(1200, 700);
    widget.setColumnCount(6);
    t.restart();
    widget.setUpdatesEnabled(false);
    widget.setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const ui::SampleResultRow& row = rows.at(r);
        const QFileInfo file(row.sample.sourcePath);
        const QStringList cells = {file.fileName(), ui::SampleResultModel::kidText(row), row.sample.summary.algs.join(QLatin1Char(' ')),
                                   row.sample.summary.enc, ui::SampleResultModel::outcomeText(row), row.outcome.detail};
        for (int c = 0; c < 6; ++c)
            widget.setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    widget.setUpdatesEnabled(true);
    const double widgetLoadMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    for (int r = 0; r < count; ++r)
        widget.setRowHidden(r, QFileInfo(rows.at(r).sample.sourcePath).absolutePath().contains(QStringLiteral("2021"), Qt::CaseInsensitive) == false);
    const double widgetFilterMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("  before (QTableWidget): fill %.1f ms, one folder filter pass %.1f ms\n", widgetLoadMs, widgetFilterMs);
    std::printf("  peak RSS: %lld MiB\n", static_cast<long long>(peakRssKiB() / 1024));
    return worst < 50 ? 0 : 2;
}
