// SPDX-License-Identifier: GPL-3.0-or-later
// Retirement, destruction and private-export requests from the Keys page's context menu (SPEC §4):
// the dialog states the exact effect, validates as the officer types, and shows the core's refusal
// (a retirement before the gate) without changing anything. Destroying an encryption key lists the
// archived samples only it decrypts, for the officer to name as the request's crypto-shred.
#include "KeysPageFixture.h"

#include "RequestPresenter.h"
#include "RequestService.h"
#include "dialogs/KeyRequestDialog.h"
#include "jose/JweEncryptor.h"
#include "keys/KeyStore.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/KeyRequestDrafts.h"
#include "samples/SampleImporter.h"
#include "vault/OfficerCredential.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

const QString Payments = QStringLiteral("payments-api");
const QString PaySig1 = QStringLiteral("pay-sig-1");
const QString PaySig2 = QStringLiteral("pay-sig-2");

struct DialogFixture : PageFixture {
    bool keys()
    {
        return vault && generate(*vault, Payments, PaySig1, QStringLiteral("payments-team"), QStringLiteral("ES256"))
            && generate(*vault, Payments, PaySig2, QStringLiteral("payments-team"), QStringLiteral("ES256"));
    }

    // Rotates pay-sig-1 to the pre-published pay-sig-2 through the engine, bob approving: pay-sig-1
    // goes to grace with a retirement date one overlap away.
    bool rotateToPrePublished()
    {
        RequestService service(*vault);
        core::RotationParams params;
        params.kid = PaySig1;
        params.keySet = Payments;
        params.reason = QStringLiteral("scheduled rotation");
        params.prePublishedKid = PaySig2;
        auto draft = core::KeyRequestDrafts::rotation(params);
        if (!draft)
            return false;
        auto request = service.engine().submit(std::move(draft).value());
        auto bob = vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
        if (!request || !bob) {
            qWarning("%s", qPrintable(request ? bob.message() : request.message()));
            return false;
        }
        auto approved = service.engine().approve(request->id, bob.value());
        if (!approved || approved->state != core::RequestState::Executed) {
            qWarning("%s", qPrintable(approved ? approved->executionError : approved.message()));
            return false;
        }
        return true;
    }

    core::KeyRecord key(const QString& kid) const
    {
        auto found = core::KeyStore(vault->database()).byKid(Payments, kid);
        return found && found->has_value() ? **found : core::KeyRecord();
    }

    QList<core::Request> pending()
    {
        RequestService service(*vault);
        auto listed = service.engine().list({ core::RequestState::Pending });
        return listed ? listed.value() : QList<core::Request>();
    }

    KeyRequestDialog* open(const QString& kid, const char* actionName, const char* dialogName)
    {
        QMenu* menu = rightClickRow(Payments, kid);
        if (!menu || !choose(menu, actionName))
            return nullptr;
        KeyRequestDialog* dialog = nullptr;
        const bool shown =
            QTest::qWaitFor([&] { return (dialog = child<KeyRequestDialog>(page.get(), dialogName)) && dialog->isVisible(); });
        return shown ? dialog : nullptr;
    }
};

} // namespace

class TestKeyRequestDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retirementBeforeTheGateShowsTheCoreRefusal();
    void destructionRequestCarriesTheWaitingPeriod();
    void privateExportToRecipientPublicKeyOnly();
    void requestOnAKeyChangedMeanwhileIsRefused();
    void destructionNamesTheSamplesItShreds();
};

