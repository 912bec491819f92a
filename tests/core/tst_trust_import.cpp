// SPDX-License-Identifier: GPL-3.0-or-later
// Getting facts into the trust map (SPEC §5): workloads added, changed and removed as audited
// changes; bulk workload import all-or-nothing with every bad line reported; observation import
// idempotent, reporting unknown workloads and kids per line, cancellable without a trace, and
// indifferent to where the file is cut into mapped windows.

#include "VaultTestSupport.h"
#include "tst_key_fixture.h"

#include "keys/GenerateKeyCommand.h"
#include "trust/ObservationImport.h"
#include "trust/ObservationParser.h"
#include "trust/TrustMap.h"
#include "trust/WorkloadCommand.h"
#include "trust/WorkloadImport.h"
#include "trust/WorkloadStore.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

struct TrustVault : KeyVault {
    QTemporaryDir files;

    bool setUp()
    {
        if (!init())
            return false;
        for (const char* kid : { "pay-1", "pay-2" }) {
            NewKeyParams p = params();
            p.alg = QStringLiteral("ES256");
            p.kid = QString::fromLatin1(kid);
            GenerateKeyCommand command(*vault, *provider, GenerateKeyCommand::Params { p, QString() });
            if (!command.run().ok())
                return false;
        }
        return true;
    }

    QString file(const char* name, const QByteArray& content)
    {
        const QString path = files.path() + QLatin1Char('/') + QLatin1String(name);
        writeAll(path, content);
        return path;
    }

    QString trustSnapshot() const
    {
        QString out;
        for (const char* table : { "workloads", "workload_trust", "trust_observations", "observation_imports", "audit_events" }) {
            Result<Statement> st = vault->database().prepare(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
            if (!st.ok())
                return st.message();
            for (;;) {
                Result<bool> row = st->step();
                if (!row.ok() || !*row)
                    break;
                for (int c = 0; c < st->columnCount(); ++c)
                    out += st->columnText(c) + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    TrustEdge edge(const QString& workload, const QString& kid) const
    {
        Result<TrustMap> map = TrustMapLoader::load(vault->database());
        if (!map.ok())
            return {};
        const int w = map->workloadIndex(workload);
        for (int e : map->edgesOfWorkload(w)) {
            if (map->keys().at(map->edges()[size_t(e)].key).kid == kid)
                return map->edges()[size_t(e)];
        }
        return {};
    }
};

} // namespace

class TestTrustImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addEditRemoveAudited();
    void badWorkloadRefused_data();
    void badWorkloadRefused();
    void workloadCsvImport();
    void workloadImportAllOrNothing();
    void workloadJsonImport();
    void observationsIdempotent();
    void observationsUnknownReportedPerLine();
    void observationsJsonLinesAndWindows();
    void observationsCancelLeavesNothing();
    void observationTimes_data();
    void observationTimes();
};

void TestTrustImport::addEditRemoveAudited()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    const qint64 events = tv.auditCount();
    WorkloadInput input;
    input.workload.name = QStringLiteral("checkout");
    input.workload.owner = QStringLiteral("team-shop");
    input.workload.cacheTtlSecs = 600;
    input.trusts = { QStringLiteral("payments-api"), QStringLiteral("pay-1") };
    Result<Workload> added = WorkloadCommand::add(*tv.vault, input);
    QVERIFY2(added.ok(), why(added));
    QCOMPARE(added->trustedSets, QStringList { QStringLiteral("payments-api") });
    QCOMPARE(added->pinnedKids, QStringList { QStringLiteral("pay-1") });
    QCOMPARE(tv.auditCount(), events + 1);
    QCOMPARE(WorkloadCommand::add(*tv.vault, input).code(), ErrorCode::AlreadyExists);

    input.workload.refresh = RefreshMode::OnUnknownKid;
    input.trusts = { QStringLiteral("payments-api") };
    Result<Workload> edited = WorkloadCommand::edit(*tv.vault, input);
    QVERIFY2(edited.ok(), why(edited));
    Result<std::optional<Workload>> stored = WorkloadStore(tv.vault->database()).byName(QStringLiteral("checkout"));
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->refresh, RefreshMode::OnUnknownKid);
    QVERIFY((*stored)->pinnedKids.isEmpty());
    QCOMPARE(tv.auditCount(), events + 2);

