// SPDX-License-Identifier: GPL-3.0-or-later
// Officer changes on the Officers page (SPEC §2, §4): the bootstrap's second officer is added at
// once; afterwards adding an officer (who still types their own passphrase), changing roles and
// removing an officer are two-person requests that change nothing until a second officer approves.
#include "UiTestSupport.h"

#include "RequestService.h"
#include "UnlockDelayPolicy.h"
#include "dialogs/AddOfficerDialog.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/EnrollOfficerDialog.h"
#include "dialogs/UnlockDialog.h"
#include "dialogs/OfficerRequestDialog.h"
#include "models/OfficerModel.h"
#include "pages/OfficersPage.h"
#include "requests/OfficerRequestDrafts.h"
#include "vault/OfficerCredential.h"
#include "widgets/MessageWidget.h"
#include "widgets/OfficerForm.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QTimer>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

namespace {

struct OfficersFixture {
    TestVault tv;
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<OfficersPage> page;

    bool start(bool withApprover)
    {
        vault = tv.create(withApprover);
        if (!vault)
            return false;
        page = std::make_unique<OfficersPage>(*vault, fixedKdf(core::KdfParams::forTests()));
        page->resize(1000, 600);
        page->show();
        return QTest::qWaitForWindowExposed(page.get());
    }

    QAction* action(const char* name) const { return child<QAction>(page.get(), name); }
    QTableView* table() const { return child<QTableView>(page.get(), "officersTable"); }

    void clickOfficer(const QString& name) const
    {
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table()->model());
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, OfficerModel::NameColumn);
            if (index.data(OfficerModel::SortRole).toString() == name) {
                QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
                return;
            }
        }
        QFAIL("officer not listed");
    }

    template <typename Dialog>
    Dialog* dialog(const char* name) const
    {
        Dialog* found = nullptr;
        const bool shown = QTest::qWaitFor([&] { return (found = child<Dialog>(page.get(), name)) && found->isVisible(); });
        return shown ? found : nullptr;
    }

    QList<core::Request> pending()
    {
        RequestService service(*vault);
        auto listed = service.engine().list({ core::RequestState::Pending });
        return listed ? listed.value() : QList<core::Request>();
    }
};

} // namespace

class TestOfficersPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bootstrapAddsTheApproverAtOnce();
    void addingAnOfficerAfterTheBootstrapIsARequest();
    void roleChangeAndRemovalAreRequests();
    void roleChangeOnAnOfficerChangedElsewhereIsRefused();
};

void TestOfficersPage::bootstrapAddsTheApproverAtOnce()
{
    OfficersFixture f;
    QVERIFY(f.start(false));
    f.action("addOfficerAction")->trigger();
    auto* dialog = f.dialog<AddOfficerDialog>("addOfficerDialog");
    QVERIFY(dialog);
    QVERIFY(!dialog->submitsRequest());
    QVERIFY(!child<QLineEdit>(dialog, "reasonEdit")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("bob"));
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromLatin1(BobPassphrase));
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QString::fromLatin1(BobPassphrase));
    QVERIFY2(dialog->addButton()->isEnabled(), qPrintable(dialog->form()->problem()));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<AddOfficerDialog>(f.page.get(), "addOfficerDialog"));
    QCOMPARE(f.table()->model()->rowCount(), 2);
    QVERIFY(f.vault->isOperational());
    QVERIFY(f.pending().isEmpty());
    // The fingerprint of the signed roster is shown, and the bootstrap did not change it.
    QVERIFY(!f.vault->fingerprint().isEmpty());
    QVERIFY(child<QLabel>(f.page.get(), "vaultFingerprintLabel")->text().contains(f.vault->fingerprint()));
}

