// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoKeySeeder.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "jose/KeyGenerator.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/ImportKeyCommand.h"
#include "keys/KeyStore.h"
#include "keys/KeyTransition.h"
#include "keys/RevokeKeyCommand.h"
#include "keys/SetKeySetPolicyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DemoKeySeeder)
};

constexpr qint64 kDay = KeySetPolicy::kDay;

struct DemoKey {
    const char* set;
    const char* kid;
    const char* alg;
    const char* size;
    const char* owner;
    int createdDaysAgo; // backdated afterwards; 0 keeps "now"
    int activatesInDays; // > 0: pending
    int expiresInDays;
    const char* notes;
    const char* predecessor; // lineage within the set ("" for the first of its line)
    int version;
};

// Order matters: the first key of each (set, use) becomes primary, later ones are pre-published.
const DemoKey kKeys[] = {
    { "payments-api", "pay-2025-q3", "ES256", "", "team-payments", 120, 0, 20,
      "Signs payment authorisation tokens for the checkout and refund services.", "pay-2025-q2", 2 },
    { "payments-api", "pay-2025-q2", "ES256", "", "team-payments", 200, 0, 60,
      "Previous signing key; kept in grace until tokens it signed have expired.", "", 1 },
    { "payments-api", "pay-2025-q4", "ES256", "", "team-payments", 10, 0, 365,
      "Successor published ahead of the Q1 rotation so caches pick it up.", "pay-2025-q3", 3 },
    { "payments-api", "pay-legacy-rsa", "RS256", "2048", "team-payments", 400, 0, 90,
      "Legacy RS256 key for the old mobile SDK.", "", 1 },
    { "payments-api", "pay-2026-q1", "ES256", "", "team-payments", 0, 14, 400,
      "Scheduled to activate for the January release.", "pay-2025-q4", 4 },
    { "identity-tokens", "idp-ed25519-2025", "EdDSA", "", "iam-platform", 170, 0, 5,
      "ID token signing key of the staff identity provider.", "", 1 },
    { "identity-tokens", "idp-ps256-2025", "PS256", "3072", "iam-platform", 30, 0, 330,
      "For relying parties that cannot verify EdDSA yet.", "", 1 },
    { "archive-enc", "archive-2025", "ECDH-ES+A256KW", "P-384", "records-management", 60, 0, 700,
      "Encrypts archived customer statements (JWE).", "archive-2024", 3 },
    { "archive-enc", "archive-wrap-kek", "A256KW", "", "records-management", 60, 0, 700,
      "Key-encryption key for nightly backup bundles.", "", 1 },
    { "archive-enc", "archive-2024", "RSA-OAEP-256", "2048", "records-management", 420, 0, 1500,
      "Retired: decrypt-only access to statements archived in 2024.", "archive-2022", 2 },
    { "archive-enc", "archive-2022", "RSA-OAEP", "2048", "records-management", 1100, 0, 30,
      "Destroyed after the 2022 archive was re-wrapped to archive-2024.", "", 1 },
};

Status addKey(Vault& vault, KeyProvider& provider, const DemoKey& demo, const QDateTime& now)
{
    GenerateKeyCommand::Params params;
    params.key.keySet = QLatin1String(demo.set);
    params.key.kid = QLatin1String(demo.kid);
    params.key.alg = QLatin1String(demo.alg);
    params.key.owner = QLatin1String(demo.owner);
    params.key.notes = QLatin1String(demo.notes);
    params.key.expiresAt = now.addDays(demo.expiresInDays);
    if (demo.activatesInDays > 0)
        params.key.activatesAt = now.addDays(demo.activatesInDays);
    params.key.tags = { QStringLiteral("demo") };
    params.size = QLatin1String(demo.size);
    GenerateKeyCommand command(vault, provider, params);
    return command.run();
}

Status moveTo(Vault& vault, KeyProvider& provider, const QString& kid, const QList<KeyState>& path, const QDateTime& now)
{
    Result<KeyRecord> key = KeyStore(vault.database()).find(kid);
    if (!key.ok())
        return key.error();
    for (KeyState state : path) {
        const QJsonObject context { { QStringLiteral("demo"), true } };
        Result<KeyRecord> moved = KeyTransition::apply(vault, provider, { key->id, state, now.addDays(5), context });
        if (!moved.ok())
            return moved.error();
    }
    return {};
}

