// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one outcome a test run records per sample (SPEC §6), and how a decrypt error maps to it.

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace keyward::core::samples {

enum class SampleOutcome {
    Ok,
    UnknownKid,
    MissingKid,
    KeyRetired,
    KeyDestroyed,
    KeyRevoked,
    IntegrityFailure,
    UnsupportedAlg,
    DeprecatedAlg,
    Malformed,
    PolicyRefused,
};

QString sampleOutcomeName(SampleOutcome outcome); // "ok", "unknown-kid", ... (SPEC §6 spelling)
std::optional<SampleOutcome> sampleOutcomeFromName(const QString& name);
const QList<SampleOutcome>& allSampleOutcomes();

// Does the sample decrypt (possibly only with a retired or revoked key)?
bool sampleDecrypts(SampleOutcome outcome);

// A failed decrypt's error as an outcome. The resolver reports a destroyed key as Refused (the
// decryptor hands resolver errors through unchanged); a key that does not fit the sample
// (KeyMismatch) or any other refusal is policy-refused.
SampleOutcome outcomeForError(ErrorCode code);

} // namespace keyward::core::samples
