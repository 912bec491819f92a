// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace keyward::core {

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(OPENSSL_secure_zalloc(size));
    if (!m_data)
        qFatal("SecureBytes: out of memory");
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
        OPENSSL_secure_clear_free(m_data, m_size);
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
