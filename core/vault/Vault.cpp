// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include "vault/VaultPrivate.h"

#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "evidence/AuditCheckpoint.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"
#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"
#include "vault/VaultFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace keyward::core {

// ---------------------------------------------------------------- VaultLocation

QString VaultLocation::databasePath() const
{
    return QDir(dir).filePath(QStringLiteral("vault.db"));
}

QString VaultLocation::keySlotsPath() const
{
    return QDir(dir).filePath(QStringLiteral("keyslots.json"));
}

QString VaultLocation::pendingKeySlotsPath() const
{
    return QDir(dir).filePath(QStringLiteral("keyslots.json.new"));
}

bool VaultLocation::exists() const
{
    return QFileInfo::exists(databasePath()) && QFileInfo::exists(keySlotsPath());
}

VaultLocation VaultLocation::resolve(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return VaultLocation { QDir::cleanPath(QDir::current().absoluteFilePath(explicitPath)) };
    const QString fromEnv = qEnvironmentVariable("KEYWARD_VAULT");
    if (!fromEnv.isEmpty())
        return VaultLocation { QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv)) };
    return VaultLocation { QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("default.keyward")) };
}

// ---------------------------------------------------------------- Vault

// Vault::Private is in VaultPrivate.h (shared with VaultOfficerRequests.cpp).

Vault::Vault(std::unique_ptr<Private> p) : d(std::move(p)) { }

Vault::~Vault()
{
    lock();
}

bool Vault::isValidOfficerName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

static Status checkNewOfficer(const QString& name, const QList<Role>& roles, const SecureBytes& passphrase)
{
    if (!Vault::isValidOfficerName(name))
        return Error(ErrorCode::InvalidArgument,
                     Vault::tr("\"%1\" is not a valid officer name: use 1 to 64 letters, digits, '.', '_', '@' "
                               "or '-', starting with a letter or digit.")
                         .arg(name));
    if (roles.isEmpty())
        return Error(ErrorCode::InvalidArgument, Vault::tr("An officer needs at least one role."));
    if (passphrase.size() < std::size_t(Vault::kMinPassphraseLength))
        return Error(ErrorCode::InvalidArgument,
                     Vault::tr("The passphrase must be at least %1 characters long.").arg(Vault::kMinPassphraseLength));
    return {};
}