    QVERIFY(WorkloadCommand::remove(*tv.vault, QStringLiteral("checkout")).ok());
    QCOMPARE(WorkloadCommand::remove(*tv.vault, QStringLiteral("checkout")).code(), ErrorCode::NotFound);
    QCOMPARE(tv.auditCount(), events + 3);
    Result<QList<AuditEvent>> log = tv.vault->audit().eventsForSubject(QStringLiteral("checkout"));
    QVERIFY(log.ok());
    QStringList actions;
    for (const AuditEvent& e : *log)
        actions << e.action;
    QCOMPARE(actions, (QStringList { QStringLiteral("workload.added"), QStringLiteral("workload.changed"), QStringLiteral("workload.removed") }));
    QVERIFY(tv.chainIntact());
}

void TestTrustImport::badWorkloadRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QStringList>("trusts");
    QTest::addColumn<qint64>("cacheTtl");
    QTest::addColumn<int>("code");
    const QStringList set { QStringLiteral("payments-api") };
    QTest::newRow("bad name") << QStringLiteral("has space") << QStringLiteral("o") << set << qint64(60) << int(ErrorCode::InvalidArgument);
    QTest::newRow("bidi owner") << QStringLiteral("w") << QStringLiteral("o\u202Eo") << set << qint64(60) << int(ErrorCode::InvalidArgument);
    QTest::newRow("no owner") << QStringLiteral("w") << QString() << set << qint64(60) << int(ErrorCode::InvalidArgument);
    QTest::newRow("trusts nothing") << QStringLiteral("w") << QStringLiteral("o") << QStringList() << qint64(60) << int(ErrorCode::InvalidArgument);
    QTest::newRow("unknown set or kid") << QStringLiteral("w") << QStringLiteral("o") << QStringList { QStringLiteral("nope") } << qint64(60) << int(ErrorCode::NotFound);
    QTest::newRow("negative ttl") << QStringLiteral("w") << QStringLiteral("o") << set << qint64(-1) << int(ErrorCode::InvalidArgument);
}

void TestTrustImport::badWorkloadRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, owner);
    QFETCH(QStringList, trusts);
    QFETCH(qint64, cacheTtl);
    QFETCH(int, code);
    TrustVault tv;
    QVERIFY(tv.setUp());
    const QString before = tv.trustSnapshot();
    WorkloadInput input;
    input.workload.name = name;
    input.workload.owner = owner;
    input.workload.cacheTtlSecs = cacheTtl;
    input.trusts = trusts;
    Result<Workload> refused = WorkloadCommand::add(*tv.vault, input);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.code()), code);
    QCOMPARE(tv.trustSnapshot(), before);
}

void TestTrustImport::workloadCsvImport()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    Result<WorkloadImportReport> report = WorkloadImport::importData(*tv.vault,
        "name,owner,environment,trusts,cache_ttl,token_ttl,refresh,notes\r\n"
        "checkout,team-shop,prod,payments-api,5m,1h,poll,\"front door, EU\"\r\n"
        "# a comment\r\n"
        "ledger,team-fin,prod,pay-1;payments-api,1d,,on-unknown-kid,\r\n");
    QVERIFY2(report.ok(), why(report));
    QVERIFY(report->errors.isEmpty());
    QCOMPARE(report->imported.size(), 2);
    Result<std::optional<Workload>> checkout = WorkloadStore(tv.vault->database()).byName(QStringLiteral("checkout"));
    QVERIFY(checkout.ok() && checkout->has_value());
    QCOMPARE((*checkout)->cacheTtlSecs, 300);
    QCOMPARE((*checkout)->maxTokenTtlSecs, 3600);
    QCOMPARE((*checkout)->notes, QStringLiteral("front door, EU"));
    Result<std::optional<Workload>> ledger = WorkloadStore(tv.vault->database()).byName(QStringLiteral("ledger"));
    QVERIFY(ledger.ok() && ledger->has_value());
    QCOMPARE((*ledger)->refresh, RefreshMode::OnUnknownKid);
    QCOMPARE((*ledger)->pinnedKids, QStringList { QStringLiteral("pay-1") });
    QVERIFY(tv.chainIntact());
}

