// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AES Key Wrap (RFC 3394, the default IV A6A6A6A6A6A6A6A6): JOSE A*KW, ECDH-ES+A*KW and PBES2.

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::aeskw {

// The key data must be at least 16 bytes and a multiple of 8 (RFC 3394 §2); the KEK 16/24/32 bytes.
Result<QByteArray> wrap(QByteArrayView kek, QByteArrayView keyData);

// IntegrityFailure when the integrity check value does not come out (wrong KEK or altered data);
// InvalidArgument for a KEK of the wrong size; Malformed for wrapped data of an impossible length.
Result<SecureBytes> unwrap(QByteArrayView kek, QByteArrayView wrapped);

} // namespace keyward::core::aeskw
