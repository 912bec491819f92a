// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace keyward::core {

// A closed set of failure kinds. Front ends map them to exit codes (CLI) or message styles (GUI);
// JOSE outcomes (SPEC §6) are members so a test-decrypt finding is just an error code.
enum class ErrorCode {
    InvalidArgument, // the caller passed something unusable (usage errors)
    Malformed, // input does not parse (JSON, base64url, PEM, JWE/JWS structure)
    UnknownKid,
    MissingKid,
    IntegrityFailure, // tag/signature/MAC mismatch, padding or decryption failure
    UnsupportedAlg,
    DeprecatedAlg,
    PolicyRefused, // RFC 8725 / caps / key-alg pinning refusals
    KeyMismatch, // key type, use or alg does not fit the operation
    WeakKey, // too small, bad exponent, off-curve point
    AuthenticationFailed, // wrong passphrase
    VerificationFailed, // audit chain or signed export does not verify
    NotFound,
    AlreadyExists,
    Refused, // a governance rule says no (two-person rule, state machine, bootstrap)
    ClockBehind, // this computer's clock is before the vault's last event: nothing is written
    VaultDamaged, // keyslots.json or vault.db unreadable / foreign
    NewerSchema, // vault written by a newer Keyward
    Busy, // another program held the vault's lock for longer than the busy timeout; nothing changed
    VaultChanged, // another program re-keyed the vault (an officer was removed): unlock again
    Io,
    Database,
    Crypto, // an OpenSSL or libargon2 call failed unexpectedly
    Cancelled,
    Internal,
};

// Stable machine name, used in CLI --json output and as SPEC §6 outcome names.
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, safe to show: never holds secret material

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) { }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) { } // NOLINT(google-explicit-constructor)
    Result(Error error) : m_value(std::move(error)) { } // NOLINT(google-explicit-constructor)
    Result(ErrorCode code, QString message) : m_value(Error(code, std::move(message))) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_value); }
    const T& value() const& { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_value); }
    ErrorCode code() const { return error().code; }
    const QString& message() const { return error().message; }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { } // NOLINT(google-explicit-constructor)
    Result(ErrorCode code, QString message) : m_error(code, std::move(message)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& message() const { return m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace keyward::core

// Propagate a failed Result<U> out of a function returning Result<T>.
#define KEYWARD_TRY(expr)                                                                                    \
    do {                                                                                                     \
        auto&& keywardTryResult_ = (expr);                                                                   \
        if (!keywardTryResult_.ok())                                                                         \
            return keywardTryResult_.error();                                                                \
    } while (false)
