// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Imports archived JWE samples from files and folders (recursively) into the vault (SPEC §6).
// Reading and parsing come first, with progress and cancel; then one audited transaction stores
// every new sample, so a cancelled or failed import stores nothing. A bad file is a problem in
// the report, never the end of the import; a token seen before (same SHA-256) is a duplicate.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace keyward::core {
class Vault;
}

namespace keyward::core::samples {

struct SampleImportProblem {
    QString path;
    QString reason;
};

struct SampleImportReport {
    int files = 0; // files read
    int tokens = 0; // tokens found in them
    int added = 0; // new samples stored
    int duplicates = 0; // tokens already in the vault or seen twice in this import
    QList<SampleImportProblem> problems;
};

class SampleImporter {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleImporter)
public:
    // (files done, files found); called from the importing thread.
    using Progress = std::function<void(int done, int total)>;

    explicit SampleImporter(Vault& vault) : m_vault(vault) { }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between files; when set, nothing is stored and the result is Cancelled.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Paths are files or folders; NotFound when none of them exists. read() then store().
    Result<SampleImportReport> import(const QStringList& paths);

    // The phases, for a GUI that keeps the database on its own thread: read() touches no
    // database and may run on any thread; store() writes through the vault's connection.
    struct Read;
    Result<std::shared_ptr<Read>> read(const QStringList& paths) const;
    Result<SampleImportReport> store(Read& read);

private:
    Vault& m_vault;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace keyward::core::samples
