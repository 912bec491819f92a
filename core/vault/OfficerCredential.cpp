// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficerCredential.h"

#include "crypto/OpenSslHandles.h"
#include "vault/OfficerCredentialPrivate.h"
#include "vault/SlotCrypto.h"

#include <QCoreApplication>

namespace keyward::core {

OfficerCredential::OfficerCredential(std::unique_ptr<Private> p) : d(std::move(p)) { }
OfficerCredential::OfficerCredential(OfficerCredential&&) noexcept = default;
OfficerCredential& OfficerCredential::operator=(OfficerCredential&&) noexcept = default;
// The EVP_PKEY frees (and OpenSSL cleanses) the private key with the Private.
OfficerCredential::~OfficerCredential() = default;

const Officer& OfficerCredential::officer() const
{
    return d->officer;
}

Result<QByteArray> OfficerCredential::sign(QByteArrayView payload) const
{
    if (!d || !d->signingKey)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("keyward::core::OfficerCredential", "The officer credential is empty."));
    return slotcrypto::ed25519Sign(d->signingKey.get(), payload);
}

} // namespace keyward::core
