// SPDX-License-Identifier: GPL-3.0-or-later
// Files appear only for committed facts (issue #11): a staged file is invisible until publish(),
// a collected private export and a calendar export appear only once their transaction committed,
// and a COMMIT that fails — here because a second connection holds a read lock, so the writer's
// COMMIT runs into SQLITE_BUSY — leaves no file at all. The normal path still writes them.

#include "tst_request_fixture.h"

#include "common/Base64Url.h"
#include "common/CommittedFiles.h"
#include "crypto/Digest.h"
#include "requests/CalendarExport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

using namespace keyward::core;
using namespace keyward::test;

namespace {

constexpr auto kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther;

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// Another program reading the vault: an open read transaction holds a SHARED lock, so a writer's
// COMMIT (which needs EXCLUSIVE) fails with SQLITE_BUSY once its busy timeout has passed.
struct ReadLock {
    std::unique_ptr<Vault> reader;
    bool take(const VaultLocation& location, const Clock& clock)
    {
        Result<std::unique_ptr<Vault>> opened
            = Vault::open(location, QStringLiteral("bob"), SecureBytes::fromView(kBobPassphrase), clock);
        if (!opened.ok())
            return false;
        reader = std::move(opened).value();
        return reader->database().exec(QStringLiteral("BEGIN")).ok()
            && reader->database().queryInt64(QStringLiteral("SELECT count(*) FROM audit_events")).ok();
    }
    void release() { (void)reader->database().exec(QStringLiteral("COMMIT")); }
};

QJsonObject lastEventDetails(RequestVault& rv, const QString& action)
{
    Result<QList<AuditEvent>> events = rv.vault->audit().events(1, 100000);
    if (!events.ok())
        return {};
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        if (it->action == action)
            return it->details;
    }
    return {};
}

// An operational vault with key pay-1 and an approved PKCS#8 export of it, waiting for alice.
void approvedExport(RequestVault& rv, std::optional<Request>& approved)
{
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = rv.submit(
        KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(), QStringLiteral("escrow"), QStringLiteral("pkcs8")));
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> decided = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(decided.ok(), why(decided));
    approved = *decided;
}

} // namespace

class TestCommittedFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stagedFileAppearsOnlyWhenPublished()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        {
            CommittedFiles files;
            QVERIFY(files.stage(path, "first", CommittedFiles::kOwnerOnly).ok());
            QVERIFY(!QFileInfo::exists(path));
            QCOMPARE(files.paths(), QStringList { path });
            QVERIFY(files.publish().ok());
        }
        QCOMPARE(readAll(path), QByteArray("first"));
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());

        // Discarded (the commit failed): the old file stays whole, nothing else is left behind.
        {
            CommittedFiles files;
            QVERIFY(files.stage(path, "second", CommittedFiles::kOwnerOnly).ok());
            QCOMPARE(readAll(path), QByteArray("first"));
        }
        QCOMPARE(readAll(path), QByteArray("first"));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.bin") });

        // A folder that does not exist fails at staging, before any commit.
        CommittedFiles files;
        const Status refused = files.stage(dir.filePath(QStringLiteral("missing/out.bin")), "x");
        QCOMPARE(refused.code(), ErrorCode::Io);
        QVERIFY(files.isEmpty());
    }

    void exportFileOnlyAfterCommit()
    {
        RequestVault rv;
        std::optional<Request> requested;
        approvedExport(rv, requested);
        QVERIFY(requested);
        const QString outDir = rv.dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString path = QDir(outDir).filePath(QStringLiteral("pay-1.p8"));
        const PrivateExportTarget target { path, SecureBytes::fromView("a long export passphrase") };

        ReadLock lock;
        QVERIFY(lock.take(rv.vault->location(), rv.clock));
        const qint64 eventsBefore = rv.auditCount();
        Result<Request> failed = rv.engine->execute(requested->id, &target);
        lock.release();
        QVERIFY(!failed.ok());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(outDir), QStringList());
        QCOMPARE(rv.auditCount(), eventsBefore);
        QCOMPARE(rv.engine->byId(requested->id)->state, RequestState::Approved);

        // Once the reader is gone the same collection goes through, and the file is the one the
        // audit log names.
        Result<Request> collected = rv.engine->execute(requested->id, &target);
        QVERIFY2(collected.ok(), why(collected));
        const QByteArray file = readAll(path);
        QVERIFY(file.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
        const QString digest = QString::fromLatin1(hex::encode(digest::sha256(file)));
        QCOMPARE(lastEventDetails(rv, QStringLiteral("key.exported-private")).value(QStringLiteral("sha256")).toString(),
                 digest);
        QCOMPARE(entries(outDir), QStringList { QStringLiteral("pay-1.p8") });
        QVERIFY(rv.chainIntact());
    }

    void exportToAnUnwritablePathRecordsNothing()
    {
        RequestVault rv;
        std::optional<Request> requested;
        approvedExport(rv, requested);
        QVERIFY(requested);
        const QString path = rv.dir.filePath(QStringLiteral("no/such/folder/pay-1.p8"));
        const PrivateExportTarget target { path, SecureBytes::fromView("a long export passphrase") };
        Result<Request> failed = rv.engine->execute(requested->id, &target);
        QVERIFY(!failed.ok());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!rv.hasAuditAction(QStringLiteral("key.exported-private"), QStringLiteral("pay-1")));
        // The staging failure is an execution failure: the request stays approved, with the reason.
        Result<Request> still = rv.engine->byId(requested->id);
        QCOMPARE(still->state, RequestState::Approved);
        QVERIFY2(still->executionError.contains(path), qPrintable(still->executionError));
    }

    void calendarFileOnlyAfterCommit()
    {
        RequestVault rv;
        QVERIFY(rv.initWithApprover());
        rv.generate(QStringLiteral("pay-1"));
        const QString path = rv.dir.filePath(QStringLiteral("dates.ics"));

        ReadLock lock;
        QVERIFY(lock.take(rv.vault->location(), rv.clock));
        Result<int> failed = CalendarExport::write(*rv.vault, path);
        lock.release();
        QVERIFY(!failed.ok());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!rv.hasAuditAction(QStringLiteral("calendar.exported"), rv.vault->vaultId()));

        Result<int> written = CalendarExport::write(*rv.vault, path);
        QVERIFY2(written.ok(), why(written));
        QVERIFY(*written >= 1);
        const QByteArray ics = readAll(path);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(int(ics.count("BEGIN:VEVENT")), *written);
        const QJsonObject details = lastEventDetails(rv, QStringLiteral("calendar.exported"));
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(hex::encode(digest::sha256(ics))));
        QCOMPARE(details.value(QStringLiteral("events")).toInt(), *written);
        QVERIFY(rv.chainIntact());
    }
};

QTEST_GUILESS_MAIN(TestCommittedFiles)
#include "tst_committed_files.moc"
