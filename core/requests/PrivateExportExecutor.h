// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "export-private" request kind: the requester collects an approved export of a private key as
// encrypted PKCS#8 or as a JWE-wrapped JWK to a recipient's public key, never in clear.

#include "requests/KeyRequestSupport.h"

#include "jose/Jwk.h"

#include <QCoreApplication>

namespace keyward::core {

class PrivateExportExecutor final : public KeyRequestExecutor {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::PrivateExportExecutor)
public:
    RequestKind kind() const override { return RequestKind::ExportPrivate; }
    Status prepare(Vault& vault, Request& request, QByteArray& attachment) const override;
    OnApproval onApproval() const override { return OnApproval::AwaitRequester; }
    Result<QJsonObject> execute(ExecutionContext& context, const Request& request,
                                const QByteArray& attachment) const override;

    // The JWE key management alg for a recipient's public key: its pinned alg when that is a
    // public-key wrap, else ECDH-ES+A256KW (EC, X25519) or RSA-OAEP-256 (RSA); content A256GCM.
    // Refused for private keys, signature keys and keys that cannot receive a wrapped key.
    static Result<QString> wrapAlgFor(const Jwk& recipient);

private:
    static Result<QByteArray> encode(const Jwk& key, const Request& request, const PrivateExportTarget& target);
};

} // namespace keyward::core
