// SPDX-License-Identifier: GPL-3.0-or-later
// The trust map on the command line (SPEC §5, §8): `workload add|edit|remove|list|import`,
// `observe import`, `trust show`, `drift check` — JSON shapes, exit codes (drift findings exit 4),
// and `request retire` refused while a workload has not converged.

#include "CliRequestsFixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

class TestCliTrust : public QObject, public CliRequestsFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpVault(); }
    void workloadLifecycle();
    void workloadImportReportsLines();
    void observeImportIdempotent();
    void trustShowAndRetireGate();
    void driftCheckExitsFour();

private:
    Run addWorkload(const char* name, const char* cacheTtl, const QStringList& extra = {})
    {
        return cli(QStringList { QStringLiteral("workload"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--owner"),
                       QStringLiteral("team-edge"), QStringLiteral("--trusts"), QStringLiteral("payments-api"),
                       QStringLiteral("--cache-ttl"), QLatin1String(cacheTtl), QStringLiteral("--json") }
            + extra);
    }
};

void TestCliTrust::workloadLifecycle()
{
    const Run added = addWorkload("gateway", "10m", { QStringLiteral("--token-ttl"), QStringLiteral("1h"), QStringLiteral("--refresh"),
                                                      QStringLiteral("on-unknown-kid") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.object().value(QStringLiteral("cache_ttl_secs")).toInteger(), 600);
    QCOMPARE(added.object().value(QStringLiteral("refresh")).toString(), QStringLiteral("on-unknown-kid"));
    verifyRefused(addWorkload("gateway", "10m"), "already registered");
    QCOMPARE(addWorkload("other", "soon").exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("workload"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--owner"), QStringLiteral("o"),
                 QStringLiteral("--trusts"), QStringLiteral("nope"), QStringLiteral("--cache-ttl"), QStringLiteral("1m") })
                 .exitCode,
        1);
    // carol is an auditor: she may read, not change.
    verifyRefused(cli({ QStringLiteral("workload"), QStringLiteral("remove"), QStringLiteral("gateway") }, QStringLiteral("carol")),
        "key officer");

    const Run edited = cli({ QStringLiteral("workload"), QStringLiteral("edit"), QStringLiteral("gateway"), QStringLiteral("--trusts"),
        QStringLiteral("pay-1"), QStringLiteral("--json") });
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QCOMPARE(edited.object().value(QStringLiteral("pinned_kids")).toArray(), QJsonArray { QStringLiteral("pay-1") });
    QCOMPARE(edited.object().value(QStringLiteral("cache_ttl_secs")).toInteger(), 600); // kept

    const Run list = cli({ QStringLiteral("workload"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("carol"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(list.array().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("gateway"));

    QCOMPARE(cli({ QStringLiteral("workload"), QStringLiteral("remove"), QStringLiteral("gateway") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("workload"), QStringLiteral("list"), QStringLiteral("--json") }).array().size(), 0);
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

void TestCliTrust::workloadImportReportsLines()
{
    const QString bad = write(QStringLiteral("bad.csv"),
        "name,owner,trusts,cache_ttl\nok,team,payments-api,60\nbroken,team,payments-api,never\nworse,team,missing-set,60\n");
    const Run refused = cli({ QStringLiteral("workload"), QStringLiteral("import"), bad, QStringLiteral("--json") });
    QCOMPARE(refused.exitCode, 1);
    const QJsonArray errors = refused.object().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInteger(), 3);
    QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInteger(), 4);
    QVERIFY(refused.err.contains(QStringLiteral("bad.csv:3:")));
    QCOMPARE(cli({ QStringLiteral("workload"), QStringLiteral("list"), QStringLiteral("--json") }).array().size(), 0);

    const QString good = write(QStringLiteral("good.json"),
        R"([{"name":"a","owner":"t","trusts":"payments-api","cache_ttl":"5m"},{"name":"b","owner":"t","trusts":["pay-1"],"cache_ttl":60}])");
    const Run imported = cli({ QStringLiteral("workload"), QStringLiteral("import"), good, QStringLiteral("--json") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.object().value(QStringLiteral("imported")).toArray().size(), 2);
}

void TestCliTrust::observeImportIdempotent()
{
    QCOMPARE(addWorkload("gateway", "10m").exitCode, 0);
    const QString log = write(QStringLiteral("gw.csv"),
        "workload,kid,event,at\ngateway,pay-1,verify,2027-01-03T10:00:00Z\nghost,pay-1,verify,2027-01-03T10:00:00Z\n");
    const Run first = cli({ QStringLiteral("observe"), QStringLiteral("import"), log, QStringLiteral("--json") });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.object().value(QStringLiteral("accepted")).toInteger(), 1);
    QCOMPARE(first.object().value(QStringLiteral("error_count")).toInteger(), 1);
    QVERIFY(first.err.contains(QStringLiteral("gw.csv:3:")));
    QVERIFY(first.err.contains(QStringLiteral("ghost")));
    const Run second = cli({ QStringLiteral("observe"), QStringLiteral("import"), log, QStringLiteral("--json") });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(second.object().value(QStringLiteral("already_imported")).toBool());
    const Run show = cli({ QStringLiteral("trust"), QStringLiteral("show"), QStringLiteral("pay-1"), QStringLiteral("--json") });
    const QJsonArray observed = show.object().value(QStringLiteral("observed")).toArray();
    QCOMPARE(observed.size(), 1);
    QCOMPARE(observed.first().toObject().value(QStringLiteral("count")).toInteger(), 1);
}

void TestCliTrust::trustShowAndRetireGate()
{
    QCOMPARE(addWorkload("ledger", "1d").exitCode, 0);
    const Run show = cli({ QStringLiteral("trust"), QStringLiteral("show"), QStringLiteral("pay-1"), QStringLiteral("--json") });
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const QJsonObject o = show.object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(o.value(QStringLiteral("declared")).toArray().size(), 1);
    const QJsonArray breaks = o.value(QStringLiteral("blast_radius")).toObject().value(QStringLiteral("breaks")).toArray();
    QCOMPARE(breaks.size(), 1);
    QCOMPARE(breaks.first().toObject().value(QStringLiteral("workload")).toString(), QStringLiteral("ledger"));
    QCOMPARE(o.value(QStringLiteral("default_overlap")).toObject().value(QStringLiteral("cache_ttl_workload")).toString(),
        QStringLiteral("ledger"));
    const Run text = cli({ QStringLiteral("trust"), QStringLiteral("show"), QStringLiteral("pay-1") });
    QVERIFY(text.out.contains("Breaks if it vanished: ledger"));
    QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("show"), QStringLiteral("nope") }).exitCode, 1);

    // Rotate; then make ledger's cache longer than the overlap the rotation used.
    const qint64 id = requestRotation();
    QVERIFY(id > 0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("workload"), QStringLiteral("edit"), QStringLiteral("ledger"), QStringLiteral("--cache-ttl"),
                 QStringLiteral("20d") })
                 .exitCode,
        0);
    const QDateTime retireAfter = time(key(QStringLiteral("pay-1")).value(QStringLiteral("retire_after")));
    QVERIFY(retireAfter.isValid());
    const Run early = cli({ QStringLiteral("request"), QStringLiteral("retire"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("done") },
        QStringLiteral("alice"), retireAfter.addSecs(60));
    verifyRefused(early, "ledger");
    const Run converging = cli({ QStringLiteral("trust"), QStringLiteral("show"), QStringLiteral("pay-1"), QStringLiteral("--json") },
        QStringLiteral("alice"), retireAfter.addSecs(60));
    QVERIFY(!converging.object().value(QStringLiteral("convergence")).toObject().value(QStringLiteral("converged")).toBool());
    const Run later = cli({ QStringLiteral("request"), QStringLiteral("retire"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("done") },
        QStringLiteral("alice"), kStart.addDays(21));
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
}

void TestCliTrust::driftCheckExitsFour()
{
    const QJsonObject pay1 = key(QStringLiteral("pay-1")).value(QStringLiteral("jwk")).toObject();
    QVERIFY(!pay1.isEmpty());
    QJsonObject leaked = pay1;
    leaked.insert(QStringLiteral("d"), QStringLiteral("AAAA"));
    QHash<QByteArray, QByteArray> bodies {
        { "/clean", QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { pay1 } } }).toJson(QJsonDocument::Compact) },
        { "/leak", QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { leaked } } }).toJson(QJsonDocument::Compact) },
    };
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &bodies] {
                const QByteArray request = socket->readAll();
                const QByteArray body = bodies.value(request.split(' ').value(1));
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    // The server answers from this thread: run the CLI without blocking the event loop.
    const auto drift = [&](const char* path) {
        QProcess process;
        prepareCli(process, { QStringLiteral("drift"), QStringLiteral("check"), QStringLiteral("--set"), QStringLiteral("payments-api"),
                                QStringLiteral("--url"),
                                QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(QLatin1String(path)),
                                QStringLiteral("--json") });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        finished.wait(60000);
        return std::pair { process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object() };
    };
    const auto [cleanExit, clean] = drift("/clean");
    QCOMPARE(cleanExit, 0);
    QCOMPARE(clean.value(QStringLiteral("findings")).toArray().size(), 0);
    const auto [leakExit, leak] = drift("/leak");
    QCOMPARE(leakExit, 4);
    QCOMPARE(leak.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("private-member"));
}

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_cli_trust.moc"