void TestOfficersPage::addingAnOfficerAfterTheBootstrapIsARequest()
{
    OfficersFixture f;
    QVERIFY(f.start(true));
    f.action("addOfficerAction")->trigger();
    auto* dialog = f.dialog<AddOfficerDialog>("addOfficerDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->submitsRequest());
    QCOMPARE(dialog->addButton()->text(), AddOfficerDialog::tr("&Request officer"));
    // Issue #12: the requester does not choose carol's passphrase; she does when she enrolls.
    QVERIFY(!child<QLineEdit>(dialog, "passphraseEdit")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("carol"));
    QTest::mouseClick(child<QWidget>(dialog, "roleAuditorCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    // The form is complete, but a request needs the reason the approver signs.
    QVERIFY2(dialog->form()->isValid(), qPrintable(dialog->form()->problem()));
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("carol audits the payments keys"));
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    // Half A is shown once, in the dialog, for alice to hand over.
    QTRY_VERIFY(dialog->halfAEdit() && dialog->halfAEdit()->isVisible());
    const QString halfA = dialog->halfAEdit()->text();
    QVERIFY(halfA.startsWith(QLatin1String("keyward-half-a.")));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<AddOfficerDialog>(f.page.get(), "addOfficerDialog"));

    // Nothing changed yet: two officers, one pending officer-add carrying half A's public keys only.
    QCOMPARE(f.table()->model()->rowCount(), 2);
    const QList<core::Request> pending = f.pending();
    QCOMPARE(pending.size(), 1);
    const core::Request request = pending.constFirst();
    QCOMPARE(request.kind, core::RequestKind::OfficerAdd);
    QCOMPARE(request.subject, QStringLiteral("carol"));
    QCOMPARE(request.reason, QStringLiteral("carol audits the payments keys"));
    QCOMPARE(request.effect.value(QStringLiteral("roles")).toArray().first().toString(), QStringLiteral("auditor"));
    QVERIFY(request.effect.contains(QStringLiteral("enrollment")));

    // bob approves, then takes half B from his own session.
    RequestService service(*f.vault);
    auto bob = f.vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
    QVERIFY(bob);
    auto approved = service.engine().approve(request.id, bob.value());
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.message()));
    QCOMPARE(approved->state, core::RequestState::Executed);
    QString halfB;
    {
        auto bobSession = f.tv.open(QStringLiteral("bob"), BobPassphrase);
        QVERIFY(bobSession);
        auto half = bobSession->enrollmentHalf(QStringLiteral("carol"));
        QVERIFY(half);
        halfB = QString::fromLatin1(half->constChars(), half->isize());
    }
    f.page.reset();
    f.vault->lock();
    f.vault.reset();

    // carol's first run: the unlock dialog offers "Enroll…"; with half A only, Enroll stays off.
    UnlockDialog unlock(f.tv.location, f.tv.clock, UnlockDelayPolicy(30ms, 200ms));
    unlock.offerEnrollment(fixedKdf(core::KdfParams::forTests()));
    unlock.show();
    QVERIFY(unlock.enrollButton() && unlock.enrollButton()->isVisible());
    QTimer::singleShot(0, &unlock, [&] {
        auto* enroll = child<EnrollOfficerDialog>(&unlock, "enrollOfficerDialog");
        QVERIFY(enroll);
        QCOMPARE(enroll->officerBox()->currentText(), QStringLiteral("carol"));
        QTest::keyClicks(enroll->halfAEdit(), halfA);
        QTest::keyClicks(enroll->passphraseEdit(), QStringLiteral("carol keeps the ledger"));
        QTest::keyClicks(enroll->repeatEdit(), QStringLiteral("carol keeps the ledger"));
        QVERIFY(!enroll->enrollButton()->isEnabled());
        QVERIFY(enroll->enrollButton()->toolTip().contains(QLatin1String("both halves")));
        QTest::keyClicks(enroll->halfBEdit(), halfB);
        QVERIFY2(enroll->enrollButton()->isEnabled(), qPrintable(enroll->enrollButton()->toolTip()));
        grabIfAsked(enroll, QStringLiteral("enroll-dialog.png"));
        QTest::mouseClick(enroll->enrollButton(), Qt::LeftButton);
    });
    QTest::mouseClick(unlock.enrollButton(), Qt::LeftButton);
    QCOMPARE(unlock.result(), int(QDialog::Accepted));
    std::unique_ptr<core::Vault> carol = unlock.takeVault();
    QVERIFY(carol);
    QCOMPARE(carol->currentOfficer().name, QStringLiteral("carol"));
    QVERIFY(carol->currentOfficer().hasRole(core::Role::Auditor));

    // Vault → Change passphrase…: the old one is required, then only the new one opens.
    ChangePassphraseDialog change(*carol, fixedKdf(core::KdfParams::forTests()));
    change.show();
    QVERIFY(QTest::qWaitForWindowExposed(&change));
    QTest::keyClicks(change.currentEdit(), QStringLiteral("not carol's passphrase"));
    QTest::keyClicks(change.newEdit(), QStringLiteral("carol's second passphrase"));
    QTest::keyClicks(change.repeatEdit(), QStringLiteral("carol's second passphrase"));
    grabIfAsked(&change, QStringLiteral("change-passphrase-dialog.png"));
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    QVERIFY(change.isVisible());
    QVERIFY(child<MessageWidget>(&change, "changePassphraseMessage")->text().contains(QLatin1String("wrong")));
    QTest::keyClicks(change.currentEdit(), QStringLiteral("carol keeps the ledger"));
    QTest::keyClicks(change.newEdit(), QStringLiteral("carol's second passphrase"));
    QTest::keyClicks(change.repeatEdit(), QStringLiteral("carol's second passphrase"));
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    QCOMPARE(change.result(), int(QDialog::Accepted));
    carol->lock();
    QVERIFY(!f.tv.open(QStringLiteral("carol"), "carol keeps the ledger"));
    QVERIFY(f.tv.open(QStringLiteral("carol"), "carol's second passphrase"));
}

