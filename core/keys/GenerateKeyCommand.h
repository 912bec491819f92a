// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "jose/Jwk.h"
#include "keys/KeyRecord.h"
#include "keys/NewKeyParams.h"

#include <QCoreApplication>

namespace keyward::core {

class KeyProvider;
class Vault;

// Generates a key pair (or secret) inside the vault and enters it into the inventory (SPEC §3):
// RSA 2048/3072/4096, EC P-256/384/521, Ed25519, X25519, oct 128/192/256. `alg` is always set.
class GenerateKeyCommand {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::GenerateKeyCommand)
public:
    struct Params {
        NewKeyParams key; // key.alg required; key.use, when given, must match the alg
        // Optional size for algs that allow several: RSA "2048"|"3072"|"4096" (default 3072),
        // ECDH-ES* "P-256"|"P-384"|"P-521"|"X25519" (default P-256), dir "128"|"192"|"256" (256).
        QString size;
    };
    struct Spec {
        KeyType type = KeyType::Rsa;
        Curve curve = Curve::None;
        int bits = 0; // RSA modulus or oct secret bits; 0 for curves
    };

    GenerateKeyCommand(Vault& vault, KeyProvider& provider, Params params);

    // What key an alg (and size) calls for. Refuses RSA1_5 for new keys, none and HS* (with the
    // registry's reasons), RSA under 2048 bits (WeakKey), and sizes the alg cannot take.
    static Result<Spec> specFor(const QString& alg, const QString& size = QString());
    // The sizes offered for an alg, for a dialog's size box (empty when the alg fixes it).
    static QStringList sizesFor(const QString& alg);
    // Every alg a key can be generated for, per use.
    static QStringList generatableAlgs(KeyUse use);

    // Cheap checks (no key is generated): parameters, alg and size, a duplicate explicit kid.
    Status validate() const;
    // validate(), generate, then KeyAdmission::admit (audited "key.generated").
    Status run();
    const KeyRecord& result() const { return m_result; }

private:
    Vault& m_vault;
    KeyProvider& m_provider;
    Params m_params;
    KeyRecord m_result;
};

} // namespace keyward::core
