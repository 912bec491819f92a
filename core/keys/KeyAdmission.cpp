// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyAdmission.h"

#include "audit/AuditLog.h"
#include "common/PlainText.h"
#include "jose/JoseAlgorithms.h"
#include "keys/KeyProvider.h"
#include "keys/KeySetPolicy.h"
#include "keys/KeyStore.h"
#include "keys/PrimaryRule.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyward::core {

namespace {

constexpr int kMaxKidLength = 256;
constexpr int kMaxOwnerLength = 128;

bool mayManageKeys(const Officer& officer)
{
    return officer.hasRole(Role::KeyOfficer) || officer.hasRole(Role::Admin);
}

std::optional<KeyUse> useOfAlg(const QString& alg)
{
    if (jose::find(jose::AlgKind::Signature, alg))
        return KeyUse::Sig;
    if (jose::find(jose::AlgKind::KeyManagement, alg))
        return KeyUse::Enc;
    return std::nullopt;
}

QString describe(const Jwk& key)
{
    const QString curve = curveName(key.curve());
    return curve.isEmpty() ? QStringLiteral("%1 %2-bit").arg(keyTypeName(key.type())).arg(key.sizeBits())
                           : QStringLiteral("%1 %2").arg(keyTypeName(key.type()), curve);
}

} // namespace

KeyAdmission::KeyAdmission(Vault& vault, KeyProvider& provider)
    : m_vault(vault)
    , m_provider(provider)
{
}

bool KeyAdmission::isValidKeySetName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool KeyAdmission::isValidKid(const QString& kid)
{
    if (kid.isEmpty() || kid.size() > kMaxKidLength || kid.trimmed() != kid)
        return false;
    return PlainText::firstForbidden(kid) < 0; // also a JWK's own kid: no control or bidi characters
}

bool KeyAdmission::isValidEnvironment(const QString& env)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,31}$"));
    return pattern.match(env).hasMatch();
}

QString KeyAdmission::productName()
{
    return QStringLiteral("Keyward %1").arg(QStringLiteral(KEYWARD_VERSION));
}

Status KeyAdmission::checkParams(const NewKeyParams& params) const
{
    if (params.approvedRequestId == 0 && !mayManageKeys(m_vault.currentOfficer()))
        return Error(ErrorCode::Refused,
            tr("Officer %1 holds neither the key-officer nor the admin role and cannot add keys.")
                .arg(m_vault.currentOfficer().name));
    if (!isValidKeySetName(params.keySet))
        return Error(ErrorCode::InvalidArgument,
            tr("\"%1\" is not a valid key set name: use 1–64 letters, digits, '.', '_' or '-', starting with a "
               "letter or digit.")
                .arg(params.keySet));
    // Plain text first, for a message that names the character (see PlainText).
    KEYWARD_TRY(PlainText::check(params.kid, tr("The kid")));
    KEYWARD_TRY(PlainText::check(params.owner, tr("The owner")));
    KEYWARD_TRY(PlainText::checkEach(params.tags, tr("A tag")));
    KEYWARD_TRY(PlainText::check(params.notes, tr("The notes field"), PlainText::Lines::Multi));
    if (!params.kid.isEmpty() && !isValidKid(params.kid))
        return Error(ErrorCode::InvalidArgument,
            tr("A kid must be 1–%1 characters without control characters or surrounding spaces.").arg(kMaxKidLength));
    const QString owner = params.owner.trimmed();
    if (owner.isEmpty() || owner.size() > kMaxOwnerLength)
        return Error(ErrorCode::InvalidArgument, tr("Every key needs an owner (a team or a person, up to %1 characters).")
                                                     .arg(kMaxOwnerLength));
    if (!params.environment.isEmpty() && !isValidEnvironment(params.environment))
        return Error(ErrorCode::InvalidArgument,
            tr("\"%1\" is not a valid environment name (lower-case letters, digits, '.', '_', '-').")
                .arg(params.environment));
    if (!params.expiresAt.isValid())
        return Error(ErrorCode::InvalidArgument, tr("Every key needs an expiry date."));
    const QDateTime now = m_vault.clock().now();
    if (params.expiresAt <= now)
        return Error(ErrorCode::Refused,
            tr("The expiry %1 is not in the future.").arg(KeyStore::formatTime(params.expiresAt)));
    if (params.activatesAt.isValid() && params.expiresAt <= params.activatesAt)
        return Error(ErrorCode::Refused,
            tr("The expiry %1 must come after the activation %2.")
                .arg(KeyStore::formatTime(params.expiresAt), KeyStore::formatTime(params.activatesAt)));
    return {};
}

