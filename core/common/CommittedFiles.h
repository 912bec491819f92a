// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files that may appear only for committed facts (private exports, .ics, every export to come).
//
// Two phases around the database COMMIT:
//  1. stage() writes the whole content now, through QSaveFile, into a temporary file beside the
//     target (on Linux an unnamed O_TMPFILE inode, so a crash leaves nothing behind). Full disks,
//     missing folders and missing permissions fail here, before anything is committed.
//  2. publish(), called only after the authorising transaction committed, fsyncs and renames each
//     staged file over its target: an observer sees the old file or the new one, never half of
//     one. Destroying the object without publish() (a failed or rolled-back commit) discards
//     every staged file, so no file ever names a fact the database does not hold.
// The one window left is a failing rename after COMMIT; publish() then reports which file is
// missing and the caller records that the authorised file was not delivered.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QStringList>

#include <memory>
#include <vector>

class QSaveFile;

namespace keyward::core {

class CommittedFiles {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::CommittedFiles)
public:
    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    CommittedFiles();
    ~CommittedFiles(); // discards whatever was not published
    CommittedFiles(CommittedFiles&& other) noexcept;
    CommittedFiles& operator=(CommittedFiles&& other) noexcept;
    CommittedFiles(const CommittedFiles&) = delete;
    CommittedFiles& operator=(const CommittedFiles&) = delete;

    // Writes `bytes` for `path` into an invisible temporary file; nothing appears at `path` yet.
    Status stage(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions = kOwnerOnly);
    // Takes over the staged files of `other` (a nested step whose own work succeeded).
    void adopt(CommittedFiles&& other);

    // After the COMMIT: every staged file replaces its target atomically, with its permissions.
    // Stops at the first failure (later files are discarded) and says which file is missing.
    Status publish();
    // Drops every staged file (the commit failed or was never reached).
    void discard();

    bool isEmpty() const { return m_files.empty(); }
    QStringList paths() const;

private:
    struct Staged {
        QString path;
        QFileDevice::Permissions permissions;
        std::unique_ptr<QSaveFile> file;
    };
    std::vector<Staged> m_files;
};

} // namespace keyward::core
