// SPDX-License-Identifier: GPL-3.0-or-later
// The drift check (SPEC §5) against a loopback HTTP server: a revoked kid served, the new kid
// missing, a duplicate kid, a private member and a cache lifetime beyond the trust map — each
// reported; a clean JWKS reports nothing; redirects and size are bounded; the report is audited.

#include "VaultTestSupport.h"
#include "tst_key_fixture.h"

#include "keys/GenerateKeyCommand.h"
#include "trust/DriftCheck.h"
#include "trust/WorkloadCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

// One response per connection; the path picks it.
class JwksServer : public QObject {
public:
    QHash<QByteArray, QByteArray> bodies; // path → JSON body
    QByteArray cacheControl = "max-age=300";

    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const char* path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path)); }

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& request = m_pending[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        m_pending.remove(socket);
        QByteArray response;
        if (path.startsWith("/redirect/")) {
            const int left = path.mid(10).toInt();
            const QByteArray next = left > 0 ? "/redirect/" + QByteArray::number(left - 1) : QByteArray("/clean");
            response = "HTTP/1.1 302 Found\r\nLocation: " + next + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (path == "/big") {
            const QByteArray body(2 * 1024 * 1024, ' ');
            response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body;
        } else if (bodies.contains(path)) {
            const QByteArray body = bodies.value(path);
            response = "HTTP/1.1 200 OK\r\nContent-Type: application/jwk-set+json\r\nCache-Control: " + cacheControl
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        } else {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

QByteArray jwks(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const QJsonObject& k : keys)
        array.append(k);
    return QJsonDocument(QJsonObject { { QStringLiteral("keys"), array } }).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTrustDrift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachFindingReported();
    void cleanJwksHasNoFinding();
    void redirectsAndSizeBounded();
    void notAJwks();

private:
    KeyVault m_kv;
    JwksServer m_server;
    QHash<QString, KeyRecord> m_keys;
};

void TestTrustDrift::initTestCase()
{
    QVERIFY(m_kv.init());
    for (const char* kid : { "pay-1", "pay-2", "pay-3", "pay-4" }) {
        NewKeyParams p = m_kv.params();
        p.alg = QStringLiteral("ES256");
        p.kid = QString::fromLatin1(kid);
        GenerateKeyCommand command(*m_kv.vault, *m_kv.provider, GenerateKeyCommand::Params { p, QString() });
        QVERIFY(command.run().ok());
        m_keys.insert(p.kid, command.result());
    }
    // pay-3 was revoked (the state is what matters here, not how it got there).
    QVERIFY(m_kv.vault->database().exec(QStringLiteral("UPDATE keys SET state = 'revoked' WHERE kid = 'pay-3'")).ok());
    WorkloadInput input;
    input.workload.name = QStringLiteral("gateway");
    input.workload.owner = QStringLiteral("team-edge");
    input.workload.cacheTtlSecs = 600;
    input.trusts = { QStringLiteral("payments-api") };
    QVERIFY(WorkloadCommand::add(*m_kv.vault, input).ok());

    QJsonObject leaked = m_keys.value(QStringLiteral("pay-2")).publicJwk;
    leaked.insert(QStringLiteral("d"), QStringLiteral("c2VjcmV0")); // a private member
    const QJsonObject pay1 = m_keys.value(QStringLiteral("pay-1")).publicJwk;
    m_server.bodies.insert("/drift", jwks({ pay1, pay1, leaked, m_keys.value(QStringLiteral("pay-3")).publicJwk }));
    m_server.bodies.insert("/clean", jwks({ pay1, m_keys.value(QStringLiteral("pay-2")).publicJwk, m_keys.value(QStringLiteral("pay-4")).publicJwk }));
    m_server.bodies.insert("/html", "<html>not a jwks</html>");
    QVERIFY(m_server.start());
}

void TestTrustDrift::eachFindingReported()
{
    m_server.cacheControl = "public, max-age=86400"; // a day, where gateway caches 10 minutes
    const qint64 events = m_kv.auditCount();
    Result<DriftReport> report = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/drift")));
    m_server.cacheControl = "max-age=300";
    QVERIFY2(report.ok(), why(report));
    QCOMPARE(report->httpStatus, 200);
    QCOMPARE(report->maxAgeSecs.value_or(-1), 86400);
    QSet<QString> found;
    for (const DriftFinding& f : report->findings)
        found.insert(f.kind + QLatin1Char(':') + f.kid);
    const QSet<QString> expected { QStringLiteral("duplicate-kid:pay-1"), QStringLiteral("private-member:pay-2"),
        QStringLiteral("revoked-kid-served:pay-3"), QStringLiteral("missing-kid:pay-4"), QStringLiteral("cache-lifetime:") };
    QCOMPARE(found, expected);
    QCOMPARE(m_kv.auditCount(), events + 1);
    Result<QList<AuditEvent>> log = m_kv.vault->audit().events(events + 1, 1);
    QVERIFY(log.ok() && log->size() == 1);
    QCOMPARE(log->first().action, QStringLiteral("drift.checked"));
    QCOMPARE(log->first().details.value(QStringLiteral("findings")).toArray().size(), 5);
    QVERIFY(!log->first().details.value(QStringLiteral("findings")).toString().contains(QStringLiteral("c2VjcmV0")));
    QVERIFY(m_kv.chainIntact());
}

void TestTrustDrift::cleanJwksHasNoFinding()
{
    Result<DriftReport> report = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/clean")));
    QVERIFY2(report.ok(), why(report));
    QVERIFY2(report->findings.isEmpty(), qPrintable(report->findings.value(0).message));
    QCOMPARE(report->servedKids.size(), 3);
}

void TestTrustDrift::redirectsAndSizeBounded()
{
    Result<DriftReport> three = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/redirect/2")));
    QVERIFY2(three.ok(), why(three)); // 3 hops: allowed
    QVERIFY(three->findings.isEmpty());
    Result<DriftReport> four = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/redirect/3")));
    QCOMPARE(four.code(), ErrorCode::Refused);
    Result<DriftReport> big = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/big")));
    QCOMPARE(big.code(), ErrorCode::Refused);
    QCOMPARE(DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(QStringLiteral("ftp://example.org/jwks"))).code(),
        ErrorCode::InvalidArgument);
    QCOMPARE(DriftCheck::run(*m_kv.vault, QStringLiteral("no-such-set"), QUrl(m_server.url("/clean"))).code(), ErrorCode::NotFound);
}

void TestTrustDrift::notAJwks()
{
    Result<DriftReport> html = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/html")));
    QVERIFY2(html.ok(), why(html));
    QCOMPARE(html->findings.size(), 1);
    QCOMPARE(html->findings.first().kind, QStringLiteral("malformed-jwks"));
    Result<DriftReport> missing = DriftCheck::run(*m_kv.vault, QStringLiteral("payments-api"), QUrl(m_server.url("/nothing-here")));
    QVERIFY2(missing.ok(), why(missing));
    QCOMPARE(missing->findings.first().kind, QStringLiteral("http-status"));
}

QTEST_GUILESS_MAIN(TestTrustDrift)
#include "tst_trust_drift.moc"
