// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include "crypto/ThreadCryptoState.h"

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
    // The pool keeps its threads; what OpenSSL keeps per thread is let go with each task (see
    // ThreadCryptoState), so no pool thread ends holding any while the program exits.
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] {
        work();
        core::threadcrypto::releaseState();
    }));
}

} // namespace keyward::ui
