// SPDX-License-Identifier: GPL-3.0-or-later
// Officers choose their own passphrases (issue #12): an approved officer-add admits the officer by
// a split-secret enrollment (half A from the requester, half B from the approver); the new officer
// enrolls with both, with their own passphrase and signing key. One half, a wrong or swapped half
// changes nothing. Every officer changes their own passphrase, re-sealing only their slot.

#include "RequestTestSupport.h"

#include "vault/OfficerEnrollment.h"
#include "vault/KeySlots.h"
#include "vault/Roster.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray text(const SecureBytes& bytes)
{
    return QByteArray(bytes.constChars(), bytes.isize());
}

} // namespace

class TestOfficerEnrollment : public QObject {
    Q_OBJECT

    // alice files `draft`, bob approves it.
    static Result<Request> submitApprovedByBob(RequestVault& rv, const RequestDraft& draft)
    {
        Result<Request> submitted = rv.engine->submit(draft);
        if (!submitted.ok())
            return submitted.error();
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        if (!bob)
            return Error(ErrorCode::AuthenticationFailed, QStringLiteral("no credential for bob"));
        return rv.engine->approve(submitted->id, *bob);
    }

    // alice requests erin (approver), bob approves: half A and half B as text.
    bool admitErin(RequestVault& rv, SecureBytes& halfA, SecureBytes& halfB, qint64* requestId = nullptr)
    {
        Result<RequestDraft> draft = OfficerRequestDrafts::officerEnrollment(
            *rv.vault, QStringLiteral("erin"), { Role::Approver }, QStringLiteral("second approver"), &halfA);
        if (!draft.ok())
            return qWarning() << draft.message(), false;
        Result<Request> approved = submitApprovedByBob(rv, *draft);
        if (!approved.ok() || approved->state != RequestState::Executed)
            return qWarning() << (approved.ok() ? approved->executionError : approved.message()), false;
        std::unique_ptr<Vault> bobSession = rv.session(QStringLiteral("bob"));
        Result<SecureBytes> b = bobSession->enrollmentHalf(QStringLiteral("erin"));
        if (!b.ok())
            return qWarning() << b.message(), false;
        halfB = std::move(*b);
        if (requestId)
            *requestId = approved->id;
        return true;
    }

private Q_SLOTS:
    void bothHalvesEnrollWithOwnPassphraseAndApprove()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        SecureBytes halfA;
        SecureBytes halfB;
        QVERIFY(admitErin(rv, halfA, halfB));
        QVERIFY(text(halfA).startsWith("keyward-half-a."));
        QVERIFY(text(halfB).startsWith("keyward-half-b."));
        // Admitted but not enrolled: no slot, no key, and she does not make the vault operational.
        QVERIFY(!Vault::slotOfficers(rv.location)->contains(QStringLiteral("erin")));
        QCOMPARE(*Vault::enrollingOfficers(rv.location), QStringList { QStringLiteral("erin") });
        QVERIFY(rv.vault->roster()->member(QStringLiteral("erin"))->enrolling);
        // The requester derives half A again, never B; an officer with no part derives neither.
        QCOMPARE(text(*rv.vault->enrollmentHalf(QStringLiteral("erin"))), text(halfA));
        QCOMPARE(rv.session(QStringLiteral("carol"))->enrollmentHalf(QStringLiteral("erin")).code(), ErrorCode::Refused);

        const SecureBytes erinPassphrase = secret("erin chose this herself");
        Result<std::unique_ptr<Vault>> erin = Vault::enroll(rv.location, QStringLiteral("erin"), halfA, halfB,
                                                            erinPassphrase, KdfParams::forTests(), rv.clock);
        QVERIFY2(erin.ok(), why(erin).constData());
        QCOMPARE((*erin)->currentOfficer().roles, QList<Role> { Role::Approver });
        QVERIFY(Vault::enrollingOfficers(rv.location)->isEmpty());
        (*erin)->lock();
        Result<std::unique_ptr<Vault>> again = Vault::open(rv.location, QStringLiteral("erin"), erinPassphrase, rv.clock);
        QVERIFY2(again.ok(), why(again).constData());
        const Result<Roster> roster = (*again)->roster(); // the member points into it
        QVERIFY2(roster.ok(), why(roster).constData());
        const RosterMember* member = roster->member(QStringLiteral("erin"));
        QVERIFY(member && !member->enrolling);
        QCOMPARE(member->signingJwk, (*again)->currentOfficer().signingJwk);
        // Enrolling twice is refused: the slot exists.
        QCOMPARE(Vault::enroll(rv.location, QStringLiteral("erin"), halfA, halfB, erinPassphrase, KdfParams::forTests(),
                               rv.clock)
                     .code(),
                 ErrorCode::AlreadyExists);

