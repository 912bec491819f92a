// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchedAlgorithms.h"

#include "crypto/OpenSslHandles.h"

#include <array>
#include <cstring>

namespace keyward::core::fetched {
namespace {

constexpr std::array kCipherNames = {"AES-128-GCM", "AES-192-GCM", "AES-256-GCM", "AES-128-WRAP", "AES-192-WRAP",
                                     "AES-256-WRAP", "AES-128-CBC", "AES-192-CBC", "AES-256-CBC",
                                     "AES-128-ECB", "AES-192-ECB", "AES-256-ECB"};
constexpr std::array kDigestNames = {"SHA1", "SHA256", "SHA384", "SHA512"};
static_assert(std::size_t(Cipher::Aes256Ecb) + 1 == kCipherNames.size() && std::size_t(Digest::Sha512) + 1 == kDigestNames.size());

// Fetched at first use (C++ guarantees one thread does it); freed by the static destructor, which
// runs before OpenSSL's own atexit cleanup because it was registered after it.
struct Table {
    std::array<ossl::Cipher, kCipherNames.size()> ciphers;
    std::array<ossl::Md, kDigestNames.size()> digests;
    Table()
    {
        for (std::size_t i = 0; i < kCipherNames.size(); ++i)
            ciphers[i].reset(EVP_CIPHER_fetch(nullptr, kCipherNames[i], nullptr));
        for (std::size_t i = 0; i < kDigestNames.size(); ++i)
            digests[i].reset(EVP_MD_fetch(nullptr, kDigestNames[i], nullptr));
    }
};

const Table& table()
{
    static const Table t;
    return t;
}

} // namespace

const EVP_CIPHER* cipher(Cipher which)
{
    return table().ciphers[std::size_t(which)].get();
}

const EVP_MD* digest(Digest which)
{
    return table().digests[std::size_t(which)].get();
}

const EVP_MD* digest(const char* name)
{
    for (std::size_t i = 0; i < kDigestNames.size(); ++i) {
        if (!std::strcmp(name, kDigestNames[i]))
            return table().digests[i].get();
    }
    return nullptr;
}

} // namespace keyward::core::fetched
