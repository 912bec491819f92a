// SPDX-License-Identifier: GPL-3.0-or-later
// Audit exports (SPEC §7, issue #15): an export verifies once a second officer co-signed it; every
// flipped byte, a removed, duplicated or swapped event (even with the manifest re-signed by a
// dishonest exporter) and a log cut short against an earlier export's head all fail, naming where.

#include "EvidenceTestSupport.h"

#include "common/Base64Url.h"
#include "evidence/AuditExport.h"
#include "evidence/AuditTreeHead.h"
#include "evidence/AuditVerifier.h"
#include "evidence/EvidenceFiles.h"
#include "jose/StrictJson.h"
#include "vault/RosterStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace keyward::core;
using namespace keyward::test;

class TestEvidenceAudit : public QObject {
    Q_OBJECT

private:
    EvidenceVault m_vault;
    qint64 m_firstTreeSize = 0;

    bool exportTo(const QString& dir, bool cosign = true, AuditExport::Options options = {})
    {
        options.outDir = dir;
        AuditExport exporter(*m_vault.vault, options);
        const Status status = exporter.run();
        if (!status.ok()) {
            qWarning() << status.message();
            return false;
        }
        if (m_firstTreeSize == 0)
            m_firstTreeSize = exporter.treeSize();
        if (!cosign)
            return true;
        std::unique_ptr<Vault> bob = m_vault.session(QStringLiteral("bob"));
        const Status cosigned = bob ? AuditCosign::cosign(*bob, dir) : Status(Error(ErrorCode::Internal, QStringLiteral("no bob")));
        if (!cosigned.ok())
            qWarning() << cosigned.message();
        return cosigned.ok();
    }

    EvidenceReport verify(const QString& dir, const QString& since = QString(), const QString& fingerprint = QString())
    {
        return AuditVerifier::verify({ dir, since, fingerprint });
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // A dishonest exporter (alice holds the master key and her own signing key) rewrites
    // audit.jsonl and re-signs the manifest over it: only the chain, the tree and the co-signed
    // head can still tell.
    void rewriteAndResign(const QString& dir, const std::function<void(QList<QByteArray>&)>& edit,
                          const QString& name = QStringLiteral("audit.jsonl"))
    {
        QList<QByteArray> lines = readAll(dir + QLatin1Char('/') + name).split('\n');
        lines.removeLast();
        edit(lines);
        const QByteArray jsonl = lines.join('\n') + '\n';
        writeAll(dir + QLatin1Char('/') + name, jsonl);
        const QByteArray manifestText = readAll(dir + QStringLiteral("/manifest.jws")).trimmed();
        QJsonObject manifest = strictjson::parseObject(*base64url::decode(manifestText.split('.').at(1))).value();
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject file = files[i].toObject();
            if (file.value(QStringLiteral("name")).toString() == name) {
                file.insert(QStringLiteral("sha256"), QString::fromLatin1(EvidenceFiles::sha256Hex(jsonl)));
                file.insert(QStringLiteral("size"), jsonl.size());
                files[i] = file;
            }
        }
        manifest.insert(QStringLiteral("files"), files);
        if (name == QLatin1String("audit.jsonl"))
            manifest.insert(QStringLiteral("count"), lines.size());
        QJsonObject header = TreeHead::officerHeader(m_vault.vault->currentOfficer().signingJwk);
        header.insert(QStringLiteral("typ"), QStringLiteral("keyward-audit-manifest+jwt"));
        Result<QByteArray> jws = EvidenceFiles::signCompact(header, EvidenceFiles::compact(manifest),
            [&](QByteArrayView input) { return m_vault.vault->signAsCurrentOfficer(input); });
        QVERIFY(jws.ok());
        writeAll(dir + QStringLiteral("/manifest.jws"), *jws + '\n');
    }

