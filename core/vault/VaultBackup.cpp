// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultBackup.h"

#include "audit/AuditLog.h"
#include "common/CommittedFiles.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "vault/KeySlots.h"
#include "vault/OfficerStore.h"
#include "vault/Vault.h"
#include "vault/VaultFiles.h"
#include "vault/VaultPrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlcipher/sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <optional>

namespace keyward::core {

namespace {

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// `path` with every existing part resolved (symlinks, ".."), so "inside the vault" cannot be
// dodged through a link; the parts that do not exist yet are appended as written.
QString resolvedPath(const QString& path)
{
    QString existing = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    QStringList rest;
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath()) {
        rest.prepend(QFileInfo(existing).fileName());
        existing = QFileInfo(existing).absolutePath();
    }
    QString resolved = QFileInfo(existing).canonicalFilePath();
    for (const QString& part : std::as_const(rest))
        resolved = QDir(resolved).filePath(part);
    return QDir::cleanPath(resolved);
}

bool isSameOrInside(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

Status prepareTarget(const QString& outDir, const QString& vaultDir)
{
    const QString target = resolvedPath(outDir);
    if (isSameOrInside(target, resolvedPath(vaultDir)))
        return Error(ErrorCode::InvalidArgument,
                     VaultBackup::tr("A backup cannot go inside the vault folder %1: choose a folder elsewhere, "
                                     "ideally on another disk.")
                         .arg(vaultDir));
    const QFileInfo info(target);
    if (info.exists()) {
        if (!info.isDir())
            return Error(ErrorCode::InvalidArgument, VaultBackup::tr("%1 exists and is not a folder.").arg(outDir));
        if (!QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error(ErrorCode::AlreadyExists,
                         VaultBackup::tr("%1 is not empty: a backup goes into a new or empty folder, so it never "
                                         "mixes with other files.")
                             .arg(outDir));
        return {};
    }
    if (!QDir().mkpath(target))
        return Error(ErrorCode::Io, VaultBackup::tr("Cannot create the folder %1.").arg(outDir));
    QFile::setPermissions(target, kOwnerOnlyDir);
    return {};
}

void syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, VaultBackup::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

// The live database's pages into a new file keyed with `liveKey`, through SQLite's online
// backup API on the live connection (inside the caller's read transaction), then re-keyed to
// `copyKey` when the slots written beside it wrap another master key.
Status copyDatabase(Database& live, const SecureBytes& liveKey, const SecureBytes& copyKey, const QString& path)
{
    // The live vault's page size: SQLite copies page for page, and an encrypted copy cannot change it.
    Result<std::unique_ptr<Database>> copy
        = Database::open(path, liveKey, Database::Mode::CreateNew, live.cipherPageSize());
    if (!copy.ok())
        return copy.error();
    QFile::setPermissions(path, kOwnerOnlyFile);
    sqlite3_backup* backup = sqlite3_backup_init((*copy)->handle(), "main", live.handle(), "main");
    if (!backup)
        return (*copy)->lastError(VaultBackup::tr("Cannot start copying the vault database"));
    const int stepped = sqlite3_backup_step(backup, -1); // every page in one step, one snapshot
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return (*copy)->lastError(VaultBackup::tr("Cannot copy the vault database"));
    if (!copyKey.constantTimeEquals(liveKey.view()))
        KEYWARD_TRY((*copy)->rekey(copyKey));
    copy->reset();
    // Proof rather than reasoning: the copy opens with the key of the slots written beside it.
    Result<std::unique_ptr<Database>> reopened = Database::open(path, copyKey, Database::Mode::OpenExisting);
    if (!reopened.ok())
        return Error(ErrorCode::Internal, VaultBackup::tr("The copied database does not open with the keyslots "
                                                          "chosen for it; no backup was written."));
    return {};
}

} // namespace

Result<BackupReport> VaultBackup::backup(const Vault& vault, const QString& outDir)
{
    if (vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    const Vault::Private& d = *vault.d;
    Database& live = *d.db;
    if (live.inTransaction())
        return Error(ErrorCode::Refused, tr("A backup cannot be taken in the middle of a change."));
    if (outDir.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Name the folder the backup goes to."));
    KEYWARD_TRY(prepareTarget(outDir, d.location.dir));
    const QDir target(resolvedPath(outDir));
    const QString partialDb = target.filePath(QStringLiteral("vault.db.partial"));

    BackupReport report;
    report.dir = target.path();
    report.vaultId = d.vaultId;
    QByteArray slotBytes;
    {
        // The read transaction: from the first read on, no writer can commit or re-key.
        KEYWARD_TRY(live.exec(QStringLiteral("BEGIN")));
        struct EndRead {
            Database& db;
            ~EndRead() { (void)db.exec(QStringLiteral("COMMIT")); }
        } endRead { live };
        Result<QStringList> officers = OfficerStore(live).names(); // takes the SHARED lock
        if (!officers.ok())
            return officers.error();

        // keyslots.json.new before keyslots.json: a promotion (a rename) racing these two reads
        // then shows the new slots in both, never the old ones alone.
        const VaultLocation& location = d.location;
        std::optional<KeySlotFile> pending;
        QByteArray pendingBytes;
        if (QFileInfo::exists(location.pendingKeySlotsPath())) {
            Result<QByteArray> bytes = readFile(location.pendingKeySlotsPath());
            if (bytes.ok()) {
                Result<KeySlotFile> parsed = KeySlotFile::parse(*bytes, location.pendingKeySlotsPath());
                if (!parsed.ok())
                    return parsed.error();
                pending = std::move(*parsed);
                pendingBytes = *bytes;
            }
        }
        Result<QByteArray> currentBytes = readFile(location.keySlotsPath());
        if (!currentBytes.ok())
            return currentBytes.error();
        Result<KeySlotFile> current = KeySlotFile::parse(*currentBytes, location.keySlotsPath());
        if (!current.ok())
            return current.error();

        const KeySlotFile* chosen = &*current;
        slotBytes = *currentBytes;
        if (pending) {
            const KeySlot* mine = pending->find(d.officer.name);
            Result<SecureBytes> pendingMaster = mine ? pending->unwrapMaster(*mine, d.boxPrivate)
                                                     : Result<SecureBytes>(Error(ErrorCode::NotFound, QString()));
            const bool pendingKeyOpens = pendingMaster.ok() && pendingMaster->constantTimeEquals(d.masterKey.view());
            switch (VaultFiles::judgePending(*current, *pending, *officers, pendingKeyOpens)) {
            case VaultFiles::PendingVerdict::Committed:
                chosen = &*pending;
                slotBytes = pendingBytes;
                break;
            case VaultFiles::PendingVerdict::NotCommitted:
                break;
            case VaultFiles::PendingVerdict::Contradictory:
                return Error(ErrorCode::VaultDamaged,
                             tr("keyslots.json.new fits neither the officers in vault.db nor keyslots.json; no "
                                "backup was written. Lock and unlock the vault to settle it, then back up again."));
            }
            report.settledOfficerChange = true;
        }
        if (chosen->vaultId != d.vaultId)
            return Error(ErrorCode::VaultDamaged, tr("keyslots.json now belongs to another vault."));
        const KeySlot* slot = chosen->find(d.officer.name);
        if (!slot)
            return Error(ErrorCode::Refused,
                         tr("%1 no longer has a keyslot in this vault and cannot back it up.").arg(d.officer.name));
        Result<SecureBytes> copyKey = chosen->unwrapMaster(*slot, d.boxPrivate);
        if (!copyKey.ok())
            return copyKey.error();
        if (Status copied = copyDatabase(live, d.masterKey, *copyKey, partialDb); !copied.ok()) {
            QFile::remove(partialDb);
            QFile::remove(partialDb + QStringLiteral("-journal"));
            return copied.error();
        }
        report.keyGeneration = chosen->generation;
        report.officers = chosen->officers();
        Result<qint64> events = live.queryInt64(QStringLiteral("SELECT count(*) FROM audit_events"));
        report.events = events.ok() ? *events : 0;
    }

    // The copy is complete and closed: the files take their final names, keyslots first, so a
    // folder with a vault.db always has its keyslots beside it.
    {
        CommittedFiles slotFile; // the same owner-only, all-or-nothing write as every export
        KEYWARD_TRY(slotFile.stage(target.filePath(QStringLiteral("keyslots.json")), slotBytes));
        KEYWARD_TRY(slotFile.publish());
    }
    syncPath(partialDb, O_RDONLY);
    const QString finalDb = target.filePath(QStringLiteral("vault.db"));
    if (std::rename(QFile::encodeName(partialDb).constData(), QFile::encodeName(finalDb).constData()) != 0)
        return Error(ErrorCode::Io, tr("Cannot write %1.").arg(finalDb));
    syncPath(target.path(), O_RDONLY | O_DIRECTORY);
    return report;
}

Result<QString> VaultBackup::soleOfficer(const QString& dir)
{
    Result<QStringList> names = Vault::slotOfficers(VaultLocation { dir });
    if (!names.ok())
        return names.error();
    if (names->size() != 1)
        return Error(ErrorCode::InvalidArgument,
                     tr("Several officers hold keyslots in %1 (%2): name the one who checks it.")
                         .arg(dir, names->join(QStringLiteral(", "))));
    return names->first();
}

Result<BackupCheck> VaultBackup::check(const QString& dir, const QString& officer, const SecureBytes& passphrase,
                                       const Clock& clock)
{
    const VaultLocation location { QDir::cleanPath(QDir::current().absoluteFilePath(dir)) };
    if (!QFileInfo(location.dir).isDir())
        return Error(ErrorCode::NotFound, tr("There is no folder %1.").arg(dir));
    if (!QFileInfo::exists(location.databasePath()))
        return Error(ErrorCode::VaultDamaged, tr("%1 holds no vault.db: it is not a whole backup.").arg(dir));
    if (QFileInfo::exists(location.pendingKeySlotsPath()))
        return Error(ErrorCode::VaultDamaged,
                     tr("%1 holds keyslots.json.new: it was copied while an officer change was in flight, not "
                        "written by \"vault backup\". Restore from a backup made with \"keyward-cli vault backup\".")
                         .arg(dir));
    Result<KeySlotFile> slots = KeySlotFile::load(location.keySlotsPath());
    if (!slots.ok())
        return slots.error();
    const KeySlot* slot = slots->find(officer);
    if (!slot)
        return Error(ErrorCode::AuthenticationFailed, tr("No officer named %1 has a keyslot in %2.").arg(officer, dir));
    Result<SlotSecrets> secrets = slots->unlock(*slot, passphrase);
    if (!secrets.ok())
        return secrets.error();
    Result<SecureBytes> master = slots->unwrapMaster(*slot, secrets->boxPrivate);
    if (!master.ok())
        return master.error();

    // A private copy: opening a database may roll back a journal or settle pragmas, and a check
    // must leave the backup exactly as it found it.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(ErrorCode::Io, tr("Cannot create a temporary folder to check the backup in."));
    QFile::setPermissions(scratch.path(), kOwnerOnlyDir);
    const QString copyPath = QDir(scratch.path()).filePath(QStringLiteral("vault.db"));
    if (!QFile::copy(location.databasePath(), copyPath))
        return Error(ErrorCode::Io, tr("Cannot copy %1 to check it.").arg(location.databasePath()));
    const QString journal = location.databasePath() + QStringLiteral("-journal");
    if (QFileInfo::exists(journal) && !QFile::copy(journal, copyPath + QStringLiteral("-journal")))
        return Error(ErrorCode::Io, tr("Cannot copy %1 to check it.").arg(journal));

    Result<std::unique_ptr<Database>> db = Database::open(copyPath, *master, Database::Mode::OpenExisting);
    if (!db.ok()) {
        if (db.code() != ErrorCode::VaultDamaged)
            return db.error();
        return Error(ErrorCode::VaultDamaged,
                     tr("keyslots.json (key generation %1) does not open vault.db: the two files are from different "
                        "moments — for example copied while an officer removal re-keyed the vault — or vault.db is "
                        "damaged. This backup cannot be restored; take a new one with \"keyward-cli vault backup\".")
                         .arg(slots->generation));
    }
    Result<QString> integrity = (*db)->integrityCheck();
    if (!integrity.ok())
        return integrity.error();
    if (*integrity != QLatin1String("ok"))
        return Error(ErrorCode::VaultDamaged, tr("vault.db fails its integrity check: %1").arg(*integrity));
    Result<QString> storedId = (*db)->queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'"));
    if (!storedId.ok() || *storedId != slots->vaultId)
        return Error(ErrorCode::VaultDamaged,
                     tr("keyslots.json (vault id %1) and vault.db belong to different vaults.").arg(slots->vaultId));
    Result<int> version = Migrations::currentVersion(**db);
    if (!version.ok())
        return version.error();
    if (*version > Migrations::latestVersion())
        return Error(ErrorCode::NewerSchema, tr("This backup was written by a newer Keyward (schema %1; this one reads "
                                                "up to %2).")
                                                 .arg(*version)
                                                 .arg(Migrations::latestVersion()));
    Result<QStringList> names = OfficerStore(**db).names();
    if (!names.ok())
        return names.error();
    for (const QString& name : std::as_const(*names)) {
        if (!slots->find(name))
            return Error(ErrorCode::VaultDamaged,
                         tr("Officer %1 is recorded in vault.db but has no keyslot: keyslots.json is older than the "
                            "database.")
                             .arg(name));
    }
    if (!names->contains(officer))
        return Error(ErrorCode::AuthenticationFailed, tr("%1 is no longer an officer in this backup.").arg(officer));
    const ChainStatus chain = AuditLog(**db, clock).verify();
    if (!chain.intact)
        return Error(ErrorCode::VerificationFailed,
                     tr("The audit chain of the backup is broken at event %1: %2").arg(chain.firstBadSeq).arg(chain.problem));

    BackupCheck report;
    report.dir = location.dir;
    report.vaultId = slots->vaultId;
    report.keyGeneration = slots->generation;
    report.officers = *names;
    report.events = chain.eventCount;
    report.schemaVersion = *version;
    return report;
}

} // namespace keyward::core
