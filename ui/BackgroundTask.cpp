// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::ui {

void runInBackground(QObject* context, std::function<void()> work, std::function<void()> done)
{
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace keyward::ui
