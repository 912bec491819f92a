// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, "output that cannot lie", through keyward-cli: a reason with a control character is
// refused at input, and text that reached the vault another way (an old vault, or vault.db edited
// with the master key — done here in-process) is printed escaped: `ESC[8m` shows as `\u001b[8m`,
// never reaches the terminal, and cannot hide or fake the `effect:` line an approver reads.

#include "CliRequestsFixture.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QRegularExpression>

using namespace keyward::core;

namespace {

// The raw bytes that would drive a terminal: ESC, CSI as C1 (UTF-8 C2 9B), RLO (E2 80 AE).
bool holdsTerminalControls(const QByteArray& bytes)
{
    return bytes.contains('\x1b') || bytes.contains("\xc2\x9b") || bytes.contains("\xe2\x80\xae")
        || bytes.contains('\r');
}

} // namespace

class TestCliTerminalText : public QObject, protected CliRequestsFixture {
    Q_OBJECT

    // What someone holding the master key writes straight into vault.db, past every check.
    bool tamper(const QString& sql)
    {
        const ManualClock clock(kStart);
        const char* secret = "alice passphrase";
        Result<std::unique_ptr<Vault>> vault = Vault::open(VaultLocation { path(QStringLiteral("vault")) },
                                                           QStringLiteral("alice"), SecureBytes(secret, std::strlen(secret)), clock);
        if (!vault.ok()) {
            qWarning() << vault.message();
            return false;
        }
        const Status done = (*vault)->database().exec(sql);
        if (!done.ok())
            qWarning() << done.message();
        return done.ok();
    }

private Q_SLOTS:
    void init() { setUpVault(); }

    void controlCharacterInReasonIsRefused()
    {
        const Run run = cli({ QStringLiteral("request"), QStringLiteral("rotate"), QStringLiteral("pay-1"),
                              QStringLiteral("--reason"), QStringLiteral("routine\x1b[8m") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("The reason contains a control character (U+001B) at position 8; "
                                                 "control characters are not allowed.")),
                 qPrintable(run.err));
        QVERIFY(!holdsTerminalControls(run.err.toUtf8()));
        QVERIFY(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") }).array().isEmpty());
    }

    void storedControlsArePrintedEscaped()
    {
        const qint64 id = requestRotation();
        QVERIFY(id > 0);
        // ESC[8m (conceal), a C1 CSI, a right-to-left override, then a forged effect line.
        QVERIFY(tamper(QStringLiteral("UPDATE requests SET reason = 'routine' || char(27) || '[8m' || char(155) || "
                                      "char(8238) || char(13) || char(10) || 'effect: nothing happens', "
                                      "subject = 'pay-1' || char(27) || '[2J' WHERE id = %1")
                           .arg(id)));

        const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id) }, QStringLiteral("bob"));
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(!holdsTerminalControls(shown.out), shown.out.constData());
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.contains(QStringLiteral("reason: routine\\u001b[8m\\u009b\\u202e\\u000d\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Rotation of pay-1\\u001b[2J")), qPrintable(text));
        // Exactly one line starts with "effect:", and it is Keyward's: the forged one is indented
        // under the reason it belongs to.
        const QStringList effects = text.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^effect:")));
        QCOMPARE(effects.size(), 1);
        QVERIFY2(effects.first().contains(QStringLiteral("becomes primary in place of pay-1")), qPrintable(effects.first()));
        QVERIFY(text.contains(QStringLiteral("\n        effect: nothing happens\n")));

        // The list and stderr messages quoting the subject are escaped too.
        const Run listed = cli({ QStringLiteral("request"), QStringLiteral("list") }, QStringLiteral("bob"));
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!holdsTerminalControls(listed.out), listed.out.constData());
        QVERIFY(listed.out.contains("pay-1\\u001b[2J"));

        // JSON escapes every such character as \uXXXX and still parses back to the stored text.
        const Run json = cli({ QStringLiteral("request"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") },
                             QStringLiteral("bob"));
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(!holdsTerminalControls(json.out), json.out.constData());
        QCOMPARE(json.object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("routine\x1b[8m") + QChar(0x9B) + QChar(0x202E) + QStringLiteral("\r\neffect: nothing happens"));
    }
};

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminal_text.moc"