void TestTrustImport::workloadImportAllOrNothing()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    const QString before = tv.trustSnapshot();
    Result<WorkloadImportReport> report = WorkloadImport::importData(*tv.vault,
        "name,owner,trusts,cache_ttl,refresh\n"
        "good-one,team,payments-api,60,poll\n" // line 2: fine
        "bad-ttl,team,payments-api,soon,poll\n" // line 3
        "bad-trust,team,no-such-set,60,poll\n" // line 4
        "good-one,team,payments-api,60,poll\n" // line 5: duplicate in the file
        "bad-mode,team,payments-api,60,sometimes\n"); // line 6
    QVERIFY2(report.ok(), why(report));
    QVERIFY(report->imported.isEmpty());
    QList<qint64> lines;
    for (const ImportLineError& e : report->errors)
        lines << e.line;
    QCOMPARE(lines, (QList<qint64> { 3, 4, 5, 6 }));
    QVERIFY(report->errors.at(1).message.contains(QStringLiteral("no-such-set")));
    QCOMPARE(tv.trustSnapshot(), before); // good-one was not added either

    Result<WorkloadImportReport> noHeader = WorkloadImport::importData(*tv.vault, "checkout,team,payments-api,60\n");
    QVERIFY(noHeader.ok());
    QVERIFY(!noHeader->errors.isEmpty());
    QCOMPARE(tv.trustSnapshot(), before);
}

void TestTrustImport::workloadJsonImport()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    Result<WorkloadImportReport> report = WorkloadImport::importData(*tv.vault,
        R"([{"name":"a","owner":"t","trusts":["payments-api"],"cache_ttl":"10m"},
            {"name":"b","owner":"t","trusts":"pay-2","cache_ttl":30,"refresh":"on-unknown-kid"}])");
    QVERIFY2(report.ok(), why(report));
    QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.value(0).message));
    QCOMPARE(report->imported.size(), 2);
    Result<WorkloadImportReport> bad = WorkloadImport::importData(*tv.vault, R"([{"name":"c","owner":"t","cache_ttl":"1m"}, 5])");
    QVERIFY(bad.ok());
    QCOMPARE(bad->errors.size(), 2);
    QCOMPARE(bad->errors.at(0).line, 1);
    QCOMPARE(bad->errors.at(1).line, 2);
}

void TestTrustImport::observationsIdempotent()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    QVERIFY(WorkloadImport::importData(*tv.vault, "name,owner,trusts,cache_ttl\ngw,team,payments-api,60\n").ok());
    const QString log = tv.file("gw.csv",
        "workload,kid,event,at\n"
        "gw,pay-1,verify,2026-01-01T10:00:00Z\n"
        "gw,pay-1,verify,2026-01-01T08:00:00.250Z\n"
        "gw,pay-2,verify,2026-01-01T11:00:00+01:00\n");
    Result<ObservationImportReport> first = ObservationImport::importFile(*tv.vault, log);
    QVERIFY2(first.ok(), why(first));
    QVERIFY(!first->alreadyImported);
    QCOMPARE(first->lines, 4);
    QCOMPARE(first->accepted, 3);
    QCOMPARE(first->pairs, 2);
    const TrustEdge pay1 = tv.edge(QStringLiteral("gw"), QStringLiteral("pay-1"));
    QCOMPARE(pay1.firstSeen, QDateTime(QDate(2026, 1, 1), QTime(8, 0, 0, 250), Qt::UTC));
    QCOMPARE(pay1.lastSeen, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(pay1.seenCount, 2);
    QCOMPARE(tv.edge(QStringLiteral("gw"), QStringLiteral("pay-2")).lastSeen, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));

    const QString before = tv.trustSnapshot();
    Result<ObservationImportReport> again = ObservationImport::importFile(*tv.vault, log);
    QVERIFY2(again.ok(), why(again));
    QVERIFY(again->alreadyImported);
    QCOMPARE(again->digest, first->digest);
    QCOMPARE(tv.trustSnapshot(), before); // not even an audit event
    QVERIFY(tv.chainIntact());
}

void TestTrustImport::observationsUnknownReportedPerLine()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    QVERIFY(WorkloadImport::importData(*tv.vault, "name,owner,trusts,cache_ttl\ngw,team,payments-api,60\n").ok());
    const QString log = tv.file("mixed.csv",
        "gw,pay-1,verify,2026-01-01T10:00:00Z\n" // no header: columns in SPEC order
        "ghost,pay-1,verify,2026-01-01T10:00:00Z\n"
        "gw,pay-9,verify,2026-01-01T10:00:00Z\n"
        "gw,pay-1,verify,yesterday\n"
        "just-one-field\n"
        "gw,pay-2,fetch,1767261600\n");
    Result<ObservationImportReport> report = ObservationImport::importFile(*tv.vault, log);
    QVERIFY2(report.ok(), why(report));
    QCOMPARE(report->accepted, 2);
    QCOMPARE(report->errorCount, 4);
    QList<qint64> lines;
    for (const ImportLineError& e : report->errors)
        lines << e.line;
    QCOMPARE(lines, (QList<qint64> { 2, 3, 4, 5 }));
    QVERIFY(report->errors.at(0).message.contains(QStringLiteral("ghost")));
    QVERIFY(report->errors.at(1).message.contains(QStringLiteral("pay-9")));
    QCOMPARE(tv.edge(QStringLiteral("gw"), QStringLiteral("pay-2")).lastSeen,
        QDateTime::fromSecsSinceEpoch(1767261600, Qt::UTC));
}

