// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/jose: RFC 7517/7518 JSON members → Jwk::Data (key material built through
// OpenSSL params, then use/alg/key_ops checked against it).

#include "common/Result.h"
#include "jose/JwkData.h"

#include <QJsonObject>

namespace keyward::core::jwkdetail {

// kty-specific members (strict base64url, minimal integers, full-length coordinates, private
// parts consistent with public ones) followed by use / alg / key_ops / kid.
Status parseMembers(const QJsonObject& object, Jwk::Data& data, KeyCheck check = KeyCheck::Full);

} // namespace keyward::core::jwkdetail
