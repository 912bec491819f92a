// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "keys/KeyInput.h"
#include "keys/KeyRecord.h"
#include "keys/NewKeyParams.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace keyward::core {

class KeyProvider;
class Vault;

// Imports keys from a JWK, JWK Set (each key on its own, reported per key), PEM (SPKI, PKCS#8,
// encrypted PKCS#8) or X.509 certificate (SPEC §3). A JWK without alg stays without one and is
// flagged "no alg pinned"; the private part, when present, goes to the key provider.
class ImportKeyCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ImportKeyCommand)
public:
    struct Outcome {
        int index = 0; // position in a JWK Set, 0 otherwise
        QString kid; // the kid stored (or the one the input named, when refused)
        Status status; // ok, or why this key was refused
        KeyRecord record; // what was (or, after validate(), would be) stored
    };

    // `passphrase` decrypts an encrypted PKCS#8 key; it is wiped when the command is destroyed.
    ImportKeyCommand(Vault& vault, KeyProvider& provider, NewKeyParams params, QByteArray data,
                     SecureBytes passphrase = SecureBytes());

    // Decodes and checks every key without writing: outcomes() then says what run() would do.
    Status validate();
    // Imports each key that passes, each in its own audited transaction. Ok when every key was
    // imported; otherwise the error of the only key, or a summary naming how many were refused.
    Status run();

    const QList<Outcome>& outcomes() const { return m_outcomes; }
    QList<KeyRecord> imported() const;
    DecodedKeys::Format format() const { return m_format; }

protected:
    // RegisterPublicKeyCommand: keep only the public part ("key.registered").
    void setPublicOnly(bool publicOnly) { m_publicOnly = publicOnly; }

private:
    Status process(bool write);

    Vault& m_vault;
    KeyProvider& m_provider;
    NewKeyParams m_params;
    QByteArray m_data;
    SecureBytes m_passphrase;
    bool m_publicOnly = false;
    DecodedKeys::Format m_format = DecodedKeys::Format::Jwk;
    QList<Outcome> m_outcomes;
};

// Registers a key held elsewhere (an HSM, a partner's JWKS) from its public part only: a JWK,
// JWK Set, SPKI PEM or certificate. Private members in the input are dropped, never stored.
class RegisterPublicKeyCommand : public ImportKeyCommand {
public:
    RegisterPublicKeyCommand(Vault& vault, KeyProvider& provider, NewKeyParams params, QByteArray data)
        : ImportKeyCommand(vault, provider, std::move(params), std::move(data))
    {
        setPublicOnly(true);
    }
};

} // namespace keyward::core