void TestKeyRequestDialog::retirementBeforeTheGateShowsTheCoreRefusal()
{
    DialogFixture f;
    QVERIFY(f.keys());
    QVERIFY(f.rotateToPrePublished());
    const core::KeyRecord grace = f.key(PaySig1);
    QCOMPARE(grace.state, core::KeyState::Grace);
    QVERIFY(grace.retireAfter > f.tv.clock.now());
    QVERIFY(f.start(false));

    KeyRequestDialog* dialog = f.open(PaySig1, "requestRetirementAction", "retirementRequestDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), KeyRequestDialog::Kind::Retirement);
    QVERIFY(dialog->effectText().contains(QLatin1String("has not passed yet")));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->hint().contains(QLatin1String("reason")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("pay-sig-2 took over"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    // The core's words: when the key may be retired, and who took over. Nothing stored.
    QTRY_VERIFY(!dialog->messageText().isEmpty());
    QVERIFY2(dialog->messageText().contains(QLatin1String("may be retired from")), qPrintable(dialog->messageText()));
    QVERIFY(dialog->messageText().contains(PaySig2));
    QVERIFY(dialog->isVisible());
    QVERIFY(f.pending().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!child<KeyRequestDialog>(f.page.get(), "retirementRequestDialog"));

    // Once the overlap has passed, the same request goes through and waits for an approver.
    f.tv.clock.set(grace.retireAfter.addSecs(60));
    dialog = f.open(PaySig1, "requestRetirementAction", "retirementRequestDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->effectText().contains(QLatin1String("has passed")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("overlap is over"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<KeyRequestDialog>(f.page.get(), "retirementRequestDialog"));
    const QList<core::Request> pending = f.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().kind, core::RequestKind::Retire);
    QCOMPARE(pending.constFirst().subject, PaySig1);
    QCOMPARE(f.key(PaySig1).state, core::KeyState::Grace); // until bob approves
}

void TestKeyRequestDialog::destructionRequestCarriesTheWaitingPeriod()
{
    DialogFixture f;
    QVERIFY(f.keys());
    core::RevokeKeyCommand revoke(*f.vault, { PaySig2, Payments, QStringLiteral("laptop stolen") });
    QVERIFY2(revoke.run(), "revocation failed");
    QVERIFY(f.start(false));

    // A primary key's private part is not destroyed; a revoked key's is.
    QVERIFY(f.rightClickRow(Payments, PaySig1));
    QVERIFY(!f.action("requestDestructionAction")->isEnabled());
    f.page->keyMenu()->close();
    KeyRequestDialog* dialog = f.open(PaySig2, "requestDestructionAction", "destructionRequestDialog");
    QVERIFY(dialog);
    auto* wait = child<QSpinBox>(dialog, "waitDaysSpin");
    QVERIFY(wait->isVisible());
    QCOMPARE(wait->value(), 7);
    QCOMPARE(wait->minimum(), 1);
    QCOMPARE(wait->maximum(), 30);
    QVERIFY(dialog->effectText().contains(QLatin1String("7 day")));
    wait->setValue(14);
    QVERIFY(dialog->effectText().contains(QLatin1String("14 day")));
    QVERIFY(dialog->effectText().contains(QLatin1String("crypto-shred")));
    // Said before anyone approves: destruction reaches this vault only (issue #12).
    QVERIFY(dialog->effectText().contains(
        QLatin1String("Copies and backups of the vault made before the destruction still hold the private part")));
    QVERIFY(!child<QComboBox>(dialog, "formatCombo")->isVisible());
    // A pasted terminal escape is refused while typing, with the core's words.
    child<QPlainTextEdit>(dialog, "reasonEdit")->setPlainText(QStringLiteral("theft\x1b[8m"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hint().contains(QLatin1String("control character (U+001B) at position 6")), qPrintable(dialog->hint()));
    child<QPlainTextEdit>(dialog, "reasonEdit")->clear();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("revoked after the theft"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<KeyRequestDialog>(f.page.get(), "destructionRequestDialog"));
    const QList<core::Request> pending = f.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().kind, core::RequestKind::Destroy);
    QCOMPARE(pending.constFirst().effect.value(QStringLiteral("waitSecs")).toInteger(), qint64(14) * 24 * 3600);
    QVERIFY(f.key(PaySig2).hasPrivate); // nothing erased before approval and the wait
}

void TestKeyRequestDialog::privateExportToRecipientPublicKeyOnly()
{
    DialogFixture f;
    QVERIFY(f.keys());
    QVERIFY(f.start(false));
    // The recipient: pay-sig-1's public JWK stands in for a partner's key; then its private form.
    QTemporaryDir dir;
    const QString publicPath = dir.filePath(QStringLiteral("recipient.json"));
    const QString privatePath = dir.filePath(QStringLiteral("private.json"));
    QVERIFY(generate(*f.vault, QStringLiteral("partner"), QStringLiteral("partner-enc"), QStringLiteral("partner"),
                     QStringLiteral("ECDH-ES+A256KW")));
    auto partner = core::KeyStore(f.vault->database()).byKid(QStringLiteral("partner"), QStringLiteral("partner-enc"));
    QVERIFY(partner && partner->has_value());
    QVERIFY(f.tv.overwrite(publicPath, QJsonDocument((*partner)->publicJwk).toJson()));
    QJsonObject withPrivate = (*partner)->publicJwk;
    withPrivate.insert(QStringLiteral("d"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    QVERIFY(f.tv.overwrite(privatePath, QJsonDocument(withPrivate).toJson()));
    f.page->refresh();

    KeyRequestDialog* dialog = f.open(PaySig2, "requestExportAction", "exportRequestDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("escrow for the HSM migration"));
    QVERIFY(dialog->okButton()->isEnabled()); // pkcs8: the passphrase comes when collected
    QVERIFY(dialog->effectText().contains(QLatin1String("PKCS#8")));
    auto* format = child<QComboBox>(dialog, "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("jwe")));
    auto* recipient = child<QLineEdit>(dialog, "recipientEdit");
    QVERIFY(recipient->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(recipient, privatePath);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hint().contains(QLatin1String("public JWK only")) || dialog->hint().contains(QLatin1String("not a JWK")),
             qPrintable(dialog->hint()));
    recipient->clear();
    QTest::keyClicks(recipient, publicPath);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QVERIFY(dialog->effectText().contains((*partner)->thumbprint));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<KeyRequestDialog>(f.page.get(), "exportRequestDialog"));
    const QList<core::Request> pending = f.pending();
    QCOMPARE(pending.size(), 1);
    const QJsonObject effect = pending.constFirst().effect;
    QCOMPARE(pending.constFirst().kind, core::RequestKind::ExportPrivate);
    QCOMPARE(effect.value(QStringLiteral("format")).toString(), QStringLiteral("jwe"));
    QCOMPARE(effect.value(QStringLiteral("recipientThumbprint")).toString(), (*partner)->thumbprint);
    QVERIFY(!effect.value(QStringLiteral("recipientJwk")).toObject().contains(QStringLiteral("d")));
}

void TestKeyRequestDialog::requestOnAKeyChangedMeanwhileIsRefused()
{
    DialogFixture f;
    QVERIFY(f.keys());
    QVERIFY(f.start(false));
    QPointer<KeyRequestDialog> dialog = f.open(PaySig1, "requestExportAction", "exportRequestDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("escrow for the HSM migration"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    // Meanwhile pay-sig-1 is rotated away elsewhere: it is in grace now, no longer primary.
    QVERIFY(f.rotateToPrePublished());

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QString message = f.page->messageWidget()->text();
    QVERIFY2(message.contains(QStringLiteral("Key pay-sig-1 was changed by another Keyward program since you opened this "
                                             "dialog (it is now grace). Nothing was changed; review it and try again.")),
        qPrintable(message));
    QVERIFY(f.pending().isEmpty());
}

void TestKeyRequestDialog::destructionNamesTheSamplesItShreds()
{
    DialogFixture f;
    const QString encKid = QStringLiteral("pay-enc-old");
    QVERIFY(f.keys());
    QVERIFY(generate(*f.vault, Payments, encKid, QStringLiteral("payments-team"), QStringLiteral("ECDH-ES+A256KW")));
    // Two archived samples encrypted to the key alone, then the key is revoked (destroyable).
    QTemporaryDir files;
    auto jwk = core::Jwk::fromJson(f.key(encKid).publicJwk);
    QVERIFY(jwk);
    for (const char* name : {"statement-1.jwe", "statement-2.jwe"}) {
        std::vector<core::jose::JweRecipientSpec> to(1);
        to[0].key = jwk->withKid(encKid);
        to[0].alg = QStringLiteral("ECDH-ES+A256KW");
        core::jose::JweEncryptOptions options;
        options.enc = QStringLiteral("A256GCM");
        auto jwe = core::jose::JweEncryptor::encrypt("statement", to, options);
        QVERIFY(jwe);
        QFile file(files.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*jwe);
    }
    QVERIFY(core::samples::SampleImporter(*f.vault).import({files.path()}).ok());
    core::RevokeKeyCommand revoke(*f.vault, {encKid, Payments, QStringLiteral("backup tape lost")});
    QVERIFY2(revoke.run(), "revocation failed");
    QVERIFY(f.start(false));

    KeyRequestDialog* dialog = f.open(encKid, "requestDestructionAction", "destructionRequestDialog");
    QVERIFY(dialog);
    auto* list = child<QListWidget>(dialog, "shredSampleList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QVERIFY(child<QLabel>(dialog, "shredSamplesIntro")->text().contains(QLatin1String("unreadable for good")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("tape lost, data expired"));
    // Unnamed samples hold the request back, with the reason said before submitting.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hint().contains(QLatin1String("Name every listed sample")), qPrintable(dialog->hint()));
    // The officer names the first with the keyboard (Space on the row): one of two is not enough.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(0)).center());
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->effectText().contains(QLatin1String("names 1 archived sample")));
    QTest::mouseClick(child<QPushButton>(dialog, "nameAllSamplesButton"), Qt::LeftButton);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QVERIFY(dialog->effectText().contains(QLatin1String("names 2 archived sample")));
    grabIfAsked(dialog, QStringLiteral("destroy-request-shred.png"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<KeyRequestDialog>(f.page.get(), "destructionRequestDialog"));
    const QList<core::Request> pending = f.pending();
    QCOMPARE(pending.size(), 1);
    const QJsonArray named = pending.constFirst().effect.value(QStringLiteral("shredSamples")).toArray();
    QCOMPARE(named.size(), 2);
    // The approver reads what the crypto-shred makes unreadable in the request's effects.
    bool shown = false;
    for (const EffectRow& row : RequestPresenter::effectRows(pending.constFirst()))
        shown = shown || (row.what.contains(encKid) && row.after.contains(named.at(0).toString().left(12)));
    QVERIFY(shown);
}

QTEST_MAIN(TestKeyRequestDialog)
#include "tst_keyrequestdialog.moc"
