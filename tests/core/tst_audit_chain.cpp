// SPDX-License-Identifier: GPL-3.0-or-later
// The audit hash chain (SPEC §7): one transaction per change + event, and verify() finds an
// edited, deleted, inserted or reordered event and events cut from the tail. Tampering goes
// through raw SQL with the master key, as an attacker holding the key would.

#include "VaultTestSupport.h"

#include "audit/ChainVerifier.h"
#include "audit/HeadSignature.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QtTest>

using namespace keyward::core;
using namespace keyward::test;

class TestAuditChain : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;

    // Vault creation writes events 1-2; eight more make seq 1..10.
    void fill()
    {
        for (int i = 3; i <= 10; ++i) {
            m_clock.advanceSecs(60);
            Result<AuditEvent> event = m_vault->audit().record(
                QStringLiteral("alice"), QStringLiteral("test.event"), QStringLiteral("subject-%1").arg(i),
                QJsonObject { { QStringLiteral("n"), i }, { QStringLiteral("z"), QStringLiteral("last") },
                              { QStringLiteral("a"), QJsonObject { { QStringLiteral("y"), 1 }, { QStringLiteral("b"), 2 } } } });
            QVERIFY2(event.ok(), why(event).constData());
            QCOMPARE(event->seq, qint64(i));
        }
    }

    Status sql(const QString& statement) { return m_vault->database().exec(statement); }

    AuditEvent eventAt(qint64 seq)
    {
        Result<QList<AuditEvent>> events = m_vault->audit().events(seq, 1);
        return events.ok() && !events->isEmpty() ? events->first() : AuditEvent();
    }

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<Vault>> vault
            = Vault::create(VaultLocation { m_dir.filePath(QStringLiteral("v")) }, QStringLiteral("alice"),
                            { Role::Admin }, pass("alice-passphrase"), KdfParams::forTests(), m_clock);
        QVERIFY2(vault.ok(), why(vault).constData());
        m_vault = std::move(*vault);
        fill();
        const ChainStatus status = m_vault->audit().verify();
        QVERIFY(status.intact);
        QCOMPARE(status.eventCount, qint64(10));
        QCOMPARE(status.headHash, eventAt(10).hash);
    }

    void cleanup()
    {
        m_vault.reset();
        QDir(m_dir.filePath(QStringLiteral("v"))).removeRecursively();
    }

    void canonicalFormIsSortedAndCompact()
    {
        const AuditEvent event = eventAt(3);
        const QByteArray body = event.canonicalBody();
        QVERIFY(body.startsWith("{\"action\":\"test.event\",\"actor\":\"alice\",\"at\":\""));
        QVERIFY(body.contains("\"details\":{\"a\":{\"b\":2,\"y\":1},\"n\":3,\"z\":\"last\"}"));
        QVERIFY(!body.contains(' '));
        QVERIFY(!body.contains("\"hash\""));
        QCOMPARE(event.hash, event.computeHash());
        QCOMPARE(event.prev, eventAt(2).hash);
        QCOMPARE(eventAt(1).prev, QByteArray());
        // The exported JSON form round-trips to the same hash (later `verify audit DIR`).
        const std::optional<AuditEvent> back = AuditEvent::fromJson(event.toJson());
        QVERIFY(back);
        QCOMPARE(back->computeHash(), event.hash);
    }

    void canonicalBodyMatchesQtJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("payments-api/2026");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ there");
        QTest::newRow("controls") << QStringLiteral("tab\tnew\nline\r\u0001\u001f");
        QTest::newRow("delete char") << QStringLiteral("del\u007f");
        QTest::newRow("non-ascii") << QStringLiteral("Jürgen Åström 鍵 \U0001F511");
        QTest::newRow("slash and html") << QStringLiteral("</script> & 'x'");
        QTest::newRow("empty") << QString();
    }

    void canonicalBodyMatchesQtJson()
    {
        // The hand-built canonical form must equal QJsonDocument's output byte for byte.
        QFETCH(QString, text);
        AuditEvent event = eventAt(5);
        event.subject = text;
        event.actor = text;
        event.details.insert(QStringLiteral("note"), text);
        QJsonObject reference = event.toJson();
        reference.remove(QStringLiteral("hash"));
        QCOMPARE(event.canonicalBody(), QJsonDocument(reference).toJson(QJsonDocument::Compact));
        event.seq = 9007199254740000; // large sequence numbers print as integers too
        reference.insert(QStringLiteral("seq"), event.seq);
        QCOMPARE(event.canonicalBody(), QJsonDocument(reference).toJson(QJsonDocument::Compact));
        // A chain holding such text verifies from storage. (The actor is an officer: every head is
        // signed by the officers who acted, and no one can sign as a made-up name.)
        QVERIFY(m_vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.text"), text,
                                        QJsonObject { { QStringLiteral("t"), text } }).ok());
        QVERIFY(m_vault->audit().verify().intact);
    }

    void tampering_data()
    {
        QTest::addColumn<QByteArrayList>("statements");
        QTest::addColumn<qint64>("firstBadSeq");
        QTest::newRow("edited subject") << QByteArrayList { "UPDATE audit_events SET subject = 'mallory' WHERE seq = 4" }
                                        << qint64(4);
        QTest::newRow("edited details") << QByteArrayList { "UPDATE audit_events SET details = '{\"n\":999}' WHERE seq = 6" }
                                        << qint64(6);
        QTest::newRow("edited time") << QByteArrayList { "UPDATE audit_events SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 7" }
                                     << qint64(7);
        QTest::newRow("edited first") << QByteArrayList { "UPDATE audit_events SET actor = 'mallory' WHERE seq = 1" }
                                      << qint64(1);
        QTest::newRow("deleted") << QByteArrayList { "DELETE FROM audit_events WHERE seq = 5" } << qint64(5);
        QTest::newRow("deleted and renumbered")
            << QByteArrayList { "DELETE FROM audit_events WHERE seq = 5",
                             "UPDATE audit_events SET seq = seq + 1000 WHERE seq > 5",
                             "UPDATE audit_events SET seq = seq - 1001 WHERE seq > 1000",
                             "UPDATE audit_head SET count = 9" }
            << qint64(5);
        QTest::newRow("reordered")
            << QByteArrayList { "UPDATE audit_events SET seq = 1004 WHERE seq = 4",
                             "UPDATE audit_events SET seq = 4 WHERE seq = 5",
                             "UPDATE audit_events SET seq = 5 WHERE seq = 1004" }
            << qint64(4);
        QTest::newRow("tail deleted") << QByteArrayList { "DELETE FROM audit_events WHERE seq >= 9" } << qint64(9);
        QTest::newRow("appended outside")
            << QByteArrayList { "INSERT INTO audit_events (seq, at, actor, action, subject, details, prev, hash) "
                             "SELECT 11, at, actor, action, subject, details, hash, hash FROM audit_events WHERE seq = 10" }
            << qint64(11);
        QTest::newRow("head altered") << QByteArrayList { "UPDATE audit_head SET hash = 'ab' || substr(hash, 3)" } << qint64(10);
    }

    void tampering()
    {
        QFETCH(QByteArrayList, statements);
        QFETCH(qint64, firstBadSeq);
        for (const QByteArray& statement : std::as_const(statements))
            QVERIFY2(sql(QString::fromUtf8(statement)).ok(), statement.constData());
        const ChainStatus status = m_vault->audit().verify();
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, firstBadSeq);
        QVERIFY(!status.problem.isEmpty());
        QVERIFY(status.problem.contains(QString::number(firstBadSeq)));
    }

    void insertedForgery()
    {
        // A well-formed forged event at seq 4: its own hash is right, but the original event 4
        // (now 5) no longer links to it.
        AuditEvent forged = eventAt(4);
        forged.subject = QStringLiteral("forged");
        forged.hash = forged.computeHash();
        QVERIFY(sql(QStringLiteral("UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 4")).ok());
        QVERIFY(sql(QStringLiteral("UPDATE audit_events SET seq = seq - 999 WHERE seq > 1000")).ok());
        QVERIFY(AuditLog::insertRow(m_vault->database(), forged).ok());
        // The chain alone finds it at 5; the head signed at 4 over the real event 4 finds it at 4.
        QCOMPARE(verifyChain(*m_vault->audit().events(1, 100)).firstBadSeq, qint64(5));
        const ChainStatus status = m_vault->audit().verify();
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, qint64(4));
    }

    void failedChangeRecordsNothing()
    {
        Result<AuditEvent> failed = m_vault->audit().record(
            QStringLiteral("alice"), QStringLiteral("test.fail"), QStringLiteral("x"), {}, [](Database& db) -> Status {
                KEYWARD_TRY(db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', '1')")));
                return Error(ErrorCode::Refused, QStringLiteral("refused on purpose"));
            });
        QCOMPARE(failed.code(), ErrorCode::Refused);
        QCOMPARE(*m_vault->audit().count(), qint64(10));
        QCOMPARE(m_vault->database().queryInt64(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'probe'")).value(),
                 qint64(0));
        // A nested record inside an outer transaction commits with it — or not at all.
        {
            Result<Transaction> outer = Transaction::begin(m_vault->database());
            QVERIFY(outer.ok());
            QVERIFY(m_vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.nested"), QStringLiteral("n"), {}).ok());
            // outer goes out of scope without commit → rolled back
        }
        QCOMPARE(*m_vault->audit().count(), qint64(10));
        QVERIFY(m_vault->audit().verify().intact);
    }

    void everyTransactionEndsWithOneSignedHead()
    {
        // fill() made one transaction per event: heads 2 (creation, two events) and 3..10.
        Result<QList<SignedHead>> heads = m_vault->audit().signedHeads();
        QVERIFY(heads.ok());
        QCOMPARE(heads->size(), 9);
        QCOMPARE(heads->first().count, qint64(2));
        QCOMPARE(heads->last().count, qint64(10));
        for (const SignedHead& head : std::as_const(*heads)) {
            QCOMPARE(head.officer, QStringLiteral("alice"));
            QCOMPARE(head.signature.size(), 64);
        }
        // Two events in one outer transaction: one head, at its end.
        {
            Result<Transaction> outer = Transaction::begin(m_vault->database());
            QVERIFY(outer.ok());
            QVERIFY(m_vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.a"), QStringLiteral("a"), {}).ok());
            QVERIFY(m_vault->audit().record(QStringLiteral("alice"), QStringLiteral("test.b"), QStringLiteral("b"), {}).ok());
            QVERIFY(outer->commit().ok());
        }
        heads = m_vault->audit().signedHeads();
        QCOMPARE(heads->size(), 10);
        QCOMPARE(heads->last().count, qint64(12));
        QVERIFY(m_vault->audit().verify().intact);
    }

    void anActorNobodyCanSignForIsRefused()
    {
        Result<AuditEvent> event
            = m_vault->audit().record(QStringLiteral("mallory"), QStringLiteral("test.event"), QStringLiteral("x"), {});
        QCOMPARE(event.code(), ErrorCode::Refused);
        QVERIFY(event.message().contains(QStringLiteral("mallory")));
        QCOMPARE(*m_vault->audit().count(), qint64(10));
        QVERIFY(m_vault->audit().verify().intact);
    }

    void headSignatureTampering_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("firstBadSeq");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("signature removed") << QStringLiteral("DELETE FROM audit_head_signatures WHERE count = 10")
                                           << qint64(10) << QStringLiteral("after the last signed head");
        QTest::newRow("signature of another head")
            << QStringLiteral("UPDATE audit_head_signatures SET signature = (SELECT signature FROM "
                              "audit_head_signatures WHERE count = 5) WHERE count = 6")
            << qint64(6) << QStringLiteral("does not verify");
        QTest::newRow("signer renamed") << QStringLiteral("UPDATE audit_head_signatures SET officer = 'bob' WHERE count = 7")
                                        << qint64(7) << QStringLiteral("not an officer");
        QTest::newRow("legacy mark planted")
            << QStringLiteral("INSERT INTO audit_head_signatures (count, officer, signature) VALUES (1, '', '')")
            << qint64(1) << QStringLiteral("marked as written before signed heads");
        QTest::newRow("head past the end") << QStringLiteral("UPDATE audit_head_signatures SET count = 11 WHERE count = 10")
                                           << qint64(11) << QStringLiteral("removed from the end");
    }

    void headSignatureTampering()
    {
        QFETCH(QString, statement);
        QFETCH(qint64, firstBadSeq);
        QFETCH(QString, phrase);
        QVERIFY(sql(statement).ok());
        const ChainStatus status = m_vault->audit().verify();
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, firstBadSeq);
        QVERIFY2(status.problem.contains(phrase), qPrintable(status.problem));
    }

    void listVerifierMatchesStreaming()
    {
        Result<QList<AuditEvent>> events = m_vault->audit().events(1, 100);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 10);
        QVERIFY(verifyChain(*events).intact);
        QList<AuditEvent> swapped = *events;
        swapped.swapItemsAt(2, 3);
        const ChainStatus status = verifyChain(swapped);
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, qint64(3));
        QList<AuditEvent> cut = *events;
        cut.removeAt(5);
        QCOMPARE(verifyChain(cut).firstBadSeq, qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
