// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::base64url {

// RFC 7515 §2 base64url without padding.
QByteArray encode(QByteArrayView bytes);

// Strict decoding (SPEC §6): no padding, no '+' or '/', no whitespace, a length that is not 1 mod 4,
// and canonical trailing bits (the unused low bits of the last character must be zero).
Result<QByteArray> decode(QByteArrayView text);
// The same, straight into secure memory (no intermediate QByteArray holds the secret).
Result<SecureBytes> decodeSecret(QByteArrayView text);
// The same into memory the caller holds, for paths that decode several values per message: the
// size `text` decodes to (-1 for an impossible length), then the bytes into `out` (that many),
// false on any fault (decode() names it).
qsizetype decodedSize(qsizetype textSize);
bool decodeInto(QByteArrayView text, unsigned char* out);


} // namespace keyward::core::base64url

namespace keyward::core::hex {
QByteArray encode(QByteArrayView bytes);
Result<QByteArray> decode(QByteArrayView text);
} // namespace keyward::core::hex
