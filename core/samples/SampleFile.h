// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What one sample file holds (SPEC §6): one or many JWE tokens in any serialization — compact
// tokens one per line, one JSON (flattened or general) object, JSON objects one per line, or a
// JSON array of compact strings and/or JSON objects — and a header summary of each token.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::core::samples {

// The cap on one sample file: larger files are reported and skipped, never read whole.
constexpr qint64 kMaxSampleFileBytes = 64 * 1024 * 1024;

// The tokens of a file's content, each as it will be stored and decrypted: as received, except
// the JSON objects inside an array, which are re-emitted compact (a duplicate member inside one
// of those is then no longer visible). Malformed when the content
// holds nothing that looks like a JWE (an empty file, a JSON value that is no JWE object).
Result<QList<QByteArray>> splitSampleTokens(const QByteArray& content);

// Header facts shown for a sample before any key is touched. A token that does not parse still
// gets a summary ("unknown" serialization, empty fields): its test outcome will say what is wrong.
struct SampleSummary {
    QString serialization; // compact | flattened | general | unknown
    QStringList kids; // of the recipients, in order (a recipient without kid adds nothing)
    QStringList algs;
    QString enc;
    QString zip;
};
SampleSummary summarizeSample(const QByteArray& token);

} // namespace keyward::core::samples
