// SPDX-License-Identifier: GPL-3.0-or-later
// Break-glass with the way back (SPEC §3, §4, issue #12): the revoke dialog's "Also request a
// rotation to:" revokes the primary and files the rotation request in one step; the set has no
// primary until bob approves. A key generated after the revocation is not primary, and the
// message bar says how it becomes primary.

#include "KeysPageFixture.h"
#include "RequestPresenter.h"

#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/RevokeKeyDialog.h"
#include "dialogs/RotationWizard.h"
#include "keys/KeyStore.h"
#include "requests/RequestStore.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

core::KeyRecord keyOf(core::Vault& vault, const QString& kid)
{
    core::Result<core::KeyRecord> key = core::KeyStore(vault.database()).find(kid, QStringLiteral("payments-api"));
    return key.ok() ? *key : core::KeyRecord();
}

// The Keys page over alice's vault with pay-sig-2 pre-published next to the primary pay-sig-1, and
// the revoke dialog opened on `kid` from the toolbar as an officer would.
RevokeKeyDialog* openRevokeDialog(PageFixture& f, const QString& kid)
{
    if (!f.start(true)
        || !generate(*f.vault, QStringLiteral("payments-api"), QStringLiteral("pay-sig-2"), QStringLiteral("payments-team"),
                     QStringLiteral("ES256")))
        return nullptr;
    f.page->refresh();
    f.clickRow(QStringLiteral("payments-api"), kid);
    if (!QTest::qWaitFor([&] { return f.action("revokeKeyAction")->isEnabled(); }))
        return nullptr;
    f.action("revokeKeyAction")->trigger();
    return f.page->findChild<RevokeKeyDialog*>(QStringLiteral("revokeKeyDialog"));
}

} // namespace

class TestRevokeRotation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void revokeDialogRequestsRotation();
    void rotationOptionOnlyForThePrimary();
    void generatedAfterRevocationIsNotPrimary();
    void wizardRotatesFromRevokedPrimary();
};

