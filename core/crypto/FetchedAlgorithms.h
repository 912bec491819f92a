// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cipher and digest implementations fetched from the provider once per process. OpenSSL 3 turns
// every use of a built-in EVP_aes_*()/EVP_sha*() object into an implicit fetch — a locked lookup in
// the provider's method store — which costs more than wrapping a key or hashing a Concat KDF block;
// in a batch test-decrypt that is paid per sample. These objects are immutable and thread-safe.

#include <openssl/evp.h>

namespace keyward::core::fetched {

// The AES modes JOSE uses, in the order of the name table (FetchedAlgorithms.cpp).
enum class Cipher { Aes128Gcm, Aes192Gcm, Aes256Gcm, Aes128Wrap, Aes192Wrap, Aes256Wrap, Aes128Cbc, Aes192Cbc, Aes256Cbc, Aes128Ecb, Aes192Ecb, Aes256Ecb };
enum class Digest { Sha1, Sha256, Sha384, Sha512 };

// By identifier: an index, for the per-sample paths (a name lookup compares strings).
const EVP_CIPHER* cipher(Cipher which);
const EVP_MD* digest(Digest which);
// "SHA1", "SHA256", "SHA384", "SHA512"; nullptr for others.
const EVP_MD* digest(const char* name);

} // namespace keyward::core::fetched
