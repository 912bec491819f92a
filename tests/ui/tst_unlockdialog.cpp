// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real unlock dialog: wrong passphrase → inline message and a growing wait, right
// passphrase → an open vault; damaged vaults are named as such.
#include "UiTestSupport.h"

#include "UnlockDelayPolicy.h"
#include "dialogs/UnlockDialog.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

class TestUnlockDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delayPolicyDoublesUpToCap();
    void wrongPassphraseShowsMessageThenRightOneOpens();
    void waitGrowsAfterEachFailure();
    void damagedKeyslotsAreReportedAndUnlockIsDisabled();
    void missingKeyslotsAreReported();
    void foreignDatabaseIsReportedAsDamaged();
    void demoCredentialsAreShown();
};

void TestUnlockDialog::delayPolicyDoublesUpToCap()
{
    const UnlockDelayPolicy policy(1s, 8s);
    QCOMPARE(policy.delayAfter(0), 0ms);
    QCOMPARE(policy.delayAfter(1), 1000ms);
    QCOMPARE(policy.delayAfter(2), 2000ms);
    QCOMPARE(policy.delayAfter(3), 4000ms);
    QCOMPARE(policy.delayAfter(4), 8000ms);
    QCOMPARE(policy.delayAfter(5), 8000ms);
    QCOMPARE(policy.delayAfter(1000), 8000ms);
}

void TestUnlockDialog::wrongPassphraseShowsMessageThenRightOneOpens()
{
    TestVault tv;
    QVERIFY(tv.create());
    UnlockDialog dialog(tv.location, tv.clock, UnlockDelayPolicy(30ms, 200ms));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* combo = child<QComboBox>(&dialog, "officerCombo");
    auto* pass = child<QLineEdit>(&dialog, "passphraseEdit");
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    auto* message = child<MessageWidget>(&dialog, "messageWidget");
    QVERIFY(combo && pass && unlock && message);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
    QVERIFY(!unlock->isEnabled()); // nothing typed yet
    dialog.selectOfficer(QStringLiteral("bob"));
    QCOMPARE(combo->currentText(), QStringLiteral("bob"));

    QTest::keyClicks(pass, QStringLiteral("not bob's passphrase"));
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(pass->text().isEmpty()); // taken out of the field at once
    QTRY_COMPARE(dialog.failedAttempts(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeVault());
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY(message->text().contains(QStringLiteral("Wrong passphrase for bob")));
    grabIfAsked(&dialog, QStringLiteral("unlock-wrong-passphrase.png"));

    // The wait ends by itself; the message stays.
    QTRY_VERIFY(!dialog.isWaiting());
    QVERIFY(message->text().contains(QStringLiteral("Wrong passphrase")));
    QTest::keyClicks(pass, QString::fromLatin1(BobPassphrase));
    QTRY_VERIFY(unlock->isEnabled());
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto vault = dialog.takeVault();
    QVERIFY(vault);
    QCOMPARE(vault->currentOfficer().name, QStringLiteral("bob"));
}

void TestUnlockDialog::waitGrowsAfterEachFailure()
{
    TestVault tv;
    QVERIFY(tv.create());
    UnlockDialog dialog(tv.location, tv.clock, UnlockDelayPolicy(100ms, 10s));
    dialog.show();
    auto* pass = child<QLineEdit>(&dialog, "passphraseEdit");
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    auto* message = child<MessageWidget>(&dialog, "messageWidget");

    qint64 previousWait = 0;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTest::keyClicks(pass, QStringLiteral("wrong passphrase %1").arg(attempt));
        QTRY_VERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_COMPARE(dialog.failedAttempts(), attempt);
        QVERIFY(dialog.isWaiting());
        QVERIFY(!unlock->isEnabled()); // no retry while waiting, even with text typed
        QTest::keyClicks(pass, QStringLiteral("x"));
        QVERIFY(!unlock->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("try again in")));
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaiting(), 5000);
        const qint64 elapsed = waited.elapsed();
        // 100 ms, 200 ms, 400 ms: each wait is longer than the one before.
        QVERIFY2(elapsed >= (50LL << (attempt - 1)), qPrintable(QString::number(elapsed)));
        QVERIFY(elapsed > previousWait / 2);
        previousWait = elapsed;
        pass->clear();
    }
    QVERIFY(dialog.isVisible());
}

void TestUnlockDialog::damagedKeyslotsAreReportedAndUnlockIsDisabled()
{
    TestVault tv;
    QVERIFY(tv.createLocked());
    QVERIFY(tv.overwrite(tv.location.keySlotsPath(), "{ this is not json"));
    const QByteArray before = [&] {
        QFile f(tv.location.databasePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    UnlockDialog dialog(tv.location, tv.clock, UnlockDelayPolicy(10ms, 10ms));
    dialog.show();
    auto* message = child<MessageWidget>(&dialog, "messageWidget");
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY(message->text().contains(QStringLiteral("cannot be opened")));
    QVERIFY(!child<QLineEdit>(&dialog, "passphraseEdit")->isEnabled());
    grabIfAsked(&dialog, QStringLiteral("unlock-damaged.png"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QString::fromLatin1(AlicePassphrase));
    QVERIFY(!unlock->isEnabled());
    // Nothing was written.
    QFile db(tv.location.databasePath());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
}

void TestUnlockDialog::missingKeyslotsAreReported()
{
    TestVault tv;
    QVERIFY(tv.createLocked());
    QVERIFY(QFile::remove(tv.location.keySlotsPath()));
    UnlockDialog dialog(tv.location, tv.clock, UnlockDelayPolicy(10ms, 10ms));
    auto* message = child<MessageWidget>(&dialog, "messageWidget");
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY(message->text().contains(QStringLiteral("cannot be opened")));
    QCOMPARE(child<QComboBox>(&dialog, "officerCombo")->count(), 0);
}

void TestUnlockDialog::foreignDatabaseIsReportedAsDamaged()
{
    TestVault tv;
    QVERIFY(tv.createLocked());
    QVERIFY(tv.overwrite(tv.location.databasePath(), QByteArray(4096, 'Z')));

    UnlockDialog dialog(tv.location, tv.clock, UnlockDelayPolicy(10ms, 10ms));
    dialog.show();
    dialog.selectOfficer(QStringLiteral("alice"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QString::fromLatin1(AlicePassphrase));
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
    auto* message = child<MessageWidget>(&dialog, "messageWidget");
    QTRY_VERIFY(!dialog.isUnlocking());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.failedAttempts(), 0); // not a wrong passphrase
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY2(message->text().contains(QStringLiteral("damaged")), qPrintable(message->text()));
}

void TestUnlockDialog::demoCredentialsAreShown()
{
    TestVault tv;
    QVERIFY(tv.create());
    UnlockDialog dialog(tv.location, tv.clock, UnlockDelayPolicy());
    auto* hint = child<QLabel>(&dialog, "demoHintLabel");
    QVERIFY(hint);
    dialog.show();
    QVERIFY(!hint->isVisible());
    dialog.setDemoCredentials({ { QStringLiteral("alice"), QStringLiteral("alice-demo-passphrase"),
                                  QStringLiteral("admin") } });
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("alice-demo-passphrase")));
}

QTEST_MAIN(TestUnlockDialog)
#include "tst_unlockdialog.moc"
