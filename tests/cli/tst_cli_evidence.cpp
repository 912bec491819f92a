// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-cli export jwks | audit | cosign and verify jwks | audit (SPEC §7, §8, issue #15), on real
// files: exit 0 when an export verifies, 4 when it was changed, and a report.pdf that renders with
// the kids and the officers' names in it.

#include "CliRequestsFixture.h"

#include "audit/AuditLog.h"
#include "evidence/AuditTreeHead.h"
#include "vault/Vault.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace keyward::core;

class TestCliEvidence : public QObject, public CliRequestsFixture {
    Q_OBJECT

private:
    // A bundle-signing key named by an approved policy change: the way it is set (and rotated).
    void nameBundleSigner()
    {
        const Run generated = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"),
                                    QStringLiteral("payments-api"), QStringLiteral("--use"), QStringLiteral("sig"),
                                    QStringLiteral("--alg"), QStringLiteral("EdDSA"), QStringLiteral("--owner"),
                                    QStringLiteral("security-team"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                                    QStringLiteral("--kid"), QStringLiteral("pay-bundle-1") });
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        const Run requested = cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("payments-api"),
                                    QStringLiteral("--bundle-signing-kid"), QStringLiteral("pay-bundle-1"),
                                    QStringLiteral("--reason"), QStringLiteral("sign the published bundle"),
                                    QStringLiteral("--json") });
        QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
        const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(requested.id()) },
                                 QStringLiteral("bob"));
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    }

    void flip(const QString& file, qsizetype at)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[at] = char(bytes[at] ^ 0x01);
        f.seek(0);
        f.write(bytes);
    }

private Q_SLOTS:
    void init() { setUpVault(); }

    void jwksBundleExportsAndVerifies()
    {
        nameBundleSigner();
        const QString dir = path(QStringLiteral("bundle"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("jwks"), QStringLiteral("--set"),
                                   QStringLiteral("payments-api"), QStringLiteral("--out"), dir, QStringLiteral("--json") });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.object().value(QStringLiteral("kids")).toArray(), QJsonArray { QStringLiteral("pay-1") });
        const Run verified = cli({ QStringLiteral("verify"), QStringLiteral("jwks"), dir });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.err.contains(QStringLiteral("Warning")), qPrintable(verified.err)); // self-asserted key
        flip(dir + QStringLiteral("/jwks.json"), 20);
        const Run broken = cli({ QStringLiteral("verify"), QStringLiteral("jwks"), dir });
        QCOMPARE(broken.exitCode, 4);
        QVERIFY2(broken.err.contains(QStringLiteral("jwks.json")), qPrintable(broken.err));
    }

    void jwksRefusedWithoutBundleSigner()
    {
        const Run refused = cli({ QStringLiteral("export"), QStringLiteral("jwks"), QStringLiteral("--set"),
                                  QStringLiteral("payments-api"), QStringLiteral("--out"), path(QStringLiteral("none")) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("bundle-signing")), qPrintable(refused.err));
    }

    void auditExportCosignVerify()
    {
        const QString dir = path(QStringLiteral("audit"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--out"), dir, QStringLiteral("--json") });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/report.pdf")));
        const Run unsigned_ = cli({ QStringLiteral("verify"), QStringLiteral("audit"), dir });
        QCOMPARE(unsigned_.exitCode, 4);
        QVERIFY2(unsigned_.err.contains(QStringLiteral("second officer")), qPrintable(unsigned_.err));
        const Run cosigned = cli({ QStringLiteral("export"), QStringLiteral("cosign"), dir }, QStringLiteral("bob"));
        QVERIFY2(cosigned.exitCode == 0, qPrintable(cosigned.err));
        const Run fingerprint = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
        const QString fp = fingerprint.object().value(QStringLiteral("fingerprint")).toString();
        const Run verified = cli({ QStringLiteral("verify"), QStringLiteral("audit"), dir, QStringLiteral("--fingerprint"), fp });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(!verified.err.contains(QStringLiteral("Warning")), qPrintable(verified.err));

        // The PDF renders, with the kids and the officers' names in its text.
        QFile pdf(dir + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ") > 0 || bytes.contains("/Type /Page"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed: packaging/dev.sh installs it");
        QProcess text;
        text.start(pdftotext, { dir + QStringLiteral("/report.pdf"), QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* expected : { "pay-1", "alice", "bob", "carol", "PCI DSS 4.0 3.7.6", "Verifying this export by hand" })
            QVERIFY2(extracted.contains(QLatin1String(expected)), expected);

        QFile jsonl(dir + QStringLiteral("/audit.jsonl"));
        flip(dir + QStringLiteral("/audit.jsonl"), 30);
        const Run broken = cli({ QStringLiteral("verify"), QStringLiteral("audit"), dir });
        QCOMPARE(broken.exitCode, 4);
        QVERIFY2(broken.err.contains(QStringLiteral("audit.jsonl")), qPrintable(broken.err));
    }

    // alice records a checkpoint whose root is not the log's, with her own key and head signature:
    // only the checkpoint check can tell, and `audit verify` exits 4 naming its event.
    void forgedCheckpointFailsAuditVerify()
    {
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
        const ManualClock clock(kStart);
        const QByteArray secret("alice passphrase");
        Result<std::unique_ptr<Vault>> vault = Vault::open(VaultLocation { path(QStringLiteral("vault")) },
                                                           QStringLiteral("alice"), SecureBytes::fromView(secret), clock);
        QVERIFY(vault.ok());
        Vault& alice = **vault;
        MerkleHash wrong {};
        const auto head = TreeHead::make(alice.vaultId(), alice.fingerprint(), *alice.audit().count(),
                                                        wrong, clock.now(), QByteArray());
        Result<QByteArray> jws = head.signCompact(alice.currentOfficer().signingJwk,
                                                  [&](QByteArrayView input) { return alice.signAsCurrentOfficer(input); });
        QVERIFY(jws.ok());
        Result<AuditEvent> forged = alice.audit().record(
            QStringLiteral("alice"), QStringLiteral("audit.checkpoint"), alice.vaultId(), head.checkpointDetails(*jws));
        QVERIFY(forged.ok());
        alice.lock();
        const Run run = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("checkpoint at event %1").arg(forged->seq)), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
