// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence dialogs with real widgets over a real vault: export audit evidence and a JWKS
// bundle from the dialog, see the files and their digests, then verify the folder as an auditor —
// passed, and after one changed byte, failed in plain words. KEYWARD_SCREENSHOT_DIR saves PNGs.

#include "../evidence/EvidenceTestSupport.h"
#include "UiTestSupport.h"

#include "AuditReportRenderer.h"
#include "DemoVaultSeeder.h"
#include "dialogs/ExportEvidenceDialog.h"
#include "dialogs/VerifyExportDialog.h"
#include "evidence/AuditExport.h"
#include "evidence/JwksExport.h"

#include <QProcess>
#include <QStandardPaths>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace keyward;
using namespace keyward::ui;

class TestEvidenceDialogs : public QObject {
    Q_OBJECT

private:
    keyward::test::EvidenceVault m_vault;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.initEvidence()); }

    void exportAndVerifyAudit()
    {
        const QString dir = m_vault.out(QStringLiteral("audit"));
        ExportEvidenceDialog dialog(*m_vault.vault, ExportEvidenceDialog::Kind::AuditEvidence);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("folderEdit")), dir);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.filesTable()->rowCount() >= 8);
        QVERIFY(dialog.filesTable()->isVisible());
        QCOMPARE(dialog.filesTable()->item(0, 0)->text(), QStringLiteral("audit.jsonl"));
        ui::test::grabIfAsked(&dialog, QStringLiteral("export-audit-result.png"));

        std::unique_ptr<core::Vault> bob = m_vault.session(QStringLiteral("bob"));
        QVERIFY(bob);
        QVERIFY(core::AuditCosign::cosign(*bob, dir).ok());

        VerifyExportDialog verify(m_vault.clock);
        verify.show();
        QTest::keyClicks(verify.findChild<QLineEdit*>(QStringLiteral("folderEdit")), dir);
        QTest::mouseClick(verify.verifyButton(), Qt::LeftButton);
        QVERIFY2(verify.verdict()->text().contains(QStringLiteral("verifies")), qPrintable(verify.verdict()->text()));
        QVERIFY(verify.checks()->topLevelItemCount() >= 6);
        ui::test::grabIfAsked(&verify, QStringLiteral("verify-export-passed.png"));

        QFile jsonl(dir + QStringLiteral("/audit.jsonl"));
        QVERIFY(jsonl.open(QIODevice::ReadWrite));
        QByteArray bytes = jsonl.readAll();
        bytes[40] = char(bytes[40] ^ 0x01);
        jsonl.seek(0);
        jsonl.write(bytes);
        jsonl.close();
        QTest::mouseClick(verify.verifyButton(), Qt::LeftButton);
        QVERIFY2(verify.verdict()->text().contains(QStringLiteral("does NOT verify")), qPrintable(verify.verdict()->text()));
        QVERIFY2(verify.verdict()->text().contains(QStringLiteral("audit.jsonl")), qPrintable(verify.verdict()->text()));
        ui::test::grabIfAsked(&verify, QStringLiteral("verify-export-failed.png"));
    }

    void exportJwksBundle()
    {
        const QString dir = m_vault.out(QStringLiteral("bundle"));
        ExportEvidenceDialog dialog(*m_vault.vault, ExportEvidenceDialog::Kind::JwksBundle);
        dialog.show();
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("keySetCombo"))->currentText(), QStringLiteral("payments-api"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("folderEdit")), dir);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.filesTable()->rowCount(), 3);
        ui::test::grabIfAsked(&dialog, QStringLiteral("export-jwks-result.png"));
        VerifyExportDialog verify(m_vault.clock);
        QTest::keyClicks(verify.findChild<QLineEdit*>(QStringLiteral("folderEdit")), dir);
        QTest::mouseClick(verify.verifyButton(), Qt::LeftButton);
        QVERIFY2(verify.verdict()->text().contains(QStringLiteral("verifies")), qPrintable(verify.verdict()->text()));
    }
    // The --demo vault's first export shows every part of the report.
    void demoVaultFirstExportShowsEveryPart()
    {
        QTemporaryDir dir;
        const core::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        const core::VaultLocation location { dir.filePath(QStringLiteral("demo")) };
        const core::Status seeded = DemoVaultSeeder(clock).seed(location);
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        const DemoVaultSeeder::DemoOfficer carol = DemoVaultSeeder::officers().at(2);
        auto vault = core::Vault::open(location, carol.name, core::SecureBytes::fromView(carol.passphrase.toUtf8()), clock);
        QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.message()));
        core::JwksExport bundle(**vault, QStringLiteral("payments-api"), dir.filePath(QStringLiteral("bundle")));
        const core::Status bundled = bundle.run();
        QVERIFY2(bundled.ok(), qPrintable(bundled.message()));
        core::AuditExport::Options options;
        options.outDir = dir.filePath(QStringLiteral("audit"));
        options.renderReport = [](const core::AuditReportData& data) { return report::renderAuditReport(data); };
        core::AuditExport exporter(**vault, options);
        const core::Status exported = exporter.run();
        QVERIFY2(exported.ok(), qPrintable(exported.message()));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed: packaging/dev.sh installs it");
        QProcess text;
        text.start(pdftotext, { options.outDir + QStringLiteral("/report.pdf"), QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* expected : { "pay-legacy-rsa", "pay-2025-q2", "compromised", "deactivated", "bob", "carol",
                                      "Unreviewed break-glass acts", "Private key found in a CI job log", "valid" })
            QVERIFY2(extracted.contains(QLatin1String(expected)), expected);
        QVERIFY2(!extracted.contains(QStringLiteral("No rotation was requested")), "the demo has rotations");
        QVERIFY2(!extracted.contains(QStringLiteral("Every break-glass act was countersigned")), "the demo has one open");
    }
};

QTEST_MAIN(TestEvidenceDialogs)
#include "tst_evidencedialogs.moc"
