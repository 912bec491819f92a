// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommittedFiles.h"

#include <QFile>
#include <QSaveFile>

namespace keyward::core {

CommittedFiles::CommittedFiles() = default;

CommittedFiles::~CommittedFiles()
{
    discard();
}

CommittedFiles::CommittedFiles(CommittedFiles&& other) noexcept : m_files(std::move(other.m_files))
{
    other.m_files.clear();
}

CommittedFiles& CommittedFiles::operator=(CommittedFiles&& other) noexcept
{
    if (this != &other) {
        discard();
        m_files = std::move(other.m_files);
        other.m_files.clear();
    }
    return *this;
}

Status CommittedFiles::stage(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    auto file = std::make_unique<QSaveFile>(path);
    // The temporary file gets the final permissions before the first byte goes in, so an
    // owner-only export is never readable by others, not even for a moment.
    if (!file->open(QIODevice::WriteOnly) || !file->setPermissions(permissions)
        || file->write(bytes) != bytes.size() || !file->flush()) {
        const QString reason = file->errorString();
        file->cancelWriting();
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, reason));
    }
    m_files.push_back(Staged { path, permissions, std::move(file) });
    return {};
}

void CommittedFiles::adopt(CommittedFiles&& other)
{
    for (Staged& staged : other.m_files)
        m_files.push_back(std::move(staged));
    other.m_files.clear();
}

Status CommittedFiles::publish()
{
    std::vector<Staged> files = std::exchange(m_files, {});
    for (std::size_t i = 0; i < files.size(); ++i) {
        Staged& staged = files[i];
        if (!staged.file->commit()) {
            const QString reason = staged.file->errorString();
            for (std::size_t j = i + 1; j < files.size(); ++j)
                files[j].file->cancelWriting();
            return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(staged.path, reason));
        }
        // QSaveFile keeps the permissions of a file it replaces; the staged ones are what we mean.
        if (!QFile::setPermissions(staged.path, staged.permissions)) {
            QFile::remove(staged.path);
            for (std::size_t j = i + 1; j < files.size(); ++j)
                files[j].file->cancelWriting();
            return Error(ErrorCode::Io, tr("Cannot set the permissions of %1; it was removed again.").arg(staged.path));
        }
    }
    return {};
}

void CommittedFiles::discard()
{
    for (Staged& staged : m_files)
        staged.file->cancelWriting();
    m_files.clear();
}

QStringList CommittedFiles::paths() const
{
    QStringList result;
    for (const Staged& staged : m_files)
        result.append(staged.path);
    return result;
}

} // namespace keyward::core