    QString copyOf(const QString& dir, const QString& name)
    {
        const QString copy = m_vault.out(name);
        QDir().mkpath(copy);
        for (const auto& [file, bytes] : filesIn(dir))
            writeAll(copy + QLatin1Char('/') + file, bytes);
        return copy;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.initEvidence()); }

    void anExportVerifiesOnceCosigned()
    {
        const QString dir = m_vault.out(QStringLiteral("first"));
        QVERIFY(exportTo(dir, false));
        QCOMPARE(m_vault.lastAction(), QStringLiteral("audit.checkpoint"));
        const EvidenceReport single = verify(dir);
        QVERIFY(!single.ok());
        QVERIFY2(single.firstFailure.contains(QStringLiteral("second officer")), qPrintable(single.firstFailure));
        std::unique_ptr<Vault> bob = m_vault.session(QStringLiteral("bob"));
        QVERIFY(bob);
        const Status cosigned = AuditCosign::cosign(*bob, dir);
        QVERIFY2(cosigned.ok(), qPrintable(cosigned.message()));
        QVERIFY(!AuditCosign::cosign(*bob, dir).ok()); // once per officer
        const EvidenceReport report = verify(dir);
        QVERIFY2(report.ok(), qPrintable(report.firstFailure));
        QCOMPARE(report.warnings.size(), 1); // the fingerprint was not pinned
        QVERIFY(verify(dir, QString(), m_vault.vault->fingerprint()).warnings.isEmpty());
        QVERIFY(!verify(dir, QString(), QStringLiteral("AAAA")).ok());
    }

    void noFileHoldsAPrivateMember()
    {
        const QString dir = m_vault.out(QStringLiteral("first"));
        for (const auto& [name, bytes] : filesIn(dir))
            QVERIFY2(privateMemberText(bytes).isEmpty(), qPrintable(name));
    }

    void everyFlippedByteFails()
    {
        const QString dir = m_vault.out(QStringLiteral("first"));
        for (const auto& [name, original] : filesIn(dir)) {
            for (qsizetype i = 0; i < original.size(); ++i) {
                QByteArray changed = original;
                changed[i] = char(changed[i] ^ 0x01);
                writeAll(dir + QLatin1Char('/') + name, changed);
                if (verify(dir).ok())
                    QFAIL(qPrintable(QStringLiteral("flipping byte %1 of %2 still verifies: %3")
                                         .arg(i).arg(name, QString::fromLatin1(changed.mid(i - 20, 40)))));
            }
            writeAll(dir + QLatin1Char('/') + name, original);
        }
        QVERIFY(verify(dir).ok());
    }

    void removedDuplicatedOrSwappedEventsFail_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("removed") << 0 << QStringLiteral("line 3");
        QTest::newRow("duplicated") << 1 << QStringLiteral("line 4");
        QTest::newRow("swapped") << 2 << QStringLiteral("line 3");
        QTest::newRow("last removed") << 3 << QString();
    }
    void removedDuplicatedOrSwappedEventsFail()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QString dir = copyOf(m_vault.out(QStringLiteral("first")), QStringLiteral("tampered-%1").arg(kind));
        rewriteAndResign(dir, [kind](QList<QByteArray>& lines) {
            if (kind == 0)
                lines.removeAt(2);
            else if (kind == 1)
                lines.insert(3, lines[2]);
            else if (kind == 2)
                lines.swapItemsAt(2, 3);
            else
                lines.removeLast();
        });
        const EvidenceReport report = verify(dir);
        QVERIFY(!report.ok());
        QVERIFY2(report.firstFailure.contains(expected), qPrintable(report.firstFailure));
    }

    // gov-log's signed heads travel in heads.jsonl: one dropped or moved to another officer fails.
    void aTamperedSignedHeadFails()
    {
        for (int kind = 0; kind < 2; ++kind) {
            const QString dir = copyOf(m_vault.out(QStringLiteral("first")), QStringLiteral("heads-%1").arg(kind));
            rewriteAndResign(dir, [kind](QList<QByteArray>& lines) {
                if (kind == 0)
                    lines.removeLast();
                else
                    lines.last().replace("\"officer\":\"alice\"", "\"officer\":\"bob\"");
            }, QStringLiteral("heads.jsonl"));
            const EvidenceReport report = verify(dir);
            QVERIFY2(!report.ok(), qPrintable(QString::number(kind)));
            QVERIFY2(report.firstFailure.contains(QStringLiteral("event")), qPrintable(report.firstFailure));
        }
    }

    void aLaterExportProvesTheLogOnlyGrew()
    {
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-2")).ok());
        const QString dir = m_vault.out(QStringLiteral("second"));
        QVERIFY(exportTo(dir));
        const EvidenceReport report = verify(dir, m_vault.out(QStringLiteral("first")));
        QVERIFY2(report.ok(), qPrintable(report.firstFailure));
        // A range export proves it through the consistency proof in proofs.json.
        AuditExport::Options range;
        range.from = m_vault.clock.now();
        const QString ranged = m_vault.out(QStringLiteral("ranged"));
        QVERIFY(exportTo(ranged, true, range));
        const EvidenceReport rangedReport = verify(ranged, m_vault.out(QStringLiteral("first")));
        QVERIFY2(rangedReport.ok(), qPrintable(rangedReport.firstFailure));
    }

    // One officer deletes the tail of the log with the master key and exports again: the
    // auditor's earlier head shows it.
    void anExportCutShortFailsAgainstTheEarlierHead()
    {
        // Everything from the first export's checkpoint on goes; the roster before it stays.
        const qint64 keep = m_firstTreeSize - 1;
        QVERIFY(m_vault.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(keep)));
        Result<QList<AuditEvent>> tail = m_vault.vault->audit().events(keep, 1);
        QVERIFY(tail.ok() && !tail->isEmpty());
        QVERIFY(m_vault.exec(QStringLiteral("UPDATE audit_head SET count = %1, hash = '%2'")
                                 .arg(keep)
                                 .arg(QString::fromLatin1(tail->first().hash))));
        const QString dir = m_vault.out(QStringLiteral("cut"));
        QVERIFY(exportTo(dir));
        QVERIFY(verify(dir).ok()); // alone it looks fine...
        const EvidenceReport report = verify(dir, m_vault.out(QStringLiteral("second")));
        QVERIFY(!report.ok()); // ...but not against what the auditor kept
        QVERIFY2(report.firstFailure.contains(QStringLiteral("cut")), qPrintable(report.firstFailure));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceAudit)
#include "tst_evidence_audit.moc"
