// SPDX-License-Identifier: GPL-3.0-or-later
// The signed roster (issue #12): the genesis officer self-signs at init, the bootstrap admission is
// signed by them and trusted on first use, the fingerprint stays what it was at init, and an
// officer added by request carries both the requester's and the approver's signature.

#include "RequestTestSupport.h"

#include "common/Base64Url.h"
#include "crypto/Random.h"
#include "requests/RequestSignatures.h"
#include "vault/KeySlots.h"
#include "vault/Roster.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

class TestRoster : public QObject {
    Q_OBJECT

    static AuditEvent lastEvent(Vault& vault, const QString& action, const QString& subject)
    {
        AuditEvent found;
        const Result<QList<AuditEvent>> events = vault.audit().events(1, 1000); // outlives the loop
        for (const AuditEvent& event : *events) {
            if (event.action == action && event.subject == subject)
                found = event;
        }
        return found;
    }

    static QString boxOf(const VaultLocation& location, const QString& officer)
    {
        const Result<KeySlotFile> file = KeySlotFile::load(location.keySlotsPath()); // `slot` points into it
        const KeySlot* slot = file.ok() ? file->find(officer) : nullptr;
        return slot ? QString::fromLatin1(base64url::encode(slot->boxPublic)) : QString();
    }

private Q_SLOTS:
    void genesisIsSelfSignedAndAnchorsTheFingerprint()
    {
        RequestVault rv;
        QVERIFY(rv.init(false));
        const AuditEvent added = lastEvent(*rv.vault, QStringLiteral("officer.added"), QStringLiteral("alice"));
        const QJsonObject aliceJwk = rv.vault->currentOfficer().signingJwk;
        Result<QJsonObject> statement
            = RosterStatement::verify(added.details.value(RosterStatement::detailsKey()).toString().toUtf8(), aliceJwk);
        QVERIFY2(statement.ok(), why(statement).constData());
        QCOMPARE(statement->value(QStringLiteral("kind")).toString(), QStringLiteral("genesis"));
        QCOMPARE(statement->value(QStringLiteral("vault")).toString(), rv.vault->vaultId());
        QCOMPARE(statement->value(QStringLiteral("box")).toString(), boxOf(rv.location, QStringLiteral("alice")));
        QVERIFY(statement->value(QStringLiteral("tofu")).toBool());

        const QString fingerprint = rv.vault->fingerprint();
        QCOMPARE(fingerprint, RosterStatement::fingerprint(rv.vault->vaultId(), aliceJwk));
        QCOMPARE(fingerprint.size(), 43); // base64url of 32 bytes

        // Stable across officer changes and unlocks: it names the vault, not its officers.
        QVERIFY(rv.vault->addOfficer(QStringLiteral("carol"), { Role::Auditor }, passphraseOf(QStringLiteral("carol")),
                                     KdfParams::forTests())
                    .ok());
        std::unique_ptr<Vault> carol = rv.session(QStringLiteral("carol"));
        QVERIFY(carol);
        QCOMPARE(carol->fingerprint(), fingerprint);
    }

    void bootstrapAdmissionIsSignedAndTrustedOnFirstUse()
    {
        RequestVault rv;
        QVERIFY(rv.init()); // carol (second: tofu), then bob (third)
        Result<Roster> roster = rv.vault->roster();
        QVERIFY2(roster.ok(), why(roster).constData());
        QVERIFY(roster->isSigned());
        QVERIFY(roster->member(QStringLiteral("alice"))->tofu);
        QVERIFY(roster->member(QStringLiteral("carol"))->tofu);
        QVERIFY(!roster->member(QStringLiteral("bob"))->tofu);
        const AuditEvent added = lastEvent(*rv.vault, QStringLiteral("officer.added"), QStringLiteral("carol"));
        Result<QJsonObject> statement = RosterStatement::verify(
            added.details.value(RosterStatement::detailsKey()).toString().toUtf8(), rv.vault->currentOfficer().signingJwk);
        QVERIFY2(statement.ok(), why(statement).constData());
        QCOMPARE(statement->value(QStringLiteral("by")).toString(), QStringLiteral("alice"));
        QCOMPARE(statement->value(QStringLiteral("kind")).toString(), QStringLiteral("bootstrap"));
        QCOMPARE(roster->member(QStringLiteral("bob"))->boxPublic, boxOf(rv.location, QStringLiteral("bob")));
    }

