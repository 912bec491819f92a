// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "TerminalText.h"

#include "audit/VaultTime.h"
#include "keys/KeyInventory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace keyward::cli {

using namespace keyward::core;

CliContext::CliContext(ParsedArgs args, const Clock& clock)
    : m_args(std::move(args)), m_clock(clock), m_out(stdout), m_err(stderr)
{
#if defined(KEYWARD_TEST_HOOKS)
    const QString testNow = qEnvironmentVariable("KEYWARD_TEST_NOW");
    if (testNow.isEmpty() || qEnvironmentVariable("KEYWARD_KDF") != QLatin1String("test"))
        return;
    const QDateTime at = KeyInventory::parseDateTime(testNow);
    if (!at.isValid()) {
        message(tr("warning: KEYWARD_TEST_NOW=\"%1\" is not an ISO 8601 date-time; using the real time.").arg(testNow));
        return;
    }
    m_testClock = std::make_unique<ManualClock>(at.toUTC());
    message(tr("warning: KEYWARD_TEST_NOW freezes the clock at %1 for the test suite only; never use it for a "
               "real vault.")
                .arg(at.toUTC().toString(Qt::ISODate)));
#endif
}

QString CliContext::optionValue(const QString& name) const
{
    const QStringList values = optionValues(name);
    return values.isEmpty() ? QString() : values.last();
}

VaultLocation CliContext::location() const
{
    return VaultLocation::resolve(m_args.vault);
}

KdfParams CliContext::kdfParams()
{
#if defined(KEYWARD_TEST_HOOKS)
    if (qEnvironmentVariable("KEYWARD_KDF") == QLatin1String("test")) {
        if (!m_kdfWarned)
            message(tr("warning: KEYWARD_KDF=test selects the test-only key derivation cost; never use it for a "
                       "real vault."));
        m_kdfWarned = true;
        return KdfParams::forTests();
    }
#endif
    return KdfParams::calibrated();
}

Result<SecureBytes> CliContext::readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024)
        return Error(ErrorCode::InvalidArgument, tr("The passphrase file %1 is too large.").arg(path));
    QByteArray bytes = file.readAll();
    SecureBytes secret = SecureBytes::takeFrom(bytes);
    std::size_t size = secret.size();
    if (size > 0 && secret.data()[size - 1] == '\n') {
        --size;
        if (size > 0 && secret.data()[size - 1] == '\r')
            --size;
    }
    if (size == 0)
        return Error(ErrorCode::InvalidArgument, tr("The passphrase file %1 is empty.").arg(path));
    return SecureBytes(secret.data(), size);
}

Result<SecureBytes> CliContext::passphrase(bool confirmPrompt)
{
    QString path = m_args.passphraseFile;
    if (path.isEmpty())
        path = qEnvironmentVariable("KEYWARD_PASSPHRASE_FILE");
    if (!path.isEmpty())
        return readSecretFile(path);
    if (::isatty(STDIN_FILENO) == 1) {
        Result<SecureBytes> first = promptSecret(tr("Passphrase: "));
        if (!first.ok() || !confirmPrompt)
            return first;
        Result<SecureBytes> again = promptSecret(tr("Repeat the passphrase: "));
        if (!again.ok())
            return again;
        if (!first->constantTimeEquals(again->view()))
            return Error(ErrorCode::InvalidArgument, tr("The passphrases do not match."));
        return first;
    }
    return Error(ErrorCode::AuthenticationFailed,
                 tr("No passphrase given: use --passphrase-file FILE or set KEYWARD_PASSPHRASE_FILE."));
}

