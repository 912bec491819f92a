// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `effect` object of each request kind: what approvers sign, so it names the exact change.
// Member names are the contract between drafting (front ends, due drafting), executors and
// display (approval dialog before/after, `request show`). Times are ISO 8601 UTC strings
// (KeyStore::formatTime), durations integer seconds.
//
// rotate:
//   kid, keySet, use, thumbprint            the predecessor (current primary)
//   reasonCategory                          "scheduled" | "incident" | "offboarding" | "expiry"
//   overlapSecs                             requested overlap; 0 = what the gate computes
//   successor: either { "kid": K, "prePublished": true }   an existing active non-primary key
//              or     { "alg", "size", "kid" (optional), "owner", "environment",
//                       "expiresAt", "sameAsPredecessor": bool }   generated at execution
// retire:          kid, keySet, use, thumbprint, state (at drafting)
// destroy:         kid, keySet, thumbprint, waitSecs (default 7 d, 1–30 d)
// export-private:  kid, keySet, thumbprint, format ("pkcs8" | "jwe"),
//                  recipientJwk + recipientThumbprint (jwe only: the public key it is wrapped to)
// officer-add:     officer, roles [..], signingJwk (the new officer's public signing key);
//                  the sealed keyslot waits in the request's attachment (not signed, not shown)
// officer-remove:  officer, roles [..] (at drafting)
// role-change:     officer, before [..], after [..]
// policy-change:   keySet, before {policy}, after {policy} (KeySetPolicy as JSON, see below)

#include "keys/KeySetPolicy.h"

#include <QJsonObject>

namespace keyward::core::effects {

// KeySetPolicy <-> {"cryptoperiodSecs", "warnFirstSecs", "warnFinalSecs", "maxTokenTtlSecs",
// "clockSkewSecs", "minOverlapSecs", "defaultEnvironment", "bundleSigningKid"}.
QJsonObject policyToJson(const KeySet& set);
KeySet policyFromJson(const QString& name, const QJsonObject& json);

} // namespace keyward::core::effects
