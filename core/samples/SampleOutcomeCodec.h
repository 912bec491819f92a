// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run's outcomes as one compact byte string (schema 0011): the form a run is stored in and the
// bytes whose SHA-256 its signed `samples.tested` audit event carries, so that no row of it can be
// changed, added or dropped behind the officers' signatures. Kids, algs, encs, outcome names and
// details are kept once each in a string table and referred to by index: a 10,000-sample run is
// about 45 bytes a sample, written as one value instead of 10,000 rows and their index entries.
//
//   "KWSO" 0x01 · n · n × (len · UTF-8) · rows · rows × (sampleId · outcome · kid · keyId · alg ·
//   enc · 0x00 | 0x01 + 32-byte SHA-256 · plaintextLength · detail)
//
// Every number is an unsigned LEB128 varint; outcome, kid, alg, enc and detail index the table.

#include "common/Result.h"
#include "samples/SampleStore.h"

#include <QCoreApplication>

namespace keyward::core::samples {

class SampleOutcomeCodec {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleOutcomeCodec)
public:
    static QByteArray encode(const QList<SampleOutcomeRow>& outcomes);
    // Malformed when `bytes` is not exactly what encode() writes (each outcome's runId is left 0).
    static Result<QList<SampleOutcomeRow>> decode(QByteArrayView bytes);
    // Lower-case hex SHA-256 of encoded outcomes, as the audit event carries it.
    static QString digest(QByteArrayView encoded);
};

} // namespace keyward::core::samples
