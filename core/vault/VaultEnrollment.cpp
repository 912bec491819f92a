// SPDX-License-Identifier: GPL-3.0-or-later
// Officers choose their own passphrases (issue #12): admission by enrollment, completing an
// enrollment with both halves (OfficerEnrollment.h), and every officer's passphrase change.

#include "vault/Vault.h"

#include "vault/VaultPrivate.h"

#include "audit/AuditLog.h"
#include "audit/HeadSignature.h"
#include "common/Base64Url.h"
#include "common/CommittedFiles.h"
#include "crypto/Random.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"
#include "vault/OfficerCredential.h"
#include "vault/OfficerEnrollment.h"
#include "vault/OfficerStore.h"
#include "vault/Roster.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace keyward::core {

namespace {

QString slotBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

QString kdfText(const KdfParams& kdf)
{
    return QStringLiteral("argon2id t=%1 m=%2KiB p=%3").arg(kdf.timeCost).arg(kdf.memoryKiB).arg(kdf.parallelism);
}

Result<QString> signWith(const QJsonObject& statement, const QJsonObject& jwk, const SecureBytes& rawPrivate)
{
    Result<ossl::PKey> key = slotcrypto::ed25519PrivateKey(rawPrivate);
    if (!key.ok())
        return key.error();
    Result<QByteArray> jws = RosterStatement::sign(statement, jwk, [&](QByteArrayView input) {
        return slotcrypto::ed25519Sign(key->get(), input);
    });
    if (!jws.ok())
        return jws.error();
    return QString::fromLatin1(*jws);
}

// The pending member `name` of the signed roster, or why they cannot enroll.
Result<RosterMember> enrollingMember(Database& db, const QString& vaultId, const QString& name)
{
    Result<Roster> roster = RosterBuilder::fromDatabase(db, vaultId);
    if (!roster.ok())
        return roster.error();
    const RosterMember* member = roster->member(name);
    if (!member || !member->enrolling)
        return Error(ErrorCode::NotFound, Vault::tr("%1 has no enrollment waiting in this vault.").arg(name));
    return *member;
}

// The halves' public box keys of `member`'s enrollment, from the officer.added event the roster
// accepted (half A's in the signed request effect, half B's in the approver's statement).
std::optional<std::pair<QByteArray, QByteArray>> enrollmentBoxes(const AuditLog& audit, const RosterMember& member)
{
    Result<QList<AuditEvent>> events = audit.eventsForSubject(member.name);
    if (!events.ok())
        return std::nullopt;
    for (const AuditEvent& event : std::as_const(*events)) {
        if (event.action != QLatin1String("officer.added")
            || event.details.value(QStringLiteral("request")).toInteger() != member.enrollmentRequest)
            continue;
        const QJsonObject enrollment = event.details.value(QStringLiteral("enrollment")).toObject();
        Result<QJsonObject> half = RosterStatement::unverifiedPayload(
            event.details.value(QStringLiteral("enrollmentHalf")).toString().toUtf8());
        if (!half.ok())
            return std::nullopt;
        Result<QByteArray> aBox = base64url::decode(enrollment.value(QStringLiteral("aBox")).toString().toLatin1());
        Result<QByteArray> bBox = base64url::decode(half->value(QStringLiteral("bBox")).toString().toLatin1());
        if (!aBox.ok() || !bBox.ok() || aBox->size() != slotcrypto::kKeySize || bBox->size() != slotcrypto::kKeySize)
            return std::nullopt;
        return std::pair { *aBox, *bBox };
    }
    return std::nullopt;
}

} // namespace

Result<QStringList> Vault::enrollingOfficers(const VaultLocation& location)
{
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    Result<QList<EnrollmentWrap>> wraps = OfficerEnrollment::load(location.dir, slots->vaultId);
    if (!wraps.ok())
        return wraps.error();
    QStringList names;
    for (const EnrollmentWrap& w : std::as_const(*wraps))
        names.append(w.officer);
    return names;
}

