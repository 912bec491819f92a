// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Split-secret enrollment of a new officer (issue #12: officers choose their own passphrases).
//
// Why: if the requester chose the new officer's passphrase, the requester could act as that
// officer. Instead an approved officer-add admits the name and roles only; the new officer then
// creates their own signing key and passphrase, which needs two halves of a secret:
//  - half A, derived when the request is filed from the requester's signature over
//    "keyward-enrollment-half|a|<vault>|<name>|<nonce>" (Ed25519 is deterministic, so the
//    requester can derive it again but nobody else can);
//  - half B, derived the same way from the approving officer's signature ("…|b|…") when they approve.
// Neither half is ever stored. Each half deterministically gives an Ed25519 key and an X25519 key
// (HKDF). The request effect carries A's public keys (signed by requester and approvers); the
// officer.added event carries B's public keys in a statement signed by the approver. The master
// key is wrapped to both X25519 keys at once (enrollments.json, readable before unlocking), so only
// someone holding both halves opens it; and the completion event "officer.enrolled" must be signed
// by the new officer's key and by both half keys, which the roster checks (Roster.cpp). One officer
// editing vault.db holds at most one half and cannot forge the other's signature.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/SlotCrypto.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace keyward::core {

// The keys one half gives (HKDF of the half; the same half always gives the same keys).
struct EnrollmentHalfKeys {
    QJsonObject signingJwk; // Ed25519 OKP JWK
    QByteArray boxPublic; // X25519, raw 32 bytes
    SecureBytes signingPrivate;
    SecureBytes boxPrivate;
};

// One pending enrollment in enrollments.json: the master key wrapped to both halves' box keys.
struct EnrollmentWrap {
    QString officer;
    qint64 request = 0;
    qint64 generation = 1; // the keyslots.json generation whose master key is wrapped
    QByteArray aBox;
    QByteArray bBox;
    QByteArray epkA;
    QByteArray epkB;
    slotcrypto::Sealed master;
};

class OfficerEnrollment {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::OfficerEnrollment)
public:
    enum class Half { A, B };
    static QString halfName(Half half); // "A" / "B"

    // Raw Ed25519 signature over a message by the officer deriving a half.
    using Signer = std::function<Result<QByteArray>(QByteArrayView)>;
    static Result<SecureBytes> deriveHalf(const Signer& signer, Half half, const QString& vaultId,
                                          const QString& officer, const QString& nonce);
    static Result<EnrollmentHalfKeys> keysOf(const SecureBytes& half);

    // "keyward-half-a.<base64url>" (the letter guards against swapped files).
    static SecureBytes encodeHalf(Half half, const SecureBytes& raw);
    // Surrounding whitespace is ignored. InvalidArgument naming the half when malformed or swapped.
    static Result<SecureBytes> decodeHalf(Half half, const SecureBytes& text);

    // The master key wrapped for both box keys; unwrapped with both box private keys.
    static Result<EnrollmentWrap> wrap(const QString& vaultId, const QString& officer, qint64 request,
                                       qint64 generation, const QByteArray& aBox, const QByteArray& bBox,
                                       const SecureBytes& masterKey);
    static Result<SecureBytes> unwrap(const QString& vaultId, const EnrollmentWrap& wrap,
                                      const EnrollmentHalfKeys& a, const EnrollmentHalfKeys& b);

    // enrollments.json beside keyslots.json. A missing file holds no enrollment.
    static QString filePath(const QString& vaultDir);
    static Result<QList<EnrollmentWrap>> load(const QString& vaultDir, const QString& vaultId);
    static QByteArray toJson(const QString& vaultId, const QList<EnrollmentWrap>& wraps);
};

} // namespace keyward::core
