// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The vault keys a test run may use, chosen by `kid` and loaded once per run: each kid maps to its
// record (state, set, use) and, where the key still has private material, the parsed private key
// whose EVP_PKEY every worker shares (each thread keeps its own OpenSSL contexts). Read-only
// after load(), so the workers share it without locks.

#include "common/Result.h"
#include "jose/Jwe.h"
#include "keys/KeyRecord.h"
#include "samples/SampleOutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace keyward::core {
class Vault;
}

namespace keyward::core::samples {

class SampleKeyring {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleKeyring)
public:
    struct Entry {
        KeyRecord record;
        Jwk privateKey; // empty when the key holds none (destroyed, public only)
        QDateTime destroyedAt; // from the audit log, for the plain-words finding
    };

    // Loads the keys named by `kids`, inside the caller's read snapshot.
    Status load(Vault& vault, const QSet<QString>& kids);

    const Entry* find(const QString& kid) const;
    // The resolver a JweDecryptor uses: the private key, or why this kid cannot decrypt
    // (UnknownKid; Refused for a destroyed key; PolicyRefused for a sig or pending key).
    Result<Jwk> resolve(const QString& kid) const;
    // A successful decrypt with this kid's key: ok, or key-retired / key-revoked.
    SampleOutcome outcomeForSuccess(const QString& kid) const;
    static SampleOutcome outcomeForSuccess(const Entry* entry);

    // One worker thread's handle on the keyring, made on that thread and used by it alone. Every
    // copy of a Jwk, and of the strings the decryptor reads from it (use, alg), bumps a reference
    // count: with the keyring's own copies those counters sit on cache lines that every worker
    // writes for every sample, and the lines travel between cores. The view's copies have counters
    // of their own; the key material (the EVP_PKEY) is still shared, read-only.
    class WorkerView {
    public:
        explicit WorkerView(const SampleKeyring& keys);
        // Resolves as SampleKeyring::resolve does.
        Result<Jwk> resolve(const QString& kid) const;
        const Entry* find(const QString& kid) const { return m_keys.find(kid); }

    private:
        const SampleKeyring& m_keys;
        QHash<QString, Jwk> m_usable; // the kids resolve() hands a key for
    };

private:
    QHash<QString, Entry> m_entries;
};

} // namespace keyward::core::samples
