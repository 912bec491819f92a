// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped keyward-cli links the production Argon2id limits (core/vault/KdfLimits.h): a slot
// made with KdfParams::forTests() — which this test, linking the test limits, can still make — is
// refused as below the floor, both when the CLI would make one and when it finds one in a vault.

#include "CliProcess.h"
#include "common/Clock.h"
#include "vault/Vault.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyward::core;

class TestCliKdfFloor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // KEYWARD_KDF=test is asked for as the test suite did before test costs left the shipped
    // binary: this one must not take it.
    static keyward::test::CliRun cli(const QStringList& arguments)
    {
        return keyward::test::runCli(QStringLiteral(KEYWARD_CLI_PATH), arguments);
    }

    QString passphraseFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("alice.pw"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write("alice passphrase");
        return path;
    }

private Q_SLOTS:
    void shippedCliRefusesTestCostInAVault()
    {
        const QString vaultDir = m_dir.filePath(QStringLiteral("vault"));
        const ManualClock clock;
        {
            const char* secret = "alice passphrase";
            Result<std::unique_ptr<Vault>> vault
                = Vault::create(VaultLocation { vaultDir }, QStringLiteral("alice"), { Role::Admin },
                    SecureBytes(secret, std::strlen(secret)), KdfParams::forTests(), clock);
            QVERIFY(vault.ok());
        }
        const keyward::test::CliRun run = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--vault"),
            vaultDir, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--passphrase-file"),
            passphraseFile() });
        QVERIFY2(run.exitCode > 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(
                     QStringLiteral("The keyslot of alice asks for 1 MiB of Argon2 memory, below Keyward's "
                                    "floor of 64 MiB: keyslots.json was damaged or tampered with.")),
            qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Wrong passphrase")));
    }
    // The shipped CLI never makes a slot at the test cost either: it does not read KEYWARD_KDF at all
    // (tst_cli_shipped checks `init` with KEYWARD_KDF=test writes the calibrated cost).
};

QTEST_GUILESS_MAIN(TestCliKdfFloor)
#include "tst_cli_kdf_floor.moc"