Result<std::unique_ptr<Vault>> Vault::create(const VaultLocation& location, const QString& officer,
                                             const QList<Role>& roles, const SecureBytes& passphrase,
                                             const KdfParams& kdf, const Clock& clock)
{
    KEYWARD_TRY(checkNewOfficer(officer, roles, passphrase));
    if (QFileInfo::exists(location.databasePath()) || QFileInfo::exists(location.keySlotsPath()))
        return Error(ErrorCode::AlreadyExists, tr("There already is a vault in %1.").arg(location.dir));
    // A folder we create is owner-only; an existing one (chosen by the user) keeps its permissions,
    // the vault files themselves are always owner-only.
    if (!QFileInfo::exists(location.dir)) {
        if (!QDir().mkpath(location.dir))
            return Error(ErrorCode::Io, tr("Cannot create the vault folder %1.").arg(location.dir));
        QFile::setPermissions(location.dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    auto d = std::make_unique<Private>();
    d->location = location;
    d->clock = &clock;
    d->vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->masterKey = random::secretBytes(Database::kMasterKeySize);

    KeySlotFile slots;
    slots.vaultId = d->vaultId;
    SecureBytes signingPrivate;
    Result<KeySlot> slot = slots.makeSlot(officer, passphrase, kdf, d->masterKey, &signingPrivate, &d->boxPrivate);
    if (!slot.ok())
        return slot.error();
    slots.slots.append(*slot);
    Result<ossl::PKey> signingKey = slotcrypto::ed25519PrivateKey(signingPrivate);
    if (!signingKey.ok())
        return signingKey.error();
    d->signingKey = std::move(*signingKey);

    // Anything created here is removed again if a later step fails, so a failed create leaves
    // no half vault that `open` would then call damaged.
    const auto cleanUp = [&location] {
        QFile::remove(location.databasePath());
        QFile::remove(location.databasePath() + QStringLiteral("-journal"));
        QFile::remove(location.keySlotsPath());
    };
    Result<std::unique_ptr<Database>> db
        = Database::open(location.databasePath(), d->masterKey, Database::Mode::CreateNew);
    if (!db.ok())
        return db.error();
    d->db = std::move(*db);
    QFile::setPermissions(location.databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    d->schemaVersion = Migrations::latestVersion();
    if (Status status = Migrations::initialise(*d->db, d->schemaVersion); !status.ok()) {
        d->db.reset();
        cleanUp();
        return status.error();
    }
    d->audit = std::make_unique<AuditLog>(*d->db, clock);
    d->keyGeneration = slots.generation;
    d->watchForRekeys();

    d->officer.name = officer;
    d->signHeadsAsOfficer(); // the genesis officer signs the genesis head
    d->officer.roles = roles;
    d->officer.signingJwk = slot->signingJwk;
    d->officer.createdAt = clock.now().toUTC();
    d->officer.createdBy = officer;

    const Status created = [&]() -> Status {
        Result<Transaction> transaction = Transaction::begin(*d->db);
        if (!transaction.ok())
            return transaction.error();
        const QJsonObject vaultDetails { { QStringLiteral("vaultId"), d->vaultId },
                                         { QStringLiteral("schema"), d->schemaVersion },
                                         { QStringLiteral("keySlotFormat"), KeySlotFile::kFormatVersion } };
        KEYWARD_TRY(d->audit->record(officer, QStringLiteral("vault.created"), d->vaultId, vaultDetails,
                                     [&](Database& database) -> Status {
                                         Result<Statement> meta = database.prepare(
                                             QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                                         if (!meta.ok())
                                             return meta.error();
                                         meta->bind(1, QStringLiteral("vault_id")).bind(2, d->vaultId);
                                         return meta->run();
                                     }));
        const QJsonObject officerDetails { { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                                           { QStringLiteral("signingJwk"), slot->signingJwk },
                                           { QStringLiteral("kdf"), QStringLiteral("argon2id t=%1 m=%2KiB p=%3")
                                                                         .arg(kdf.timeCost)
                                                                         .arg(kdf.memoryKiB)
                                                                         .arg(kdf.parallelism) } };
        // The genesis officer self-signs their admission: the root of the signed roster.
        Result<QString> genesis = d->signRosterStatement(
            QStringLiteral("genesis"), Private::rosterEntry(officer, roles, slot->signingJwk, slot->boxPublic, true));
        if (!genesis.ok())
            return genesis.error();
        QJsonObject signedDetails = officerDetails;
        signedDetails.insert(RosterStatement::detailsKey(), *genesis);
        KEYWARD_TRY(d->audit->record(officer, QStringLiteral("officer.added"), officer, signedDetails,
                                     [&](Database& database) { return OfficerStore(database).insert(d->officer); }));
        // keyslots.json is written before the commit: a vault.db whose transaction committed always
        // has its keyslots beside it.
        KEYWARD_TRY(slots.save(location.keySlotsPath()));
        return transaction->commit();
    }();
    if (!created.ok()) {
        d->audit.reset();
        d->db.reset();
        cleanUp();
        return created.error();
    }
    return std::unique_ptr<Vault>(new Vault(std::move(d)));
}

Result<QStringList> Vault::slotOfficers(const VaultLocation& location)
{
    if (!QFileInfo::exists(location.dir))
        return Error(ErrorCode::NotFound, tr("There is no vault in %1.").arg(location.dir));
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    return slots->officers();
}

Result<std::unique_ptr<Vault>> Vault::open(const VaultLocation& location, const QString& officer,
                                           const SecureBytes& passphrase, const Clock& clock)
{
    if (!QFileInfo::exists(location.dir)
        || (!QFileInfo::exists(location.databasePath()) && !QFileInfo::exists(location.keySlotsPath())))
        return Error(ErrorCode::NotFound, tr("There is no vault in %1.").arg(location.dir));

    // The key generation is read before unlocking: read after, it could already be that of a
    // re-key another program made in between, which would then go unnoticed. Only when unlock
    // itself finishes an interrupted removal (keyslots.json.new present) does it move on.
    const bool finishingRemoval = QFileInfo::exists(location.pendingKeySlotsPath());
    const Result<KeySlotFile> slotsBefore = KeySlotFile::load(location.keySlotsPath());
    Result<VaultFiles::Unlocked> unlocked = VaultFiles::unlock(location, officer, passphrase);
    if (!unlocked.ok())
        return unlocked.error();
    const Result<KeySlotFile> slotsAfter = finishingRemoval ? KeySlotFile::load(location.keySlotsPath()) : slotsBefore;

    auto d = std::make_unique<Private>();
    d->location = location;
    d->clock = &clock;
    d->vaultId = unlocked->vaultId;
    d->masterKey = std::move(unlocked->masterKey);
    d->boxPrivate = std::move(unlocked->boxPrivate);
    d->db = std::move(unlocked->db);
    // Unknown (0) counts as older than any file: at worst a needless "unlock again".
    d->keyGeneration = slotsAfter.ok() ? slotsAfter->generation : 0;
    d->watchForRekeys();
    Result<ossl::PKey> signingKey = slotcrypto::ed25519PrivateKey(unlocked->signingPrivate);
    if (!signingKey.ok())
        return signingKey.error();
    d->signingKey = std::move(*signingKey);

    // Everything is checked read-only before the first write (the schema upgrade).
    Result<int> version = Migrations::currentVersion(*d->db);
    if (!version.ok())
        return version.error();
    if (*version > Migrations::latestVersion() || *version <= 0) {
        Result<int> refused = Migrations::upgrade(*d->db, Migrations::latestVersion()); // names the problem
        return refused.ok() ? Error(ErrorCode::Internal, tr("Unexpected schema state.")) : refused.error();
    }
    Result<QString> storedId = d->db->queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'"));
    if (!storedId.ok() || *storedId != d->vaultId)
        return Error(ErrorCode::VaultDamaged,
                     tr("keyslots.json (vault id %1) and vault.db do not belong to the same vault.").arg(d->vaultId));

    d->audit = std::make_unique<AuditLog>(*d->db, clock);
    d->officer.name = officer;
    d->signHeadsAsOfficer(); // from the schema upgrade on, every write signs its head
    Result<int> upgraded
        = Migrations::upgrade(*d->db, Migrations::latestVersion(), [&](int from, int to) -> Status {
              const QJsonObject details { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
              Result<AuditEvent> event
                  = d->audit->record(officer, QStringLiteral("vault.schema-upgraded"), d->vaultId, details);
              if (!event.ok())
                  return event.error();
              return {};
          });
    if (!upgraded.ok())
        return upgraded.error();
    d->schemaVersion = *upgraded;

    Result<std::optional<Officer>> row = OfficerStore(*d->db).find(officer);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return Error(ErrorCode::AuthenticationFailed,
                     tr("%1 is no longer an officer of this vault.").arg(officer));
    d->officer = **row;
    KEYWARD_TRY(d->enforceRoster());
    d->renewEnrollments();
    KEYWARD_TRY(d->checkSealedHead());
    std::unique_ptr<Vault> vault(new Vault(std::move(d)));
    // Each unlock leaves a signed tree head of the log in it (issue #15), best effort: see there.
    AuditCheckpoint::recordAtUnlock(*vault);
    return vault;
}

const VaultLocation& Vault::location() const
{
    return d->location;
}

QString Vault::vaultId() const
{
    return d->vaultId;
}

const Clock& Vault::clock() const
{
    return *d->clock;
}

const Officer& Vault::currentOfficer() const
{
    return d->officer;
}

int Vault::schemaVersion() const
{
    return d->schemaVersion;
}

Result<QList<Officer>> Vault::officers() const
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return OfficerStore(*d->db).all();
}

bool Vault::isOperational() const
{
    const Result<QList<Officer>> all = officers();
    return all.ok() && isOperational(*all);
}

bool Vault::isOperational(const QList<Officer>& officers)
{
    // An officer still enrolling (no signing key yet) can neither request nor approve.
    for (const Officer& admin : officers) {
        if (!admin.hasRole(Role::Admin) || admin.signingJwk.isEmpty())
            continue;
        for (const Officer& approver : officers) {
            if (approver.name != admin.name && approver.hasRole(Role::Approver) && !approver.signingJwk.isEmpty())
                return true;
        }
    }
    return false;
}

Status Vault::Private::commitNewOfficer(const QString& actor, const Officer& added, const KeySlot& slot,
                                        const QJsonObject& details)
{
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    if (slots->vaultId != vaultId)
        return Error(ErrorCode::VaultDamaged, tr("keyslots.json now belongs to another vault."));
    slots->slots.removeIf([&](const KeySlot& s) { return s.officer == added.name; }); // orphan of a crashed add
    KeySlot wrapped = slot;
    // The slot may have been sealed before a re-key: wrap the master key of now, this generation.
    KEYWARD_TRY(slots->rewrapMaster(wrapped, masterKey));
    slots->slots.append(wrapped);

    const QByteArray json = slots->toJson();
    const bool outermost = !db->inTransaction();

    // 1. The write lock first, then keyslots.json.new with the new slot (keyslots.json stays the
    //    truth): a program unlocking meanwhile waits for this transaction before it judges the
    //    pending file (VaultFiles::unlock).
    Result<Transaction> transaction = Transaction::begin(*db);
    if (!transaction.ok())
        return transaction.error();
    KEYWARD_TRY(slots->save(location.pendingKeySlotsPath()));
    // 2. The officers row and "officer.added", committed here or with the caller's transaction.
    Result<AuditEvent> event = audit->record(actor, QStringLiteral("officer.added"), added.name, details,
                                             [&](Database& database) { return OfficerStore(database).insert(added); });
    const Status committed = event.ok() ? transaction->commit() : Status(event.error());
    if (!committed.ok()) {
        QFile::remove(location.pendingKeySlotsPath());
        return committed;
    }
    // 3. Only a committed addition reaches keyslots.json: at once when this was the whole
    //    transaction, else after the caller's commit (finishAddition). A crash in between is
    //    settled by the next unlock, from the officers rows.
    if (!outermost) {
        stagedSlots = json;
        return {};
    }
    return promoteStaged(json);
}

Status Vault::Private::finishAddition()
{
    if (stagedSlots.isEmpty() || !stagedRemoval.isEmpty())
        return {};
    return promoteStaged(std::exchange(stagedSlots, QByteArray()));
}

Status Vault::Private::promoteStaged(const QByteArray& json)
{
    if (QFileInfo::exists(location.pendingKeySlotsPath()))
        return VaultFiles::promotePending(location);
    QFile file(location.keySlotsPath());
    if (file.open(QIODevice::ReadOnly) && file.readAll() == json)
        return {};
    return Error(ErrorCode::Io, tr("keyslots.json.new disappeared before it could replace keyslots.json."));
}

Status Vault::addOfficer(const QString& name, const QList<Role>& roles, const SecureBytes& newPassphrase,
                         const KdfParams& kdf)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    KEYWARD_TRY(checkNewOfficer(name, roles, newPassphrase));
    Result<QList<Officer>> existing = officers();
    if (!existing.ok())
        return existing.error();
    if (isOperational())
        return Error(ErrorCode::Refused, tr("Adding an officer now needs a two-person request (officer-add)."));
    const bool bootstrap = existing->size() == 1;
    if (!bootstrap && !d->officer.hasRole(Role::Admin))
        return Error(ErrorCode::Refused, tr("Only an admin may add officers (%1 is not an admin).").arg(d->officer.name));
    for (const Officer& o : std::as_const(*existing)) {
        if (o.name == name)
            return Error(ErrorCode::AlreadyExists, tr("There already is an officer named %1.").arg(name));
    }

    Result<KeySlotFile> slots = KeySlotFile::load(d->location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    Result<KeySlot> slot = slots->makeSlot(name, newPassphrase, kdf, d->masterKey);
    if (!slot.ok())
        return slot.error();

    Officer added;
    added.name = name;
    added.roles = roles;
    added.signingJwk = slot->signingJwk;
    added.createdAt = d->clock->now().toUTC();
    added.createdBy = d->officer.name;
    // Signed by the admitting officer; the second officer is trusted on first use.
    Result<QString> statement = d->signRosterStatement(
        QStringLiteral("bootstrap"), Private::rosterEntry(name, roles, slot->signingJwk, slot->boxPublic, bootstrap));
    if (!statement.ok())
        return statement.error();
    const QJsonObject details { { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles)) },
                                { QStringLiteral("signingJwk"), slot->signingJwk },
                                { QStringLiteral("bootstrap"), bootstrap },
                                { RosterStatement::detailsKey(), *statement } };
    return d->commitNewOfficer(d->officer.name, added, *slot, details);
}

Status Vault::Private::stageRemoval(const QString& actor, const Officer& target, const QJsonObject& extraDetails)
{
    Result<KeySlotFile> current = KeySlotFile::load(location.keySlotsPath());
    if (!current.ok())
        return current.error();
    SecureBytes newMaster = random::secretBytes(Database::kMasterKeySize);
    Result<KeySlotFile> next = VaultFiles::rekeyedSlots(rosteredSlots(*current), target.name, newMaster);
    if (!next.ok())
        return next.error();
    keepUnrosteredSlots(*current, *next);

    // 1. The new slots go to keyslots.json.new (the old file still opens the old key), under the
    //    write lock so that no other program's unlock judges them before the removal is decided.
    Result<Transaction> transaction = Transaction::begin(*db);
    if (!transaction.ok())
        return transaction.error();
    KEYWARD_TRY(next->save(location.pendingKeySlotsPath()));
    // 2. The removal and its event commit under the old key.
    QJsonObject details { { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(target.roles)) },
                          { QStringLiteral("rekeyed"), true },
                          { QStringLiteral("keyGeneration"), next->generation } };
    for (auto it = extraDetails.begin(); it != extraDetails.end(); ++it)
        details.insert(it.key(), it.value());
    Result<AuditEvent> event
        = audit->record(actor, QStringLiteral("officer.removed"), target.name, details,
                        [&](Database& database) { return OfficerStore(database).remove(target.name); });
    const Status committed = event.ok() ? transaction->commit() : Status(event.error());
    if (!committed.ok()) {
        QFile::remove(location.pendingKeySlotsPath());
        return committed;
    }
    stagedMaster = std::move(newMaster);
    stagedRemoval = target.name;
    stagedGeneration = next->generation;
    stagedSlots = next->toJson();
    return {};
}

Status Vault::Private::finishRemoval()
{
    if (stagedRemoval.isEmpty())
        return Error(ErrorCode::Internal, tr("No officer removal is waiting for its re-key."));
    const QString name = stagedRemoval;
    SecureBytes newMaster = std::move(stagedMaster);
    // 3. PRAGMA rekey (one SQLite transaction), 4. the new slots replace the old ones. A crash
    // after 2 is finished by the next open (VaultFiles::unlock). stagedRemoval is cleared only
    // after the rekey, so a failure in it is not taken for another program's re-key.
    const Status rekeyed = db->rekey(newMaster);
    stagedRemoval.clear();
    if (!rekeyed.ok())
        return Error(rekeyed.code(), tr("%1 was removed but re-keying failed (%2); the re-key completes at the next "
                                        "unlock.")
                                         .arg(name, rekeyed.message()));
    masterKey = std::move(newMaster);
    keyGeneration = stagedGeneration; // from here on the database opens with the new key only
    KEYWARD_TRY(promoteStaged(std::exchange(stagedSlots, QByteArray())));
    renewEnrollments();
    return {};
}

Status Vault::removeOfficer(const QString& name)
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    if (isOperational())
        return Error(ErrorCode::Refused, tr("Removing an officer now needs a two-person request (officer-remove)."));
    if (!d->officer.hasRole(Role::Admin))
        return Error(ErrorCode::Refused, tr("Only an admin may remove officers."));
    if (name == d->officer.name)
        return Error(ErrorCode::Refused, tr("You cannot remove yourself; another admin must do it."));
    Result<QList<Officer>> existing = officers();
    if (!existing.ok())
        return existing.error();
    const auto target = std::find_if(existing->cbegin(), existing->cend(), [&](const Officer& o) { return o.name == name; });
    if (target == existing->cend())
        return Error(ErrorCode::NotFound, tr("There is no officer named %1.").arg(name));
    const bool adminRemains = std::any_of(existing->cbegin(), existing->cend(), [&](const Officer& o) {
        return o.name != name && o.hasRole(Role::Admin);
    });
    if (!adminRemains)
        return Error(ErrorCode::Refused, tr("%1 is the last admin and cannot be removed.").arg(name));
    Result<QString> statement = d->signRosterStatement(
        QStringLiteral("removal"), QJsonObject { { QStringLiteral("officer"), name } });
    if (!statement.ok())
        return statement.error();
    KEYWARD_TRY(d->stageRemoval(d->officer.name, *target, QJsonObject { { RosterStatement::detailsKey(), *statement } }));
    return d->finishRemoval();
}

Status Vault::acknowledgeCustodianDuties()
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    if (d->officer.custodianAcknowledged)
        return {};
    const QDateTime now = d->clock->now().toUTC();
    Result<AuditEvent> event = d->audit->record(
        d->officer.name, QStringLiteral("officer.acknowledged"), d->officer.name,
        QJsonObject { { QStringLiteral("duties"), QStringLiteral("PCI DSS 3.7.8 key custodian") } },
        [&](Database& database) { return OfficerStore(database).setAcknowledged(d->officer.name, now); });
    if (!event.ok())
        return event.error();
    d->officer.custodianAcknowledged = true;
    return {};
}

