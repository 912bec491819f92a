// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JOSE Header of a JWS signature or a JWE recipient: the base64url protected header (strict
// JSON, size-capped) joined with the unprotected ones, plus the RFC 7515 §4.1.11 `crit` rules.
// Shared by JWS and JWE so both refuse the same things the same way.

#include "common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::core {

class JoseHeader {
public:
    // A protected header above this size is refused before it is decoded (SPEC §6: bounded time
    // and memory). Real headers are a few hundred bytes; an embedded jwk or x5c chain a few KiB.
    static constexpr qsizetype kMaxProtectedBytes = 16 * 1024;

    JoseHeader() = default;

    // Decodes a protected header: strict base64url (Malformed), the size cap (PolicyRefused),
    // strict JSON with no duplicate member (Malformed), a JSON object at the top.
    static Result<QJsonObject> decodeProtected(QByteArrayView base64url);

    // Joins the protected header (already decoded, with its base64url text kept for signing input
    // and AAD) and any unprotected headers (JWS `header`; JWE `unprotected` then per-recipient
    // `header`). A parameter named in two of them is Malformed (RFC 7515 §7.2.1, RFC 7516 §7.2.1).
    static Result<JoseHeader> join(const QByteArray& protectedBase64Url, const QJsonObject& protectedHeader,
        const QList<QJsonObject>& unprotectedHeaders = {});
    // Compact serialization: everything is in the protected header.
    static Result<JoseHeader> fromCompact(const QByteArray& protectedBase64Url);

    // RFC 7515 §4.1.11: `crit`, when present, must be in the protected header, a non-empty array
    // of distinct strings, none a name registered by RFC 7515/7516/7518, each present in the
    // protected header (all Malformed), and each an extension this caller implements (else
    // UnsupportedAlg: the token needs processing Keyward does not do).
    Status checkCrit(const QStringList& understood) const;

    const QJsonObject& joined() const { return m_joined; }
    const QJsonObject& protectedHeader() const { return m_protected; }
    const QByteArray& protectedBase64Url() const { return m_protectedText; }
    bool contains(const QString& name) const { return m_joined.contains(name); }
    bool isProtected(const QString& name) const { return m_protected.contains(name); }

    // A parameter that must be a string when present (Malformed otherwise); "" when absent.
    Result<QString> stringParam(const QString& name) const;
    // `alg`: required, a string.
    Result<QString> alg() const;
    QString kid() const { return m_joined.value(QStringLiteral("kid")).toString(); }

    // Names registered for JWS/JWE headers (RFC 7515 §4.1, RFC 7516 §4.1, RFC 7518 §4.6-4.8).
    static const QStringList& registeredNames();

private:
    QJsonObject m_protected;
    QJsonObject m_joined;
    QByteArray m_protectedText;
};

} // namespace keyward::core
