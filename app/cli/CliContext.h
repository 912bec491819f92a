// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every command needs: the parsed global options, stdout/stderr, exit codes (SPEC §8),
// passphrase files and opening the vault as the --as officer.

#include "ArgParser.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace keyward::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1, // refused or failed
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitIntegrity = 4, // verification or integrity failure
};

class CliContext {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::CliContext)
public:
    // `clock` is the real time; only keyward-cli-testhooks may replace it (m_testClock).
    CliContext(ParsedArgs args, const core::Clock& clock);

    const ParsedArgs& args() const { return m_args; }
    bool json() const { return m_args.json; }
    QStringList optionValues(const QString& name) const { return m_args.options.value(name); }
    QString optionValue(const QString& name) const;
    bool hasOption(const QString& name) const { return m_args.options.contains(name); }
    const core::Clock& clock() const { return m_testClock ? *m_testClock : m_clock; }

    core::VaultLocation location() const;
    // The calibrated production cost. Only keyward-cli-testhooks (compiled with KEYWARD_TEST_HOOKS
    // for the CLI test suite, never installed) reads KEYWARD_KDF=test and then selects
    // KdfParams::forTests(), announced on stderr; the shipped keyward-cli never reads it (SPEC §1).
    core::KdfParams kdfParams();

    // --passphrase-file, else $KEYWARD_PASSPHRASE_FILE, else a prompt when stdin is a terminal.
    // `confirmPrompt`: a new passphrase (init) is typed twice when prompted.
    core::Result<core::SecureBytes> passphrase(bool confirmPrompt = false);
    core::Result<core::SecureBytes> promptSecret(const QString& prompt);
    // Reads a secret file into secure memory, without one trailing newline.
    static core::Result<core::SecureBytes> readSecretFile(const QString& path);

    // --role values (repeatable, each may be a comma-separated list); a usage error names the bad one.
    bool parseRoles(const QStringList& values, QList<core::Role>& roles, int& exitCode);

    // Opens the vault as --as (or its only officer). On failure the error is already reported and
    // `exitCode` set. `keepPassphrase`: receives the passphrase that unlocked it, for commands that
    // re-authenticate the same officer at once (approvals, countersigns) without asking twice.
    std::unique_ptr<core::Vault> openVault(int& exitCode, core::SecureBytes* keepPassphrase = nullptr);

    void message(const QString& text); // stderr
    void printJson(const QJsonValue& value); // stdout, compact, one line
    void print(const QString& text); // stdout
    int fail(const core::Error& error); // reports on stderr (and stdout with --json), returns exit code
    int usageError(const QString& text);
    static int exitCodeFor(core::ErrorCode code);

private:
    ParsedArgs m_args;
    const core::Clock& m_clock;
    QTextStream m_out;
    QTextStream m_err;
    bool m_kdfWarned = false;
    // keyward-cli-testhooks only: KEYWARD_KDF=test with KEYWARD_TEST_NOW=<ISO time> freezes the
    // clock so the CLI test suite can reach request expiry and retirement gates. A run-time switch
    // in the shipped binary would let one officer (or libfaketime-free scripts) open a waiting
    // period early, so it is compiled out of keyward-cli; it stays null there.
    std::unique_ptr<core::ManualClock> m_testClock;
};

} // namespace keyward::cli
