// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleOutcome.h"

namespace keyward::core::samples {

QString sampleOutcomeName(SampleOutcome outcome)
{
    switch (outcome) {
    case SampleOutcome::Ok: return QStringLiteral("ok");
    case SampleOutcome::UnknownKid: return QStringLiteral("unknown-kid");
    case SampleOutcome::MissingKid: return QStringLiteral("missing-kid");
    case SampleOutcome::KeyRetired: return QStringLiteral("key-retired");
    case SampleOutcome::KeyDestroyed: return QStringLiteral("key-destroyed");
    case SampleOutcome::KeyRevoked: return QStringLiteral("key-revoked");
    case SampleOutcome::IntegrityFailure: return QStringLiteral("integrity-failure");
    case SampleOutcome::UnsupportedAlg: return QStringLiteral("unsupported-alg");
    case SampleOutcome::DeprecatedAlg: return QStringLiteral("deprecated-alg");
    case SampleOutcome::Malformed: return QStringLiteral("malformed");
    case SampleOutcome::PolicyRefused: return QStringLiteral("policy-refused");
    }
    return QStringLiteral("malformed");
}

const QList<SampleOutcome>& allSampleOutcomes()
{
    static const QList<SampleOutcome> all = {
        SampleOutcome::Ok, SampleOutcome::UnknownKid, SampleOutcome::MissingKid, SampleOutcome::KeyRetired,
        SampleOutcome::KeyDestroyed, SampleOutcome::KeyRevoked, SampleOutcome::IntegrityFailure, SampleOutcome::UnsupportedAlg,
        SampleOutcome::DeprecatedAlg, SampleOutcome::Malformed, SampleOutcome::PolicyRefused,
    };
    return all;
}

std::optional<SampleOutcome> sampleOutcomeFromName(const QString& name)
{
    for (SampleOutcome outcome : allSampleOutcomes()) {
        if (sampleOutcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

bool sampleDecrypts(SampleOutcome outcome)
{
    return outcome == SampleOutcome::Ok || outcome == SampleOutcome::KeyRetired || outcome == SampleOutcome::KeyRevoked;
}

SampleOutcome outcomeForError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownKid: return SampleOutcome::UnknownKid;
    case ErrorCode::MissingKid: return SampleOutcome::MissingKid;
    case ErrorCode::IntegrityFailure: return SampleOutcome::IntegrityFailure;
    case ErrorCode::UnsupportedAlg: return SampleOutcome::UnsupportedAlg;
    case ErrorCode::DeprecatedAlg: return SampleOutcome::DeprecatedAlg;
    case ErrorCode::Malformed: return SampleOutcome::Malformed;
    case ErrorCode::Refused: return SampleOutcome::KeyDestroyed;
    default: return SampleOutcome::PolicyRefused;
    }
}

} // namespace keyward::core::samples
