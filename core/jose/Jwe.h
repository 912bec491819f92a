// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared JWE types (RFC 7516): the three serializations, the caps every decrypt applies, the
// parsed form of a JWE, and the callbacks through which a decryptor gets keys and passwords.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "jose/JweHeader.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace keyward::core::jose {

enum class JweSerialization { Compact, Flattened, General };

// Every cap makes a refusal fast and bounded in memory (SPEC §6): exceeding one is PolicyRefused.
struct JweLimits {
    qsizetype maxInputBytes = 32 * 1024 * 1024; // whole serialized JWE
    qsizetype maxHeaderBytes = 16 * 1024; // each unprotected header (the protected one: JoseHeader::kMaxProtectedBytes)
    quint32 maxPbes2Count = 1000000; // PBES2 p2c
    qsizetype maxInflatedBytes = 32 * 1024 * 1024; // zip: DEF output
    int maxRecipients = 64;
};

struct JweRecipientPart {
    QJsonObject header; // per-recipient unprotected header ("header" member), may be empty
    QByteArray encryptedKey; // decoded
};

// A JWE as received, structure checked and base64url decoded, nothing decrypted.
struct JweMessage {
    JweSerialization serialization = JweSerialization::Compact;
    QByteArray protectedB64; // exactly as received: it is part of the AAD
    QJsonObject protectedHeader;
    QJsonObject sharedHeader; // JSON "unprotected" member
    QList<JweRecipientPart> recipients; // exactly one for compact and flattened
    QByteArray aadB64; // JSON "aad" member as received (empty when absent)
    bool hasAad = false;
    QByteArray iv;
    QByteArray ciphertext;
    QByteArray tag;

    // The JOSE Header of recipient `index`: the union of the three headers (disjoint by parse).
    QJsonObject joseHeader(int index) const;
    // ASCII(BASE64URL(protected)) [ '.' BASE64URL(aad) ] (RFC 7516 §5.1 step 14).
    QByteArray additionalAuthenticatedData() const;
};

// Parses any of the three serializations (JSON when the text starts with '{'). Malformed for bad
// structure, bad base64url (strict), duplicate member names or a header member in more than one
// header; PolicyRefused for input or headers above the caps. `crit` is checked at decryption.
Result<JweMessage> parseJwe(QByteArrayView text, const JweLimits& limits = JweLimits());
// The dot-separated parts of a compact JWE as views into `text`: how many there are, up to 6 (a
// sixth holds the rest of the text after the fifth dot). A compact JWE has exactly 5.
int splitCompact(QByteArrayView text, QByteArrayView (&parts)[6]);

// The vault side of key selection: the key with this kid (and a private part), or UnknownKid when
// there is none. Any other error (e.g. a destroyed key) is reported as the outcome unchanged.
using JweKeyResolver = std::function<Result<Jwk>(const QString& kid, const QJsonObject& header)>;
// The same by kid alone: a decryptor built with one never turns the header into JSON objects for
// it, which a test run's thousands of compact samples would pay for (see JweHeader).
using JweKidResolver = std::function<Result<Jwk>(const QString& kid)>;
// The password for a PBES2 recipient (the header is passed so a prompt can show kid/p2c).
using JwePasswordProvider = std::function<Result<SecureBytes>(const QJsonObject& header)>;

// A successful decrypt. The plaintext is a QByteArray: JWE content is in general a document, not
// key material — a caller decrypting secrets moves it into SecureBytes::takeFrom at once.
struct JweDecrypted {
    QByteArray plaintext;
    QString kid; // of the recipient used ("" for a PBES2 recipient without one)
    QString alg;
    QString enc;
    int recipientIndex = 0;
    JweHeader joseHeader; // the JOSE Header of that recipient
    JweSerialization serialization = JweSerialization::Compact;

    QJsonObject header() const { return joseHeader.toJsonObject(); }
};

} // namespace keyward::core::jose
