// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadCryptoState.h"

#include "common/SecureBytes.h"

#include <openssl/crypto.h>

namespace keyward::core::threadcrypto {

void releaseState()
{
    SecureBytes::releaseThreadCache();
    OPENSSL_thread_stop();
}

} // namespace keyward::core::threadcrypto