void TestRevokeRotation::revokeDialogRequestsRotation()
{
    PageFixture f;
    RevokeKeyDialog* dialog = openRevokeDialog(f, QStringLiteral("pay-sig-1"));
    QVERIFY(dialog);
    QVERIFY(dialog->effectText().contains(QLatin1String("until a rotation")));

    auto* rotate = child<QCheckBox>(dialog, "rotateCheck");
    auto* successors = child<QComboBox>(dialog, "rotateCombo");
    QVERIFY(rotate->isVisible());
    QVERIFY(!rotate->isChecked());
    QVERIFY(!successors->isEnabled());
    // The eligible key of the same set and use, and a new key like this one; not the enc key.
    QCOMPARE(successors->count(), 2);
    QCOMPARE(successors->itemData(0).toString(), QStringLiteral("pay-sig-2"));
    QVERIFY(successors->itemData(1).toString().isEmpty());
    QVERIFY(successors->itemText(1).contains(QLatin1String("new key")));

    QTest::keyClicks(child<QPlainTextEdit>(dialog, "revokeReasonEdit"), QStringLiteral("signing key in a leaked backup"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(rotate, Qt::LeftButton, {}, QPoint(8, rotate->height() / 2));
    QTRY_VERIFY(rotate->isChecked());
    QVERIFY(successors->isEnabled());
    QCOMPARE(successors->currentIndex(), 0);
    QVERIFY(dialog->okButton()->text().contains(QLatin1String("rotation")));
    QVERIFY(dialog->okButton()->isEnabled());
    grabIfAsked(dialog, QStringLiteral("keys-revoke-rotate-dialog.png"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_COMPARE(f.indexOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"), KeyTableModel::StateColumn).data().toString(),
                 QStringLiteral("revoked"));
    // Revoked at once; the successor waits for the approval.
    QCOMPARE(keyOf(*f.vault, QStringLiteral("pay-sig-1")).state, core::KeyState::Revoked);
    QVERIFY(!keyOf(*f.vault, QStringLiteral("pay-sig-2")).primary);
    QVERIFY(!core::KeyStore(f.vault->database()).primaryFor(QStringLiteral("payments-api"), core::KeyUse::Sig)->has_value());
    core::Result<QList<core::Request>> requests = core::RequestStore(f.vault->database()).list({});
    QVERIFY(requests.ok());
    QCOMPARE(requests->size(), 1);
    const core::Request& request = requests->first();
    QCOMPARE(request.kind, core::RequestKind::Rotate);
    QCOMPARE(request.state, core::RequestState::Pending);
    QCOMPARE(request.subject, QStringLiteral("pay-sig-1"));
    QCOMPARE(request.effect.value(QStringLiteral("successor")).toObject().value(QStringLiteral("kid")).toString(),
             QStringLiteral("pay-sig-2"));
    // What the approver will read: the set has no primary now, and the revoked key stays revoked.
    const QList<EffectRow> rows = RequestPresenter::effectRows(request);
    QVERIFY(rows.size() >= 2);
    QVERIFY2(rows.at(0).before.contains(QLatin1String("revoked")), qPrintable(rows.at(0).before));
    QVERIFY(rows.at(0).after.contains(QLatin1String("pay-sig-2")));
    QVERIFY2(rows.at(1).after.startsWith(QLatin1String("revoked")), qPrintable(rows.at(1).after));
    const QString message = f.page->messageWidget()->text();
    QVERIFY2(message.contains(QLatin1String("review")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Request #%1").arg(request.id)), qPrintable(message));
}

void TestRevokeRotation::rotationOptionOnlyForThePrimary()
{
    PageFixture f;
    RevokeKeyDialog* dialog = openRevokeDialog(f, QStringLiteral("pay-sig-2"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!child<QCheckBox>(dialog, "rotateCheck")->isVisible());
    dialog->reject();
}

void TestRevokeRotation::generatedAfterRevocationIsNotPrimary()
{
    PageFixture f;
    QVERIFY(f.start(true));
    f.clickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    QTRY_VERIFY(f.action("revokeKeyAction")->isEnabled());
    f.action("revokeKeyAction")->trigger();
    auto* dialog = child<RevokeKeyDialog>(f.page.get(), "revokeKeyDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "revokeReasonEdit"), QStringLiteral("leak"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton); // revoke alone
    QTRY_COMPARE(keyOf(*f.vault, QStringLiteral("pay-sig-1")).state, core::KeyState::Revoked);

    f.clickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    f.action("generateKeyAction")->trigger();
    auto* generateDialog = child<GenerateKeyDialog>(f.page.get(), "generateKeyDialog");
    QVERIFY(generateDialog);
    QTRY_VERIFY(generateDialog->isVisible());
    child<QComboBox>(generateDialog, "useCombo")->setCurrentIndex(0); // sig
    auto* alg = child<QComboBox>(generateDialog, "algCombo");
    alg->setCurrentIndex(alg->findText(QStringLiteral("ES256")));
    auto* kid = child<QLineEdit>(generateDialog, "kidEdit");
    kid->clear();
    QTest::keyClicks(kid, QStringLiteral("pay-sig-9"));
    auto* owner = child<QLineEdit>(generateDialog, "ownerEdit");
    if (owner->text().isEmpty())
        QTest::keyClicks(owner, QStringLiteral("payments-team"));
    QTRY_VERIFY2(generateDialog->okButton()->isEnabled(), qPrintable(generateDialog->hint()));
    QTest::mouseClick(generateDialog->okButton(), Qt::LeftButton);

    QTRY_VERIFY(keyOf(*f.vault, QStringLiteral("pay-sig-9")).id != 0);
    const core::KeyRecord generated = keyOf(*f.vault, QStringLiteral("pay-sig-9"));
    QCOMPARE(generated.state, core::KeyState::Active);
    QVERIFY(!generated.primary);
    const QString message = f.page->messageWidget()->text();
    QVERIFY2(message.contains(QLatin1String("active, not primary")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("request rotate pay-sig-1 --successor pay-sig-9")), qPrintable(message));
}

// Revoked alone, the former primary is what the rotation names: the Keys page offers the wizard on
// it, and the summary says the revoked key stays revoked (no grace, no overlap).
void TestRevokeRotation::wizardRotatesFromRevokedPrimary()
{
    PageFixture f;
    RevokeKeyDialog* dialog = openRevokeDialog(f, QStringLiteral("pay-sig-1"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "revokeReasonEdit"), QStringLiteral("leak"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(keyOf(*f.vault, QStringLiteral("pay-sig-1")).state, core::KeyState::Revoked);

    // Not offered on the pre-published key, which is not what the rotation replaces.
    QMenu* other = f.rightClickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-2"));
    QVERIFY(other);
    QVERIFY(!PageFixture::choose(other, "requestRotationAction"));
    other->close();
    QMenu* menu = f.rightClickRow(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    QVERIFY(menu);
    QVERIFY(PageFixture::choose(menu, "requestRotationAction"));
    RotationWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = f.page->findChild<RotationWizard*>(QStringLiteral("rotationWizard"))) && wizard->isVisible());
    QVERIFY(child<QLabel>(wizard, "keyLabel")->text().contains(QLatin1String("revoked")));
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "reasonEdit"), QStringLiteral("replace the leaked key"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto* prePublished = child<QRadioButton>(wizard, "prePublishedRadio");
    QVERIFY(prePublished->isEnabled());
    QTest::mouseClick(prePublished, Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(child<QComboBox>(wizard, "prePublishedCombo")->currentData().toString(), QStringLiteral("pay-sig-2"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RotationWizard::SummaryPageId));
    QVERIFY2(wizard->summaryText().contains(QLatin1String("stays revoked")), qPrintable(wizard->summaryText()));
    QVERIFY(!wizard->summaryText().contains(QLatin1String("grace")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QTRY_VERIFY(!f.page->findChild<RotationWizard*>(QStringLiteral("rotationWizard")));
    core::Result<QList<core::Request>> requests = core::RequestStore(f.vault->database()).list({});
    QVERIFY(requests.ok());
    QCOMPARE(requests->size(), 1);
    QCOMPARE(requests->first().subject, QStringLiteral("pay-sig-1"));
    QVERIFY(requests->first().effect.value(QStringLiteral("predecessorRevoked")).toBool());
    QVERIFY(!keyOf(*f.vault, QStringLiteral("pay-sig-2")).primary); // until bob approves
}

QTEST_MAIN(TestRevokeRotation)
#include "tst_revokerotation.moc"
