// SPDX-License-Identifier: GPL-3.0-or-later
// The Samples page driven like an officer: files dropped on it import in the background, "Run
// test-decrypt" runs on every core while the window keeps answering, the results table filters by
// outcome, kid and folder, a selected failure reads in plain words, the per-kid chart counts the
// outcomes, and Cancel keeps a partial run.
#include "KeysPageFixture.h"

#include "DemoVaultSeeder.h"

#include "jose/JweEncryptor.h"
#include "keys/KeyStore.h"
#include "pages/SamplesPage.h"
#include "samples/OutcomeChart.h"
#include "samples/SampleOutcomeCodec.h"
#include "samples/SampleStore.h"
#include "storage/Database.h"
#include "widgets/MessageWidget.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
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

// A token to `kid` whose ciphertext was altered in the archive: it fails its integrity check.
QByteArray tamperedTo(Vault& vault, const QString& kid, const QString& alg)
{
    QList<QByteArray> parts = encryptTo(vault, kid, alg).split('.');
    parts[3][3] = parts[3][3] == 'A' ? 'B' : 'A';
    return parts.join('.');
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// The rows the table shows (its model is the filter proxy).
int visibleRows(QTableView* table)
{
    return table->model()->rowCount();
}

// Picks the entry with `data` like an officer: opens the popup with a click, walks to the entry
// with the arrow keys and takes it with Return (a click in a popup that has just opened is
// ignored by QComboBox as the release of the opening click).
void choose(QComboBox* combo, const QString& data)
{
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    while (list->currentIndex().row() < target)
        QTest::keyClick(list, Qt::Key_Down);
    while (list->currentIndex().row() > target)
        QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentData().toString(), data);
}

