// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real Keys page over a real vault: generate through the dialog, search and filter the
// table, the detail pane's public JWK, duplicate kid refusals, revoke through the dialog, the
// timeline, the policy editor and dropping a key file. KEYWARD_SCREENSHOT_DIR saves PNGs.
#include "KeysPageFixture.h"
#include "RequestService.h"

#include "demo/DemoKeySeeder.h"
#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/ImportKeyDialog.h"
#include "dialogs/KeySetPolicyDialog.h"
#include "dialogs/RevokeKeyDialog.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyTableModel.h"
#include "pages/KeyDetailPane.h"
#include "pages/KeyTimelineView.h"
#include "pages/KeysPage.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

const QStringList PrivateMembers { QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("dp"),
                                   QStringLiteral("dq"), QStringLiteral("qi"), QStringLiteral("k") };

} // namespace

class TestKeysPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generateThroughDialogShowsKeyInTable();
    void searchAndStateFilterNarrowTheTable();
    void detailPaneShowsPublicJwkOnly();
    void duplicateKidIsRefusedWithReason();
    void revokeThroughDialogMarksKeyRevoked();
    void timelineDrawsKeysPerSet();
    void policyDialogSavesPolicy();
    void droppedFileOpensImport();
    void demoInventoryShowsStatesAndFlags();
};