Result<KeyRecord> KeyAdmission::preview(const Jwk& key, const NewKeyParams& params) const
{
    const KeyStore store(m_vault.database());
    return resolve(key, params, store);
}

Result<KeyRecord> KeyAdmission::resolve(const Jwk& key, const NewKeyParams& params, const KeyStore& store) const
{
    KEYWARD_TRY(checkParams(params));
    if (key.isNull())
        return Error(ErrorCode::Malformed, tr("No key was given."));
    if (const QString weak = key.weakKeyReason(); !weak.isEmpty())
        return Error(ErrorCode::WeakKey, weak);

    // use: what the officer said, what the JWK says, and what the alg implies must agree.
    std::optional<KeyUse> use = params.use;
    if (!key.use().isEmpty()) {
        const std::optional<KeyUse> jwkUse = keyUseFromName(key.use());
        if (!jwkUse)
            return Error(ErrorCode::Malformed, tr("The JWK's use \"%1\" is neither sig nor enc.").arg(key.use()));
        if (use && *use != *jwkUse)
            return Error(ErrorCode::KeyMismatch,
                tr("The key says use \"%1\" but \"%2\" was asked for.").arg(key.use(), keyUseName(*use)));
        use = jwkUse;
    }
    QString alg = params.alg;
    if (!key.alg().isEmpty()) {
        if (!alg.isEmpty() && alg != key.alg())
            return Error(ErrorCode::KeyMismatch,
                tr("The key is pinned to \"%1\" but \"%2\" was asked for.").arg(key.alg(), alg));
        alg = key.alg();
    }
    if (!alg.isEmpty()) {
        KEYWARD_TRY(jose::checkAlgForNewKey(alg));
        const std::optional<KeyUse> algUse = useOfAlg(alg);
        if (!algUse)
            return Error(ErrorCode::UnsupportedAlg, tr("\"%1\" is not a key algorithm Keyward knows.").arg(alg));
        if (use && *use != *algUse)
            return Error(ErrorCode::KeyMismatch,
                tr("\"%1\" is a %2 algorithm; it cannot be used for \"%3\".")
                    .arg(alg, keyUseName(*algUse), keyUseName(*use)));
        use = algUse;
    }
    if (!use)
        return Error(ErrorCode::InvalidArgument,
            tr("The key names neither a use nor an alg: say whether it is for sig or enc."));

    const Jwk shaped = key.withUse(keyUseName(*use)).withAlg(alg);
    if (!alg.isEmpty()) {
        const bool priv = key.hasPrivate();
        const jose::Purpose purpose = *use == KeyUse::Sig ? (priv ? jose::Purpose::Sign : jose::Purpose::Verify)
                                                          : (priv ? jose::Purpose::Decrypt : jose::Purpose::Encrypt);
        KEYWARD_TRY(jose::checkKeyForAlg(shaped, alg, purpose));
    } else if (jose::algorithmsForKey(shaped).isEmpty()) {
        return Error(ErrorCode::KeyMismatch,
            tr("No accepted algorithm uses a %1 key for \"%2\".").arg(describe(key), keyUseName(*use)));
    }

    const QString thumbprint = key.thumbprintBase64Url();
    const QString kid = !params.kid.isEmpty() ? params.kid : (!key.kid().isEmpty() ? key.kid() : thumbprint);
    KEYWARD_TRY(PlainText::check(kid, tr("The key's kid")));
    if (!isValidKid(kid))
        return Error(ErrorCode::Malformed,
            tr("The key's kid is unusable: 1–%1 characters without control characters.").arg(kMaxKidLength));

    Result<std::optional<KeySet>> set = store.keySet(params.keySet);
    if (!set.ok())
        return set.error();
    const QString environment = !params.environment.isEmpty()
        ? params.environment
        : (set->has_value() ? (*set)->policy.defaultEnvironment : KeySetPolicy().defaultEnvironment);

    // Refusals against what the vault already holds.
    Result<std::optional<KeyRecord>> sameKid = store.byKid(params.keySet, kid);
    if (!sameKid.ok())
        return sameKid.error();
    if (sameKid->has_value())
        return Error(ErrorCode::AlreadyExists,
            tr("Key set %1 already has a key with kid \"%2\".").arg(params.keySet, kid));
    Result<QList<KeyRecord>> kidElsewhere = store.byKidAnySet(kid);
    if (!kidElsewhere.ok())
        return kidElsewhere.error();
    for (const KeyRecord& other : *kidElsewhere) {
        if (other.thumbprint != thumbprint)
            return Error(ErrorCode::Refused,
                tr("The kid \"%1\" already names different key material in key set %2; a kid is never reused for "
                   "another key.")
                    .arg(kid, other.keySet));
    }
    Result<QList<KeyRecord>> sameMaterial = store.byThumbprint(thumbprint);
    if (!sameMaterial.ok())
        return sameMaterial.error();
    for (const KeyRecord& other : *sameMaterial) {
        if (other.environment != environment)
            return Error(ErrorCode::Refused,
                tr("This key material is already used in environment \"%1\" (key set %2, kid \"%3\"); test and "
                   "production keys must differ (PCI DSS 4.0 3.6.1.1).")
                    .arg(other.environment, other.keySet, other.kid));
        if (other.keySet == params.keySet)
            return Error(ErrorCode::AlreadyExists,
                tr("Key set %1 already holds this key material as kid \"%2\".").arg(params.keySet, other.kid));
    }

    KeyRecord record;
    record.kid = kid;
    record.keySet = params.keySet;
    record.use = *use;
    record.alg = alg;
    record.keyType = keyTypeName(key.type());
    record.curveOrSize = key.curve() != Curve::None ? curveName(key.curve()) : QString::number(key.sizeBits());
    record.sizeBits = key.sizeBits();
    record.strengthBits = key.securityStrengthBits();
    record.owner = params.owner.trimmed();
    record.environment = environment;
    const QDateTime now = m_vault.clock().now();
    record.createdAt = now;
    record.activatesAt = params.activatesAt.isValid() ? params.activatesAt.toUTC() : QDateTime();
    record.expiresAt = params.expiresAt.toUTC();
    record.createdBy = params.executedBy.isEmpty() ? m_vault.currentOfficer().name : params.executedBy;
    record.thumbprint = thumbprint;
    record.hasPrivate = key.hasPrivate();
    record.tags = params.tags;
    record.notes = params.notes;

    // Placement (SPEC §3): a future activation waits; otherwise the first key of a (set, use) that
    // never had a primary becomes primary, and every later one is published ahead as a successor —
    // also after the primary was revoked: only an approved rotation crowns it (no solo primary).
    if (record.activatesAt.isValid() && record.activatesAt > now) {
        record.state = KeyState::Pending;
    } else {
        Result<bool> takesPrimary = PrimaryRule::entersAsPrimary(m_vault.database(), params.keySet, *use);
        if (!takesPrimary.ok())
            return takesPrimary.error();
        record.state = KeyState::Active;
        record.primary = *takesPrimary;
    }
    record.publicJwk = applyRecordMembers(key, record).toPublicJson();
    return record;
}

