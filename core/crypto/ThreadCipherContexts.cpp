// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadCipherContexts.h"

#include "crypto/OpenSslError.h"

namespace keyward::core::cipherctx {

ThreadCipherContexts& threadCipherContexts()
{
    thread_local ThreadCipherContexts contexts;
    return contexts;
}

void wipeKeySchedule(PreparedCipher& p)
{
    static constexpr unsigned char kZeros[32] = {}; // enough for every AES key size
    if (p.ctx && EVP_DecryptInit_ex(p.ctx.get(), nullptr, nullptr, kZeros, nullptr) != 1) {
        ossl::drainErrors();
        p.ctx.reset();
    }
}

ThreadCipherBatch::ThreadCipherBatch()
{
    ++threadCipherContexts().batchDepth;
}

ThreadCipherBatch::~ThreadCipherBatch()
{
    ThreadCipherContexts& contexts = threadCipherContexts();
    if (--contexts.batchDepth > 0)
        return;
    for (PreparedCipher& p : contexts.gcmDecrypt)
        wipeKeySchedule(p);
    for (PreparedCipher& p : contexts.ecbDecrypt)
        wipeKeySchedule(p);
}

} // namespace keyward::core::cipherctx
