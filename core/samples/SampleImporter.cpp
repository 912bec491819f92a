// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleImporter.h"

#include "audit/AuditLog.h"
#include "audit/VaultTime.h"
#include "crypto/Digest.h"
#include "samples/SampleStore.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace keyward::core::samples {
namespace {

// Every regular file under the paths, sorted per folder so imports are reproducible.
QStringList collectFiles(const QStringList& paths, QList<SampleImportProblem>& problems)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << info.absoluteFilePath();
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            std::sort(found.begin(), found.end());
            files << found;
        } else {
            problems.append({path, SampleImporter::tr("No such file or folder.")});
        }
    }
    return files;
}

} // namespace

struct SampleImporter::Read {
    SampleImportReport report;
    QList<SampleRow> rows;
};

Result<SampleImportReport> SampleImporter::import(const QStringList& paths)
{
    Result<std::shared_ptr<Read>> read = this->read(paths);
    KEYWARD_TRY(read);
    return store(**read);
}

Result<std::shared_ptr<SampleImporter::Read>> SampleImporter::read(const QStringList& paths) const
{
    auto read = std::make_shared<Read>();
    SampleImportReport& report = read->report;
    QList<SampleRow>& rows = read->rows;
    const QStringList files = collectFiles(paths, report.problems);
    if (files.isEmpty() && !report.problems.isEmpty())
        return Error(ErrorCode::NotFound, tr("Nothing to import: %1").arg(report.problems.first().path));

    QSet<QString> seen;
    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel && m_cancel->load())
            return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was stored."));
        if (m_progress)
            m_progress(i, int(files.size()));
        const QString& path = files.at(i);
        QFile file(path);
        if (file.size() > kMaxSampleFileBytes) {
            report.problems.append({path, tr("The file is larger than %1 MiB.").arg(kMaxSampleFileBytes / (1024 * 1024))});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems.append({path, tr("Cannot read the file: %1.").arg(file.errorString())});
            continue;
        }
        const QByteArray content = file.read(kMaxSampleFileBytes + 1);
        ++report.files;
        Result<QList<QByteArray>> tokens = splitSampleTokens(content);
        if (!tokens.ok()) {
            report.problems.append({path, tokens.message()});
            continue;
        }
        for (int t = 0; t < tokens->size(); ++t) {
            const QByteArray& token = tokens->at(t);
            ++report.tokens;
            SampleRow row;
            row.digest = QString::fromLatin1(digest::sha256(token).toHex());
            if (seen.contains(row.digest)) {
                ++report.duplicates;
                continue;
            }
            seen.insert(row.digest);
            row.sourcePath = path;
            row.tokenIndex = t;
            row.size = token.size();
            row.summary = summarizeSample(token);
            row.token = token;
            rows.append(std::move(row));
        }
    }
    if (m_progress)
        m_progress(int(files.size()), int(files.size()));
    return read;
}

Result<SampleImportReport> SampleImporter::store(Read& read)
{
    SampleImportReport report = read.report;
    QList<SampleRow>& rows = read.rows;
    const QString officer = m_vault.currentOfficer().name;
    Result<Transaction> tx = Transaction::begin(m_vault.database());
    KEYWARD_TRY(tx);
    const QDateTime now = VaultTime::effectiveNow(m_vault);
    SampleStore store(m_vault.database());
    int added = 0;
    const auto change = [&](Database&) -> Status {
        for (SampleRow& row : rows) {
            row.importedAt = now;
            row.importedBy = officer;
            Result<bool> isNew = store.insert(row);
            KEYWARD_TRY(isNew);
            added += *isNew ? 1 : 0;
        }
        return {};
    };
    const QJsonObject details {
        {QStringLiteral("files"), report.files},
        {QStringLiteral("tokens"), report.tokens},
        {QStringLiteral("problems"), int(report.problems.size())},
    };
    Result<AuditEvent> event = m_vault.audit().record(officer, QStringLiteral("samples.imported"), QStringLiteral("samples"), details, change);
    KEYWARD_TRY(event);
    KEYWARD_TRY(tx->commit());
    report.added = added;
    report.duplicates += int(rows.size()) - added;
    return report;
}

} // namespace keyward::core::samples
