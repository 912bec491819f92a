// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::digest {

QByteArray sha256(QByteArrayView data);
QByteArray sha384(QByteArrayView data);
QByteArray sha512(QByteArrayView data);

// OpenSSL digest name for a SHA output size in bits ("SHA1" for 160, "SHA256", "SHA384",
// "SHA512"); nullptr for any other size. JOSE algorithms name their hash by size (RS256, HS384…).
const char* shaNameForBits(int hashBits);

} // namespace keyward::core::digest