    void requestAdmissionCarriesRequesterAndApproverSignatures()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        Result<RequestDraft> draft
            = OfficerRequestDrafts::officerAdd(*rv.vault, QStringLiteral("erin"), { Role::Approver },
                                               passphraseOf(QStringLiteral("erin")), KdfParams::forTests(),
                                               QStringLiteral("second approver"));
        QVERIFY2(draft.ok(), why(draft).constData());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        Result<Request> approved = rv.engine->approve(submitted->id, *bob);
        QVERIFY2(approved.ok(), why(approved).constData());
        QCOMPARE(approved->state, RequestState::Executed);

        const AuditEvent added = lastEvent(*rv.vault, QStringLiteral("officer.added"), QStringLiteral("erin"));
        Result<QJsonObject> asked = RequestSignatures::verifyRequester(
            added.details.value(QStringLiteral("requesterJws")).toString().toUtf8(), rv.vault->currentOfficer().signingJwk);
        QVERIFY2(asked.ok(), why(asked).constData());
        QCOMPARE(asked->value(QStringLiteral("requester")).toString(), QStringLiteral("alice"));
        QCOMPARE(added.details.value(QStringLiteral("approvals")).toArray().size(), 1);
        QVERIFY(RequestSignatures::verify(*approved, rv.vault->vaultId(), approved->decisions.first(),
                                          bob->officer().signingJwk)
                    .ok());

        Result<Roster> roster = rv.vault->roster();
        QVERIFY2(roster.ok(), why(roster).constData());
        const RosterMember* erin = roster->member(QStringLiteral("erin"));
        QVERIFY(erin);
        QVERIFY(!erin->tofu);
        QCOMPARE(erin->boxPublic, boxOf(rv.location, QStringLiteral("erin")));
        QVERIFY(rv.session(QStringLiteral("erin")));
    }

    void statementSignedWithAnotherKeyIsRefused()
    {
        RequestVault rv;
        QVERIFY(rv.init(false));
        RosterBuilder builder(rv.vault->vaultId());
        const Result<QList<AuditEvent>> events = rv.vault->audit().events(1, 100);
        QVERIFY(events.ok());
        for (const AuditEvent& event : *events)
            QVERIFY(builder.apply(event).ok());
        // mallory's statement claims to be by alice but is signed with a key alice never had.
        Result<ossl::PKey> attacker = slotcrypto::ed25519PrivateKey(random::secretBytes(32));
        QVERIFY(attacker.ok());
        const QJsonObject claim { { QStringLiteral("v"), 1 },
                                  { QStringLiteral("vault"), rv.vault->vaultId() },
                                  { QStringLiteral("kind"), QStringLiteral("bootstrap") },
                                  { QStringLiteral("by"), QStringLiteral("alice") },
                                  { QStringLiteral("officer"), QStringLiteral("mallory") },
                                  { QStringLiteral("roles"), QJsonArray { QStringLiteral("approver") } },
                                  { QStringLiteral("signingJwk"), rv.vault->currentOfficer().signingJwk } };
        Result<QByteArray> jws = RosterStatement::sign(claim, rv.vault->currentOfficer().signingJwk,
                                                       [&](QByteArrayView input) {
                                                           return slotcrypto::ed25519Sign(attacker->get(), input);
                                                       });
        QVERIFY(jws.ok());
        AuditEvent forged;
        forged.seq = 99;
        forged.action = QStringLiteral("officer.added");
        forged.subject = QStringLiteral("mallory");
        forged.details = QJsonObject { { RosterStatement::detailsKey(), QString::fromLatin1(*jws) } };
        const Status applied = builder.apply(forged);
        QCOMPARE(applied.code(), ErrorCode::IntegrityFailure);
        QVERIFY2(applied.message().contains(QStringLiteral("mallory")), qPrintable(applied.message()));
        QVERIFY(!builder.roster().member(QStringLiteral("mallory")));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