void TestOfficersPage::roleChangeAndRemovalAreRequests()
{
    OfficersFixture f;
    QVERIFY(f.start(true));
    auto* roles = f.action("changeRolesAction");
    auto* removal = f.action("requestOfficerRemovalAction");
    QVERIFY(!roles->isEnabled()); // nobody selected
    f.clickOfficer(QStringLiteral("alice"));
    QVERIFY(roles->isEnabled());
    QVERIFY(!removal->isEnabled()); // one's own removal is someone else's request
    f.clickOfficer(QStringLiteral("bob"));
    QVERIFY(removal->isEnabled());

    roles->trigger();
    auto* dialog = f.dialog<OfficerRequestDialog>("roleChangeDialog");
    QVERIFY(dialog);
    QVERIFY(child<QCheckBox>(dialog, "roleApproverCheck")->isChecked());
    QVERIFY(!dialog->okButton()->isEnabled()); // same roles as now
    QTest::mouseClick(child<QCheckBox>(dialog, "roleAuditorCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(dialog->effectText().contains(QLatin1String("approver, auditor")));
    QVERIFY(dialog->hint().contains(QLatin1String("reason")));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("bob reviews the audit log"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<OfficerRequestDialog>(f.page.get(), "roleChangeDialog"));

    // Removing the only approver is refused by the core, shown inline; nothing is stored.
    f.clickOfficer(QStringLiteral("bob"));
    removal->trigger();
    dialog = f.dialog<OfficerRequestDialog>("officerRemovalDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->effectText().contains(QLatin1String("re-keyed")));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("bob leaves the company"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->messageText().isEmpty());
    QVERIFY2(dialog->messageText().contains(QLatin1String("approver")), qPrintable(dialog->messageText()));
    QCOMPARE(f.pending().size(), 1);
    dialog->reject();
    QTRY_VERIFY(!child<OfficerRequestDialog>(f.page.get(), "officerRemovalDialog"));

    // carol joins through an approved request; her removal is then a request like any other.
    {
        RequestService service(*f.vault);
        auto draft = core::OfficerRequestDrafts::officerAdd(*f.vault, QStringLiteral("carol"), { core::Role::Auditor },
                                                            secret("carol keeps the ledger"), core::KdfParams::forTests(),
                                                            QStringLiteral("audits"));
        QVERIFY(draft);
        auto added = service.engine().submit(std::move(draft).value());
        QVERIFY(added);
        auto bob = f.vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
        QVERIFY(bob);
        auto approved = service.engine().approve(added->id, bob.value());
        QVERIFY(approved && approved->state == core::RequestState::Executed);
    }
    f.page->refresh();
    f.clickOfficer(QStringLiteral("carol"));
    QVERIFY(removal->isEnabled());
    removal->trigger();
    dialog = f.dialog<OfficerRequestDialog>("officerRemovalDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("carol's audit is done"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!child<OfficerRequestDialog>(f.page.get(), "officerRemovalDialog"));

    const QList<core::Request> pending = f.pending();
    QCOMPARE(pending.size(), 2);
    QSet<QString> asked;
    for (const core::Request& request : pending)
        asked.insert(request.subject + QLatin1Char(':') + core::requestKindName(request.kind));
    QVERIFY(asked.contains(QStringLiteral("bob:role-change")));
    QVERIFY(asked.contains(QStringLiteral("carol:officer-remove")));
    QCOMPARE(f.table()->model()->rowCount(), 3); // carol stays until approval
    // bob still holds exactly his roles until approval.
    auto officers = f.vault->officers();
    QVERIFY(officers);
    for (const core::Officer& officer : officers.value()) {
        if (officer.name == QLatin1String("bob"))
            QCOMPARE(officer.roles, QList<core::Role> { core::Role::Approver });
    }
}

void TestOfficersPage::roleChangeOnAnOfficerChangedElsewhereIsRefused()
{
    OfficersFixture f;
    QVERIFY(f.start(true));
    f.clickOfficer(QStringLiteral("bob"));
    f.action("changeRolesAction")->trigger();
    auto* dialog = f.dialog<OfficerRequestDialog>("roleChangeDialog");
    QVERIFY(dialog);
    QTest::mouseClick(child<QCheckBox>(dialog, "roleKeyOfficerCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("bob registers keys too"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hint()));

    // Meanwhile, elsewhere, bob became an auditor as well (requested by alice, approved by bob).
    RequestService service(*f.vault);
    auto draft = core::OfficerRequestDrafts::roleChange(
        QStringLiteral("bob"), { core::Role::Approver, core::Role::Auditor }, QStringLiteral("audits"));
    QVERIFY(draft);
    const auto submitted = service.engine().submit(std::move(draft).value());
    QVERIFY(submitted);
    auto bob = f.vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
    QVERIFY(bob);
    const auto approved = service.engine().approve(submitted->id, bob.value());
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.message()));
    QCOMPARE(approved->state, core::RequestState::Executed);

    // alice's request was drafted against roles bob no longer holds: refused, nothing stored.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    const QString message = child<MessageWidget>(dialog, "messageWidget")->text();
    QVERIFY2(message.contains(QStringLiteral("Officer bob was changed by another Keyward program since you opened this "
                                             "dialog (they now hold approver, auditor). Nothing was changed")),
        qPrintable(message));
    QVERIFY(f.pending().isEmpty());
}

QTEST_MAIN(TestOfficersPage)
#include "tst_officerspage.moc"