void TestTrustImport::observationsJsonLinesAndWindows()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    QVERIFY(WorkloadImport::importData(*tv.vault, "name,owner,trusts,cache_ttl\ngw,team,payments-api,60\napi,team,payments-api,60\n").ok());
    QByteArray jsonl;
    for (int i = 0; i < 500; ++i)
        jsonl += QStringLiteral("{\"workload\": \"%1\", \"kid\": \"pay-%2\", \"event\": \"verify\", \"at\": \"2026-01-0%3T09:00:00Z\"}\n")
                     .arg(i % 2 ? QStringLiteral("gw") : QStringLiteral("api"))
                     .arg(1 + i % 2)
                     .arg(1 + i % 9)
                     .toUtf8();
    jsonl += "{\"workload\": \"g\\u0077\", \"kid\": \"pay-1\", \"at\": 1767261600}"; // escape, no event, no final newline
    const QString log = tv.file("gw.jsonl", jsonl);
    // A 37-byte window cuts nearly every line in two.
    Result<ObservationImportReport> report = ObservationImport::importFile(*tv.vault, log, {}, 37);
    QVERIFY2(report.ok(), why(report));
    QCOMPARE(report->errorCount, 0);
    QCOMPARE(report->lines, 501);
    QCOMPARE(report->accepted, 501);
    QCOMPARE(report->pairs, 3);
    const TrustEdge gw2 = tv.edge(QStringLiteral("gw"), QStringLiteral("pay-2"));
    QCOMPARE(gw2.seenCount, 250);
    QCOMPARE(gw2.firstSeen, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(gw2.lastSeen, QDateTime(QDate(2026, 1, 9), QTime(9, 0), Qt::UTC));
    QCOMPARE(tv.edge(QStringLiteral("gw"), QStringLiteral("pay-1")).seenCount, 1);
}

void TestTrustImport::observationsCancelLeavesNothing()
{
    TrustVault tv;
    QVERIFY(tv.setUp());
    QVERIFY(WorkloadImport::importData(*tv.vault, "name,owner,trusts,cache_ttl\ngw,team,payments-api,60\n").ok());
    QByteArray csv;
    for (int i = 0; i < 1000; ++i)
        csv += "gw,pay-1,verify,2026-01-01T10:00:00Z\n";
    const QString log = tv.file("big.csv", csv);
    const QString before = tv.trustSnapshot();
    int calls = 0;
    Result<ObservationImportReport> cancelled = ObservationImport::importFile(*tv.vault, log,
        [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        }, 4096);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(tv.trustSnapshot(), before);
    // Cancelling left no digest behind: the same file imports afterwards.
    Result<ObservationImportReport> later = ObservationImport::importFile(*tv.vault, log);
    QVERIFY2(later.ok(), why(later));
    QVERIFY(!later->alreadyImported);
    QCOMPARE(later->accepted, 1000);
}

void TestTrustImport::observationTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("Z") << QStringLiteral("2026-01-01T00:00:00Z") << true << qint64(1767225600000);
    QTest::newRow("millis") << QStringLiteral("2026-01-01T00:00:00.5Z") << true << qint64(1767225600500);
    QTest::newRow("offset") << QStringLiteral("2026-01-01T01:00:00+01:00") << true << qint64(1767225600000);
    QTest::newRow("no seconds") << QStringLiteral("2026-01-01T00:00") << true << qint64(1767225600000);
    QTest::newRow("epoch") << QStringLiteral("1767225600") << true << qint64(1767225600000);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z") << true << qint64(1835395200000);
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("junk tail") << QStringLiteral("2026-01-01T00:00:00Zjunk") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("yesterday") << false << qint64(0);
}

void TestTrustImport::observationTimes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const std::string bytes = text.toStdString();
    qint64 parsed = 0;
    QCOMPARE(ObservationParser::parseTime(bytes, parsed), valid);
    if (valid)
        QCOMPARE(parsed, ms);
}

QTEST_GUILESS_MAIN(TestTrustImport)
#include "tst_trust_import.moc"
