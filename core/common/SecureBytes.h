// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace keyward::core {

// The one type that holds secret bytes (keys, passphrases, CEKs). Move-only so no implicit copy
// lingers; allocated from OpenSSL's secure heap when the process initialised one (mlock'ed, kept
// out of swap and core dumps) and always wiped with OPENSSL_cleanse before it is released.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const void* data, std::size_t size);
    static SecureBytes fromView(QByteArrayView view) { return SecureBytes(view.data(), std::size_t(view.size())); }
    // Copies a QByteArray's bytes and wipes the source (for data that arrived through Qt APIs).
    static SecureBytes takeFrom(QByteArray& source);
    // Gives this thread's cached small blocks (wiped, kept for reuse) back to the secure heap,
    // e.g. before measuring what the heap holds; other threads' caches are left alone.
    static void releaseThreadCache();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes();

    SecureBytes clone() const { return SecureBytes(m_data, m_size); }

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* constChars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    int isize() const { return int(m_size); }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, qsizetype(m_size)); }

    void clear();
    // Constant-time equality (for MACs, tags and key material).
    bool constantTimeEquals(QByteArrayView other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a QByteArray in place (detaching first would copy, so only call on buffers you own).
void secureWipe(QByteArray& bytes);

// Constant-time comparison of two byte strings (different lengths compare unequal).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace keyward::core
