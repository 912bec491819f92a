// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: a vault of their own in a QTemporaryDir with cheap Argon2 (STYLE §15).

#include "vault/Vault.h"

#include <QWidget>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace keyward::ui::test {

inline core::SecureBytes secret(const char* text) { return core::SecureBytes(text, qstrlen(text)); }

inline const char* const AlicePassphrase = "alice correct horse battery";
inline const char* const BobPassphrase = "bob staple paperclip lantern";

struct TestVault {
    QTemporaryDir dir;
    core::ManualClock clock;
    core::VaultLocation location;

    TestVault() { location.dir = dir.filePath(QStringLiteral("test.keyward")); }

    // alice (admin, key-officer) creates the vault; bob (approver) is added when `withApprover`.
    std::unique_ptr<core::Vault> create(bool withApprover = true)
    {
        auto created = core::Vault::create(location, QStringLiteral("alice"),
                                           { core::Role::Admin, core::Role::KeyOfficer }, secret(AlicePassphrase),
                                           core::KdfParams::forTests(), clock);
        if (!created) {
            qWarning("vault creation failed: %s", qPrintable(created.message()));
            return nullptr;
        }
        std::unique_ptr<core::Vault> vault = std::move(created).value();
        if (withApprover) {
            const core::Status added = vault->addOfficer(QStringLiteral("bob"), { core::Role::Approver },
                                                         secret(BobPassphrase), core::KdfParams::forTests());
            if (!added) {
                qWarning("adding bob failed: %s", qPrintable(added.message()));
                return nullptr;
            }
        }
        return vault;
    }

    // The vault on disk, locked (as the unlock dialog finds it). Acknowledged: alice's custodian duties.
    bool createLocked(bool acknowledged = false)
    {
        auto vault = create();
        if (!vault || (acknowledged && !vault->acknowledgeCustodianDuties()))
            return false;
        vault->lock();
        return true;
    }

    // Overwrites one of the vault's files (damage tests).
    bool overwrite(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    std::unique_ptr<core::Vault> open(const QString& officer, const char* passphrase)
    {
        auto opened = core::Vault::open(location, officer, secret(passphrase), clock);
        return opened ? std::move(opened).value() : nullptr;
    }
};

// Finds a widget by object name below `root`, failing the test's QVERIFY if absent.
template <typename T>
T* child(QObject* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

// With KEYWARD_SCREENSHOT_DIR set, saves the widget as <dir>/<name> (README and review shots).
inline void grabIfAsked(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Layouts settle through posted events (toolbar, status bar): let them run before grabbing.
    QCoreApplication::processEvents();
    if (!widget->grab().save(QDir(dir).filePath(name)))
        qWarning("could not save %s", qPrintable(name));
}

} // namespace keyward::ui::test
