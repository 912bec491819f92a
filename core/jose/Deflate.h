// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JWE `zip: "DEF"` compression (RFC 7516 §4.1.3): raw DEFLATE (RFC 1951, no zlib or gzip
// wrapper) through zlib, with a hard cap on the inflated size so a compression bomb is refused
// after at most `maxOutput` bytes of work.

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::jose::deflate {

Result<QByteArray> compress(QByteArrayView data);

// PolicyRefused as soon as the output would pass `maxOutput` bytes; Malformed for a stream that
// is not valid raw DEFLATE, is truncated, or has trailing bytes.
Result<QByteArray> decompress(QByteArrayView data, qsizetype maxOutput);

} // namespace keyward::core::jose::deflate