void TestKeysPage::generateThroughDialogShowsKeyInTable()
{
    PageFixture f;
    QVERIFY(f.start(false));
    QCOMPARE(f.page->model()->rowCount(), 0);
    f.action("generateKeyAction")->trigger();
    auto* dialog = child<GenerateKeyDialog>(f.page.get(), "generateKeyDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Nothing typed yet: OK waits for an owner and says so.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->hint().contains(QLatin1String("owner")));

    auto* keySet = child<QComboBox>(dialog, "keySetCombo");
    keySet->lineEdit()->selectAll();
    QTest::keyClicks(keySet->lineEdit(), QStringLiteral("payments-api"));
    auto* use = child<QComboBox>(dialog, "useCombo");
    use->setCurrentIndex(0); // sig
    auto* alg = child<QComboBox>(dialog, "algCombo");
    // Never offered: RSA1_5 (any use), HS* or none; RSA sizes start at 2048.
    QVERIFY(alg->findText(QStringLiteral("ES256")) >= 0);
    QCOMPARE(alg->findText(QStringLiteral("RSA1_5")), -1);
    QCOMPARE(alg->findText(QStringLiteral("HS256")), -1);
    QCOMPARE(alg->findText(QStringLiteral("RSA-OAEP-256")), -1); // an enc alg, not offered for sig
    alg->setCurrentIndex(alg->findText(QStringLiteral("RS256")));
    auto* size = child<QComboBox>(dialog, "sizeCombo");
    QCOMPARE(size->findText(QStringLiteral("1024")), -1);
    QVERIFY(size->findText(QStringLiteral("2048")) >= 0);
    alg->setCurrentIndex(alg->findText(QStringLiteral("ES256")));
    QVERIFY(!size->isEnabled()); // ES256 fixes P-256

    QTest::keyClicks(child<QLineEdit>(dialog, "kidEdit"), QStringLiteral("pay-sig-2026"));
    QTest::keyClicks(child<QLineEdit>(dialog, "ownerEdit"), QStringLiteral("payments-team"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    // Generated on a worker, stored on the GUI thread, then listed and selected.
    QTRY_VERIFY(f.indexOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-2026")).isValid());
    const QModelIndex state = f.indexOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-2026"), KeyTableModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("active"));
    QVERIFY(f.indexOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-2026"), KeyTableModel::PrimaryColumn)
                .data(Qt::ToolTipRole).toString().contains(QLatin1String("primary")));
    QTRY_VERIFY(f.page->messageWidget()->isVisible());
    QVERIFY(f.page->messageWidget()->text().contains(QLatin1String("pay-sig-2026")));
    QVERIFY(f.detail()->key().has_value());
    QCOMPARE(f.detail()->key()->kid, QStringLiteral("pay-sig-2026"));
}

void TestKeysPage::searchAndStateFilterNarrowTheTable()
{
    PageFixture f;
    QVERIFY(f.start(true));
    QCOMPARE(f.table()->model()->rowCount(), 3);
    auto* search = child<QLineEdit>(f.page.get(), "keySearchEdit");
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("pay"));
    QTRY_COMPARE(f.table()->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral("-sig"));
    QTRY_COMPARE(f.table()->model()->rowCount(), 1);
    QCOMPARE(f.table()->model()->index(0, KeyTableModel::KidColumn).data().toString(), QStringLiteral("pay-sig-1"));
    search->clear();
    QTRY_COMPARE(f.table()->model()->rowCount(), 3);
    // The global search (Ctrl+F) lands in the same field.
    f.page->setSearchText(QStringLiteral("identity"));
    QCOMPARE(search->text(), QStringLiteral("identity"));
    QTRY_COMPARE(f.table()->model()->rowCount(), 1);
    search->clear();

    auto* state = child<QComboBox>(f.page.get(), "keyStateFilterCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("revoked")));
    QTRY_COMPARE(f.table()->model()->rowCount(), 0);
    state->setCurrentIndex(state->findText(QStringLiteral("active")));
    QTRY_COMPARE(f.table()->model()->rowCount(), 3);
    auto* set = child<QComboBox>(f.page.get(), "keySetFilterCombo");
    set->setCurrentIndex(set->findText(QStringLiteral("login")));
    QTRY_COMPARE(f.table()->model()->rowCount(), 1);
    auto* use = child<QComboBox>(f.page.get(), "keyUseFilterCombo");
    set->setCurrentIndex(0);
    use->setCurrentIndex(use->findText(QStringLiteral("enc")));
    QTRY_COMPARE(f.table()->model()->rowCount(), 1);
    QCOMPARE(f.table()->model()->index(0, KeyTableModel::KidColumn).data().toString(), QStringLiteral("pay-enc-1"));
}

void TestKeysPage::detailPaneShowsPublicJwkOnly()
{
    PageFixture f;
    QVERIFY(f.start(true));
    auto* placeholder = child<QLabel>(f.page.get(), "keyDetailPlaceholder");
    QVERIFY(placeholder->isVisible());
    // An oct-free pair and an ECDH key: both have private material in the vault.
    for (const QString& kid : { QStringLiteral("pay-sig-1"), QStringLiteral("pay-enc-1") }) {
        f.clickRow(QStringLiteral("payments-api"), kid);
        QTRY_VERIFY(f.detail()->key().has_value() && f.detail()->key()->kid == kid);
        QVERIFY(!placeholder->isVisible());
        auto* jwkView = child<QPlainTextEdit>(f.page.get(), "publicJwkView");
        QVERIFY(jwkView->isVisible());
        const QJsonObject jwk = QJsonDocument::fromJson(jwkView->toPlainText().toUtf8()).object();
        QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), kid);
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QVERIFY(jwk.contains(QStringLiteral("x")));
        for (const QString& member : PrivateMembers)
            QVERIFY2(!jwk.contains(member), qPrintable(member));
        const QString thumbprint = child<QLabel>(f.page.get(), "keyThumbprintLabel")->text();
        QVERIFY(thumbprint.contains(f.detail()->key()->thumbprint));
        QVERIFY(child<QLabel>(f.page.get(), "keyLineageLabel")->text().contains(QLatin1String("version 1")));
        // History from the audit log: the generation event.
        auto* history = child<QTreeWidget>(f.page.get(), "keyHistoryList");
        QVERIFY(history->topLevelItemCount() >= 1);
        QCOMPARE(history->topLevelItem(history->topLevelItemCount() - 1)->text(2), QStringLiteral("key.generated"));

        QTest::mouseClick(child<QPushButton>(f.page.get(), "copyJwkButton"), Qt::LeftButton);
        const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied, jwk);
    }
    grabIfAsked(f.page.get(), QStringLiteral("keys-detail.png"));
}

void TestKeysPage::duplicateKidIsRefusedWithReason()
{
    PageFixture f;
    QVERIFY(f.start(true));
    f.action("generateKeyAction")->trigger();
    auto* dialog = child<GenerateKeyDialog>(f.page.get(), "generateKeyDialog");
    QVERIFY(dialog);
    auto* keySet = child<QComboBox>(dialog, "keySetCombo");
    keySet->lineEdit()->selectAll();
    QTest::keyClicks(keySet->lineEdit(), QStringLiteral("payments-api"));
    QTest::keyClicks(child<QLineEdit>(dialog, "ownerEdit"), QStringLiteral("payments-team"));
    QTest::keyClicks(child<QLineEdit>(dialog, "kidEdit"), QStringLiteral("pay-sig-1"));
    QTRY_VERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hint().contains(QLatin1String("already has a key with kid \"pay-sig-1\"")), qPrintable(dialog->hint()));
    QVERIFY(child<QLabel>(dialog, "generateHintLabel")->isVisible());
    // Another set may not reuse it either: a new key is other key material (SPEC §3).
    keySet->lineEdit()->selectAll();
    QTest::keyClicks(keySet->lineEdit(), QStringLiteral("other-set"));
    QTRY_VERIFY(dialog->hint().contains(QLatin1String("never reused")));
    QVERIFY(!dialog->okButton()->isEnabled());
    // A fresh kid is fine.
    QTest::keyClicks(child<QLineEdit>(dialog, "kidEdit"), QStringLiteral("-v2"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    grabIfAsked(dialog, QStringLiteral("keys-generate-dialog.png"));
    dialog->reject();

    // Importing the same public key under that kid again: the core's refusal, shown per key.
    f.clickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    QTRY_VERIFY(f.detail()->key().has_value());
    const QByteArray jwk = child<QPlainTextEdit>(f.page.get(), "publicJwkView")->toPlainText().toUtf8();
    f.action("importKeyAction")->trigger();
    auto* import = child<ImportKeyDialog>(f.page.get(), "importKeyDialog");
    QVERIFY(import);
    QTest::keyClicks(child<QLineEdit>(import, "ownerEdit"), QStringLiteral("payments-team"));
    import->addData(QStringLiteral("pay-sig-1.jwk"), jwk);
    import->validateNow();
    QVERIFY(!import->okButton()->isEnabled());
    auto* preview = child<QListWidget>(import, "previewList");
    QCOMPARE(preview->count(), 1);
    QVERIFY2(preview->item(0)->text().startsWith(QStringLiteral("✗")), qPrintable(preview->item(0)->text()));
    QVERIFY(preview->item(0)->text().contains(QLatin1String("pay-sig-1")));
    grabIfAsked(import, QStringLiteral("keys-import-refused.png"));
}

void TestKeysPage::revokeThroughDialogMarksKeyRevoked()
{
    PageFixture f;
    QVERIFY(f.start(true));
    QVERIFY(!f.action("revokeKeyAction")->isEnabled()); // nothing selected
    f.clickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    QTRY_VERIFY(f.action("revokeKeyAction")->isEnabled());
    f.action("revokeKeyAction")->trigger();
    auto* dialog = child<RevokeKeyDialog>(f.page.get(), "revokeKeyDialog");
    QVERIFY(dialog);
    // The exact effect is stated before anything happens.
    QVERIFY(dialog->effectText().contains(QLatin1String("pay-sig-1")));
    QVERIFY(dialog->effectText().contains(QLatin1String("leaves the JWKS")));
    QVERIFY(dialog->effectText().contains(QLatin1String("no primary sig key")));
    QVERIFY(dialog->effectText().contains(QLatin1String("never reactivated")));
    QVERIFY(!dialog->okButton()->isEnabled()); // a reason is required
    QVERIFY(!dialog->hint().isEmpty());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "revokeReasonEdit"), QStringLiteral("private key found in a public repo"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    grabIfAsked(dialog, QStringLiteral("keys-revoke-dialog.png"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_COMPARE(f.indexOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"), KeyTableModel::StateColumn).data().toString(),
                 QStringLiteral("revoked"));
    QVERIFY(f.indexOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"), KeyTableModel::PrimaryColumn).data().toString().isEmpty());
    QVERIFY(f.page->messageWidget()->text().contains(QLatin1String("review")));
    QVERIFY(!f.action("revokeKeyAction")->isEnabled()); // revoked keys cannot be revoked again
    auto* history = child<QTreeWidget>(f.page.get(), "keyHistoryList");
    QVERIFY(history->topLevelItem(0)->text(2).startsWith(QLatin1String("key.revoked")));
    QVERIFY(history->topLevelItem(0)->text(2).contains(QLatin1String("public repo")));
    // The state filter finds it.
    auto* state = child<QComboBox>(f.page.get(), "keyStateFilterCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("revoked")));
    QTRY_COMPARE(f.table()->model()->rowCount(), 1);
}

void TestKeysPage::timelineDrawsKeysPerSet()
{
    PageFixture f;
    QVERIFY(f.start(true));
    auto* tabs = child<QTabWidget>(f.page.get(), "keysViewTabs");
    tabs->setCurrentIndex(1);
    auto* timeline = child<KeyTimelineView>(f.page.get(), "keyTimelineView");
    QTRY_VERIFY(timeline->isVisible());
    QCOMPARE(timeline->laneCount(), 3 + 2); // three keys under two set headers
    QVERIFY(timeline->rangeStart() < f.vault->clock().now());
    QVERIFY(timeline->rangeEnd() >= f.vault->clock().now().addDays(180));
    // Filters apply to the timeline too.
    QTest::keyClicks(child<QLineEdit>(f.page.get(), "keySearchEdit"), QStringLiteral("login"));
    QTRY_COMPARE(timeline->laneCount(), 2);
    grabIfAsked(f.page.get(), QStringLiteral("keys-timeline.png"));
}

void TestKeysPage::policyDialogSavesPolicy()
{
    PageFixture f;
    QVERIFY(f.start(true));
    f.clickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    f.action("keySetPolicyAction")->trigger();
    auto* dialog = child<KeySetPolicyDialog>(f.page.get(), "keySetPolicyDialog");
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "keySetCombo")->currentText(), QStringLiteral("payments-api"));
    QVERIFY(dialog->changesExistingSet());
    auto* cryptoperiod = child<QSpinBox>(dialog, "cryptoperiodSpin");
    QCOMPARE(cryptoperiod->value(), 90);
    // A final warning window longer than the first one is refused with the core's reason.
    auto* warnFinal = child<QSpinBox>(dialog, "warnFinalSpin");
    warnFinal->setValue(60);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->hint().isEmpty());
    warnFinal->setValue(7);
    cryptoperiod->setValue(30);
    // Changing an existing set's policy is a two-person request: it needs the reason approvers sign.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->hint().contains(QLatin1String("reason")));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("PCI review: shorter cryptoperiod"));
    QTRY_VERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<KeySetPolicyDialog>(f.page.get(), "keySetPolicyDialog"));
    QVERIFY(f.page->messageWidget()->text().contains(QLatin1String("payments-api")));
    QVERIFY(f.page->messageWidget()->text().contains(QLatin1String("page:requests")));
    // Nothing changed yet: the request waits for bob.
    const core::KeyStore store(f.vault->database());
    auto set = store.keySet(QStringLiteral("payments-api"));
    QVERIFY(set && set->has_value());
    QCOMPARE((*set)->policy.cryptoperiodSecs, qint64(90) * 24 * 3600);
    RequestService requests(*f.vault);
    auto pending = requests.engine().list({ core::RequestState::Pending });
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->constFirst().kind, core::RequestKind::PolicyChange);
    QCOMPARE(pending->constFirst().subject, QStringLiteral("payments-api"));
    QCOMPARE(pending->constFirst().effect.value(QStringLiteral("after")).toObject().value(QStringLiteral("cryptoperiodSecs")).toInteger(),
             qint64(30) * 24 * 3600);

    // Creating a new set governs no key yet and stays a direct act.
    f.action("keySetPolicyAction")->trigger();
    QTRY_VERIFY((dialog = child<KeySetPolicyDialog>(f.page.get(), "keySetPolicyDialog")));
    auto* name = child<QComboBox>(dialog, "keySetCombo");
    name->lineEdit()->selectAll();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("partner-api"));
    QVERIFY(!dialog->changesExistingSet());
    QVERIFY(!child<QLineEdit>(dialog, "reasonEdit")->isVisible());
    QTRY_VERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(f.page->messageWidget()->text().contains(QLatin1String("Created key set partner-api")));
    auto created = store.keySet(QStringLiteral("partner-api"));
    QVERIFY(created && created->has_value());
}