// The partner's public key, registered from a JWK without alg (RFC 7517 leaves it optional).
Status registerPartnerKey(Vault& vault, KeyProvider& provider, const QDateTime& now)
{
    Result<Jwk> key = KeyGenerator::generate(KeySpec::rsa(2048), QStringLiteral("RS256"));
    if (!key.ok())
        return key.error();
    const Jwk bare = key->publicOnly().withAlg(QString()).withUse(QString()).withKid(QStringLiteral("acme-federation-2025"));
    NewKeyParams params;
    params.keySet = QStringLiteral("identity-tokens");
    params.use = KeyUse::Sig;
    params.owner = QStringLiteral("partner: Acme Corp federation");
    params.expiresAt = now.addDays(240);
    params.notes = QStringLiteral("Acme's IdP key, from their published JWKS (no alg member).");
    params.tags = { QStringLiteral("demo"), QStringLiteral("partner") };
    RegisterPublicKeyCommand command(vault, provider, params, QJsonDocument(bare.toPublicJson()).toJson());
    return command.run();
}

// Keys whose story needs a past: one audited event rewrites their creation times and lineage.
Status backdate(Vault& vault, const QDateTime& now)
{
    Database& db = vault.database();
    KeyStore store(db);
    QJsonArray kids;
    QList<KeyRecord> changed;
    for (const DemoKey& demo : kKeys) {
        if (demo.createdDaysAgo <= 0 && demo.version == 1)
            continue;
        Result<KeyRecord> key = store.find(QLatin1String(demo.kid), QLatin1String(demo.set));
        if (!key.ok())
            return key.error();
        key->createdAt = now.addDays(-demo.createdDaysAgo);
        key->version = demo.version;
        key->predecessorKid = QLatin1String(demo.predecessor);
        for (const DemoKey& next : kKeys) {
            if (QLatin1String(next.predecessor) == key->kid && QLatin1String(next.set) == key->keySet)
                key->successorKid = QLatin1String(next.kid);
        }
        changed.append(*key);
        kids.append(key->kid);
    }
    Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("demo.backdated"),
        vault.vaultId(), QJsonObject { { QStringLiteral("kids"), kids }, { QStringLiteral("reason"), QStringLiteral("demo data") } },
        [&](Database&) -> Status {
            for (const KeyRecord& key : std::as_const(changed))
                KEYWARD_TRY(store.update(key));
            return {};
        });
    if (!event.ok())
        return event.error();
    return {};
}

Status createSets(Vault& vault)
{
    struct SetSpec {
        const char* name;
        int cryptoperiodDays;
        int warnFirstDays;
    };
    for (const SetSpec& spec : { SetSpec { "payments-api", 90, 30 }, SetSpec { "identity-tokens", 180, 30 },
             SetSpec { "archive-enc", 365, 60 } }) {
        KeySet set;
        set.name = QLatin1String(spec.name);
        set.policy.cryptoperiodSecs = spec.cryptoperiodDays * kDay;
        set.policy.warnFirstSecs = spec.warnFirstDays * kDay;
        KEYWARD_TRY(SetKeySetPolicyCommand(vault, set).run());
    }
    return {};
}

} // namespace

Status seedDemoKeys(Vault& vault, const Clock& clock)
{
    Result<qint64> existing = KeyStore(vault.database()).count();
    if (!existing.ok())
        return existing.error();
    if (*existing > 0)
        return Error(ErrorCode::AlreadyExists, Tr::tr("The vault already holds keys; demo keys go into an empty vault only."));
    const QDateTime now = clock.now();
    VaultKeyProvider provider(vault.database());
    KEYWARD_TRY(createSets(vault));
    for (const DemoKey& demo : kKeys)
        KEYWARD_TRY(addKey(vault, provider, demo, now));
    KEYWARD_TRY(registerPartnerKey(vault, provider, now));
    // pay-2025-q2 was primary before pay-2025-q3 took over: seeded after it, it sits in grace.
    KEYWARD_TRY(moveTo(vault, provider, QStringLiteral("pay-2025-q2"), { KeyState::Grace }, now));
    KEYWARD_TRY(moveTo(vault, provider, QStringLiteral("archive-2024"), { KeyState::Retired }, now));
    KEYWARD_TRY(moveTo(vault, provider, QStringLiteral("archive-2022"), { KeyState::Retired, KeyState::Destroyed }, now));
    RevokeKeyCommand revoke(vault, { QStringLiteral("pay-legacy-rsa"), QStringLiteral("payments-api"),
        QStringLiteral("Private key found in a CI job log; rotated the SDK to ES256.") });
    KEYWARD_TRY(revoke.run());
    return backdate(vault, now);
}

} // namespace keyward::core
