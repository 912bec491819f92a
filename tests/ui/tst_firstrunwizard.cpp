// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real first-run wizard: as-you-type validation, the bootstrap's second officer and a
// vault that core opens afterwards.
#include "UiTestSupport.h"

#include "audit/AuditLog.h"
#include "widgets/OfficerForm.h"
#include "wizard/FirstRunWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

class TestFirstRunWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsVaultWithTwoOfficersEndToEnd();
    void finishStaysDisabledUntilSecondOfficerIsValid();
    void cancelLeavesNoVault();

private:
    // Shows the wizard and fills the first officer's page; returns on the second officer's page.
    static void reachSecondPage(FirstRunWizard& wizard);
    static void fillOfficer(QWizardPage* page, const QString& name, const QString& passphrase,
                            const QString& confirm);
};

void TestFirstRunWizard::fillOfficer(QWizardPage* page, const QString& name, const QString& passphrase,
                                     const QString& confirm)
{
    auto* nameEdit = child<QLineEdit>(page, "nameEdit");
    auto* passEdit = child<QLineEdit>(page, "passphraseEdit");
    auto* confirmEdit = child<QLineEdit>(page, "confirmEdit");
    QVERIFY(nameEdit && passEdit && confirmEdit);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(passEdit, passphrase);
    QTest::keyClicks(confirmEdit, confirm);
}

void TestFirstRunWizard::reachSecondPage(FirstRunWizard& wizard)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    fillOfficer(wizard.currentPage(), QStringLiteral("alice"), QString::fromLatin1(AlicePassphrase),
                QString::fromLatin1(AlicePassphrase));
    wizard.next();
    QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("secondOfficerPage"));
}

void TestFirstRunWizard::createsVaultWithTwoOfficersEndToEnd()
{
    TestVault tv;
    FirstRunWizard wizard(tv.location, tv.clock, fixedKdf(core::KdfParams::forTests()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Page 1 shows where the vault goes.
    QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("welcomePage"));
    auto* location = child<QLabel>(&wizard, "locationLabel");
    QVERIFY(location);
    QVERIFY(location->text().endsWith(QStringLiteral("test.keyward")));
    grabIfAsked(&wizard, QStringLiteral("wizard-welcome.png"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    // Page 2: the first officer. Next waits for a valid form.
    QWizardPage* first = wizard.currentPage();
    QCOMPARE(first->objectName(), QStringLiteral("firstOfficerPage"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QCheckBox>(first, "roleAdminCheck")->isChecked());
    fillOfficer(first, QStringLiteral("alice"), QString::fromLatin1(AlicePassphrase), QStringLiteral("typo"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(child<QLabel>(first, "problemLabel")->text(), QStringLiteral("The two passphrases differ."));
    auto* confirm = child<QLineEdit>(first, "confirmEdit");
    confirm->clear();
    QTest::keyClicks(confirm, QString::fromLatin1(AlicePassphrase));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(first, "problemLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>(first, "strengthLabel")->text().isEmpty());
    grabIfAsked(&wizard, QStringLiteral("wizard-first-officer.png"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    // The passphrase left the widgets at once.
    QVERIFY(child<QLineEdit>(first, "passphraseEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(first, "confirmEdit")->text().isEmpty());

    // Page 3: the second officer types their own passphrase; approver is required.
    QWizardPage* second = wizard.currentPage();
    QCOMPARE(second->objectName(), QStringLiteral("secondOfficerPage"));
    QVERIFY(child<QLabel>(second, "secondOfficerNote")->text().contains(QStringLiteral("own")));
    auto* approver = child<QCheckBox>(second, "roleApproverCheck");
    QVERIFY(approver->isChecked());
    QVERIFY(!approver->isEnabled());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    fillOfficer(second, QStringLiteral("bob"), QString::fromLatin1(BobPassphrase), QString::fromLatin1(BobPassphrase));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    grabIfAsked(&wizard, QStringLiteral("wizard-second-officer.png"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(second, "passphraseEdit")->text().isEmpty());

    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    std::unique_ptr<core::Vault> vault = wizard.takeVault();
    QVERIFY(vault);
    QCOMPARE(vault->currentOfficer().name, QStringLiteral("alice"));
    QVERIFY(vault->isOperational());
    const auto officers = vault->officers();
    QVERIFY(officers);
    QCOMPARE(officers->size(), 2);
    QVERIFY(vault->audit().verify().intact);
    vault->lock();
    vault.reset();

    // Core opens it again, as each officer with their own passphrase — and not with the other's.
    QVERIFY(tv.location.exists());
    auto asBob = tv.open(QStringLiteral("bob"), BobPassphrase);
    QVERIFY(asBob);
    QVERIFY(asBob->currentOfficer().hasRole(core::Role::Approver));
    asBob->lock();
    asBob.reset();
    QVERIFY(tv.open(QStringLiteral("alice"), AlicePassphrase));
    auto wrong = core::Vault::open(tv.location, QStringLiteral("alice"), secret(BobPassphrase), tv.clock);
    QVERIFY(!wrong);
    QCOMPARE(wrong.code(), core::ErrorCode::AuthenticationFailed);
}

void TestFirstRunWizard::finishStaysDisabledUntilSecondOfficerIsValid()
{
    TestVault tv;
    FirstRunWizard wizard(tv.location, tv.clock, fixedKdf(core::KdfParams::forTests()));
    reachSecondPage(wizard);
    QWizardPage* second = wizard.currentPage();
    QCOMPARE(second->objectName(), QStringLiteral("secondOfficerPage"));
    auto* problem = child<QLabel>(second, "problemLabel");

    // The first officer's name is taken.
    fillOfficer(second, QStringLiteral("alice"), QString::fromLatin1(BobPassphrase), QString::fromLatin1(BobPassphrase));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("already exists")));

    // Too short a passphrase.
    auto* name = child<QLineEdit>(second, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("bob"));
    auto* pass = child<QLineEdit>(second, "passphraseEdit");
    auto* confirm = child<QLineEdit>(second, "confirmEdit");
    pass->clear();
    confirm->clear();
    QTest::keyClicks(pass, QStringLiteral("short"));
    QTest::keyClicks(confirm, QStringLiteral("short"));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("at least 12")));

    // An invalid name.
    pass->clear();
    confirm->clear();
    QTest::keyClicks(pass, QString::fromLatin1(BobPassphrase));
    QTest::keyClicks(confirm, QString::fromLatin1(BobPassphrase));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::keyClicks(name, QStringLiteral(" smith/"));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("bob"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!tv.location.exists()); // nothing written before Finish
}

void TestFirstRunWizard::cancelLeavesNoVault()
{
    TestVault tv;
    FirstRunWizard wizard(tv.location, tv.clock, fixedKdf(core::KdfParams::forTests()));
    reachSecondPage(wizard);
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!wizard.hasVault());
    QVERIFY(!QFile::exists(tv.location.databasePath()));
    QVERIFY(!QFile::exists(tv.location.keySlotsPath()));
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
