// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace keyward::core::strictjson {

struct Limits {
    qsizetype maxBytes = 64 * 1024; // headers and JWKs are small; a huge one is an attack (SPEC §6)
    int maxDepth = 32;
};

// Parses a JSON object and refuses what QJsonDocument silently accepts: a duplicate member name
// at any depth (RFC 7515 §5.2 / RFC 8725: a duplicate header parameter is malformed), text above
// the size cap (PolicyRefused), nesting deeper than the cap (PolicyRefused), trailing garbage and
// a top level that is not an object (Malformed).
Result<QJsonObject> parseObject(QByteArrayView text, const Limits& limits = Limits());

} // namespace keyward::core::strictjson