Jwk applyRecordMembers(const Jwk& key, const KeyRecord& record)
{
    return key.withKid(record.kid).withUse(keyUseName(record.use)).withAlg(record.alg);
}

QJsonObject KeyAdmission::auditDetails(const KeyRecord& record)
{
    QJsonObject details {
        { QStringLiteral("set"), record.keySet },
        { QStringLiteral("use"), keyUseName(record.use) },
        { QStringLiteral("alg"), record.alg },
        { QStringLiteral("kty"), record.keyType },
        { QStringLiteral("size"), record.curveOrSize },
        { QStringLiteral("strength_bits"), record.strengthBits },
        { QStringLiteral("owner"), record.owner },
        { QStringLiteral("env"), record.environment },
        { QStringLiteral("state"), keyStateName(record.state) },
        { QStringLiteral("primary"), record.primary },
        { QStringLiteral("thumbprint"), record.thumbprint },
        { QStringLiteral("expires"), KeyStore::formatTime(record.expiresAt) },
        { QStringLiteral("has_private"), record.hasPrivate },
    };
    if (record.activatesAt.isValid())
        details.insert(QStringLiteral("activates"), KeyStore::formatTime(record.activatesAt));
    return details;
}

QJsonObject KeyAdmission::policyDetails(const KeySet& set)
{
    return QJsonObject {
        { QStringLiteral("cryptoperiod_secs"), set.policy.cryptoperiodSecs },
        { QStringLiteral("warn_first_secs"), set.policy.warnFirstSecs },
        { QStringLiteral("warn_final_secs"), set.policy.warnFinalSecs },
        { QStringLiteral("max_token_ttl_secs"), set.policy.maxTokenTtlSecs },
        { QStringLiteral("clock_skew_secs"), set.policy.clockSkewSecs },
        { QStringLiteral("min_overlap_secs"), set.policy.minOverlapSecs },
        { QStringLiteral("default_env"), set.policy.defaultEnvironment },
        { QStringLiteral("bundle_signing_kid"), set.bundleSigningKid },
    };
}

