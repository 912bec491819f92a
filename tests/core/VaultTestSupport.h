// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the vault, audit, migration and crash tests: a fresh vault per test in a
// QTemporaryDir with the cheap test KDF (STYLE §15), file snapshots and raw SQL tampering.

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

namespace keyward::test {

inline core::SecureBytes pass(const char* text)
{
    return core::SecureBytes(text, std::strlen(text));
}

// Every file of a folder: name → SHA-256 of the content plus the modification time.
inline QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QFileInfo info(path);
        files.insert(info.fileName(),
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() + ' '
                         + QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return files;
}

// For QVERIFY2: its message argument is evaluated even when the check passes.
template <typename R>
QByteArray why(const R& result)
{
    return result.ok() ? QByteArray() : result.message().toUtf8();
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Copies the committed schema-1 vault (tests/data/vault/schema1: keyslots format 1) into `location`.
inline bool copySchema1Fixture(const core::VaultLocation& location)
{
    const QString fixture = QStringLiteral(KEYWARD_TEST_DATA_DIR "/vault/schema1");
    const bool copied = QFile::copy(fixture + QStringLiteral("/vault.db"), location.databasePath())
        && QFile::copy(fixture + QStringLiteral("/keyslots.json"), location.keySlotsPath());
    return copied
        && QFile::setPermissions(location.databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && QFile::setPermissions(location.keySlotsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace keyward::test
