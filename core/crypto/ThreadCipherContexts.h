// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OpenSSL cipher contexts a thread keeps prepared for the per-message AES paths (AES-GCM
// decryption, AES key unwrap), and the batch that lets them skip the per-message wipe.
//
// A new context per message (allocation, provider context, free) costs about as much as decrypting
// a short message, so each thread re-keys a prepared one. After each message its key schedule is
// overwritten with an all-zero key's, so no content or key-encryption key stays behind once a call
// returns. Inside a ThreadCipherBatch — a test run's worker decrypting thousands of samples back to
// back — each message's key schedule is overwritten by the next message's anyway, so that wipe (an
// AES key expansion, and for GCM a GHASH table: about 3% of an ECDH-ES+A256KW X25519 decrypt) is
// done once, when the batch ends.

#include "crypto/OpenSslHandles.h"

#include <QtGlobal>

namespace keyward::core::cipherctx {

struct PreparedCipher {
    const EVP_CIPHER* cipher = nullptr;
    ossl::CipherCtx ctx;
};

struct ThreadCipherContexts {
    PreparedCipher gcmDecrypt[3]; // by key size: 128, 192, 256 bits
    PreparedCipher ecbDecrypt[3]; // AES-KW unwrap's block decryptions, by KEK size
    int batchDepth = 0;

    static int slotFor(qsizetype keyBytes) { return keyBytes == 16 ? 0 : keyBytes == 24 ? 1 : 2; }
};

// This thread's contexts (made at first use, freed — and so wiped by OpenSSL — at thread exit).
ThreadCipherContexts& threadCipherContexts();

// Overwrites the key schedule of `p` with an all-zero key's, or drops the context when that fails.
void wipeKeySchedule(PreparedCipher& p);

// Whether a message's key schedule is wiped as soon as the message is done: no batch on this thread.
inline bool wipeEachMessage()
{
    return threadCipherContexts().batchDepth == 0;
}

// While one lives on a thread, that thread's messages leave their key schedules to be overwritten
// by the next message's; the outermost one wipes them all when it ends. Construct it on the
// thread's stack, or as a thread_local (it makes the contexts first, so it is destroyed before them).
class ThreadCipherBatch {
public:
    ThreadCipherBatch();
    ~ThreadCipherBatch();
    Q_DISABLE_COPY_MOVE(ThreadCipherBatch)
};

} // namespace keyward::core::cipherctx