Status Vault::admitEnrollingOfficer(OfficerChangeKey, const QString& actor, const QString& name,
                                    const QList<Role>& roles, const QJsonObject& enrollment, qint64 request,
                                    const OfficerCredential& approver, const QJsonObject& details, CommittedFiles& files)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    const QString nonce = enrollment.value(QStringLiteral("nonce")).toString();
    Result<QByteArray> aBox = base64url::decode(enrollment.value(QStringLiteral("aBox")).toString().toLatin1());
    if (nonce.isEmpty() || !aBox.ok() || aBox->size() != slotcrypto::kKeySize)
        return Error(ErrorCode::InvalidArgument, tr("The enrollment of %1 in the request is incomplete.").arg(name));

    // Half B: the approver's, derived from their own signing key now and shown to them later on
    // request (enrollmentHalf); only its public keys are written.
    Result<SecureBytes> halfB = OfficerEnrollment::deriveHalf(
        [&](QByteArrayView message) { return approver.sign(message); }, OfficerEnrollment::Half::B, d->vaultId, name,
        nonce);
    if (!halfB.ok())
        return halfB.error();
    Result<EnrollmentHalfKeys> b = OfficerEnrollment::keysOf(*halfB);
    if (!b.ok())
        return b.error();
    QJsonObject halfStatement { { QStringLiteral("v"), RosterStatement::kVersion },
                                { QStringLiteral("vault"), d->vaultId },
                                { QStringLiteral("kind"), QStringLiteral("enrollment-half") },
                                { QStringLiteral("by"), approver.officer().name },
                                { QStringLiteral("at"), AuditEvent::formatTime(d->clock->now()) },
                                { QStringLiteral("officer"), name },
                                { QStringLiteral("request"), request },
                                { QStringLiteral("nonce"), nonce },
                                { QStringLiteral("bJwk"), b->signingJwk },
                                { QStringLiteral("bBox"), slotBase64(b->boxPublic) } };
    Result<QByteArray> halfJws = RosterStatement::sign(halfStatement, approver.officer().signingJwk,
                                                       [&](QByteArrayView input) { return approver.sign(input); });
    if (!halfJws.ok())
        return halfJws.error();

    Result<KeySlotFile> slots = KeySlotFile::load(d->location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    Result<EnrollmentWrap> wrap
        = OfficerEnrollment::wrap(d->vaultId, name, request, slots->generation, *aBox, b->boxPublic, d->masterKey);
    if (!wrap.ok())
        return wrap.error();
    Result<QList<EnrollmentWrap>> wraps = OfficerEnrollment::load(d->location.dir, d->vaultId);
    if (!wraps.ok())
        return wraps.error();
    wraps->removeIf([&](const EnrollmentWrap& w) { return w.officer == name; });
    wraps->append(*wrap);
    KEYWARD_TRY(files.stage(OfficerEnrollment::filePath(d->location.dir), OfficerEnrollment::toJson(d->vaultId, *wraps)));

    Officer added;
    added.name = name;
    added.roles = roles;
    added.createdAt = d->clock->now().toUTC();
    added.createdBy = actor;
    QJsonObject eventDetails = details;
    eventDetails.insert(QStringLiteral("enrollment"), enrollment);
    eventDetails.insert(QStringLiteral("enrollmentHalf"), QString::fromLatin1(*halfJws));
    Result<AuditEvent> event = d->audit->record(actor, QStringLiteral("officer.added"), name, eventDetails,
                                                [&](Database& database) { return OfficerStore(database).insert(added); });
    return event.ok() ? Status {} : Status(event.error());
}

Result<SecureBytes> Vault::enrollmentHalf(const QString& enrolling) const
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    Result<RosterMember> member = enrollingMember(*d->db, d->vaultId, enrolling);
    if (!member.ok())
        return member.error();
    const auto signer = [this](QByteArrayView message) { return signAsCurrentOfficer(message); };
    for (const OfficerEnrollment::Half half : { OfficerEnrollment::Half::A, OfficerEnrollment::Half::B }) {
        Result<SecureBytes> raw = OfficerEnrollment::deriveHalf(signer, half, d->vaultId, enrolling, member->enrollmentNonce);
        if (!raw.ok())
            return raw.error();
        Result<EnrollmentHalfKeys> keys = OfficerEnrollment::keysOf(*raw);
        if (!keys.ok())
            return keys.error();
        const QJsonObject& expected = half == OfficerEnrollment::Half::A ? member->enrollmentA : member->enrollmentB;
        if (keys->signingJwk == expected)
            return OfficerEnrollment::encodeHalf(half, *raw);
    }
    return Error(ErrorCode::Refused, tr("%1 holds no half of %2's enrollment: only the officer who requested the "
                                        "addition (half A) and the one who approved it (half B) do.")
                                         .arg(d->officer.name, enrolling));
}

