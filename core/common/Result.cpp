// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

namespace keyward::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::Malformed: return QStringLiteral("malformed");
    case ErrorCode::UnknownKid: return QStringLiteral("unknown-kid");
    case ErrorCode::MissingKid: return QStringLiteral("missing-kid");
    case ErrorCode::IntegrityFailure: return QStringLiteral("integrity-failure");
    case ErrorCode::UnsupportedAlg: return QStringLiteral("unsupported-alg");
    case ErrorCode::DeprecatedAlg: return QStringLiteral("deprecated-alg");
    case ErrorCode::PolicyRefused: return QStringLiteral("policy-refused");
    case ErrorCode::KeyMismatch: return QStringLiteral("key-mismatch");
    case ErrorCode::WeakKey: return QStringLiteral("weak-key");
    case ErrorCode::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ErrorCode::VerificationFailed: return QStringLiteral("verification-failed");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::Refused: return QStringLiteral("refused");
    case ErrorCode::ClockBehind: return QStringLiteral("clock-behind");
    case ErrorCode::VaultDamaged: return QStringLiteral("vault-damaged");
    case ErrorCode::NewerSchema: return QStringLiteral("newer-schema");
    case ErrorCode::Busy: return QStringLiteral("busy");
    case ErrorCode::VaultChanged: return QStringLiteral("vault-changed");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Crypto: return QStringLiteral("crypto");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace keyward::core
