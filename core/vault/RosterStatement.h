// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The signed statements the officer roster is rebuilt from (issue #12, SPEC §2).
//
// Why: every keyslot unwraps the same master key, so one officer can edit vault.db directly and
// recompute the audit hash chain. A hash chain alone therefore proves nothing about who is an
// officer. What one officer cannot forge is another officer's Ed25519 signature, so officers,
// roles and keyslots count only when a statement signed by the right officers says so.
//
// A statement is a compact JWS, protected header {"alg":"EdDSA","typ":"keyward-roster+jwt",
// "kid":<RFC 7638 thumbprint of the signer's JWK>}, payload = compact JSON (sorted members) of
//   {"v":1,"vault":<vault id>,"kind":"genesis"|"bootstrap"|"adopted","officer","roles",
//    "signingJwk","box":<base64url X25519 public key>,"at","tofu":bool}
// ("adopted" carries "officers":[{officer, roles, signingJwk, box}] instead of one officer).
// It rides in the audit event's details as "roster". Request-based changes carry the approvers'
// decision JWS instead ("approvals"), see Roster.cpp.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace keyward::core {

class RosterStatement {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::RosterStatement)
public:
    static constexpr int kVersion = 1;

    // The details member of an audit event that holds a statement.
    static QString detailsKey();

    // Raw Ed25519 signature over the signing input (the signer's personal key).
    using Signer = std::function<Result<QByteArray>(QByteArrayView)>;

    static Result<QByteArray> sign(const QJsonObject& statement, const QJsonObject& signerJwk, const Signer& signer);
    // The payload, when `jws` is a roster statement signed by exactly `signerJwk` (never a key
    // taken from the statement itself). IntegrityFailure otherwise.
    static Result<QJsonObject> verify(QByteArrayView jws, const QJsonObject& signerJwk);
    // The payload without checking the signature: only to find out who claims to have signed it,
    // so the roster can look that officer's key up.
    static Result<QJsonObject> unverifiedPayload(QByteArrayView jws);

    // base64url(SHA-256("keyward-vault-fingerprint|" + vault id + "|" + genesis JWK thumbprint)):
    // what officers compare out of band to know they hold the same vault.
    static QString fingerprint(const QString& vaultId, const QJsonObject& genesisJwk);
    static QString thumbprint(const QJsonObject& jwk);
};

} // namespace keyward::core
