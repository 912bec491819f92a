// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for a test run's stored outcomes (schema 11, SampleOutcomeCodec): the value is
// read back from vault.db, which an officer can edit with their own master key, before its digest
// is compared with the signed event. Whatever decodes must encode and decode again to the same
// outcomes; a refusal must carry a message.
#include "samples/SampleOutcomeCodec.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

using namespace keyward::core;
using namespace keyward::core::samples;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto rows = SampleOutcomeCodec::decode(input);
    if (!rows.ok()) {
        if (rows.message().isEmpty())
            __builtin_trap();
        return 0;
    }
    auto again = SampleOutcomeCodec::decode(SampleOutcomeCodec::encode(*rows));
    if (!again.ok() || again->size() != rows->size())
        __builtin_trap();
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const SampleOutcomeRow& a = rows->at(i);
        const SampleOutcomeRow& b = again->at(i);
        if (a.sampleId != b.sampleId || a.outcome != b.outcome || a.kid != b.kid || a.keyId != b.keyId || a.alg != b.alg || a.enc != b.enc
            || a.plaintextSha256 != b.plaintextSha256 || a.plaintextLength != b.plaintextLength || a.detail != b.detail)
            __builtin_trap();
    }
    return 0;
}