void TestKeysPage::droppedFileOpensImport()
{
    PageFixture f;
    QVERIFY(f.start(false));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partner.jwk"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","use":"sig","kid":"partner-2026"})");
    }
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.page.get(), &drop);
    auto* dialog = child<ImportKeyDialog>(f.page.get(), "importKeyDialog");
    QVERIFY(dialog);
    QCOMPARE(child<QListWidget>(dialog, "fileList")->count(), 1);
    QVERIFY(dialog->hint().contains(QLatin1String("owner")));
    QTest::keyClicks(child<QLineEdit>(dialog, "ownerEdit"), QStringLiteral("Partner GmbH"));
    dialog->validateNow();
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(f.indexOf(QStringLiteral("default"), QStringLiteral("partner-2026")).isValid());
    // A public key only: nothing private held, alg not pinned.
    QCOMPARE(f.indexOf(QStringLiteral("default"), QStringLiteral("partner-2026"), KeyTableModel::AlgColumn).data().toString(),
             QStringLiteral("—"));
}

void TestKeysPage::demoInventoryShowsStatesAndFlags()
{
    PageFixture f;
    QVERIFY(f.vault);
    const core::Status seeded = core::seedDemoKeys(*f.vault, f.tv.clock);
    QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
    QVERIFY(f.start(false));
    QVERIFY(f.page->model()->rowCount() >= 10);
    QSet<QString> states;
    QString flags;
    for (int row = 0; row < f.page->model()->rowCount(); ++row) {
        states.insert(f.page->model()->index(row, KeyTableModel::StateColumn).data().toString());
        flags += f.page->model()->index(row, KeyTableModel::FlagsColumn).data().toString() + QLatin1Char(';');
    }
    for (const char* state : { "active", "pending", "revoked" })
        QVERIFY2(states.contains(QLatin1String(state)), state);
    QVERIFY(flags.contains(QLatin1String("no alg pinned")));
    f.clickRow(f.page->model()->entryAt(0).record.keySet, f.page->model()->entryAt(0).record.kid);
    QTRY_VERIFY(f.detail()->key().has_value());
    grabIfAsked(f.page.get(), QStringLiteral("keys-demo-table.png"));
    // Expiring within 30 days narrows to keys still in use that expire soon.
    auto* expiring = child<QComboBox>(f.page.get(), "keyExpiringFilterCombo");
    expiring->setCurrentIndex(2);
    QTRY_VERIFY(f.table()->model()->rowCount() < f.page->model()->rowCount());
    expiring->setCurrentIndex(0);
    child<QTabWidget>(f.page.get(), "keysViewTabs")->setCurrentIndex(1);
    auto* timeline = child<KeyTimelineView>(f.page.get(), "keyTimelineView");
    QTRY_VERIFY(timeline->laneCount() > f.page->model()->rowCount());
    grabIfAsked(f.page.get(), QStringLiteral("keys-demo-timeline.png"));
}

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
