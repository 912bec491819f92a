// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs keyward-cli once as a script would, for the CLI suites that need no request fixture:
// cheap test KDF, no passphrase file or vault taken from the caller's environment, no stdin.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace keyward::test {

struct CliRun {
    int exitCode = -1; // -1: did not finish, or crashed
    QByteArray out;
    QString err;
};

inline CliRun runCli(const QString& program, const QStringList& arguments,
                     const QProcessEnvironment& extra = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
    env.remove(QStringLiteral("KEYWARD_PASSPHRASE_FILE"));
    env.remove(QStringLiteral("KEYWARD_VAULT"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace keyward::test