Result<QByteArray> Vault::signAsCurrentOfficer(QByteArrayView payload) const
{
    if (isLocked() || !d->signingKey)
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return slotcrypto::ed25519Sign(d->signingKey.get(), payload);
}

AuditLog& Vault::audit()
{
    return *d->audit;
}

const AuditLog& Vault::audit() const
{
    return *d->audit;
}

Database& Vault::database()
{
    return *d->db;
}

bool Vault::Private::newerGenerationOnDisk(bool includePending) const
{
    const Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (slots.ok() && slots->generation > keyGeneration)
        return true;
    // Between another program's PRAGMA rekey and its rename of keyslots.json.new, only the new
    // file names the new generation. Our own staged removal is no news.
    if (!includePending || !stagedRemoval.isEmpty() || !QFileInfo::exists(location.pendingKeySlotsPath()))
        return false;
    const Result<KeySlotFile> pending = KeySlotFile::load(location.pendingKeySlotsPath());
    return pending.ok() && pending->generation > keyGeneration;
}

void Vault::Private::watchForRekeys()
{
    // Called by the database only after a failed statement; the failure itself says the key no
    // longer works, so a pending file of a newer generation is enough.
    db->setRekeyedElsewhereCheck([this] { return newerGenerationOnDisk(true); });
}

Result<qint64> Vault::dataVersion() const
{
    if (isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    return d->db->dataVersion();
}

bool Vault::wasRekeyedElsewhere() const
{
    if (isLocked())
        return false;
    if (d->newerGenerationOnDisk(false))
        return true;
    // A newer keyslots.json.new alone may still be a removal that has not re-keyed yet (or never
    // will): it counts once the database no longer reads with our key.
    return d->newerGenerationOnDisk(true) && !d->db->stillReadableWithOurKey();
}

void Vault::lock()
{
    d->audit.reset();
    d->db.reset();
    d->masterKey.clear();
    d->boxPrivate.clear();
    d->stagedMaster.clear();
    d->stagedSlots.clear();
    d->stagedRemoval.clear();
    d->signingKey.reset();
}

bool Vault::isLocked() const
{
    return !d->db;
}

} // namespace keyward::core
