// SPDX-License-Identifier: GPL-3.0-or-later
// Work the windows hand to the thread pool (Argon2, unlock, test runs) gives back what OpenSSL
// keeps per thread when it ends: OpenSSL 3.0 frees that from a thread-exit hook which its own
// exit-time cleanup races, so a pool thread must not finish holding any (ThreadCryptoState). The
// error queue is the part a test can see: an error left by one task is gone for the next task on
// the same pool thread.
#include "BackgroundTask.h"

#include <QObject>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <openssl/err.h>
#include <openssl/evp.h>

using namespace keyward::ui;

class TestBackgroundTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // One pool thread, so the second task runs where the first did.
        QThreadPool::globalInstance()->setMaxThreadCount(1);
    }

    void openSslStateEndsWithTheTask()
    {
        QObject context;
        QThread* firstThread = nullptr;
        unsigned long raised = 0;
        bool firstDone = false;
        runInBackground(
            &context,
            [&] {
                firstThread = QThread::currentThread();
                ERR_raise(ERR_LIB_EVP, EVP_R_BAD_DECRYPT);
                raised = ERR_peek_error();
            },
            [&] { firstDone = true; });
        QTRY_VERIFY(firstDone);
        QVERIFY(raised != 0); // the error was in the queue while the task ran

        QThread* secondThread = nullptr;
        unsigned long left = 1;
        bool secondDone = false;
        runInBackground(
            &context,
            [&] {
                secondThread = QThread::currentThread();
                left = ERR_peek_error();
            },
            [&] { secondDone = true; });
        QTRY_VERIFY(secondDone);
        QCOMPARE(secondThread, firstThread);
        QCOMPARE(left, 0UL);
    }

    void doneRunsOnTheContextsThreadAfterTheWork()
    {
        QObject context;
        bool worked = false;
        QThread* doneThread = nullptr;
        bool workedBeforeDone = false;
        runInBackground(
            &context, [&] { worked = true; },
            [&] {
                doneThread = QThread::currentThread();
                workedBeforeDone = worked;
            });
        QTRY_VERIFY(doneThread != nullptr);
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workedBeforeDone);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