Result<std::unique_ptr<Vault>> Vault::enroll(const VaultLocation& location, const QString& officer,
                                             const SecureBytes& halfA, const SecureBytes& halfB,
                                             const SecureBytes& newPassphrase, const KdfParams& kdf, const Clock& clock)
{
    if (newPassphrase.size() < std::size_t(kMinPassphraseLength))
        return Error(ErrorCode::InvalidArgument,
                     tr("The passphrase must be at least %1 characters long.").arg(kMinPassphraseLength));
    if (halfA.isEmpty() || halfB.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("Enrolling needs both halves: half A from the officer who requested the addition and half B "
                        "from the one who approved it."));
    if (QFileInfo::exists(location.pendingKeySlotsPath()))
        return Error(ErrorCode::Refused, tr("Another officer change is being completed in this vault: let any officer "
                                            "unlock it once, then enroll."));
    Result<KeySlotFile> slotsBefore = KeySlotFile::load(location.keySlotsPath());
    if (!slotsBefore.ok())
        return slotsBefore.error();
    const QString vaultId = slotsBefore->vaultId;
    if (slotsBefore->find(officer))
        return Error(ErrorCode::AlreadyExists, tr("%1 already has a keyslot: unlock with your passphrase.").arg(officer));
    Result<QList<EnrollmentWrap>> wraps = OfficerEnrollment::load(location.dir, vaultId);
    if (!wraps.ok())
        return wraps.error();
    const auto wrap = std::find_if(wraps->cbegin(), wraps->cend(), [&](const EnrollmentWrap& w) { return w.officer == officer; });
    if (wrap == wraps->cend())
        return Error(ErrorCode::NotFound, tr("%1 has no enrollment waiting in this vault.").arg(officer));

    Result<SecureBytes> rawA = OfficerEnrollment::decodeHalf(OfficerEnrollment::Half::A, halfA);
    if (!rawA.ok())
        return rawA.error();
    Result<SecureBytes> rawB = OfficerEnrollment::decodeHalf(OfficerEnrollment::Half::B, halfB);
    if (!rawB.ok())
        return rawB.error();
    Result<EnrollmentHalfKeys> a = OfficerEnrollment::keysOf(*rawA);
    Result<EnrollmentHalfKeys> b = OfficerEnrollment::keysOf(*rawB);
    if (!a.ok())
        return a.error();
    if (!b.ok())
        return b.error();
    if (a->boxPublic != wrap->aBox)
        return Error(ErrorCode::AuthenticationFailed, tr("Half A is not the one for %1's enrollment.").arg(officer));
    if (b->boxPublic != wrap->bBox)
        return Error(ErrorCode::AuthenticationFailed, tr("Half B is not the one for %1's enrollment.").arg(officer));
    if (wrap->generation != slotsBefore->generation)
        return Error(ErrorCode::Refused, tr("The vault was re-keyed after %1's addition was approved: any officer "
                                            "unlocking the vault once renews the enrollment; then try again.")
                                             .arg(officer));
    Result<SecureBytes> master = OfficerEnrollment::unwrap(vaultId, *wrap, *a, *b);
    if (!master.ok())
        return master.error();

    const Status enrolled = [&]() -> Status {
        Result<std::unique_ptr<Database>> db
            = Database::open(location.databasePath(), *master, Database::Mode::OpenExisting);
        if (!db.ok())
            return db.error();
        Result<int> version = Migrations::currentVersion(**db);
        if (!version.ok())
            return version.error();
        if (*version != Migrations::latestVersion())
            return Error(ErrorCode::Refused, tr("This vault's schema is not the one this Keyward writes: let another "
                                                "officer unlock it with this version first."));
        Result<QString> storedId = (*db)->queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'"));
        if (!storedId.ok() || *storedId != vaultId)
            return Error(ErrorCode::VaultDamaged, tr("keyslots.json and vault.db do not belong to the same vault."));
        Result<Transaction> tx = Transaction::begin(**db);
        if (!tx.ok())
            return tx.error();
        // Judged under the write lock: the signed roster, not the files, says who may enroll.
        Result<RosterMember> member = enrollingMember(**db, vaultId, officer);
        if (!member.ok())
            return member.error();
        if (member->enrollmentA != a->signingJwk || member->enrollmentB != b->signingJwk
            || member->enrollmentRequest != wrap->request)
            return Error(ErrorCode::IntegrityFailure,
                         tr("Tampering: enrollments.json does not hold the enrollment the signed roster approved for %1.")
                             .arg(officer));
        Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
        if (!slots.ok())
            return slots.error();
        SecureBytes signingPrivate;
        SecureBytes boxPrivate;
        Result<KeySlot> slot = slots->makeSlot(officer, newPassphrase, kdf, *master, &signingPrivate, &boxPrivate);
        if (!slot.ok())
            return slot.error();
        slots->slots.append(*slot);
        const QJsonObject statement { { QStringLiteral("v"), RosterStatement::kVersion },
                                      { QStringLiteral("vault"), vaultId },
                                      { QStringLiteral("kind"), QStringLiteral("enrollment") },
                                      { QStringLiteral("by"), officer },
                                      { QStringLiteral("at"), AuditEvent::formatTime(clock.now()) },
                                      { QStringLiteral("officer"), officer },
                                      { QStringLiteral("request"), member->enrollmentRequest },
                                      { QStringLiteral("nonce"), member->enrollmentNonce },
                                      { QStringLiteral("signingJwk"), slot->signingJwk },
                                      { QStringLiteral("box"), slotBase64(slot->boxPublic) } };
        Result<QString> self = signWith(statement, slot->signingJwk, signingPrivate);
        Result<QString> byA = signWith(statement, a->signingJwk, a->signingPrivate);
        Result<QString> byB = signWith(statement, b->signingJwk, b->signingPrivate);
        if (!self.ok())
            return self.error();
        if (!byA.ok())
            return byA.error();
        if (!byB.ok())
            return byB.error();
        const QJsonObject details { { RosterStatement::detailsKey(), *self },
                                    { QStringLiteral("halfA"), *byA },
                                    { QStringLiteral("halfB"), *byB },
                                    { QStringLiteral("signingJwk"), slot->signingJwk },
                                    { QStringLiteral("request"), member->enrollmentRequest },
                                    { QStringLiteral("kdf"), kdfText(kdf) } };
        QList<EnrollmentWrap> rest = *wraps;
        rest.removeIf([&](const EnrollmentWrap& w) { return w.officer == officer; });
        // The files appear only once the enrollment committed; a failed commit leaves none.
        CommittedFiles files;
        KEYWARD_TRY(files.stage(location.keySlotsPath(), slots->toJson()));
        KEYWARD_TRY(files.stage(OfficerEnrollment::filePath(location.dir), OfficerEnrollment::toJson(vaultId, rest)));
        // The enrollment is the new officer's first act: they sign its head with the key they just
        // made, and seal that head into their new slot (the tail-truncation anchor, VaultSignedLog.cpp).
        Result<ossl::PKey> signingKey = slotcrypto::ed25519PrivateKey(signingPrivate);
        if (!signingKey.ok())
            return signingKey.error();
        std::optional<std::pair<AuditLog::Head, QString>> signedHead;
        AuditLog audit(**db, clock);
        audit.signHeads(vaultId,
                        HeadSigner { officer,
                                     [&signingKey](QByteArrayView payload) {
                                         return slotcrypto::ed25519Sign(signingKey->get(), payload);
                                     } },
                        [&signedHead](const AuditLog::Head& head, const QString& fingerprint) {
                            signedHead.emplace(head, fingerprint);
                        });
        Result<AuditEvent> event = audit.record(officer, QStringLiteral("officer.enrolled"), officer, details,
                                                [&](Database& database) {
                                                    return OfficerStore(database).setSigningJwk(officer, slot->signingJwk);
                                                });
        if (!event.ok())
            return event.error();
        KEYWARD_TRY(tx->commit());
        KEYWARD_TRY(files.publish());
        if (!signedHead)
            return Error(ErrorCode::Internal, tr("The enrollment of %1 committed without a signed audit head.").arg(officer));
        // Enrolled whatever happens here: a head not sealed now is sealed at this officer's next commit,
        // and until then their unlock reports it (a read-only folder, say) rather than hiding it.
        const Status sealed = KeySlotFile::resealHead(location.keySlotsPath(), officer, boxPrivate,
            SealedHead { signedHead->first.count, signedHead->first.hash, signedHead->second });
        if (!sealed.ok())
            qWarning("keyward: the sealed audit head of a new officer was not written: %s", qPrintable(sealed.message()));
        return {};
    }();
    if (!enrolled.ok())
        return enrolled.error();
    return open(location, officer, newPassphrase, clock);
}

