// SPDX-License-Identifier: GPL-3.0-or-later
// trustmap_ui_bench: the Trust map page's graph at SPEC §9 scale — 10,000 keys, 5,000 workloads,
// 50,000 kid → workload edges (plus 10,000 set → kid edges): core snapshot → view model → layout
// and items → first paint of a 1,200 × 800 view offscreen (into a QImage), then a click on a kid
// and a paint at natural size. Prints milliseconds per phase and peak RSS; exit 0 when build +
// layout + first paint stay under 1 s, 2 otherwise. Never a CTest pass/fail. `--save DIR` keeps
// the first round's frames as PNG to look at.

#include "PeakRss.h"
#include "trust/TrustMap.h"
#include "trustmap/TrustGraphScene.h"
#include "trustmap/TrustGraphView.h"
#include "trustmap/TrustMapAdapter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace keyward;

using keyward::bench::peakRssKiB;

namespace {

constexpr int kKeys = 10'000;
constexpr int kKeysPerSet = 10;
constexpr int kWorkloads = 5'000;


// Per set: a primary, one key in grace, six more active, one pending, one retired. Each workload
// trusts one set (nine drawn edges: the retired kid is out of the JWKS) and was seen using one kid
// of another set: 10 edges per workload, 50,000 in all.
std::shared_ptr<const core::TrustMap> buildMap(const QDateTime& now)
{
    QList<core::TrustKeySet> sets;
    QList<core::TrustKey> keys;
    const int setCount = kKeys / kKeysPerSet;
    for (int s = 0; s < setCount; ++s) {
        core::TrustKeySet set;
        set.name = QStringLiteral("set-%1").arg(s, 4, 10, QLatin1Char('0'));
        sets.append(set);
        for (int k = 0; k < kKeysPerSet; ++k) {
            core::TrustKey key;
            key.kid = QStringLiteral("%1-kid-%2").arg(set.name).arg(k);
            key.keySet = set.name;
            key.state = k == 1 ? core::KeyState::Grace
                : k == 8       ? core::KeyState::Pending
                : k == 9       ? core::KeyState::Retired
                               : core::KeyState::Active;
            key.primary = k == 0;
            key.environment = QStringLiteral("prod");
            key.publishedAt = now.addDays(-30 + k);
            keys.append(key);
        }
    }
    QList<core::Workload> workloads;
    QList<core::Observation> observations;
    for (int w = 0; w < kWorkloads; ++w) {
        core::Workload workload;
        workload.name = QStringLiteral("workload-%1").arg(w, 5, 10, QLatin1Char('0'));
        workload.owner = QStringLiteral("team-%1").arg(w % 97);
        workload.trustedSets = { sets[(w * 7) % setCount].name };
        workload.cacheTtlSecs = 600;
        workloads.append(workload);
        const core::TrustKey& seen = keys[((w * 7 + 1) % setCount) * kKeysPerSet + (w % 8)];
        observations.append({ workload.name, seen.kid, QStringLiteral("verify"), now.addSecs(-w) });
    }
    return std::make_shared<const core::TrustMap>(
        std::move(sets), std::move(keys), std::move(workloads), observations);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // --save DIR: keep the first round's frames (fitted, clicked, 100 %) to look at the detail levels.
    const QStringList args = app.arguments();
    const QString saveDir = args.indexOf(QStringLiteral("--save")) > 0
        ? args.value(args.indexOf(QStringLiteral("--save")) + 1)
        : QString();
    const auto save = [&](const QImage& image, const char* name, int round) {
        if (!saveDir.isEmpty() && round == 1)
            image.save(saveDir + QLatin1Char('/') + QLatin1String(name));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool met = true;
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto map = buildMap(now);
        const qint64 snapshotMs = timer.restart();

        ui::trustmap::TrustGraphData data = ui::trustmap::toGraphData(map, now);
        const qint64 adaptMs = timer.restart();
        const qsizetype nodes = data.nodes.size();
        const qsizetype edges = data.edges.size();

        QElapsedTimer layoutOnly;
        layoutOnly.start();
        const ui::trustmap::GraphLayout layout = ui::trustmap::layOut(data);
        const qint64 layoutMs = layoutOnly.elapsed();
        timer.restart();

        ui::trustmap::TrustGraphScene scene;
        scene.setGraph(std::move(data));
        const qint64 sceneMs = timer.restart();

        ui::trustmap::TrustGraphView view(&scene);
        view.resize(1200, 800);
        view.show(); // offscreen: gives the viewport its size
        view.showOverview();
        QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&frame);
            view.render(&painter, QRectF(), view.viewport()->rect());
        }
        const qint64 firstPaintMs = timer.restart();
        save(frame, "trustmap-bench-fit.png", round);

        // A click on a kid in the middle of the map: blast radius from the core, marks, repaint.
        const int kid = scene.graph().indexOf(ui::trustmap::NodeKind::Kid, QStringLiteral("set-0500-kid-0"));
        scene.selectNode(kid);
        {
            QPainter painter(&frame);
            view.render(&painter, QRectF(), view.viewport()->rect());
        }
        const qint64 clickMs = timer.restart();
        save(frame, "trustmap-bench-click.png", round);

        view.resetTransform();
        view.centerOnNode(kid);
        {
            QPainter painter(&frame);
            view.render(&painter, QRectF(), view.viewport()->rect());
        }
        const qint64 detailPaintMs = timer.restart();
        save(frame, "trustmap-bench-detail.png", round);

        const qint64 total = snapshotMs + adaptMs + sceneMs + firstPaintMs;
        met = met && total < 1000;
        std::printf("round %d: %lld nodes, %lld edges (%lld crossings kept)\n"
                    "  core snapshot          %5lld ms\n"
                    "  view model (adapter)   %5lld ms\n"
                    "  layout alone           %5lld ms\n"
                    "  layout + scene items   %5lld ms\n"
                    "  first paint (overview) %5lld ms\n"
                    "  => snapshot + model + layout + scene + first paint: %lld ms (goal < 1000)\n"
                    "  click a kid + repaint  %5lld ms\n"
                    "  paint at 100%% zoom    %5lld ms\n",
            round, qlonglong(nodes), qlonglong(edges), qlonglong(layout.crossings), snapshotMs, adaptMs,
            layoutMs, sceneMs, firstPaintMs, total, clickMs, detailPaintMs);
    }
    std::printf("peak RSS: %lld MiB\n", peakRssKiB() / 1024);
    return met ? 0 : 2;
}
