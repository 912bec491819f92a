// SPDX-License-Identifier: GPL-3.0-or-later
// The Samples page driven like an officer: files dropped on it import in the background, "Run
// test-decrypt" runs on every core while the window keeps answering, the results table filters by
// outcome, kid and folder, a selected failure reads in plain words, the per-kid chart counts the
// outcomes, and Cancel keeps a partial run.
#include "KeysPageFixture.h"

#include "jose/JweEncryptor.h"
#include "keys/KeyStore.h"
#include "pages/SamplesPage.h"
#include "samples/OutcomeChart.h"
#include "samples/SampleStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace keyward::core;
using namespace keyward::core::samples;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

QByteArray encryptTo(Vault& vault, const QString& kid, const QString& alg)
{
    Result<KeyRecord> key = KeyStore(vault.database()).find(kid);
    Result<Jwk> jwk = Jwk::fromJson(key->publicJwk);
    std::vector<jose::JweRecipientSpec> r(1);
    r[0].key = jwk->withKid(kid);
    r[0].alg = alg;
    jose::JweEncryptOptions o;
    o.enc = QStringLiteral("A256GCM");
    return *jose::JweEncryptor::encrypt("archived record", r, o);
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

int visibleRows(QTableWidget* table)
{
    int n = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        n += table->isRowHidden(r) ? 0 : 1;
    return n;
}

void drop(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

} // namespace

class TestSamplesPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importRunFilterAndReadTheFindings()
    {
        TestVault tv;
        std::unique_ptr<Vault> vault = tv.create();
        QVERIFY(vault);
        QVERIFY(generate(*vault, QStringLiteral("payments"), QStringLiteral("pay-2026"), QStringLiteral("payments-team"), QStringLiteral("ECDH-ES+A256KW")));
        QTemporaryDir files;
        for (int i = 0; i < 30; ++i)
            QVERIFY(writeFile(files.filePath(QStringLiteral("2026/q1/invoice-%1.jwe").arg(i)), encryptTo(*vault, QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"))));
        QByteArray tampered = encryptTo(*vault, QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"));
        QList<QByteArray> parts = tampered.split('.');
        parts[3][3] = parts[3][3] == 'A' ? 'B' : 'A';
        QVERIFY(writeFile(files.filePath(QStringLiteral("2025/tampered.jwe")), parts.join('.')));
        QVERIFY(writeFile(files.filePath(QStringLiteral("2025/stranger.jwe")),
                          QByteArrayLiteral("eyJhbGciOiJBMjU2S1ciLCJlbmMiOiJBMjU2R0NNIiwia2lkIjoicGF5LTIwMjMifQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA")));

        SamplesPage page(*vault);
        page.resize(1200, 700);
        page.show();
        auto* table = child<QTableWidget>(&page, "samplesTable");
        auto* run = child<QPushButton>(&page, "runTestButton");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!run->isEnabled());

        drop(&page, {files.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QCOMPARE(table->rowCount(), 32);
        QVERIFY(run->isEnabled());

        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(child<QPushButton>(&page, "cancelRunButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QCOMPARE(table->rowCount(), 32);
        QVERIFY(child<QLabel>(&page, "runSummary")->text().contains(QLatin1String("32 of 32")));

        auto* outcome = child<QComboBox>(&page, "outcomeFilter");
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("integrity-failure")));
        QCOMPARE(visibleRows(table), 1);
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("ok")));
        QCOMPARE(visibleRows(table), 30);
        outcome->setCurrentIndex(0);
        auto* kid = child<QComboBox>(&page, "kidFilter");
        kid->setCurrentIndex(kid->findData(QStringLiteral("pay-2023")));
        QCOMPARE(visibleRows(table), 1);
        kid->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(&page, "folderFilter"), QStringLiteral("2025"));
        QCOMPARE(visibleRows(table), 2);

        // The unknown-kid sample, selected like an officer would, reads in plain words.
        for (int r = 0; r < table->rowCount(); ++r) {
            if (!table->isRowHidden(r) && table->item(r, 4)->text() == QLatin1String("unknown-kid")) {
                const QRect cell = table->visualItemRect(table->item(r, 0));
                QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
            }
        }
        QVERIFY2(child<QLabel>(&page, "sampleDetails")->text().contains(QLatin1String("No key with kid")),
                 qPrintable(child<QLabel>(&page, "sampleDetails")->text()));
        const auto counts = child<OutcomeChart>(&page, "outcomeChart")->counts();
        QCOMPARE(counts.value(QStringLiteral("pay-2026")).value(QStringLiteral("ok")), 30);
        QCOMPARE(counts.value(QStringLiteral("pay-2026")).value(QStringLiteral("integrity-failure")), 1);
        QCOMPARE(counts.value(QStringLiteral("pay-2023")).value(QStringLiteral("unknown-kid")), 1);
        child<QLineEdit>(&page, "folderFilter")->clear();
        grabIfAsked(&page, QStringLiteral("samples-page.png"));
    }

    void cancelKeepsAPartialRun()
    {
        TestVault tv;
        std::unique_ptr<Vault> vault = tv.create();
        QVERIFY(vault);
        QVERIFY(generate(*vault, QStringLiteral("archive"), QStringLiteral("rsa-2024"), QStringLiteral("archive-team"), QStringLiteral("RSA-OAEP-256")));
        QTemporaryDir files;
        for (int i = 0; i < 600; ++i)
            QVERIFY(writeFile(files.filePath(QStringLiteral("r/%1.jwe").arg(i)), encryptTo(*vault, QStringLiteral("rsa-2024"), QStringLiteral("RSA-OAEP-256"))));
        SamplesPage page(*vault);
        page.show();
        page.importPaths({files.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QTest::mouseClick(child<QPushButton>(&page, "runTestButton"), Qt::LeftButton);
        auto* progress = child<QProgressBar>(&page, "runProgress");
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 10, 30000); // the GUI thread keeps receiving progress
        QTest::mouseClick(child<QPushButton>(&page, "cancelRunButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        Result<QList<SampleRun>> runs = SampleStore(vault->database()).runs();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->first().partial);
        QVERIFY(child<QLabel>(&page, "runSummary")->text().contains(QLatin1String("partial")));
    }
};

QTEST_MAIN(TestSamplesPage)
#include "tst_samplespage.moc"