void Vault::Private::renewEnrollments()
{
    // enrollments.json is derived from the signed roster (the halves' public box keys) and the
    // master key of now: one wrap per officer still enrolling. Any unlocked officer rebuilds it
    // when it is missing, stale after a re-key, damaged, or holds someone who no longer enrolls.
    const auto reconcile = [this]() -> std::optional<QList<EnrollmentWrap>> {
        Result<Roster> roster = RosterBuilder::fromDatabase(*db, vaultId);
        if (!roster.ok())
            return std::nullopt;
        Result<QList<EnrollmentWrap>> loaded = OfficerEnrollment::load(location.dir, vaultId);
        const QList<EnrollmentWrap> current = loaded.ok() ? *loaded : QList<EnrollmentWrap>();
        QList<EnrollmentWrap> next;
        bool changed = !loaded.ok();
        for (const RosterMember& member : roster->members()) {
            if (!member.enrolling)
                continue;
            const std::optional<std::pair<QByteArray, QByteArray>> boxes = enrollmentBoxes(*audit, member);
            if (!boxes)
                continue;
            const auto kept = std::find_if(current.cbegin(), current.cend(), [&](const EnrollmentWrap& w) {
                return w.officer == member.name && w.request == member.enrollmentRequest && w.generation == keyGeneration
                    && w.aBox == boxes->first && w.bBox == boxes->second;
            });
            if (kept != current.cend()) {
                next.append(*kept);
                continue;
            }
            Result<EnrollmentWrap> wrap = OfficerEnrollment::wrap(vaultId, member.name, member.enrollmentRequest,
                                                                  keyGeneration, boxes->first, boxes->second, masterKey);
            if (wrap.ok())
                next.append(*wrap);
            changed = true;
        }
        if (!changed && next.size() == current.size())
            return std::nullopt;
        return next;
    };
    // Almost always nothing to do: checked first without waiting for the write lock.
    if (!reconcile())
        return;
    // Then under the write lock, so that no approval or enrollment of another program commits in
    // between; its own file, published after its commit, is reconciled at the next unlock.
    Result<Transaction> tx = Transaction::begin(*db);
    if (!tx.ok())
        return;
    const std::optional<QList<EnrollmentWrap>> next = reconcile();
    if (!next)
        return;
    CommittedFiles files;
    // Best effort, like the rest of the rebuild: a file not published now is rebuilt at the next unlock.
    if (files.stage(OfficerEnrollment::filePath(location.dir), OfficerEnrollment::toJson(vaultId, *next)).ok()
        && tx->commit().ok())
        (void)files.publish();
}

