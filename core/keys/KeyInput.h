// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns the bytes of an import (a file, a paste, a drop) into keys: JWK, JWK Set, PEM (SPKI,
// PKCS#8, encrypted PKCS#8, PKCS#1/SEC 1) or an X.509 certificate (PEM or DER). Parsing is the
// JOSE engine's (Jwk, JwkSet, PemCodec); this only recognises which one applies.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "jose/Jwk.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace keyward::core {

struct DecodedKeys {
    enum class Format { Jwk, Jwks, Pem, EncryptedPem, Certificate };
    struct Entry {
        int index = 0; // position in a JWK Set, 0 otherwise
        QString kid; // as written in the input, when readable
        Result<Jwk> key = Error(ErrorCode::Malformed, QString());
    };

    Format format = Format::Jwk;
    QList<Entry> entries; // one per key; a JWK Set member that did not parse carries its error

    static QString formatName(Format format); // "jwk", "jwks", "pem", "pkcs8-encrypted", "x509"
};

class KeyInput {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyInput)
public:
    static constexpr qsizetype kMaxInputBytes = 4 * 1024 * 1024;

    // Malformed when nothing in `data` is a key; AuthenticationFailed for an encrypted PKCS#8
    // whose passphrase is wrong; InvalidArgument when it is encrypted and no passphrase was given.
    static Result<DecodedKeys> decode(QByteArrayView data, const SecureBytes& passphrase = SecureBytes());
    // Whether the input is an encrypted private key (so a dialog can ask for the passphrase).
    static bool needsPassphrase(QByteArrayView data);
};

} // namespace keyward::core
