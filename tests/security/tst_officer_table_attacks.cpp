// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, decisions by the roster: while another officer's session is open, carol (auditor)
// edits the officers table through SQLCipher with the master key from her own slot, giving herself
// the approver role or another key. Approving and countersigning judge roles and keys by the signed
// roster, so both are refused; the next unlock names the tampering.

#include "AttackSupport.h"

#include "keys/ReviewStore.h"
#include "requests/ReviewCountersign.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

class TestOfficerTableAttacks : public QObject {
    Q_OBJECT

    static bool promoteCarol(RequestVault& rv)
    {
        std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("carol"));
        return db && db->exec(QStringLiteral("UPDATE officers SET roles = 'approver,admin' WHERE name = 'carol'")).ok();
    }

private Q_SLOTS:
    void aRoleGrantedBySqlDecidesNothing()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        Result<Request> request = rv.submitRoleChange(QStringLiteral("bob"), { Role::Approver, Role::KeyOfficer });
        QVERIFY2(request.ok(), why(request).constData());
        QVERIFY(promoteCarol(rv));

        // Her credential carries the forged roles of the table; the engine asks the roster.
        std::optional<OfficerCredential> carol = rv.credential(QStringLiteral("carol"));
        QVERIFY(carol);
        QVERIFY(carol->officer().hasRole(Role::Approver));
        Result<Request> approved = rv.engine->approve(request->id, *carol);
        QCOMPARE(approved.code(), ErrorCode::Refused);
        QVERIFY2(approved.message().contains(QStringLiteral("does not hold the approver role")),
                 qPrintable(approved.message()));

        // Countersigning a review needs approver or admin: by the roster, she is an auditor.
        Review review;
        review.kind = Review::kOffboarding;
        review.subject = QStringLiteral("dave");
        review.openedBy = QStringLiteral("alice");
        review.openedAt = rv.clock.now();
        review.reason = QStringLiteral("dave left");
        Result<qint64> reviewId = ReviewStore(rv.vault->database()).open(review);
        QVERIFY(reviewId.ok());
        Result<Review> countersigned = ReviewCountersign::run(*rv.vault, *reviewId, *carol, QStringLiteral("looked"));
        QCOMPARE(countersigned.code(), ErrorCode::Refused);
        QVERIFY2(countersigned.message().contains(QStringLiteral("holds neither")), qPrintable(countersigned.message()));

        // The next unlock names it.
        Result<std::unique_ptr<Vault>> opened
            = Vault::open(rv.location, QStringLiteral("bob"), passphraseOf(QStringLiteral("bob")), rv.clock);
        QCOMPARE(opened.code(), ErrorCode::IntegrityFailure);
        QVERIFY2(opened.message().contains(QStringLiteral("roles of carol")), qPrintable(opened.message()));
    }

    void aKeySwappedBySqlCountersignsNothing()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        // Carol writes her own key into bob's row: bob's real credential no longer matches the
        // table, and a credential for the table's key would not match the roster.
        {
            std::unique_ptr<Database> db = openRaw(rv.location, QStringLiteral("carol"));
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("UPDATE officers SET signing_jwk = (SELECT signing_jwk FROM officers WHERE "
                                            "name = 'carol') WHERE name = 'bob'"))
                        .ok());
        }
        Result<OfficerCredential> forged = rv.vault->authenticateOfficer(QStringLiteral("bob"), passphraseOf(QStringLiteral("bob")));
        QVERIFY(!forged.ok());
        Review review;
        review.kind = Review::kOffboarding;
        review.subject = QStringLiteral("dave");
        review.openedBy = QStringLiteral("alice");
        review.openedAt = rv.clock.now();
        review.reason = QStringLiteral("dave left");
        Result<qint64> reviewId = ReviewStore(rv.vault->database()).open(review);
        QVERIFY(reviewId.ok());
        // Bob's credential from before the edit still counts: the roster holds his key.
        Result<Review> countersigned = ReviewCountersign::run(*rv.vault, *reviewId, *bob, QStringLiteral("looked"));
        QVERIFY2(countersigned.ok(), why(countersigned).constData());
    }
};

QTEST_GUILESS_MAIN(TestOfficerTableAttacks)
#include "tst_officer_table_attacks.moc"