        // Erin approves with her own passphrase.
        QVERIFY(rv.createKeySet());
        Result<Request> change = rv.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::KeyOfficer });
        QVERIFY2(change.ok(), why(change).constData());
        Result<OfficerCredential> erinCredential = rv.vault->authenticateOfficer(QStringLiteral("erin"), erinPassphrase);
        QVERIFY2(erinCredential.ok(), why(erinCredential).constData());
        Result<Request> approved = rv.engine->approve(change->id, *erinCredential);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);
        QVERIFY(RosterBuilder::fromDatabase(rv.vault->database(), rv.vault->vaultId()).ok());
    }

    void oneHalfOrWrongHalfChangesNothing()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        SecureBytes halfA;
        SecureBytes halfB;
        QVERIFY(admitErin(rv, halfA, halfB));
        const QString before = rv.snapshot();
        const QByteArray enrollments = fileBytes(OfficerEnrollment::filePath(rv.location.dir));
        const SecureBytes pass = secret("erin chose this herself");
        const auto enroll = [&](const SecureBytes& a, const SecureBytes& b) {
            return Vault::enroll(rv.location, QStringLiteral("erin"), a, b, pass, KdfParams::forTests(), rv.clock);
        };
        // One half only.
        Result<std::unique_ptr<Vault>> oneHalf = enroll(halfA, SecureBytes());
        QCOMPARE(oneHalf.code(), ErrorCode::InvalidArgument);
        QVERIFY2(oneHalf.message().contains(QStringLiteral("both halves")), qPrintable(oneHalf.message()));
        // Half A given as both halves (the requester alone).
        Result<std::unique_ptr<Vault>> swapped = enroll(halfA, halfA);
        QCOMPARE(swapped.code(), ErrorCode::InvalidArgument);
        QVERIFY2(swapped.message().contains(QStringLiteral("half A")), qPrintable(swapped.message()));
        // A well-formed half B that is not bob's (say the requester made one up).
        const SecureBytes madeUp = OfficerEnrollment::encodeHalf(OfficerEnrollment::Half::B, secret("0123456789abcdef0123456789abcdef"));
        Result<std::unique_ptr<Vault>> wrongB = enroll(halfA, madeUp);
        QCOMPARE(wrongB.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(wrongB.message().contains(QStringLiteral("Half B is not the one")), qPrintable(wrongB.message()));
        // A damaged half.
        QCOMPARE(enroll(halfA, secret("keyward-half-b.!!")).code(), ErrorCode::InvalidArgument);

        QCOMPARE(rv.snapshot(), before);
        QCOMPARE(fileBytes(OfficerEnrollment::filePath(rv.location.dir)), enrollments);
        QVERIFY(!Vault::slotOfficers(rv.location)->contains(QStringLiteral("erin")));
    }

    void theRequesterCannotLearnHalfB()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        SecureBytes halfA;
        SecureBytes halfB;
        QVERIFY(admitErin(rv, halfA, halfB));
        const QByteArray b = text(halfB).mid(int(qstrlen("keyward-half-b.")));
        // Not in the vault folder's files, nor in any audit event or request (read with the master
        // key alice holds), nor derivable with her key.
        QVERIFY(!fileBytes(OfficerEnrollment::filePath(rv.location.dir)).contains(b));
        QVERIFY(!fileBytes(rv.location.keySlotsPath()).contains(b));
        QVERIFY(!rv.snapshot().toLatin1().contains(b));
        QVERIFY(!rv.snapshot().toLatin1().contains(text(halfA).mid(int(qstrlen("keyward-half-a.")))));
        QCOMPARE(text(*rv.vault->enrollmentHalf(QStringLiteral("erin"))), text(halfA));
    }

    void aForgedCompletionIsTampering()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        SecureBytes halfA;
        SecureBytes halfB;
        QVERIFY(admitErin(rv, halfA, halfB));
        QVERIFY(Vault::enroll(rv.location, QStringLiteral("erin"), halfA, halfB, secret("erin chose this"),
                              KdfParams::forTests(), rv.clock)
                    .ok());
        // Alice, holding half A and the master key, swaps the half-B signature for one of her own
        // making (here: the half-A one) directly in vault.db: the roster no longer rebuilds.
        Database& db = rv.vault->database();
        Result<Statement> read = db.prepare(QStringLiteral("SELECT details FROM audit_events WHERE action = 'officer.enrolled'"));
        QVERIFY(read.ok());
        QVERIFY(*read->step());
        QJsonObject details = QJsonDocument::fromJson(read->columnUtf8(0)).object();
        details.insert(QStringLiteral("halfB"), details.value(QStringLiteral("halfA")));
        Result<Statement> write = db.prepare(QStringLiteral("UPDATE audit_events SET details = ? WHERE action = 'officer.enrolled'"));
        QVERIFY(write.ok());
        write->bind(1, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        QVERIFY(write->run().ok());
        Result<Roster> roster = RosterBuilder::fromDatabase(db, rv.vault->vaultId());
        QCOMPARE(roster.code(), ErrorCode::IntegrityFailure);
        QVERIFY2(roster.message().contains(QStringLiteral("both enrollment halves")), qPrintable(roster.message()));
    }

    void anEnrollmentSurvivesARekeyAndALostFile()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        SecureBytes halfA;
        SecureBytes halfB;
        QVERIFY(admitErin(rv, halfA, halfB));
        // carol's removal re-keys the vault; the remover wraps the new master key for erin's halves.
        Result<RequestDraft> removal = OfficerRequestDrafts::officerRemoval(QStringLiteral("carol"), QStringLiteral("left"));
        QVERIFY(removal.ok());
        Result<Request> approved = submitApprovedByBob(rv, *removal);
        QVERIFY2(approved.ok() && approved->state == RequestState::Executed, why(approved).constData());
        QCOMPARE(KeySlotFile::load(rv.location.keySlotsPath())->generation, 2);
        // enrollments.json is derived from the roster: deleted, the next unlock by anyone rebuilds it.
        QVERIFY(QFile::remove(OfficerEnrollment::filePath(rv.location.dir)));
        QVERIFY(rv.session(QStringLiteral("bob")));
        QVERIFY(QFile::exists(OfficerEnrollment::filePath(rv.location.dir)));
        Result<std::unique_ptr<Vault>> erin = Vault::enroll(rv.location, QStringLiteral("erin"), halfA, halfB,
                                                            secret("erin chose this herself"), KdfParams::forTests(), rv.clock);
        QVERIFY2(erin.ok(), why(erin).constData());
    }

    void passphraseChangeResealsOnlyOwnSlot()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        const SecureBytes next = secret("alice's own new passphrase");
        const QString before = rv.snapshot();
        // The old passphrase is required.
        QCOMPARE(rv.vault->changePassphrase(secret("not alice's passphrase"), next, KdfParams::forTests()).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(rv.snapshot(), before);
        const KeySlot bobBefore = *KeySlotFile::load(rv.location.keySlotsPath())->find(QStringLiteral("bob"));
        const QJsonObject aliceJwk = rv.vault->currentOfficer().signingJwk;

        const Status changed = rv.vault->changePassphrase(passphraseOf(QStringLiteral("alice")), next, KdfParams::forTests());
        QVERIFY2(changed.ok(), why(changed).constData());
        QCOMPARE(Vault::open(rv.location, QStringLiteral("alice"), passphraseOf(QStringLiteral("alice")), rv.clock).code(),
                 ErrorCode::AuthenticationFailed);
        Result<std::unique_ptr<Vault>> reopened = Vault::open(rv.location, QStringLiteral("alice"), next, rv.clock);
        QVERIFY2(reopened.ok(), why(reopened).constData());
        QCOMPARE((*reopened)->currentOfficer().signingJwk, aliceJwk);
        const KeySlotFile after = *KeySlotFile::load(rv.location.keySlotsPath());
        QCOMPARE(after.find(QStringLiteral("bob"))->signature, bobBefore.signature);
        QVERIFY(rv.session(QStringLiteral("bob")));
        // Audited, without any secret.
        Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(QStringLiteral("alice"));
        QVERIFY(events.ok());
        QCOMPARE(events->last().action, QStringLiteral("officer.passphrase-changed"));
        QCOMPARE(events->last().details.keys(), QStringList { QStringLiteral("kdf") });
    }
};

QTEST_GUILESS_MAIN(TestOfficerEnrollment)
#include "tst_officer_enrollment.moc"
