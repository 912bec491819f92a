// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <utility>

namespace keyward::core {

// Two homes for secret bytes, told apart on release by CRYPTO_secure_allocated():
// - OpenSSL's secure heap (SecureHeap::initialise), while it has room;
// - otherwise (no heap, or the heap is full) a private anonymous mapping of whole pages, mlock'ed
//   when the lock limit allows and excluded from core dumps. Whole pages because mlock works on
//   pages and does not nest: unlocking one secret must never unlock its neighbour's page.
// A full heap is therefore never an error or a crash: the secret just lives in its own pages.
namespace {

std::size_t pageRounded(std::size_t size)
{
    static const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
    return (size + page - 1) / page * page;
}

unsigned char* mapPages(std::size_t size)
{
    const std::size_t length = pageRounded(size);
    void* pages = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED)
        return nullptr;
    // Best effort, as for the heap itself: over the lock limit the pages are still wiped on release.
    (void)mlock(pages, length);
    (void)madvise(pages, length, MADV_DONTDUMP);
    return static_cast<unsigned char*>(pages); // anonymous mappings are zero-filled
}

void unmapPages(unsigned char* data, std::size_t size)
{
    const std::size_t length = pageRounded(size);
    OPENSSL_cleanse(data, size);
    munlock(data, length);
    munmap(data, length);
}

// Small secure-heap blocks kept per thread for reuse. Every OpenSSL secure-heap allocation and
// release takes one process-wide lock; a batch test-decrypt makes a few small secrets (CEK, key
// halves) per sample on every core, and that lock showed up as all-core contention. Blocks are
// wiped when released to the cache, stay in the (mlock'ed) heap, and go back to OpenSSL when the
// thread ends.
class SmallBlockCache {
public:
    static constexpr std::size_t kClassBytes[] = {32, 64};
    static constexpr int kPerClass = 8;

    static int classOf(std::size_t size) { return size <= kClassBytes[0] ? 0 : size <= kClassBytes[1] ? 1 : -1; }

    unsigned char* take(int sizeClass)
    {
        if (m_closed)
            return nullptr;
        int& count = m_count[sizeClass];
        if (count == 0)
            return nullptr;
        return m_blocks[sizeClass][--count];
    }
    // Takes a wiped block; false when the cache for its class is full.
    bool give(int sizeClass, unsigned char* block)
    {
        int& count = m_count[sizeClass];
        if (m_closed || count == kPerClass)
            return false;
        m_blocks[sizeClass][count++] = block;
        return true;
    }
    void releaseAll()
    {
        for (int c = 0; c < 2; ++c) {
            while (m_count[c] > 0)
                OPENSSL_secure_free(m_blocks[c][--m_count[c]]);
        }
    }
    // Another thread-local object of the same thread may release a secret after this one is
    // gone (destruction order follows first use): from then on the cache is bypassed.
    ~SmallBlockCache()
    {
        m_closed = true;
        releaseAll();
    }

private:
    unsigned char* m_blocks[2][kPerClass] = {};
    int m_count[2] = {};
    bool m_closed = false;
};

thread_local SmallBlockCache tlSmallBlocks;

unsigned char* allocate(std::size_t size)
{
    if (CRYPTO_secure_malloc_initialized()) {
        const int sizeClass = SmallBlockCache::classOf(size);
        if (sizeClass >= 0) {
            if (unsigned char* block = tlSmallBlocks.take(sizeClass))
                return block; // wiped when it was given back
            size = SmallBlockCache::kClassBytes[sizeClass]; // so it can be reused for its whole class
        }
        // A full heap leaves CRYPTO_R_SECURE_MALLOC_FAILURE on the error queue; it is not the
        // caller's OpenSSL error, so it must not surface in the next wrapper's message.
        ERR_set_mark();
        void* data = OPENSSL_secure_zalloc(size);
        ERR_pop_to_mark();
        if (data)
            return static_cast<unsigned char*>(data);
    }
    unsigned char* pages = mapPages(size);
    if (!pages)
        qFatal("SecureBytes: the process is out of memory"); // no page left at all, as for any QByteArray
    return pages;
}

void release(unsigned char* data, std::size_t size)
{
    if (!CRYPTO_secure_allocated(data)) {
        unmapPages(data, size);
        return;
    }
    const int sizeClass = SmallBlockCache::classOf(size);
    if (sizeClass >= 0) {
        // The block is a whole class in size (allocate() asked for that much).
        OPENSSL_cleanse(data, SmallBlockCache::kClassBytes[sizeClass]);
        if (tlSmallBlocks.give(sizeClass, data))
            return;
    }
    OPENSSL_secure_clear_free(data, size);
}

} // namespace

void SecureBytes::releaseThreadCache()
{
    tlSmallBlocks.releaseAll();
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    m_data = allocate(size);
    m_size = size;
}

SecureBytes::SecureBytes(const void* data, std::size_t size) : SecureBytes(size)
{
    if (size != 0)
        std::memcpy(m_data, data, size);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes result(source.constData(), std::size_t(source.size()));
    secureWipe(source);
    source.clear();
    return result;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    if (m_data)
        release(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::constantTimeEquals(QByteArrayView other) const
{
    return keyward::core::constantTimeEquals(view(), other);
}

void secureWipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        return; // shared data: wiping would corrupt another owner's copy; caller must own it
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

} // namespace keyward::core
