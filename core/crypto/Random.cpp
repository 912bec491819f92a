// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include <openssl/rand.h>

#include <QtGlobal>

namespace keyward::core::random {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        qFatal("RAND_bytes failed: the system random generator is unavailable");
    return out;
}

SecureBytes secretBytes(std::size_t count)
{
    SecureBytes out(count);
    if (count > 0 && RAND_priv_bytes(out.data(), int(count)) != 1)
        qFatal("RAND_priv_bytes failed: the system random generator is unavailable");
    return out;
}

} // namespace keyward::core::random
