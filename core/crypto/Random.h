// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

#include <QByteArray>

namespace keyward::core::random {

// CSPRNG (OpenSSL RAND_bytes). Aborts if the generator fails: continuing without entropy would
// silently produce weak keys.
QByteArray bytes(int count);
SecureBytes secretBytes(std::size_t count);

} // namespace keyward::core::random
