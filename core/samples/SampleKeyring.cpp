// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleKeyring.h"

#include "audit/AuditLog.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "requests/KeyRequestSupport.h"
#include "vault/Vault.h"

namespace keyward::core::samples {
namespace {

// Kids repeat only across key sets and then name the same material (SPEC §3); prefer the record
// that can decrypt: an encryption key that still holds its private part.
int preference(const KeyRecord& key)
{
    int score = 0;
    if (key.use == KeyUse::Enc)
        score += 4;
    if (key.hasPrivate && key.state != KeyState::Destroyed)
        score += 2;
    if (key.state == KeyState::Active || key.state == KeyState::Grace)
        score += 1;
    return score;
}

} // namespace

Status SampleKeyring::load(Vault& vault, const QSet<QString>& kids)
{
    m_entries.clear();
    KeyStore store(vault.database());
    VaultKeyProvider provider(vault.database());
    for (const QString& kid : kids) {
        Result<QList<KeyRecord>> records = store.byKidAnySet(kid);
        KEYWARD_TRY(records);
        if (records->isEmpty())
            continue;
        const KeyRecord* best = &records->constFirst();
        for (const KeyRecord& r : std::as_const(*records)) {
            if (preference(r) > preference(*best))
                best = &r;
        }
        Entry entry;
        entry.record = *best;
        if (best->use == KeyUse::Enc && best->hasPrivate && best->state != KeyState::Destroyed) {
            Result<Jwk> key = provider.loadPrivate(best->id);
            KEYWARD_TRY(key);
            entry.privateKey = *key;
        }
        if (best->state == KeyState::Destroyed) {
            Result<QList<AuditEvent>> events = vault.audit().eventsForSubject(kid);
            KEYWARD_TRY(events);
            for (const AuditEvent& e : std::as_const(*events)) {
                if (e.action == QLatin1String("key.destroyed"))
                    entry.destroyedAt = e.at;
            }
        }
        m_entries.insert(kid, entry);
    }
    return {};
}

const SampleKeyring::Entry* SampleKeyring::find(const QString& kid) const
{
    auto it = m_entries.constFind(kid);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

Result<Jwk> SampleKeyring::resolve(const QString& kid) const
{
    const Entry* entry = find(kid);
    if (!entry)
        return Error(ErrorCode::UnknownKid, tr("No key with kid \"%1\" is in the vault.").arg(kid));
    const KeyRecord& key = entry->record;
    if (key.state == KeyState::Destroyed) {
        if (entry->destroyedAt.isValid())
            return Error(ErrorCode::Refused,
                         tr("Encrypted to %1, which was destroyed on %2: it can never be decrypted again.")
                             .arg(kid, entry->destroyedAt.toUTC().date().toString(Qt::ISODate)));
        return Error(ErrorCode::Refused, tr("Encrypted to %1, which was destroyed: it can never be decrypted again.").arg(kid));
    }
    if (key.use != KeyUse::Enc)
        return Error(ErrorCode::PolicyRefused, tr("Encrypted to %1, which is a signing key; signing keys never decrypt.").arg(kid));
    if (key.state == KeyState::Pending)
        return Error(ErrorCode::PolicyRefused, tr("Encrypted to %1, which is not active yet (pending).").arg(kid));
    if (entry->privateKey.isNull() || !entry->privateKey.hasPrivate())
        return Error(ErrorCode::UnknownKid, tr("Key %1 is in the vault with its public part only, so nothing here can decrypt it.").arg(kid));
    return entry->privateKey;
}

SampleOutcome SampleKeyring::outcomeForSuccess(const QString& kid) const
{
    return outcomeForSuccess(find(kid));
}

SampleOutcome SampleKeyring::outcomeForSuccess(const Entry* entry)
{
    if (entry && entry->record.state == KeyState::Retired)
        return SampleOutcome::KeyRetired;
    if (entry && entry->record.state == KeyState::Revoked)
        return SampleOutcome::KeyRevoked;
    return SampleOutcome::Ok;
}

namespace {

// A string with a buffer (and reference count) of its own.
QString unsharedCopy(const QString& text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

} // namespace

SampleKeyring::WorkerView::WorkerView(const SampleKeyring& keys) : m_keys(keys)
{
    for (auto it = keys.m_entries.constBegin(); it != keys.m_entries.constEnd(); ++it) {
        Result<Jwk> usable = keys.resolve(it.key());
        if (!usable.ok())
            continue;
        m_usable.insert(unsharedCopy(it.key()),
                        usable->withKid(unsharedCopy(usable->kid())).withUse(unsharedCopy(usable->use())).withAlg(unsharedCopy(usable->alg())));
    }
}

Result<Jwk> SampleKeyring::WorkerView::resolve(const QString& kid) const
{
    auto it = m_usable.constFind(kid);
    if (it != m_usable.constEnd())
        return it.value();
    return m_keys.resolve(kid);
}

} // namespace keyward::core::samples