Result<KeyRecord> KeyAdmission::admit(const Jwk& key, const NewKeyParams& params, const QString& action,
                                      const QJsonObject& extraDetails, const QString& createdByProduct)
{
    Database& db = m_vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    KeyStore store(db);
    // Resolved again under the write lock, so a concurrent writer cannot slip a duplicate past.
    Result<KeyRecord> resolved = resolve(key, params, store);
    if (!resolved.ok())
        return resolved.error();
    KeyRecord record = std::move(resolved).value();
    record.createdByProduct = createdByProduct.isEmpty() ? productName() : createdByProduct;
    const QString actor = record.createdBy;

    Result<std::optional<KeySet>> existing = store.keySet(record.keySet);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value()) {
        KeySet set;
        set.name = record.keySet;
        QJsonObject details = policyDetails(set);
        details.insert(QStringLiteral("auto_created"), true);
        details.insert(QStringLiteral("for_kid"), record.kid);
        const QDateTime now = m_vault.clock().now();
        Result<AuditEvent> created = m_vault.audit().record(actor, QStringLiteral("keyset.created"), set.name,
            details, [&](Database&) { return store.insertKeySet(set, actor, now); });
        if (!created.ok())
            return created.error();
    }

    QJsonObject details = auditDetails(record);
    for (auto it = extraDetails.begin(); it != extraDetails.end(); ++it)
        details.insert(it.key(), it.value());
    details.insert(QStringLiteral("key_provider"), m_provider.name());
    if (params.approvedRequestId != 0)
        details.insert(QStringLiteral("request_id"), params.approvedRequestId);
    Result<AuditEvent> event = m_vault.audit().record(actor, action, record.kid, details, [&](Database&) -> Status {
        Result<qint64> id = store.insert(record);
        if (!id.ok())
            return id.error();
        record.id = *id;
        if (key.hasPrivate())
            return m_provider.storePrivate(record.id, applyRecordMembers(key, record));
        return {};
    });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return record;
}

} // namespace keyward::core
