// SPDX-License-Identifier: GPL-3.0-or-later
// The small reusable widgets and helpers: message bar, passphrase strength, secret input,
// navigation rail badges, officer form validation.
#include "PassphraseStrength.h"
#include "SecretInput.h"
#include "widgets/MessageWidget.h"
#include "widgets/NavigationRail.h"
#include "widgets/OfficerForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace keyward;
using namespace keyward::ui;

class TestUiWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messageWidgetShowsTypesAndCloses();
    void passphraseStrengthGrowsWithLengthAndVariety();
    void takeSecretEmptiesTheField();
    void navigationRailKeepsBadgesPerPage();
    void officerFormReportsFirstProblemAndRoles();
};

void TestUiWidgets::messageWidgetShowsTypesAndCloses()
{
    QWidget host;
    auto* message = new MessageWidget(&host);
    host.show();
    QVERIFY(!message->isVisible());
    message->showMessage(QStringLiteral("Something went wrong"), MessageWidget::Type::Error);
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QCOMPARE(message->text(), QStringLiteral("Something went wrong"));
    auto* close = message->findChild<QToolButton*>(QStringLiteral("messageCloseButton"));
    QVERIFY(close);
    QVERIFY(!close->accessibleName().isEmpty()); // icon-only button
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!message->isVisible());
    QVERIFY(message->text().isEmpty());

    message->setCloseButtonVisible(false);
    message->showMessage(QStringLiteral("<a href=\"page:audit\">open</a>"), MessageWidget::Type::Positive);
    QVERIFY(!close->isVisible());
    QSignalSpy links(message, &MessageWidget::linkActivated);
    auto* text = message->findChild<QLabel*>(QStringLiteral("messageText"));
    Q_EMIT text->linkActivated(QStringLiteral("page:audit"));
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.at(0).at(0).toString(), QStringLiteral("page:audit"));
}

void TestUiWidgets::passphraseStrengthGrowsWithLengthAndVariety()
{
    using Level = PassphraseStrength::Level;
    QCOMPARE(PassphraseStrength::estimate(QString()).level, Level::TooShort);
    QCOMPARE(PassphraseStrength::estimate(QStringLiteral("Short1!")).level, Level::TooShort);
    // Long but one repeated character: still weak.
    QCOMPARE(PassphraseStrength::estimate(QStringLiteral("aaaaaaaaaaaaaaaaaaaa")).level, Level::Weak);
    QCOMPARE(PassphraseStrength::estimate(QStringLiteral("abcdefghijklmnop")).level, Level::Weak);
    const auto words = PassphraseStrength::estimate(QStringLiteral("correct horse battery staple"));
    QVERIFY(words.level >= Level::Strong);
    const auto mixed = PassphraseStrength::estimate(QStringLiteral("Tr0ub4dor&3-Vault-Keeper!"));
    QVERIFY(mixed.level >= Level::Strong);
    QVERIFY(mixed.bits > PassphraseStrength::estimate(QStringLiteral("Tr0ub4dor&3")).bits);
    QVERIFY(words.percent() > 0 && words.percent() <= 100);
    QVERIFY(!words.label().isEmpty());
}

void TestUiWidgets::takeSecretEmptiesTheField()
{
    QLineEdit edit;
    edit.setEchoMode(QLineEdit::Password);
    edit.setText(QStringLiteral("pässphrase 1"));
    const core::SecureBytes secret = takeSecret(&edit);
    QVERIFY(edit.text().isEmpty());
    QCOMPARE(QByteArray(secret.constChars(), secret.isize()), QStringLiteral("pässphrase 1").toUtf8());
}

void TestUiWidgets::navigationRailKeepsBadgesPerPage()
{
    NavigationRail rail;
    rail.addPage(QStringLiteral("a"), QIcon(), QStringLiteral("Alpha"));
    rail.addPage(QStringLiteral("b"), QIcon(), QStringLiteral("Beta"));
    QCOMPARE(rail.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(rail.rowOf(QStringLiteral("zzz")), -1);
    rail.setBadge(QStringLiteral("b"), 12);
    QCOMPARE(rail.badge(QStringLiteral("b")), 12);
    QCOMPARE(rail.badge(QStringLiteral("a")), 0);
    rail.setBadge(QStringLiteral("b"), -3);
    QCOMPARE(rail.badge(QStringLiteral("b")), 0);
    rail.selectPage(QStringLiteral("b"));
    QCOMPARE(rail.currentPageId(), QStringLiteral("b"));
    rail.show();
    QVERIFY(rail.sizeHint().width() > 80);
}

void TestUiWidgets::officerFormReportsFirstProblemAndRoles()
{
    OfficerForm form;
    QSignalSpy changed(&form, &OfficerForm::changed);
    QVERIFY(!form.isValid());
    QVERIFY(form.problem().contains(QStringLiteral("name")));
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("dave"));
    QVERIFY(changed.count() > 0);
    QVERIFY(form.problem().contains(QStringLiteral("role")));
    form.requireRole(core::Role::Auditor);
    QCOMPARE(form.roles(), QList<core::Role>({ core::Role::Auditor }));
    QVERIFY(!form.findChild<QCheckBox*>(QStringLiteral("roleAuditorCheck"))->isEnabled());
    form.setInputEnabled(true); // a required role stays locked
    QVERIFY(!form.findChild<QCheckBox*>(QStringLiteral("roleAuditorCheck"))->isEnabled());
    QVERIFY(form.problem().contains(QStringLiteral("passphrase")));
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), QStringLiteral("a long passphrase"));
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("a long passphrase"));
    QVERIFY2(form.isValid(), qPrintable(form.problem()));
    form.setTakenNames({ QStringLiteral("DAVE") });
    QVERIFY(form.problem().contains(QStringLiteral("already exists")));
    form.setTakenNames({});
    const core::SecureBytes secret = form.takePassphrase();
    QCOMPARE(QByteArray(secret.constChars(), secret.isize()), QByteArray("a long passphrase"));
    QVERIFY(form.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->text().isEmpty());
    QVERIFY(form.findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->text().isEmpty());
    QVERIFY(!form.isValid());
}

QTEST_MAIN(TestUiWidgets)
#include "tst_uiwidgets.moc"
