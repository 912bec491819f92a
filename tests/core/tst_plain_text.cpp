// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, "output that cannot lie": control and bidi characters in officer-typed text are
// refused where the text enters the core, with a message naming the character and its place, and
// a refusal changes nothing (the tables, the log and keyslots.json compare equal).

#include "RequestTestSupport.h"

#include "common/PlainText.h"
#include "keys/ImportKeyCommand.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/ReviewCountersign.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

const QString kEsc = QStringLiteral("\x1b");
const QString kRlo = QString(QChar(0x202E));

} // namespace

class TestPlainText : public QObject {
    Q_OBJECT

    // `act` must fail with InvalidArgument, a message saying `expected`, and change nothing.
    template <typename Act>
    void refusedUnchanged(RequestVault& rv, Act act, const QString& expected)
    {
        const QString before = rv.snapshot();
        const Status status = act();
        QVERIFY(!status.ok());
        QVERIFY2(status.code() == ErrorCode::InvalidArgument, qPrintable(status.message()));
        QVERIFY2(status.message().contains(expected), qPrintable(status.message()));
        QCOMPARE(rv.snapshot(), before);
    }

private Q_SLOTS:
    void messages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << QStringLiteral("Quarterly rotation, ticket SEC-42 ✓") << false << QString();
        QTest::newRow("esc at 12") << (QStringLiteral("hidden text") + kEsc + QStringLiteral("[8m")) << false
                                   << QStringLiteral("The reason contains a control character (U+001B) at position 12; "
                                                     "control characters are not allowed.");
        QTest::newRow("cr") << QStringLiteral("ok\roverwritten") << true
                            << QStringLiteral("The reason contains a control character (U+000D) at position 3; "
                                              "control characters are not allowed.");
        QTest::newRow("tab") << QStringLiteral("a\tb") << true << QStringLiteral("(U+0009) at position 2");
        QTest::newRow("del") << QStringLiteral("a\x7f") << false << QStringLiteral("(U+007F) at position 2");
        QTest::newRow("c1 csi") << (QStringLiteral("a") + QChar(0x9B) + QStringLiteral("2J")) << false
                                << QStringLiteral("(U+009B) at position 2");
        QTest::newRow("rlo") << (QStringLiteral("pay-") + kRlo + QStringLiteral("1")) << false
                             << QStringLiteral("The reason contains a bidirectional control character (U+202E) at "
                                               "position 5; such characters are not allowed.");
        QTest::newRow("isolate") << (QStringLiteral("x") + QChar(0x2066)) << true << QStringLiteral("(U+2066)");
        QTest::newRow("line separator") << (QStringLiteral("x") + QChar(0x2028)) << true << QStringLiteral("(U+2028)");
        QTest::newRow("newline, one line") << QStringLiteral("a\neffect: none") << false
                                           << QStringLiteral("The reason contains a line break at position 2; it must "
                                                             "be a single line.");
        QTest::newRow("newline, free text") << QStringLiteral("first line\nsecond line") << true << QString();
        QTest::newRow("rlm allowed") << (QStringLiteral("name") + QChar(0x200F)) << false << QString();
        // Positions count characters, not UTF-16 units: the emoji before the ESC is one.
        QTest::newRow("astral") << (QStringLiteral("🔑") + kEsc) << false << QStringLiteral("at position 2;");
    }

    void messages()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(QString, message);
        const Status status
            = PlainText::check(text, QStringLiteral("The reason"), multiLine ? PlainText::Lines::Multi : PlainText::Lines::Single);
        if (message.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.message()));
            QCOMPARE(PlainText::firstForbidden(text, multiLine ? PlainText::Lines::Multi : PlainText::Lines::Single), -1);
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(status.code(), ErrorCode::InvalidArgument);
            QVERIFY2(status.message().contains(message), qPrintable(status.message()));
        }
    }

    void jsonNamesTheMember()
    {
        const QJsonObject effect { { QStringLiteral("kid"), QStringLiteral("pay-1") },
                                   { QStringLiteral("successor"),
                                     QJsonObject { { QStringLiteral("owner"), QStringLiteral("team") + kEsc } } } };
        const Status status = PlainText::checkJson(effect, QStringLiteral("The effect"));
        QVERIFY(!status.ok());
        QVERIFY2(status.message().startsWith(QStringLiteral("The effect (successor.owner) contains a control character "
                                                            "(U+001B) at position 5")),
                 qPrintable(status.message()));
    }

    void requestsRefuseAndChangeNothing()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        QVERIFY(rv.generateKey(QStringLiteral("pay-1")).ok());
        const auto submit = [&](const Result<RequestDraft>& draft) -> Status {
            if (!draft.ok())
                return draft.error();
            Result<Request> submitted = rv.engine->submit(*draft);
            return submitted.ok() ? Status() : Status(submitted.error());
        };
        const QString spoof = QStringLiteral("routine") + kEsc + QStringLiteral("[8m");
        refusedUnchanged(rv, [&] {
            return submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(), spoof, QStringLiteral("pkcs8")));
        }, QStringLiteral("The reason contains a control character (U+001B) at position 8"));
        refusedUnchanged(rv, [&] {
            return submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(),
                                                          QStringLiteral("x") + kRlo, QStringLiteral("pkcs8")));
        }, QStringLiteral("(U+202E)"));
        refusedUnchanged(rv, [&] {
            RotationParams params;
            params.kid = QStringLiteral("pay-1");
            params.reason = QStringLiteral("scheduled");
            params.owner = QStringLiteral("team\r\nnew-owner");
            return submit(KeyRequestDrafts::rotation(params));
        }, QStringLiteral("(successor.owner)"));
        refusedUnchanged(rv, [&] { return submit(OfficerRequestDrafts::roleChange(QStringLiteral("bob"), { Role::Approver }, spoof)); },
                         QStringLiteral("(U+001B)"));
        // The engine checks on its own, whatever built the draft.
        Result<RequestDraft> built = KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("ok"));
        QVERIFY(built.ok());
        refusedUnchanged(rv, [&] {
            RequestDraft forged = *built;
            forged.reason = spoof;
            return submit(forged);
        }, QStringLiteral("The reason contains a control character (U+001B) at position 8"));
        refusedUnchanged(rv, [&] {
            RequestDraft forged = *built;
            forged.subject = QStringLiteral("pay-1") + kRlo;
            return submit(forged);
        }, QStringLiteral("The request's subject contains a bidirectional control character (U+202E) at position 6"));

        // A reason over several lines is fine (the GUI's reason box); the decisions check theirs.
        Result<RequestDraft> draft = KeyRequestDrafts::privateExport(
            QStringLiteral("pay-1"), QString(), QStringLiteral("audit copy\nticket SEC-42"), QStringLiteral("pkcs8"));
        QVERIFY(draft.ok());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        refusedUnchanged(rv, [&] {
            Result<Request> rejected = rv.engine->reject(submitted->id, *bob, QStringLiteral("no") + kEsc + QStringLiteral("]0;x"));
            return rejected.ok() ? Status() : Status(rejected.error());
        }, QStringLiteral("(U+001B) at position 3"));
        refusedUnchanged(rv, [&] {
            Result<Request> cancelled = rv.engine->cancel(submitted->id, QStringLiteral("done") + QChar(0x9B));
            return cancelled.ok() ? Status() : Status(cancelled.error());
        }, QStringLiteral("(U+009B)"));
        QCOMPARE(rv.engine->byId(submitted->id)->state, RequestState::Pending);
    }

    void keysRefuseAndChangeNothing()
    {
        RequestVault rv;
        QVERIFY(rv.init());
        QVERIFY(rv.createKeySet());
        const auto generateWith = [&](auto change) { return rv.generateKey(QStringLiteral("pay-2"), change); };
        refusedUnchanged(rv, [&] { return generateWith([&](NewKeyParams& p) { p.kid = QStringLiteral("pay-") + kRlo + QStringLiteral("2"); }); },
                         QStringLiteral("The kid contains a bidirectional control character (U+202E) at position 5"));
        refusedUnchanged(rv, [&] { return generateWith([&](NewKeyParams& p) { p.owner = QStringLiteral("team") + kEsc + QStringLiteral("[2J"); }); },
                         QStringLiteral("The owner contains a control character (U+001B) at position 5"));
        refusedUnchanged(rv, [&] { return generateWith([&](NewKeyParams& p) { p.tags = { QStringLiteral("ok"), QStringLiteral("bad\ntag") }; }); },
                         QStringLiteral("A tag contains a line break at position 4"));
        refusedUnchanged(rv, [&] { return generateWith([&](NewKeyParams& p) { p.notes = QStringLiteral("line\r"); }); },
                         QStringLiteral("The notes field contains a control character (U+000D) at position 5"));
        // Notes may span lines.
        QVERIFY(generateWith([&](NewKeyParams& p) { p.notes = QStringLiteral("first\nsecond"); }).ok());

        // An imported JWK's own kid is held to the same rule.
        const QByteArray jwk = QJsonDocument(QJsonObject {
            { QStringLiteral("kty"), QStringLiteral("oct") }, { QStringLiteral("alg"), QStringLiteral("A128KW") },
            { QStringLiteral("kid"), QStringLiteral("imp") + kRlo }, { QStringLiteral("k"), QStringLiteral("GawgguFyGrWKav7AX4VKUg") } })
                                   .toJson();
        refusedUnchanged(rv, [&] {
            NewKeyParams params;
            params.keySet = QStringLiteral("payments-api");
            params.owner = QStringLiteral("team-payments");
            params.expiresAt = rv.clock.now().addDays(365);
            ImportKeyCommand command(*rv.vault, *rv.provider, params, jwk);
            return command.run();
        }, QStringLiteral("The key's kid contains a bidirectional control character (U+202E) at position 4"));

        KeyRecord key;
        QVERIFY(rv.generateKey(QStringLiteral("leaked"), &key).ok());
        refusedUnchanged(rv, [&] {
            return RevokeKeyCommand(*rv.vault, { key.kid, key.keySet, QStringLiteral("found") + kEsc + QStringLiteral("[8m") }).run();
        }, QStringLiteral("The reason contains a control character (U+001B) at position 6"));
        RevokeKeyCommand revoke(*rv.vault, { key.kid, key.keySet, QStringLiteral("found in a paste") });
        QVERIFY(revoke.run().ok());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        refusedUnchanged(rv, [&] {
            Result<Review> signed_ = ReviewCountersign::run(*rv.vault, revoke.reviewId(), *bob, QStringLiteral("ok") + QChar(0x2067));
            return signed_.ok() ? Status() : Status(signed_.error());
        }, QStringLiteral("The note contains a bidirectional control character (U+2067) at position 3"));
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plain_text.moc"
