// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Eight bytes at a time (SWAR) for the scanners that run over every event of a million-event log
// (canonical JSON checks in core/audit, the strict audit.jsonl line scanner in core/evidence).
// The classic bit tricks: exact for "some byte is below n" (n <= 0x80) and "some byte equals c".

#include <QtGlobal>

#include <cstring>

namespace keyward::core::bytescan {

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHigh = 0x8080808080808080ULL;

inline quint64 load8(const char* p)
{
    quint64 word;
    std::memcpy(&word, p, 8);
    return word;
}

inline bool hasByteBelow(quint64 word, unsigned char n)
{
    return ((word - kOnes * n) & ~word & kHigh) != 0;
}

inline bool hasByte(quint64 word, unsigned char c)
{
    const quint64 x = word ^ (kOnes * c);
    return ((x - kOnes) & ~x & kHigh) != 0;
}

// A quote, a backslash or a control character: a byte a JSON string cannot hold as it is.
inline bool hasJsonSpecial(quint64 word)
{
    return hasByteBelow(word, 0x20) || hasByte(word, '"') || hasByte(word, '\\');
}

} // namespace keyward::core::bytescan
