// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwksExport.h"

#include "audit/AuditLog.h"
#include "keys/KeyProvider.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace keyward::core {

QString JwksExport::issuerFor(const QString& vaultId, const QString& set)
{
    return QStringLiteral("urn:keyward:vault:%1:set:%2").arg(vaultId, set);
}

qint64 JwksExport::recommendedMaxAge(qint64 minOverlapSecs)
{
    return std::clamp<qint64>(minOverlapSecs / 2, 300, 24 * 3600);
}

namespace {

// Every kid that ever signed this set's bundles (migration 0008 keeps the list): a retired bundle
// key is still no token key, so it never enters jwks.json.
Result<QSet<QString>> bundleSignerKids(Database& db, const QString& set)
{
    Result<Statement> stmt = db.prepare(QStringLiteral("SELECT kid FROM bundle_signers WHERE key_set = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, set);
    QSet<QString> kids;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        kids.insert(stmt->columnText(0));
    }
    return kids;
}

QJsonObject publishedJwk(const KeyRecord& key)
{
    QJsonObject jwk = EvidenceFiles::publicMembersOnly(key.publicJwk);
    jwk.insert(QStringLiteral("kid"), key.kid);
    jwk.insert(QStringLiteral("use"), keyUseName(key.use));
    if (!key.alg.isEmpty())
        jwk.insert(QStringLiteral("alg"), key.alg);
    return jwk;
}

} // namespace

Result<JwksBundle> JwksExport::build(Database& db, const KeyProvider& provider, const QString& vaultId,
                                     const QString& set, const QDateTime& now)
{
    const KeyStore store(db);
    Result<std::optional<KeySet>> keySet = store.keySet(set);
    if (!keySet.ok())
        return keySet.error();
    if (!keySet->has_value())
        return Error(ErrorCode::NotFound, tr("There is no key set named %1.").arg(set));
    Result<std::optional<KeyRecord>> sigPrimary = store.primaryFor(set, KeyUse::Sig);
    Result<std::optional<KeyRecord>> encPrimary = store.primaryFor(set, KeyUse::Enc);
    if (!sigPrimary.ok())
        return sigPrimary.error();
    if (!encPrimary.ok())
        return encPrimary.error();
    if (!sigPrimary->has_value() && !encPrimary->has_value())
        return Error(ErrorCode::Refused,
                     tr("Key set %1 has no primary key, so relying parties would have nothing current to trust. "
                        "Approve a rotation first; no bundle was written.")
                         .arg(set));
    const QString signerKid = (*keySet)->bundleSigningKid;
    if (signerKid.isEmpty())
        return Error(ErrorCode::Refused,
                     tr("Key set %1 has no bundle-signing key. Generate a signing key for it and name it with a "
                        "policy change (bundle signing kid); no bundle was written.")
                         .arg(set));
    Result<std::optional<KeyRecord>> signer = store.byKid(set, signerKid);
    if (!signer.ok())
        return signer.error();
    if (!signer->has_value() || (*signer)->use != KeyUse::Sig || (*signer)->alg.isEmpty()
        || !((*signer)->state == KeyState::Active || (*signer)->state == KeyState::Pending))
        return Error(ErrorCode::Refused,
                     tr("The bundle-signing key %1 of key set %2 is not an active signing key with a pinned alg; "
                        "name another one with a policy change. No bundle was written.")
                         .arg(signerKid, set));
    Result<QSet<QString>> signerKids = bundleSignerKids(db, set);
    if (!signerKids.ok())
        return signerKids.error();
    signerKids->insert(signerKid);

    Result<QList<KeyRecord>> keys = store.bySet(set, KeyStore::Detail::Full);
    if (!keys.ok())
        return keys.error();
    JwksBundle bundle;
    QJsonArray published;
    for (const KeyRecord& key : *keys) {
        // SPEC §7: sig keys active or in grace, enc keys active; a symmetric key is a secret.
        if (!KeyStateMachine::isPublished(key.state, key.use) || key.keyType == QLatin1String("oct")
            || signerKids->contains(key.kid))
            continue;
        const QJsonObject jwk = publishedJwk(key);
        if (!EvidenceFiles::privateMemberIn(QJsonObject { { QStringLiteral("k"), jwk } }).isEmpty())
            return Error(ErrorCode::Internal, tr("Key %1 would have left the vault with private members.").arg(key.kid));
        published.append(jwk);
        bundle.kids.append(key.kid);
    }
    const QJsonObject jwks { { QStringLiteral("keys"), published } };
    bundle.jwksJson = QJsonDocument(jwks).toJson(QJsonDocument::Indented);
    bundle.maxAgeSecs = recommendedMaxAge((*keySet)->policy.minOverlapSecs);
    bundle.signerKid = signerKid;

    const qint64 iat = now.toSecsSinceEpoch();
    const QJsonObject claims { { QStringLiteral("iss"), issuerFor(vaultId, set) },
                               { QStringLiteral("iat"), iat },
                               { QStringLiteral("exp"), iat + (*keySet)->policy.minOverlapSecs },
                               { QStringLiteral("keys"), published },
                               // Private claims binding what manifest.json says besides the digests, so
                               // no byte of the folder is left unsigned.
                               { QStringLiteral("generator"), EvidenceFiles::generator() },
                               { QStringLiteral("cache_max_age"), bundle.maxAgeSecs } };
    const QJsonObject header { { QStringLiteral("alg"), (*signer)->alg },
                               { QStringLiteral("typ"), QStringLiteral("jwk-set+jwt") },
                               { QStringLiteral("kid"), signerKid } };
    const qint64 signerId = (*signer)->id;
    const QString signerAlg = (*signer)->alg;
    Result<QByteArray> jws = EvidenceFiles::signCompact(header, EvidenceFiles::compact(claims),
        [&](QByteArrayView input) { return provider.sign(signerId, signerAlg, input); });
    if (!jws.ok())
        return jws.error();
    bundle.jwksJws = *jws + '\n';

    const QJsonObject signerJwk = publishedJwk(**signer);
    QJsonArray files;
    for (const auto& [name, bytes] : { std::pair { QStringLiteral("jwks.json"), &bundle.jwksJson },
                                       std::pair { QStringLiteral("jwks.jws"), &bundle.jwksJws } })
        files.append(QJsonObject { { QStringLiteral("name"), name },
                                   { QStringLiteral("sha256"), QString::fromLatin1(EvidenceFiles::sha256Hex(*bytes)) },
                                   { QStringLiteral("size"), bytes->size() } });
    const QJsonObject manifest {
        { QStringLiteral("kind"), QStringLiteral("keyward-jwks-bundle") },
        { QStringLiteral("generator"), EvidenceFiles::generator() },
        { QStringLiteral("generated_at"), QDateTime::fromSecsSinceEpoch(iat, Qt::UTC).toString(Qt::ISODate) },
        { QStringLiteral("vault"), vaultId },
        { QStringLiteral("set"), set },
        { QStringLiteral("issuer"), issuerFor(vaultId, set) },
        { QStringLiteral("files"), files },
        { QStringLiteral("cache_control"), QStringLiteral("max-age=%1").arg(bundle.maxAgeSecs) },
        { QStringLiteral("max_age"), bundle.maxAgeSecs },
        { QStringLiteral("signer"), QJsonObject { { QStringLiteral("kid"), signerKid }, { QStringLiteral("jwk"), signerJwk } } },
    };
    bundle.manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    return bundle;
}

JwksExport::JwksExport(Vault& vault, QString set, QString outDir)
    : m_vault(vault), m_set(std::move(set)), m_outDir(std::move(outDir))
{
}

Status JwksExport::run()
{
    KEYWARD_TRY(EvidenceFiles::ensureFolder(m_outDir));
    Database& db = m_vault.database();
    VaultKeyProvider provider(db);
    {
        Result<Transaction> tx = Transaction::begin(db);
        if (!tx.ok())
            return tx.error();
        Result<JwksBundle> bundle = build(db, provider, m_vault.vaultId(), m_set, m_vault.clock().now());
        if (!bundle.ok())
            return bundle.error();
        m_bundle = std::move(*bundle);
        Result<AuditEvent> event = m_vault.audit().record(
            m_vault.currentOfficer().name, QStringLiteral("evidence.jwks-exported"), m_set,
            QJsonObject { { QStringLiteral("signer"), m_bundle.signerKid },
                          { QStringLiteral("kids"), QJsonArray::fromStringList(m_bundle.kids) },
                          { QStringLiteral("jwks_sha256"), QString::fromLatin1(EvidenceFiles::sha256Hex(m_bundle.jwksJson)) },
                          { QStringLiteral("max_age"), m_bundle.maxAgeSecs } });
        if (!event.ok())
            return event.error();
        KEYWARD_TRY(tx->commit());
    }
    // After the commit: the files name only a recorded export.
    const QDir dir(m_outDir);
    m_files.clear();
    for (const auto& [name, bytes] : { std::pair { QStringLiteral("jwks.json"), &m_bundle.jwksJson },
                                       std::pair { QStringLiteral("jwks.jws"), &m_bundle.jwksJws },
                                       std::pair { QStringLiteral("manifest.json"), &m_bundle.manifestJson } }) {
        KEYWARD_TRY(EvidenceFiles::writePublic(dir.filePath(name), *bytes));
        m_files.append(ExportedFile { name, EvidenceFiles::sha256Hex(*bytes), bytes->size() });
    }
    return {};
}

} // namespace keyward::core
