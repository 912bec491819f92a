// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the sample-file parser (SPEC §10): any byte string as the content of a
// sample file goes through splitSampleTokens and, token by token, summarizeSample. Whatever the
// input, the result is a list of tokens or a typed error — never a crash, a sanitizer report, a
// hang or unbounded memory.
#include "samples/SampleFile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char*>(data), qsizetype(size));
    auto tokens = keyward::core::samples::splitSampleTokens(content);
    if (tokens.ok()) {
        for (const QByteArray& token : *tokens)
            (void)keyward::core::samples::summarizeSample(token);
    }
    return 0;
}
