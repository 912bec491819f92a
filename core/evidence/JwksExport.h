// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `export jwks --set S --out DIR` (SPEC §7): the signed JWKS bundle of one key set.
//
//   jwks.json      RFC 7517 {"keys":[…]}: public members only; sig keys active or in grace, enc keys
//                  active (SPEC §3 table); never a symmetric (oct) key, never the set's
//                  bundle-signing keys (they sign bundles, not tokens).
//   jwks.jws       compact JWS, header {"alg","typ":"jwk-set+jwt","kid"}, payload
//                  {"iss","iat","exp","keys"} (the OpenID Federation signed-JWKS shape), signed by
//                  the set's bundle-signing key (key_sets.bundle_signing_kid, changed by a
//                  two-person policy-change request: that is how the bundle key is rotated).
//   manifest.json  SHA-256 of each file, generator, time, signer {kid, jwk}, and the recommended
//                  Cache-Control max-age: half the set's minimum overlap, at most a day, at least
//                  five minutes — so every relying party refreshes twice inside the overlap in
//                  which a successor key is published before it signs anything.
// `exp` is `iat` plus the set's minimum overlap: a bundle nobody re-published for that long is stale.

#include "common/Result.h"
#include "evidence/EvidenceFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace keyward::core {

class Database;
class KeyProvider;
class Vault;

struct JwksBundle {
    QByteArray jwksJson;
    QByteArray jwksJws;
    QByteArray manifestJson;
    QStringList kids; // published, in jwks.json order
    QString signerKid;
    qint64 maxAgeSecs = 0;
};

class JwksExport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::JwksExport)
public:
    static QString issuerFor(const QString& vaultId, const QString& set);
    static qint64 recommendedMaxAge(qint64 minOverlapSecs);

    // Builds the three files from one read of the vault (the caller holds the snapshot).
    // Refused: unknown set, no primary key, no usable bundle-signing key.
    static Result<JwksBundle> build(Database& db, const KeyProvider& provider, const QString& vaultId,
                                    const QString& set, const QDateTime& now);

    JwksExport(Vault& vault, QString set, QString outDir);
    // Builds, records "evidence.jwks-exported", then writes the files atomically.
    Status run();
    const QList<ExportedFile>& files() const { return m_files; }
    const JwksBundle& bundle() const { return m_bundle; }

private:
    Vault& m_vault;
    QString m_set;
    QString m_outDir;
    JwksBundle m_bundle;
    QList<ExportedFile> m_files;
};

} // namespace keyward::core
