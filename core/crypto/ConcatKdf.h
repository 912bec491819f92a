// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Concat KDF of NIST SP 800-56A §5.8.1 with SHA-256, as profiled for ECDH-ES by
// RFC 7518 §4.6.2: OtherInfo = AlgorithmID ‖ PartyUInfo ‖ PartyVInfo ‖ SuppPubInfo, each of the
// first three as a 32-bit big-endian length followed by the bytes, SuppPubInfo = keydatalen in
// bits (32-bit big-endian).

#include "common/SecureBytes.h"

#include <QByteArrayView>

namespace keyward::core::concatkdf {

// `algorithmId` is the `enc` value for ECDH-ES direct, else the `alg` value; apu/apv are the
// decoded `apu`/`apv` header parameters (empty when absent).
SecureBytes deriveSha256(const SecureBytes& sharedSecret, int keyBits, QByteArrayView algorithmId, QByteArrayView apu,
                         QByteArrayView apv);
// The same into `out` (keyBits / 8 bytes), for a caller that keeps the secret in memory it already
// holds (the ECDH-ES decrypt path: no allocation per sample).
void deriveSha256Into(QByteArrayView sharedSecret, int keyBits, QByteArrayView algorithmId, QByteArrayView apu, QByteArrayView apv,
                      unsigned char* out);

} // namespace keyward::core::concatkdf
