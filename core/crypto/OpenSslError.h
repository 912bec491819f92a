// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace keyward::core::ossl {

// Empties the thread's OpenSSL error queue and returns its last entry's reason text (OpenSSL
// reasons name the failing check, never key bytes). Every wrapper calls this at its boundary so
// a stale error never leaks into the next operation's message.
QString drainErrors();

// `context` is a translated sentence ("Could not generate the RSA key"); the OpenSSL reason is
// appended in brackets when there is one.
Error cryptoError(ErrorCode code, const QString& context);

} // namespace keyward::core::ossl
