// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, "secrets": a full secure heap is neither a crash nor an error. SecureBytes taken
// once the arena is exhausted come from their own locked pages, hold their bytes, leave no
// OpenSSL error behind, and are wiped and released like the others.

#include "common/SecureBytes.h"
#include "common/SecureHeap.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <QTest>

#include <algorithm>
#include <vector>

using namespace keyward::core;

class TestSecureHeap : public QObject {
    Q_OBJECT

    static bool inArena(const SecureBytes& bytes) { return CRYPTO_secure_allocated(bytes.data()) == 1; }

    static void fill(SecureBytes& bytes, unsigned char seed)
    {
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes.data()[i] = static_cast<unsigned char>(seed + i);
    }

    static bool holds(const SecureBytes& bytes, unsigned char seed)
    {
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            if (bytes.data()[i] != static_cast<unsigned char>(seed + i))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The smallest arena, so exhausting it is quick; the outcome depends on ulimit -l.
        const SecureHeap::Outcome outcome = SecureHeap::initialise(SecureHeap::kMinimumSize);
        QVERIFY2(outcome == SecureHeap::Outcome::Locked || outcome == SecureHeap::Outcome::Unlocked,
                 qPrintable(SecureHeap::warningFor(outcome)));
        QVERIFY(SecureHeap::isInitialised());
        QCOMPARE(SecureHeap::size(), SecureHeap::kMinimumSize);
        QCOMPARE(SecureHeap::initialise(), SecureHeap::Outcome::AlreadyInitialised);
    }

    void sizesArePowersOfTwo()
    {
        // 16 MiB by default: a power of two, as CRYPTO_secure_malloc_init requires.
        QCOMPARE(SecureHeap::kDefaultSize & (SecureHeap::kDefaultSize - 1), std::size_t(0));
        QCOMPARE(SecureHeap::kMinimumSize & (SecureHeap::kMinimumSize - 1), std::size_t(0));
    }

    // Small secrets reuse blocks their thread released (the heap's allocator takes a process-wide
    // lock): a reused block is in the arena and comes back zeroed, whatever it held before.
    void smallBlocksComeBackWiped()
    {
        const unsigned char* firstBlock = nullptr;
        for (std::size_t size : {std::size_t(1), std::size_t(17), std::size_t(32), std::size_t(33), std::size_t(64)}) {
            for (int round = 0; round < 3; ++round) {
                SecureBytes bytes(size);
                QVERIFY(inArena(bytes));
                QVERIFY(std::all_of(bytes.data(), bytes.data() + size, [](unsigned char c) { return c == 0; }));
                fill(bytes, static_cast<unsigned char>(0x80 + round));
                if (!firstBlock)
                    firstBlock = bytes.data();
            }
        }
        SecureBytes again(8);
        QCOMPARE(static_cast<const unsigned char*>(again.data()), firstBlock); // reused, not a new block
        SecureBytes copy(again.data(), 8);
        QVERIFY(copy.constantTimeEquals(QByteArrayView("\0\0\0\0\0\0\0\0", 8)));
    }

    void exhaustionFallsBackToLockedPages()
    {
        ERR_clear_error();
        std::vector<SecureBytes> held;
        // An RSA 4096 PKCS#8 text is about 3.3 KiB: take such blocks until the arena is full.
        const std::size_t block = 4000;
        const std::size_t limit = 2 * SecureHeap::kMinimumSize / block + 16;
        while (held.size() < limit) {
            held.emplace_back(block);
            if (!inArena(held.back()))
                break;
        }
        QVERIFY2(!inArena(held.back()), "the arena never filled up");
        QVERIFY(CRYPTO_secure_used() > 0);
        // More secrets still work, of every size, including one larger than the whole arena.
        for (int i = 0; i < 64; ++i)
            held.emplace_back(std::size_t(1 + i * 97));
        held.emplace_back(2 * SecureHeap::kMinimumSize);
        held.emplace_back(block);
        for (std::size_t i = 0; i < held.size(); ++i) {
            QVERIFY(held[i].data() != nullptr);
            fill(held[i], static_cast<unsigned char>(i));
        }
        for (std::size_t i = 0; i < held.size(); ++i)
            QVERIFY2(holds(held[i], static_cast<unsigned char>(i)), qPrintable(QString::number(i)));
        // Zero-filled, as from the arena.
        SecureBytes fresh(100);
        QVERIFY(!inArena(fresh));
        QVERIFY(std::all_of(fresh.data(), fresh.data() + fresh.size(), [](unsigned char c) { return c == 0; }));
        // The arena's "out of secure memory" must not surface as the next OpenSSL failure's reason.
        QCOMPARE(ERR_peek_error(), 0UL);

        // Moves, copies and clears across both kinds.
        SecureBytes fromPages = held.back().clone();
        QVERIFY(fromPages.constantTimeEquals(held.back().view()));
        SecureBytes moved = std::move(held.back());
        QVERIFY(held.back().isEmpty());
        QVERIFY(moved.constantTimeEquals(fromPages.view()));
        held.front() = std::move(moved);
        QVERIFY(held.front().constantTimeEquals(fromPages.view()));
        fromPages.clear();
        QVERIFY(fromPages.isEmpty());

        // Releasing everything gives the arena back: the next secret lives there again.
        held.clear();
        fresh.clear();
        SecureBytes::releaseThreadCache(); // small blocks are kept per thread for reuse
        QCOMPARE(CRYPTO_secure_used(), std::size_t(0));
        SecureBytes again(block);
        QVERIFY(inArena(again));
    }
};

QTEST_GUILESS_MAIN(TestSecureHeap)
#include "tst_secure_heap.moc"
