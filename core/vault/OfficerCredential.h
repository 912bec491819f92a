// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Proof that an officer typed their own passphrase just now (SPEC §4: the approver
// re-authenticates at the moment of approval). Only Vault::authenticateOfficer (or its two halves
// in OfficerReauthentication.h) makes one; it holds the officer's personal signing key, unwrapped
// from their keyslot, until it is destroyed.
// Move-only; never stored.

#include "common/Result.h"
#include "vault/Officer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace keyward::core {

class OfficerCredential {
public:
    OfficerCredential(OfficerCredential&&) noexcept;
    OfficerCredential& operator=(OfficerCredential&&) noexcept;
    ~OfficerCredential();

    const Officer& officer() const;
    // Ed25519 signature over `payload` with the officer's personal key (raw 64 bytes).
    Result<QByteArray> sign(QByteArrayView payload) const;

    struct Private;

private:
    friend class Vault;
    friend struct OfficerReauthentication; // the two-step re-authentication (OfficerReauthentication.h)
    explicit OfficerCredential(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace keyward::core