Result<SecureBytes> CliContext::promptSecret(const QString& prompt)
{
    // Interactive use only (stdin is a terminal): echo off, read one line straight into secure memory.
    m_err << prompt << Qt::flush;
    termios saved {};
    const bool restore = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    SecureBytes buffer(1024);
    std::size_t size = 0;
    char c = 0;
    while (size < buffer.size() && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        buffer.data()[size++] = static_cast<unsigned char>(c);
    c = 0;
    if (restore)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_err << Qt::endl;
    if (size == 0)
        return Error(ErrorCode::AuthenticationFailed, tr("No passphrase entered."));
    return SecureBytes(buffer.data(), size);
}

bool CliContext::parseRoles(const QStringList& values, QList<Role>& roles, int& exitCode)
{
    for (const QString& value : values) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<Role> role = roleFromName(name.trimmed());
            if (!role) {
                exitCode = usageError(tr("Unknown role \"%1\"; roles are %2.")
                                          .arg(name, roleNames(allRoles()).join(QStringLiteral(", "))));
                return false;
            }
            if (!roles.contains(*role))
                roles.append(*role);
        }
    }
    return true;
}

std::unique_ptr<Vault> CliContext::openVault(int& exitCode, SecureBytes* keepPassphrase)
{
    const VaultLocation where = location();
    QString officer = m_args.officer;
    if (officer.isEmpty()) {
        Result<QStringList> names = Vault::slotOfficers(where);
        if (!names.ok()) {
            exitCode = fail(names.error());
            return nullptr;
        }
        if (names->size() != 1) {
            exitCode = usageError(tr("This vault has several officers: say which one you are with --as OFFICER."));
            return nullptr;
        }
        officer = names->first();
    }
    Result<SecureBytes> secret = passphrase();
    if (!secret.ok()) {
        exitCode = fail(secret.error());
        return nullptr;
    }
    Result<std::unique_ptr<Vault>> vault = Vault::open(where, officer, *secret, clock());
    if (!vault.ok()) {
        exitCode = fail(vault.error());
        return nullptr;
    }
    // Said at unlock, before any command writes or verifies: a log dated ahead of this clock.
    const QString timeWarning = VaultTime::unlockWarning((*vault)->database(), clock());
    if (!timeWarning.isEmpty())
        message(tr("warning: %1").arg(timeWarning));
    if (keepPassphrase)
        *keepPassphrase = std::move(secret).value();
    // Found at unlock but not stopping work (issue #12): said at every unlock until dealt with.
    for (const QString& warning : (*vault)->rosterWarnings())
        message(warning);
    exitCode = ExitOk;
    return std::move(*vault);
}

// Every line goes out through TerminalText: a control character that reached a message from
// a vault or an argument shows as \u001b and never drives the terminal.
void CliContext::message(const QString& text)
{
    m_err << TerminalText::sanitise(text) << Qt::endl;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    m_out << TerminalText::jsonSafe(QString::fromUtf8(text)) << Qt::endl;
}

void CliContext::print(const QString& text)
{
    m_out << TerminalText::sanitise(text) << Qt::endl;
}

int CliContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AuthenticationFailed: return ExitAuthentication;
    case ErrorCode::VerificationFailed:
    case ErrorCode::IntegrityFailure:
    case ErrorCode::VaultDamaged: return ExitIntegrity;
    case ErrorCode::InvalidArgument: return ExitUsage;
    // Another program holding the lock, or having re-keyed the vault, is no finding about the
    // vault's integrity: a plain failure a script may retry, never a tamper alarm (exit 4).
    case ErrorCode::Busy:
    case ErrorCode::VaultChanged: return ExitFailed;
    default: return ExitFailed;
    }
}

int CliContext::fail(const Error& error)
{
    message(tr("keyward-cli: %1").arg(error.message));
    if (json())
        printJson(QJsonObject { { QStringLiteral("error"),
                                  QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) },
                                                { QStringLiteral("message"), error.message } } } });
    return exitCodeFor(error.code);
}

int CliContext::usageError(const QString& text)
{
    message(tr("keyward-cli: %1").arg(text));
    message(tr("Run 'keyward-cli --help' for the commands and options."));
    return ExitUsage;
}

} // namespace keyward::cli