Status Vault::changePassphrase(const SecureBytes& current, const SecureBytes& next, const KdfParams& kdf)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    if (next.size() < std::size_t(kMinPassphraseLength))
        return Error(ErrorCode::InvalidArgument,
                     tr("The passphrase must be at least %1 characters long.").arg(kMinPassphraseLength));
    const QString& name = d->officer.name;
    // Under the write lock: every other keyslots.json writer holds it too, so no slot another
    // program changes meanwhile is lost when the file is written back.
    Result<Transaction> tx = Transaction::begin(*d->db);
    if (!tx.ok())
        return tx.error();
    Result<KeySlotFile> slots = KeySlotFile::load(d->location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    if (slots->vaultId != d->vaultId)
        return Error(ErrorCode::VaultDamaged, tr("keyslots.json now belongs to another vault."));
    KeySlot* slot = nullptr;
    for (KeySlot& candidate : slots->slots) {
        if (candidate.officer == name)
            slot = &candidate;
    }
    if (!slot)
        return Error(ErrorCode::NotFound, tr("%1 has no keyslot in this vault.").arg(name));
    Result<SlotSecrets> secrets = slots->unlock(*slot, current);
    if (!secrets.ok()) {
        if (secrets.code() == ErrorCode::AuthenticationFailed)
            return Error(ErrorCode::AuthenticationFailed, tr("The current passphrase for %1 is wrong.").arg(name));
        return secrets.error();
    }
    KEYWARD_TRY(slots->resealSlot(*slot, *secrets, next, kdf, d->masterKey));
    CommittedFiles files;
    KEYWARD_TRY(files.stage(d->location.keySlotsPath(), slots->toJson()));
    Result<AuditEvent> event = d->audit->record(name, QStringLiteral("officer.passphrase-changed"), name,
                                                QJsonObject { { QStringLiteral("kdf"), kdfText(kdf) } });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return files.publish();
}

} // namespace keyward::core
