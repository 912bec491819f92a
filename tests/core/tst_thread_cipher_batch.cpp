// SPDX-License-Identifier: GPL-3.0-or-later
// Inside a ThreadCipherBatch the per-thread AES contexts skip the wipe after each message. That must
// change nothing a caller sees: every message, with keys of every size changing from one to the
// next, decrypts or unwraps exactly as outside a batch, a wrong key or tag still fails, batches nest,
// and the outermost one restores the per-message wipe. Other threads are not affected.
#include "crypto/AesGcm.h"
#include "crypto/AesKeyWrap.h"
#include "crypto/ThreadCipherContexts.h"

#include <QTest>

#include <thread>

using namespace keyward::core;

namespace {

QByteArray keyOf(int bytes, char fill)
{
    return QByteArray(bytes, fill);
}

// Seals and opens messages and wraps and unwraps keys under alternating keys and sizes; false on
// the first difference.
bool roundTripsHold()
{
    const QByteArray iv(12, 'i');
    for (int round = 0; round < 24; ++round) {
        const int size = 16 + 8 * (round % 3);
        const QByteArray key = keyOf(size, char('a' + round));
        const QByteArray message = QByteArray("message ") + QByteArray::number(round);
        auto sealed = aesgcm::encrypt(key, iv, "aad", message);
        if (!sealed.ok())
            return false;
        auto opened = aesgcm::decrypt(key, iv, "aad", sealed->ciphertext, sealed->tag);
        if (!opened.ok() || *opened != message)
            return false;
        // The previous message's key must not linger usefully: a wrong key fails.
        if (aesgcm::decrypt(keyOf(size, char('A' + round)), iv, "aad", sealed->ciphertext, sealed->tag).ok())
            return false;
        const QByteArray cek(32, char(round));
        auto wrapped = aeskw::wrap(key, cek);
        if (!wrapped.ok())
            return false;
        auto unwrapped = aeskw::unwrap(key, *wrapped);
        if (!unwrapped.ok() || unwrapped->view() != QByteArrayView(cek))
            return false;
        if (aeskw::unwrap(keyOf(size, char('A' + round)), *wrapped).code() != ErrorCode::IntegrityFailure)
            return false;
    }
    return true;
}

} // namespace

class TestThreadCipherBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messagesDecryptTheSameInAndOutOfABatch();
    void batchesNestAndEndPerThread();
};

void TestThreadCipherBatch::messagesDecryptTheSameInAndOutOfABatch()
{
    QVERIFY(roundTripsHold());
    {
        cipherctx::ThreadCipherBatch batch;
        QVERIFY(roundTripsHold());
    }
    QVERIFY(roundTripsHold());
}

void TestThreadCipherBatch::batchesNestAndEndPerThread()
{
    QVERIFY(cipherctx::wipeEachMessage());
    {
        cipherctx::ThreadCipherBatch outer;
        QVERIFY(!cipherctx::wipeEachMessage());
        bool otherThreadWipes = false;
        std::thread other([&] { otherThreadWipes = cipherctx::wipeEachMessage() && roundTripsHold(); });
        other.join();
        QVERIFY(otherThreadWipes);
        {
            cipherctx::ThreadCipherBatch inner;
            QVERIFY(roundTripsHold());
        }
        QVERIFY(!cipherctx::wipeEachMessage());
    }
    QVERIFY(cipherctx::wipeEachMessage());
    // A batch that lives as long as its thread (as jose_bench's workers keep one) ends cleanly.
    bool held = false;
    std::thread worker([&] {
        thread_local cipherctx::ThreadCipherBatch whole;
        held = !cipherctx::wipeEachMessage() && roundTripsHold();
    });
    worker.join();
    QVERIFY(held);
}

QTEST_GUILESS_MAIN(TestThreadCipherBatch)
#include "tst_thread_cipher_batch.moc"
