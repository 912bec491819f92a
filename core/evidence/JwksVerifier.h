// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `verify jwks DIR [--trusted-key JWK]`: checks a bundle folder with no vault at hand, as any relying
// party could with a JOSE library and sha256sum: every digest in manifest.json, the compact JWS
// (typ jwk-set+jwt, no `none`, kid matching the key), its claims (iss, iat, exp, keys) against
// jwks.json, and that no file holds a private JWK member. Without a trusted key the manifest's
// signer is used and a warning says that it only vouches for itself.

#include "evidence/EvidenceCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace keyward::core {

class JwksVerifier {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::JwksVerifier)
public:
    // `now` invalid: no expiry check.
    static EvidenceReport verify(const QString& dir, const QJsonObject& trustedKey, const QDateTime& now);
};

} // namespace keyward::core
