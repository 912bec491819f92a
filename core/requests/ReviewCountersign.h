// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A second officer countersigns a review (SPEC §4 break-glass revocation, SPEC §2 offboarding):
// re-authenticated like an approval, never the officer who opened it, holding approver or admin.
// Audited as "review.countersigned" with the officer's EdDSA JWS over the review.

#include "common/Result.h"
#include "keys/ReviewStore.h"

#include <QCoreApplication>

namespace keyward::core {

class OfficerCredential;
class Vault;

class ReviewCountersign {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ReviewCountersign)
public:
    // Refused: unknown id (NotFound), already countersigned, the opener, no approver/admin role,
    // empty note.
    static Result<Review> run(Vault& vault, qint64 reviewId, const OfficerCredential& officer, const QString& note);
};

} // namespace keyward::core
