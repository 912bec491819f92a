// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The start every helper program shares that the crash, concurrency and backup tests run as
// "another Keyward program": `writer VAULT_DIR PASSPHRASE_FILE ...`, opened as alice on the real
// clock (the tests check what it wrote against the same clock).

#include "common/Clock.h"
#include "common/SecureBytes.h"
#include "vault/Vault.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace keyward::test {

struct WriterStart {
    std::unique_ptr<core::Vault> vault;
    int exitCode = 0; // when there is no vault: 2 for bad arguments, 1 when the vault did not open
};

inline WriterStart openWriterVault(const QStringList& args, qsizetype argumentCount, const core::Clock& clock)
{
    using namespace keyward::core;
    if (args.size() != argumentCount)
        return { nullptr, 2 };
    QFile passphraseFile(args.at(2));
    if (!passphraseFile.open(QIODevice::ReadOnly))
        return { nullptr, 2 };
    QByteArray raw = passphraseFile.readAll().trimmed();
    const SecureBytes passphrase = SecureBytes::takeFrom(raw);
    Result<std::unique_ptr<Vault>> opened = Vault::open(VaultLocation { args.at(1) }, QStringLiteral("alice"), passphrase, clock);
    if (!opened.ok()) {
        QTextStream(stderr) << errorCodeName(opened.code()) << ": " << opened.message() << Qt::endl;
        return { nullptr, 1 };
    }
    return { std::move(opened).value(), 0 };
}

} // namespace keyward::test
