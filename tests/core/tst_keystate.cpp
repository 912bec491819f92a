// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeyFlags.h"
#include "keys/KeyState.h"

#include <QTest>

using namespace keyward::core;

class TestKeyState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void names();
    void publication();
    void flags_data();
    void flags();
};

void TestKeyState::transitions_data()
{
    QTest::addColumn<KeyState>("from");
    QTest::addColumn<KeyState>("to");
    QTest::addColumn<bool>("allowed");
    // Every ordered pair: the SPEC §3 table allows exactly these.
    const QList<QPair<KeyState, KeyState>> allowed = {
        { KeyState::Pending, KeyState::Active }, { KeyState::Pending, KeyState::Revoked },
        { KeyState::Pending, KeyState::Destroyed }, { KeyState::Active, KeyState::Grace },
        { KeyState::Active, KeyState::Retired }, { KeyState::Active, KeyState::Revoked },
        { KeyState::Grace, KeyState::Retired }, { KeyState::Grace, KeyState::Revoked },
        { KeyState::Retired, KeyState::Revoked }, { KeyState::Retired, KeyState::Destroyed },
        { KeyState::Revoked, KeyState::Destroyed },
    };
    for (KeyState from : allKeyStates()) {
        for (KeyState to : allKeyStates()) {
            const QByteArray name = (keyStateName(from) + QStringLiteral("->") + keyStateName(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowed.contains({ from, to });
        }
    }
}

void TestKeyState::transitions()
{
    QFETCH(KeyState, from);
    QFETCH(KeyState, to);
    QFETCH(bool, allowed);
    QCOMPARE(KeyStateMachine::canTransition(from, to), allowed);
    const Status status = KeyStateMachine::checkTransition(from, to);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.code(), ErrorCode::Refused);
        QVERIFY(!status.message().isEmpty());
    }
}

void TestKeyState::names()
{
    for (KeyState state : allKeyStates())
        QCOMPARE(keyStateFromName(keyStateName(state)), std::optional<KeyState>(state));
    QCOMPARE(keyStateFromName(QStringLiteral("bogus")), std::nullopt);
    QCOMPARE(keyStateNistName(KeyState::Revoked), QStringLiteral("compromised"));
    QCOMPARE(keyUseFromName(QStringLiteral("enc")), std::optional<KeyUse>(KeyUse::Enc));
    QCOMPARE(keyUseFromName(QStringLiteral("both")), std::nullopt);
}

void TestKeyState::publication()
{
    QVERIFY(KeyStateMachine::isPublished(KeyState::Active, KeyUse::Enc));
    QVERIFY(KeyStateMachine::isPublished(KeyState::Grace, KeyUse::Sig));
    QVERIFY(!KeyStateMachine::isPublished(KeyState::Grace, KeyUse::Enc));
    QVERIFY(!KeyStateMachine::isPublished(KeyState::Pending, KeyUse::Sig));
    QVERIFY(KeyStateMachine::isPublished(KeyState::Pending, KeyUse::Sig, true));
    QVERIFY(!KeyStateMachine::isPublished(KeyState::Revoked, KeyUse::Sig));
    QVERIFY(KeyStateMachine::allowsNewOperations(KeyState::Active, true));
    QVERIFY(!KeyStateMachine::allowsNewOperations(KeyState::Active, false));
    QVERIFY(KeyStateMachine::allowsDecryptOrVerify(KeyState::Retired, KeyUse::Enc));
    QVERIFY(!KeyStateMachine::allowsDecryptOrVerify(KeyState::Retired, KeyUse::Sig));
    QVERIFY(!KeyStateMachine::allowsDecryptOrVerify(KeyState::Destroyed, KeyUse::Enc));
}

void TestKeyState::flags_data()
{
    QTest::addColumn<KeyState>("state");
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<int>("expiresInDays");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fresh") << KeyState::Active << 1 << 200 << QStringLiteral("ES256") << QStringList();
    QTest::newRow("past-cryptoperiod") << KeyState::Active << 91 << 200 << QStringLiteral("ES256")
                                       << QStringList { QStringLiteral("past-cryptoperiod") };
    QTest::newRow("warn-30") << KeyState::Active << 1 << 20 << QStringLiteral("ES256")
                             << QStringList { QStringLiteral("expiring-soon") };
    QTest::newRow("warn-7") << KeyState::Grace << 1 << 3 << QStringLiteral("ES256")
                            << QStringList { QStringLiteral("expiring-imminently") };
    QTest::newRow("expired-active") << KeyState::Active << 10 << -1 << QStringLiteral("ES256")
                                    << QStringList { QStringLiteral("expired") };
    QTest::newRow("retired-not-flagged") << KeyState::Retired << 400 << -100 << QStringLiteral("ES256") << QStringList();
    QTest::newRow("no-alg") << KeyState::Retired << 1 << 100 << QString() << QStringList { QStringLiteral("no-alg-pinned") };
}

void TestKeyState::flags()
{
    QFETCH(KeyState, state);
    QFETCH(int, ageDays);
    QFETCH(int, expiresInDays);
    QFETCH(QString, alg);
    QFETCH(QStringList, expected);
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    KeyRecord key;
    key.state = state;
    key.alg = alg;
    key.createdAt = now.addDays(-ageDays);
    key.expiresAt = now.addDays(expiresInDays);
    const KeyFlags flags = computeKeyFlags(key, KeySetPolicy(), now);
    QCOMPARE(keyFlagNames(flags), expected);
    QCOMPARE(keyFlagDescriptions(flags).size(), expected.size());
}

QTEST_GUILESS_MAIN(TestKeyState)
#include "tst_keystate.moc"