// Types into a line edit like an officer: select all, then the new text (empty: Delete).
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
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
        QVERIFY(writeFile(files.filePath(QStringLiteral("2025/tampered.jwe")), tamperedTo(*vault, QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"))));
        QVERIFY(writeFile(files.filePath(QStringLiteral("2025/stranger.jwe")),
                          QByteArrayLiteral("eyJhbGciOiJBMjU2S1ciLCJlbmMiOiJBMjU2R0NNIiwia2lkIjoicGF5LTIwMjMifQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA")));

        SamplesPage page(*vault);
        page.resize(1200, 700);
        page.show();
        auto* table = child<QTableView>(&page, "samplesTable");
        auto* run = child<QPushButton>(&page, "runTestButton");
        QCOMPARE(visibleRows(table), 0);
        QVERIFY(!run->isEnabled());

        drop(&page, {files.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QCOMPARE(visibleRows(table), 32);
        QVERIFY(run->isEnabled());

        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(child<QPushButton>(&page, "cancelRunButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QCOMPARE(visibleRows(table), 32);
        QVERIFY(child<QLabel>(&page, "runSummary")->text().contains(QLatin1String("32 of 32")));

        auto* outcome = child<QComboBox>(&page, "outcomeFilter");
        choose(outcome, QStringLiteral("integrity-failure"));
        QCOMPARE(visibleRows(table), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2025/tampered.jwe"));
        choose(outcome, QStringLiteral("ok"));
        QCOMPARE(visibleRows(table), 30);
        choose(outcome, QStringLiteral("-"));
        QCOMPARE(visibleRows(table), 0);
        choose(outcome, QString());
        auto* kid = child<QComboBox>(&page, "kidFilter");
        choose(kid, QStringLiteral("pay-2023"));
        QCOMPARE(visibleRows(table), 1);
        QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("unknown-kid"));
        // Filters combine: pay-2026 and a folder 2025 (any case) leave only the tampered file.
        choose(kid, QStringLiteral("pay-2026"));
        QCOMPARE(visibleRows(table), 31);
        auto* folder = child<QLineEdit>(&page, "folderFilter");
        retype(folder, QStringLiteral("2025"));
        QCOMPARE(visibleRows(table), 1);
        retype(folder, QStringLiteral("Q1"));
        QCOMPARE(visibleRows(table), 30);
        choose(outcome, QStringLiteral("integrity-failure"));
        QCOMPARE(visibleRows(table), 0);
        choose(outcome, QString());
        choose(kid, QString());
        retype(folder, QStringLiteral("2025"));
        QCOMPARE(visibleRows(table), 2);

        // The unknown-kid sample, selected like an officer would, reads in plain words.
        for (int r = 0; r < visibleRows(table); ++r) {
            if (table->model()->index(r, 4).data().toString() == QLatin1String("unknown-kid")) {
                const QRect cell = table->visualRect(table->model()->index(r, 0));
                QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
            }
        }
        QVERIFY2(child<QLabel>(&page, "sampleDetails")->text().contains(QLatin1String("No key with kid")),
                 qPrintable(child<QLabel>(&page, "sampleDetails")->text()));
        const auto counts = child<OutcomeChart>(&page, "outcomeChart")->counts();
        QCOMPARE(counts.value(QStringLiteral("pay-2026")).value(QStringLiteral("ok")), 30);
        QCOMPARE(counts.value(QStringLiteral("pay-2026")).value(QStringLiteral("integrity-failure")), 1);
        QCOMPARE(counts.value(QStringLiteral("pay-2023")).value(QStringLiteral("unknown-kid")), 1);
        retype(folder, QString());
        QCOMPARE(visibleRows(table), 32);
        // A new file imported after the run shows as not tested.
        QVERIFY(writeFile(files.filePath(QStringLiteral("2026/q2/late.jwe")), encryptTo(*vault, QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"))));
        page.importPaths({files.filePath(QStringLiteral("2026/q2"))});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QCOMPARE(visibleRows(table), 33);
        choose(outcome, QStringLiteral("-"));
        QCOMPARE(visibleRows(table), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("q2/late.jwe"));
        choose(outcome, QString());
        grabIfAsked(&page, QStringLiteral("samples-page.png"));
    }

    // The --demo vault's samples on the page: a tested run with findings, filterable by outcome.
    void demoVaultSamples()
    {
        QTemporaryDir dir;
        const keyward::core::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        const keyward::core::VaultLocation location {dir.filePath(QStringLiteral("demo"))};
        const keyward::core::Status seeded = DemoVaultSeeder(clock).seed(location);
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        const DemoVaultSeeder::DemoOfficer alice = DemoVaultSeeder::officers().at(0);
        auto vault = keyward::core::Vault::open(location, alice.name, keyward::core::SecureBytes::fromView(alice.passphrase.toUtf8()), clock);
        QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.message()));
        SamplesPage page(**vault);
        page.resize(1280, 760);
        page.show();
        auto* table = child<QTableView>(&page, "samplesTable");
        const int all = visibleRows(table);
        QVERIFY(all > 0);
        choose(child<QComboBox>(&page, "outcomeFilter"), QStringLiteral("ok"));
        const int ok = visibleRows(table);
        QVERIFY(ok > 0 && ok < all); // the demo run has findings too
        choose(child<QComboBox>(&page, "outcomeFilter"), QString());
        QCOMPARE(visibleRows(table), all);
        const QModelIndex first = table->model()->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(first).center());
        QVERIFY(!child<QLabel>(&page, "sampleDetails")->text().isEmpty());
        grabIfAsked(&page, QStringLiteral("samples-page-demo.png"));
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

    void alteredRunShowsTheAlarm()
    {
        TestVault tv;
        std::unique_ptr<Vault> vault = tv.create();
        QVERIFY(vault);
        QVERIFY(generate(*vault, QStringLiteral("payments"), QStringLiteral("pay-2026"), QStringLiteral("payments-team"), QStringLiteral("ECDH-ES+A256KW")));
        QTemporaryDir files;
        QVERIFY(writeFile(files.filePath(QStringLiteral("tampered.jwe")), tamperedTo(*vault, QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"))));
        QVERIFY(writeFile(files.filePath(QStringLiteral("good.jwe")), encryptTo(*vault, QStringLiteral("pay-2026"), QStringLiteral("ECDH-ES+A256KW"))));
        SamplesPage page(*vault);
        page.resize(1200, 700);
        page.show();
        page.importPaths({files.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QTest::mouseClick(child<QPushButton>(&page, "runTestButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        auto* message = child<MessageWidget>(&page, "samplesMessage");
        QVERIFY(!message->text().contains(QLatin1String("signed audit event")));

        // The failing outcome rewritten to pass in vault.db, as an officer with the master key could.
        const SampleStore store(vault->database());
        const qint64 runId = store.runs()->first().id;
        QList<SampleOutcomeRow> outcomes = *store.outcomes(runId);
        for (SampleOutcomeRow& o : outcomes)
            o.outcome = SampleOutcome::Ok;
        {
            Result<Statement> write = vault->database().prepare(QStringLiteral("UPDATE sample_runs SET outcomes = ? WHERE id = ?"));
            QVERIFY(write.ok());
            write->bind(1, SampleOutcomeCodec::encode(outcomes)).bind(2, runId);
            QVERIFY(write->run().ok());
        }
        page.refresh();
        QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("test run %1 are not those its signed audit event holds").arg(runId)),
                 qPrintable(message->text()));
        // Nothing of the forgery is shown as tested.
        QVERIFY(child<QLabel>(&page, "runSummary")->text().contains(QLatin1String("0 of 2")));
        grabIfAsked(&page, QStringLiteral("samples-page-altered-run.png"));
    }
};

QTEST_MAIN(TestSamplesPage)
#include "tst_samplespage.moc"
