// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslError.h"

#include <openssl/err.h>

namespace keyward::core::ossl {

QString drainErrors()
{
    QString last;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        const char* reason = ERR_reason_error_string(code);
        last = reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code, 0, 16);
    }
    return last;
}

Error cryptoError(ErrorCode code, const QString& context)
{
    const QString reason = drainErrors();
    if (reason.isEmpty())
        return Error(code, context);
    return Error(code, QStringLiteral("%1 (%2)").arg(context, reason));
}

} // namespace keyward::core::ossl
