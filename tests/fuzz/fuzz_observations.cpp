// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the observation log parser (SPEC §10): any bytes as CSV or JSON Lines.
// Invariants: every line is accepted or reported, never both; each aggregate's first seen is not
// after its last and the counts add up to the accepted lines; cutting the input at a line end
// (as the import's mapped windows do) changes nothing.
#include "trust/ObservationParser.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace keyward::core;

namespace {

const QStringList kWorkloads { QStringLiteral("gw"), QStringLiteral("api"), QStringLiteral("svc-\u00e9") };
const QStringList kKids { QStringLiteral("pay-1"), QStringLiteral("pay-2"), QStringLiteral("k") };

void check(const ObservationParser& parser)
{
    if (parser.accepted() + parser.errorCount() > parser.lines())
        __builtin_trap();
    qint64 total = 0;
    for (const auto& [pair, agg] : parser.aggregates()) {
        if (agg.firstMs > agg.lastMs || agg.count <= 0)
            __builtin_trap();
        total += agg.count;
    }
    if (total != parser.accepted())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* begin = reinterpret_cast<const char*>(data);
    const char* end = begin + size;
    ObservationParser whole(kWorkloads, kKids);
    whole.feed(begin, end);
    check(whole);

    const char* cut = static_cast<const char*>(std::memchr(begin + size / 2, '\n', size - size / 2));
    if (cut) {
        ObservationParser split(kWorkloads, kKids);
        split.feed(begin, cut + 1);
        split.feed(cut + 1, end);
        check(split);
        if (split.accepted() != whole.accepted() || split.errorCount() != whole.errorCount()
            || split.aggregates().size() != whole.aggregates().size())
            __builtin_trap();
    }
    return 0;
}
